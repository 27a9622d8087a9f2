#!/usr/bin/env node
// polku-catalogue: check a catalogue folder, generate a synthetic one, export one as Open Referral
// HSDS 3.0 JSON, or import Suomi.fi PTV v11 JSON into a new one.
import { mkdir, readdir, readFile, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { type LanguageCode, languageOrder } from '@polku/contract';
import type { CatalogueProblem } from './catalogue.js';
import { demoCatalogueDir } from './demo.js';
import { generateCatalogue } from './generate.js';
import { catalogueLanguages, exportHsds } from './hsds.js';
import { loadCatalogue } from './load.js';
import { importPtv } from './ptv.js';
import { type QualityFinding, qualityReport } from './quality.js';
import { writeCatalogueFolder } from './write.js';

const usage = `Usage:
  polku-catalogue check [--quality] <dir>
      Loads the catalogue folder <dir>, prints every problem as "file: record: field: message"
      and a summary. Exits 0 when it is clean, 1 when it has problems. With --quality, also
      prints what a family would miss, service by service ("id (name): kind: field: message":
      no way to get in touch, a front-page link, Finnish or Swedish text missing, a referral
      statement that contradicts itself, a contact without a source); exits 1 when there is any.
  polku-catalogue generate --services N [--seed S] <outdir>
      Writes a synthetic catalogue of N services (deterministic for a seed, default 1) into the
      new or empty folder <outdir>.
  polku-catalogue export-hsds [--language fi|sv|en] <dir> <out.json|outdir>
      Exports the catalogue folder <dir> as Open Referral HSDS 3.0 JSON. HSDS texts have one
      language, so a file holds one language: <out.json> gets --language (default fi); an
      <outdir> gets one file per language, hsds-<lang>.json (only --language when given).
      Exits 1 without writing when <dir> has problems (run check).
  polku-catalogue import-ptv [--tier N] [--base <dir>] <ptv-services.json> <outdir>
      Imports Suomi.fi Palvelutietovaranto (PTV) Open API v11 services, service channels and
      organizations from a saved JSON file (no network) into the new or empty folder <outdir>,
      with the municipalities, tiers and help lines of --base (default: the demo catalogue).
      PTV has no tiers: every service goes into tier --tier (default 1). Prints every PTV record
      that could not be imported and every part left out as "file: record: field: message".
      Exits 0 when every record was imported, 1 when some were not (the rest are written).`;

class UsageError extends Error {}

function formatProblem(problem: CatalogueProblem): string {
  return [problem.file, problem.record, problem.field, problem.message]
    .filter((part) => part !== undefined && part !== '')
    .join(': ');
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

function formatFinding(finding: QualityFinding): string {
  return [`${finding.service} (${finding.name})`, finding.kind, finding.field, finding.message]
    .filter((part) => part !== undefined && part !== '')
    .join(': ');
}

/** Prints the quality report and its summary; the number of findings. */
function printQuality(catalogue: Parameters<typeof qualityReport>[0]): number {
  const findings = qualityReport(catalogue);
  for (const finding of findings) console.log(formatFinding(finding));
  const services = new Set(findings.map((finding) => finding.service)).size;
  console.log(
    findings.length === 0
      ? `Quality OK: nothing a family would miss in ${plural(catalogue.services.length, 'service')}`
      : `Quality FAILED: ${plural(findings.length, 'finding')} in ${plural(services, 'service')} of ${catalogue.services.length}`,
  );
  return findings.length;
}

async function check(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { quality: { type: 'boolean' } },
  });
  if (positionals.length !== 1) throw new UsageError('check takes exactly one folder');
  const dir = resolve(positionals[0] as string);
  const isFolder = await stat(dir).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
  if (!isFolder) throw new UsageError(`${dir} is not a folder`);
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
  ].join(', ');
  console.log(
    `${problems.length === 0 ? 'OK' : 'FAILED'}: ${plural(problems.length, 'problem')}${problems.length ? ` in ${plural(files, 'file')}` : ''}; loaded ${loaded} (${seconds} s)`,
  );
  const findings = values.quality ? printQuality(catalogue) : 0;
  return problems.length === 0 && findings === 0 ? 0 : 1;
}

async function generate(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { services: { type: 'string' }, seed: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('generate takes exactly one output folder');
  if (values.services === undefined) throw new UsageError('generate needs --services N');
  const services = Number(values.services);
  if (!/^\d+$/.test(values.services) || !Number.isSafeInteger(services) || services < 1) {
    throw new UsageError(
      `--services must be a whole number of at least 1 (got "${values.services}")`,
    );
  }
  const seed = values.seed === undefined ? 1 : Number(values.seed);
  if (values.seed !== undefined && (!/^\d+$/.test(values.seed) || seed > 0xffffffff)) {
    throw new UsageError(
      `--seed must be a whole number from 0 to 4294967295 (got "${values.seed}")`,
    );
  }
  const dir = resolve(positionals[0] as string);
  const started = performance.now();
  const catalogue = generateCatalogue({ services, seed });
  try {
    await writeCatalogueFolder(catalogue, dir);
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  console.log(
    `wrote ${plural(catalogue.services.length, 'service')}, ${plural(catalogue.organizations.length, 'organization')}, ${plural(catalogue.chains.length, 'service chain')} to ${dir} (seed ${seed}, ${seconds} s)`,
  );
  return 0;
}

async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
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
  const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;
  const written: string[] = [];
  if (out.endsWith('.json')) {
    const chosen = language ?? 'fi';
    await mkdir(dirname(out), { recursive: true });
    await writeFile(out, json(exportHsds(catalogue, { language: chosen })));
    written.push(out);
  } else {
    await mkdir(out, { recursive: true });
    for (const chosen of language ? [language] : catalogueLanguages(catalogue)) {
      const file = join(out, `hsds-${chosen}.json`);
      await writeFile(file, json(exportHsds(catalogue, { language: chosen })));
      written.push(file);
    }
  }
  console.log(
    `wrote ${plural(catalogue.services.length, 'service')} and ${plural(catalogue.organizations.length, 'organization')} as HSDS 3.0 to ${written.join(', ')}`,
  );
  return 0;
}

async function importPtvCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { tier: { type: 'string' }, base: { type: 'string' } },
  });
  if (positionals.length !== 2) {
    throw new UsageError('import-ptv takes a PTV JSON file and an output folder');
  }
  const tier = values.tier === undefined ? 1 : Number(values.tier);
  if (values.tier !== undefined && !/^[1-4]$/.test(values.tier)) {
    throw new UsageError(`--tier must be a tier level from 1 to 4 (got "${values.tier}")`);
  }
  const input = resolve(positionals[0] as string);
  const out = resolve(positionals[1] as string);
  let text: string;
  try {
    text = await readFile(input, 'utf8');
  } catch (error) {
    throw new UsageError(`cannot read ${input}: ${(error as Error).message}`);
  }
  if ((await isFolder(out)) && (await readdir(out)).length > 0) {
    throw new UsageError(`${out} is not empty; give an empty or new folder`);
  }
  const baseDir = resolve(values.base ?? demoCatalogueDir);
  if (!(await isFolder(baseDir))) throw new UsageError(`--base ${baseDir} is not a folder`);
  const base = await loadCatalogue(baseDir);
  if (base.problems.length > 0) {
    for (const problem of base.problems) console.log(formatProblem(problem));
    console.log(`FAILED: the base catalogue ${baseDir} has problems; nothing imported`);
    return 1;
  }
  if (!base.catalogue.tiers.some((defined) => defined.level === tier)) {
    throw new UsageError(`--tier ${tier} is not defined in the base catalogue's tiers`);
  }
  const file = basename(input);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    console.log(`${file}: JSON syntax error: ${(error as Error).message}`);
    console.log('FAILED: nothing imported');
    return 1;
  }
  const result = importPtv(json, { base: base.catalogue, tier, file });
  for (const problem of result.problems) console.log(formatProblem(problem));
  for (const omission of result.omissions) console.log(`left out: ${formatProblem(omission)}`);
  await writeCatalogueFolder(result.catalogue, out);
  const { services, organizations } = result.catalogue;
  console.log(
    `${result.problems.length === 0 ? 'OK' : 'FAILED'}: imported ${plural(services.length, 'service')} and ${plural(organizations.length, 'organization')} into ${out}; ${plural(result.problems.length, 'record')} not imported, ${plural(result.omissions.length, 'part')} left out`,
  );
  for (const note of result.defaults) console.log(`note: ${note}`);
  return result.problems.length === 0 ? 0 : 1;
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest);
    if (command === 'generate') return await generate(rest);
    if (command === 'export-hsds') return await exportHsdsCommand(rest);
    if (command === 'import-ptv') return await importPtvCommand(rest);
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
