// Loads what the finder's first screen does not need (later.ts: the details dialog and the filter
// panel) with a dynamic import, right after that screen is drawn: in the script-tag embed a chunk
// beside polku-finder.js, resolved from the script's own URL, so the entry stays small.
import { preloadClient } from '@polku/client';

/** What the chunk gives the finder. */
export type LaterModule = typeof import('./later.js');

/** The import itself, replaceable so tests can make it slow or fail. */
export const laterChunk = {
  load: (): Promise<LaterModule> => import('./later.js'),
};

let loading: Promise<LaterModule> | undefined;

/**
 * Resolves once the chunk is in (and its element defined); a failure is forgotten for a retry.
 * Starts loading the client's ky as well (the client imports it at its first request), so that the
 * person's first search does not wait for it; a failure to load it shows, and is retried, there.
 */
export function loadLater(): Promise<LaterModule> {
  preloadClient().catch(() => {});
  loading ??= laterChunk.load().catch((error: unknown) => {
    loading = undefined;
    throw error;
  });
  return loading;
}
