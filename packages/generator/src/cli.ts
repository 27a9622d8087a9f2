#!/usr/bin/env node
// polku-generate: writes a synthetic catalogue folder (for tests, benchmarks and load tests).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { writeCatalogueFolder } from '@polku/catalogue';
import { generateCatalogue } from './generate.js';

const usage = `Usage:
  polku-generate --services N [--seed S] <outdir>
      Writes a synthetic catalogue of N services (deterministic for a seed, default 1) into the
      new or empty folder <outdir>.`;

class UsageError extends Error {}

function plural(count: number, word: string): string {
  return `${count} ${count === 1 ? word : `${word}s`}`;
}

function options(args: string[]): { services: number; seed: number; dir: string } {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { services: { type: 'string' }, seed: { type: 'string' } },
  });
  if (positionals.length !== 1) throw new UsageError('give exactly one output folder');
  if (values.services === undefined) throw new UsageError('--services N is needed');
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
  return { services, seed, dir: resolve(positionals[0] as string) };
}

async function main(args: string[]): Promise<number> {
  if (args[0] === '--help' || args[0] === '-h') {
    console.log(usage);
    return 0;
  }
  try {
    const { services, seed, dir } = options(args);
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
  } catch (error) {
    // parseArgs throws TypeErrors with a code for unknown or malformed options.
    if (
      error instanceof UsageError ||
      (error as { code?: string }).code?.startsWith('ERR_PARSE_ARGS')
    ) {
      console.error(`polku-generate: ${(error as Error).message}\n\n${usage}`);
      return 2;
    }
    throw error;
  }
}

process.exitCode = await main(process.argv.slice(2));
