// Loading a catalogue folder for serving: in a child process (load-worker.ts), or in this one
// where a child cannot run (no permission to spawn, a loader that does not carry over, no
// writable temporary folder).
import { type CatalogueProblem, loadCatalogue } from '@polku/catalogue';
import type { SearchIndex } from '../search/index.js';
import { indexForServing } from './compact.js';
import { loadIndexInChild } from './load-worker.js';

export interface LoadedIndex {
  index: SearchIndex;
  problems: CatalogueProblem[];
}

export function loadIndex(dir: string): Promise<LoadedIndex> {
  return loadIndexInChild(dir).catch(async () => {
    const { catalogue, problems } = await loadCatalogue(dir);
    return { index: indexForServing(catalogue), problems };
  });
}
