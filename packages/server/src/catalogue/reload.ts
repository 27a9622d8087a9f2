// Reloading the catalogue folder while serving: loaded and validated in the background, swapped
// in with one assignment only when it has no problem at all; otherwise the catalogue served so
// far stays, and the problems are logged. Requests in flight finish on the catalogue they began
// with (they read `app.servedCatalogue` once). One reload runs at a time; asks that come while one
// runs are served by one more run after it.
import type { CatalogueProblem } from '@polku/catalogue';
import type { FastifyInstance } from 'fastify';
import { loadIndex } from './load.js';
import { serveCatalogue } from './served.js';

export interface ReloadResult {
  /** Whether the new catalogue is now served. */
  swapped: boolean;
  problems: CatalogueProblem[];
  /** Services now served. */
  services: number;
  ms: number;
}

/** At most this many problems are logged one by one; the rest are counted. */
const problemsLogged = 200;

/** Logs a catalogue's problems as structured entries. */
export function logProblems(app: FastifyInstance, problems: readonly CatalogueProblem[]): void {
  for (const problem of problems.slice(0, problemsLogged)) {
    app.log.warn(
      {
        file: problem.file,
        record: problem.record,
        field: problem.field,
        problem: problem.message,
      },
      'catalogue problem',
    );
  }
  if (problems.length > problemsLogged)
    app.log.warn({ more: problems.length - problemsLogged }, 'more catalogue problems');
}

async function reloadOnce(
  app: FastifyInstance,
  dir: string,
  responseCacheBytes: number | undefined,
): Promise<ReloadResult> {
  const started = Date.now();
  app.log.info('catalogue reload started');
  let loaded: Awaited<ReturnType<typeof loadIndex>>;
  try {
    loaded = await loadIndex(dir);
  } catch (error) {
    loaded = {
      index: app.servedCatalogue.index,
      problems: [{ file: dir, message: `cannot be loaded: ${(error as Error).message}` }],
    };
  }
  const ms = Date.now() - started;
  if (loaded.problems.length > 0) {
    logProblems(app, loaded.problems);
    app.runtime.metrics.reloaded(false);
    const services = app.servedCatalogue.catalogue.services.length;
    app.log.error(
      { problems: loaded.problems.length, services, ms },
      'catalogue reload rejected: the catalogue served so far stays',
    );
    return { swapped: false, problems: loaded.problems, services, ms };
  }
  app.servedCatalogue = serveCatalogue(loaded.index, { responseCacheBytes });
  app.runtime.metrics.reloaded(true);
  const services = loaded.index.catalogue.services.length;
  app.log.info({ services, ms }, 'catalogue reloaded');
  return { swapped: true, problems: [], services, ms };
}

/** A function that reloads `dir` into `app`, one run at a time. */
export function catalogueReloader(
  app: FastifyInstance,
  dir: string,
  responseCacheBytes?: number,
): () => Promise<ReloadResult> {
  let running: Promise<ReloadResult> | undefined;
  let queued: Promise<ReloadResult> | undefined;
  const start = (): Promise<ReloadResult> => {
    running = reloadOnce(app, dir, responseCacheBytes).finally(() => {
      running = undefined;
    });
    return running;
  };
  return () => {
    if (queued) return queued;
    if (!running) return start();
    queued = running
      .catch(() => undefined)
      .then(() => {
        queued = undefined;
        return start();
      });
    return queued;
  };
}
