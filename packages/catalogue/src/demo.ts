// The Itä-Uusimaa demo catalogue that ships in the package.
import { fileURLToPath } from 'node:url';
import { type LoadResult, loadCatalogue } from './load/index.js';

/** Absolute path of the demo catalogue folder (`data/itauusimaa`), from `src/` and `dist/` alike. */
export const demoCatalogueDir: string = fileURLToPath(
  new URL('../data/itauusimaa', import.meta.url),
);

/** Loads the demo catalogue. */
export function loadDemoCatalogue(): Promise<LoadResult> {
  return loadCatalogue(demoCatalogueDir);
}
