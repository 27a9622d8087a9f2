// polku-catalogue import-ptv: PTV JSON in (files or folders), a catalogue folder out, merged with
// the county's overlay (ptv-overlay.yaml) when the folder already holds an import.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { UsageError } from './format.js';
import { readPtvInputs } from './ptv-inputs.js';
import { mergeIntoFolder } from './ptv-merge.js';

export async function importPtvCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: { tier: { type: 'string' }, base: { type: 'string' } },
  });
  if (positionals.length < 2) {
    throw new UsageError('import-ptv takes PTV JSON files or folders and a catalogue folder');
  }
  const out = resolve(positionals[positionals.length - 1] as string);
  const read = await readPtvInputs(positionals.slice(0, -1).map((path) => resolve(path)));
  return mergeIntoFolder({
    inputs: read.inputs,
    readProblems: read.problems,
    out,
    ...(values.base !== undefined ? { base: resolve(values.base) } : {}),
    ...(values.tier !== undefined ? { tier: values.tier } : {}),
  });
}
