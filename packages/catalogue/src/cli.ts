#!/usr/bin/env node
// polku-catalogue: check a catalogue folder, export one as Open Referral
// HSDS 3.0 JSON, or import Suomi.fi PTV v11 JSON into a new one.
import { mkdir } from 'node:fs/promises';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type LanguageCode, languageOrder } from '@polku/contract';
import { formatProblem, isFolder, plural, UsageError } from './cli/format.js';
import { writeHsds } from './cli/hsds-files.js';
import { importPtvCommand } from './cli/import-ptv.js';
import { printQuality } from './cli/quality.js';
import { syncPtvCommand } from './cli/sync-ptv.js';
import { catalogueLanguages } from './hsds/index.js';
import { loadCatalogue } from './load/index.js';

const usage = `Usage:
  polku-catalogue check [--quality] <dir>
      Loads the catalogue folder <dir>, prints every problem as "file: record: field: message"
      and a summary. Exits 0 when it is clean, 1 when it has problems. With --quality, also
      prints what a family would miss, service by service ("id (name): kind: field: message":
      no way to get in touch, a front-page link, Finnish or Swedish text missing, a referral
      statement that contradicts itself, a contact without a source); exits 1 when there is any.
  polku-catalogue export-hsds [--language fi|sv|en] <dir> <out.json|outdir>
      Exports the catalogue folder <dir> as Open Referral HSDS 3.0 JSON, and beside each JSON file
      as an HSDS Tabular Data Package (a folder of CSV files and datapackage.json, named like the
      file without .json). HSDS texts have one language, so a file holds one language: <out.json>
      gets --language (default fi); an <outdir> gets one file and one package per language,
      hsds-<lang>.json and hsds-<lang>/ (only --language when given).
      Exits 1 without writing when <dir> has problems (run check).
  polku-catalogue import-ptv [--tier N] [--base <dir>] <ptv.json|folder>... <catalogue-dir>
      Imports Suomi.fi Palvelutietovaranto (PTV) Open API v11 services, service channels and
      organizations (v10/v11) from saved JSON files or folders of them (single records, lists,
      paging envelopes; no network) into <catalogue-dir>: a new or empty folder (with the
      municipalities, tiers and help lines of --base, default the demo catalogue), or a folder
      of an earlier import, whose ptv-overlay.yaml (the county's tiers, chains, keywords,
      priority, hide) is merged in. New services get a suggested tier and are listed; services
      gone from PTV are listed. Prints every record not imported, every part left out and every
      missing Finnish or Swedish text as "file: record: field: message".
      Exits 0 when every record was imported, 1 when some were not (the rest are written).
  polku-catalogue sync-ptv --municipality 638,434,... [--api URL] [--interval-ms N]
                           [--backoff-ms N] [--retries N] [--tier N] [--base <dir>] <catalogue-dir>
      Fetches the municipalities' organizations, services and service channels from the PTV Open
      API v11 (--api, env POLKU_PTV_API, default https://api.palvelutietovaranto.suomi.fi): every
      page of /api/v11/{Organization,Service,ServiceChannel}/list/area/Municipality/code/<code>,
      then the channels and organizations services refer to (…/list?guids=). One request at a
      time, --interval-ms apart (250); 429, 5xx and network errors retried --retries times (4),
      waiting Retry-After or --backoff-ms (1000) doubled each time. Writes <catalogue-dir> through
      the same merge and report as import-ptv, with ptv-sync.json (the If-Modified-Since time and
      the newest \`modified\` seen) and ptv-records.json (the records as fetched) for the next sync.
      Exits 1 with the failed request named, writing nothing, when PTV cannot be read.`;

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { quality: { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw new UsageError('check takes exactly one folder');
  const dir = resolve(positionals[0] as string);
  if (!(await isFolder(dir))) throw new UsageError(`${dir} is not a folder`);
  const started = performance.now();
  const { catalogue, problems } = await loadCatalogue(dir);
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  for (const problem of problems) console.log(formatProblem(problem));
  const files = new Set(problems.map((problem) => problem.file)).size;
  const loaded = [
    plural(catalogue.services.length, 'service'),
    plural(catalogue.organizations.length, 'organization'),
    plural(catalogue.chains.length, 'service chain'),
    plural(catalogue.tiers.length, 'tier'),
    plural(catalogue.municipalities.length, 'municipality', 'municipalities'),
    plural(catalogue.urgentHelp.length, 'urgent help line'),
    plural(catalogue.selfChecks.length, 'self-check'),
  ].join(', ');
  console.log(
    `${problems.length === 0 ? 'OK' : 'FAILED'}: ${plural(problems.length, 'problem')}${problems.length ? ` in ${plural(files, 'file')}` : ''}; loaded ${loaded} (${seconds} s)`,
  );
  const findings = values.quality ? printQuality(catalogue) : 0;
  return problems.length === 0 && findings === 0 ? 0 : 1;
}

async function exportHsdsCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { language: { type: 'string' } },
  });
  if (positionals.length !== 2) {
    throw new UsageError('export-hsds takes a catalogue folder and an output file or folder');
  }
  const language = values.language as LanguageCode | undefined;
  if (language !== undefined && !languageOrder.includes(language)) {
    throw new UsageError(
      `--language must be one of ${languageOrder.join(', ')} (got "${language}")`,
    );
  }
  const dir = resolve(positionals[0] as string);
  if (!(await isFolder(dir))) throw new UsageError(`${dir} is not a folder`);
  const out = resolve(positionals[1] as string);
  const { catalogue, problems } = await loadCatalogue(dir);
  if (problems.length > 0) {
    for (const problem of problems) console.log(formatProblem(problem));
    console.log(
      `FAILED: ${plural(problems.length, 'problem')} in ${dir}; nothing exported (an export would leave those records out)`,
    );
    return 1;
  }
  const written: string[] = [];
  if (out.endsWith('.json')) {
    await mkdir(dirname(out), { recursive: true });
    written.push(...(await writeHsds(catalogue, language ?? 'fi', out)));
  } else {
    await mkdir(out, { recursive: true });
    for (const chosen of language ? [language] : catalogueLanguages(catalogue)) {
      written.push(...(await writeHsds(catalogue, chosen, join(out, `hsds-${chosen}.json`))));
    }
  }
  console.log(
    `wrote ${plural(catalogue.services.length, 'service')} and ${plural(catalogue.organizations.length, 'organization')} as HSDS 3.0 to ${written.join(', ')}`,
  );
  return 0;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest);
    if (command === 'export-hsds') return await exportHsdsCommand(rest);
    if (command === 'import-ptv') return await importPtvCommand(rest);
    if (command === 'sync-ptv') return await syncPtvCommand(rest);
    if (command === '--help' || command === '-h' || command === 'help') {
      console.log(usage);
      return 0;
    }
    throw new UsageError(
      command === undefined ? 'no command given' : `unknown command "${command}"`,
    );
  } catch (error) {
    // parseArgs throws TypeErrors with a code for unknown or malformed options.
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`polku-catalogue: ${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
