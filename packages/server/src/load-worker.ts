// Loads a catalogue folder and builds its index in a worker thread, so that everything the loader
// parses, validates and throws away lives and dies in the worker's heap. The main thread receives
// only the result (the deduplicated catalogue and the index, by structured clone, which keeps
// shared objects shared; the postings' buffers are moved, not copied), allocated compactly. Loading
// 100 000 services in-process leaves a heap fragmented by ~500 MB of parsing garbage that V8 keeps
// committed; through the worker, the server's resident memory is what it holds.
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type CatalogueProblem, loadCatalogue } from '@polku/catalogue';
import { compactCatalogue } from './search/compact.js';
import {
  buildSearchIndex,
  fromTransferable,
  type SearchIndex,
  type TransferableIndex,
  toTransferable,
} from './search/search-index.js';

interface Loaded {
  index: TransferableIndex;
  problems: CatalogueProblem[];
}

/** The catalogue in `dir`, deduplicated and indexed, loaded in a worker thread. */
export function loadIndexInWorker(
  dir: string,
): Promise<{ index: SearchIndex; problems: CatalogueProblem[] }> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { dir } });
    let done = false;
    worker.once('message', (loaded: Loaded) => {
      done = true;
      // Resolved once the worker is gone, so that its heap is given back before serving.
      void worker
        .terminate()
        .then(() => resolve({ index: fromTransferable(loaded.index), problems: loaded.problems }));
    });
    worker.once('error', (error) => {
      if (!done) reject(error);
    });
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`the catalogue worker exited with ${code}`));
    });
  });
}

async function loadInThisThread(dir: string): Promise<Loaded & { transfer: ArrayBuffer[] }> {
  const { catalogue, problems } = await loadCatalogue(dir);
  const { data, transfer } = toTransferable(buildSearchIndex(compactCatalogue(catalogue)));
  return { index: data, problems, transfer };
}

if (!isMainThread && parentPort && (workerData as { dir?: unknown } | null)?.dir) {
  const port = parentPort;
  const { index, problems, transfer } = await loadInThisThread((workerData as { dir: string }).dir);
  port.postMessage({ index, problems } satisfies Loaded, transfer);
}
