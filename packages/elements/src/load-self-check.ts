// Loads <polku-self-check> (self-check.ts) with a dynamic import: in the script-tag embed it is a
// chunk beside polku-finder.js, so a finder downloads it only when a person opens the self-check.
import { loadOnce } from './internal/load-once.js';

/** The import itself, replaceable so tests can make it slow or fail. */
export const selfCheckChunk = {
  load: (): Promise<unknown> => import('./self-check.js'),
};

/** Resolves once `<polku-self-check>` is defined; a failed load is forgotten. */
export const loadSelfCheck: () => Promise<void> = loadOnce(selfCheckChunk);
