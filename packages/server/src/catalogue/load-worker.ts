// Loads a catalogue folder and builds its index in a child process, so that everything the loader
// parses, validates and throws away lives and dies in another process. The server receives only
// the result (the deduplicated catalogue and the index, `v8.serialize`d through a temporary file),
// allocated compactly in its own heap.
//
// Why a process and not a worker thread: a worker's garbage dies with its V8 heap, but not with
// its malloc arena. Node allocates file contents, ArrayBuffers and much of V8's own bookkeeping
// with malloc; a thread's glibc arena outlives the thread, and after a load it held ~100 MB of
// freed but resident memory at 100 000 services (glibc raises its trim threshold after large
// frees, so those arenas are never given back). A child process returns all of it on exit.
import { spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { deserialize, serialize } from 'node:v8';
import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { type CatalogueProblem, loadCatalogue } from '@polku/catalogue';
import {
  fromTransferable,
  mapArrays,
  type SearchIndex,
  type TransferableIndex,
  toTransferable,
} from '../search/index.js';
import { boxRepeatedStrings, indexForServing, unboxStrings } from './compact.js';

interface Loaded {
  index: TransferableIndex;
  problems: CatalogueProblem[];
  /** What `boxRepeatedStrings` returned: the objects in which to unbox strings. */
  holders: object[];
}

const loadFlag = '--polku-load-catalogue';

/** Node options that load code (tsx and other loaders), so the child can run this very module. */
function loaderArguments(): string[] {
  const kept: string[] = [];
  const argv = process.execArgv;
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i] as string;
    if (/^--(import|require|loader|experimental-loader)$/.test(arg) || arg === '-r') {
      kept.push(arg, argv[i + 1] as string);
      i += 1;
    } else if (/^--(import|require|loader|experimental-loader)=/.test(arg)) {
      kept.push(arg);
    }
  }
  return kept;
}

/** The catalogue in `dir`, deduplicated and indexed, loaded in a child process. */
export function loadIndexInChild(
  dir: string,
): Promise<{ index: SearchIndex; problems: CatalogueProblem[] }> {
  const out = join(tmpdir(), `polku-index-${process.pid}-${randomBytes(6).toString('hex')}.bin`);
  return new Promise<void>((resolve, reject) => {
    const child = spawn(
      process.execPath,
      [...loaderArguments(), fileURLToPath(import.meta.url), loadFlag, dir, out],
      { stdio: ['ignore', 'ignore', 'inherit'] },
    );
    child.once('error', reject);
    child.once('exit', (code, signal) => {
      if (code === 0) resolve();
      else reject(new Error(`the catalogue loader exited with ${signal ?? code}`));
    });
  })
    .then(() => receive(out))
    .then((loaded) => {
      unboxStrings(loaded.holders);
      loaded.holders.length = 0;
      return { index: fromTransferable(loaded.index), problems: loaded.problems };
    })
    .finally(() => rmSync(out, { force: true }));
}

/**
 * The loader's file, read and deserialised by a worker thread and posted here. The message is
 * deserialised from memory that is freed as soon as it has been read, and the typed arrays are
 * moved, not copied. Reading the 200 MB file here instead would leave its buffer for some later
 * garbage collection, and freeing it early means detaching an ArrayBuffer in this thread, which
 * V8 answers by checking for detached buffers on every typed-array access from then on (search
 * ~20 % slower). Where a worker cannot run this module, the file is read here.
 */
function receive(file: string): Promise<Loaded> {
  return new Promise<Loaded>((resolve, reject) => {
    const worker = new Worker(new URL(import.meta.url), { workerData: { read: file } });
    let done = false;
    worker.once('message', (loaded: Loaded) => {
      done = true;
      // Resolved once the worker is gone, so that its heap is given back before serving.
      void worker.terminate().then(() => resolve(loaded));
    });
    worker.once('error', (error) => {
      if (!done) reject(error);
    });
    worker.once('exit', (code) => {
      if (!done) reject(new Error(`the catalogue reader exited with ${code}`));
    });
  }).catch(() => readLoaded(file).loaded);
}

/** The loader's file; typed arrays are copies that own their buffers (listed in `transfer`). */
function readLoaded(file: string): { loaded: Loaded; transfer: ArrayBuffer[] } {
  const bytes = readFileSync(file);
  const loaded = deserialize(bytes) as Loaded;
  const transfer: ArrayBuffer[] = [];
  // `v8.deserialize` makes typed arrays views of the buffer it read.
  const index = mapArrays(loaded.index, (array) => {
    const own = array.buffer === bytes.buffer ? copyOf(array) : array;
    if (own.buffer instanceof ArrayBuffer && !transfer.includes(own.buffer))
      transfer.push(own.buffer);
    return own;
  });
  return { loaded: { ...loaded, index }, transfer };
}

function copyOf<T extends ArrayBufferView>(array: T): T {
  return (array as unknown as Uint8Array).slice() as unknown as T;
}

if (!isMainThread && parentPort && (workerData as { read?: unknown } | null)?.read) {
  const { loaded, transfer } = readLoaded((workerData as { read: string }).read);
  parentPort.postMessage(loaded, transfer);
} else if (process.argv[2] === loadFlag && process.argv[1] === fileURLToPath(import.meta.url)) {
  const [dir, out] = process.argv.slice(3) as [string, string];
  const { catalogue, problems } = await loadCatalogue(dir);
  // Not frozen: the strings are boxed in place once the index is built.
  const index = toTransferable(indexForServing(catalogue, false));
  const holders = boxRepeatedStrings(index.catalogue);
  writeFileSync(out, serialize({ index, problems, holders } satisfies Loaded));
}
