// Writes one language's HSDS export: the JSON file, and beside it the same records as an HSDS
// Tabular Data Package (a folder named like the file without .json: CSV files + datapackage.json).
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LanguageCode } from '@polku/contract';
import type { Catalogue } from '../catalogue.js';
import { exportHsds } from '../hsds/index.js';
import { dataPackage, hsdsTables, tableCsv } from '../hsds/tabular.js';

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** Writes `file` (HSDS JSON) and its tabular package folder; returns what it wrote. */
export async function writeHsds(
  catalogue: Catalogue,
  language: LanguageCode,
  file: string,
): Promise<string[]> {
  const exported = exportHsds(catalogue, { language });
  await writeFile(file, json(exported));
  const folder = file.replace(/\.json$/, '');
  await rm(folder, { recursive: true, force: true });
  await mkdir(folder, { recursive: true });
  const tables = hsdsTables(exported);
  for (const table of tables) await writeFile(join(folder, table.path), tableCsv(table));
  await writeFile(join(folder, 'datapackage.json'), json(dataPackage(exported, tables)));
  return [file, `${folder}/`];
}
