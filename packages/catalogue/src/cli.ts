#!/usr/bin/env node
// polku-catalogue: check a catalogue folder, or generate a synthetic one.
import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { CatalogueProblem } from './catalogue.js';
import { generateCatalogue } from './generate.js';
import { loadCatalogue } from './load.js';
import { writeCatalogueFolder } from './write.js';

const usage = `Usage:
  polku-catalogue check <dir>
      Loads the catalogue folder <dir>, prints every problem as "file: record: field: message"
      and a summary. Exits 0 when it is clean, 1 when it has problems.
  polku-catalogue generate --services N [--seed S] <outdir>
      Writes a synthetic catalogue of N services (deterministic for a seed, default 1) into the
      new or empty folder <outdir>.`;

class UsageError extends Error {}

function formatProblem(problem: CatalogueProblem): string {
  return [problem.file, problem.record, problem.field, problem.message]
    .filter((part) => part !== undefined && part !== '')
    .join(': ');
}

function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

async function check(args: string[]): Promise<number> {
  const { positionals } = parseArgs({ args, allowPositionals: true, options: {} });
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
  return problems.length === 0 ? 0 : 1;
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

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  try {
    if (command === 'check') return await check(rest);
    if (command === 'generate') return await generate(rest);
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
