// startServer: load a catalogue (the demo one by default), build the app and listen; reload the
// catalogue folder on request or on change; shut down without failing a request.
import type { Catalogue, CatalogueProblem } from '@polku/catalogue';
import { demoCatalogueDir } from '@polku/catalogue';
import type { FastifyInstance } from 'fastify';
import { type AppOptions, createApp } from './app.js';
import { loadIndex } from './catalogue/load.js';
import { catalogueReloader, type ReloadResult } from './catalogue/reload.js';
import { watchFolder } from './catalogue/watch.js';

export interface StartServerOptions extends Omit<AppOptions, 'catalogue'> {
  /** The catalogue to serve; loaded from `catalogueDir` (default: the demo catalogue) when absent. */
  catalogue?: Catalogue;
  catalogueDir?: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 8080; 0 for a free port. */
  port?: number;
  /** Reload the catalogue folder when a file in it changes. */
  watch?: boolean;
}

export interface ShutdownOptions {
  /** Seconds to keep serving, draining, before the listener closes (default 0). */
  delay?: number;
  /** Seconds after that before unfinished responses are cut (default 25). */
  timeout?: number;
}

export interface StartedServer {
  /** `http://HOST:PORT`, no trailing slash. */
  url: string;
  app: FastifyInstance;
  /** Problems of the catalogue folder (records left out), empty when a catalogue was passed in. */
  problems: CatalogueProblem[];
  /** Loads the catalogue folder again and serves it if it has no problem (SIGHUP). */
  reload(): Promise<ReloadResult>;
  /**
   * Drains (`/readyz` 503, `Connection: close` on every response) for `delay` seconds, then
   * closes the listener and waits for the responses in flight (SIGTERM).
   */
  shutdown(options?: ShutdownOptions): Promise<void>;
  /** `shutdown()` at once. */
  close(): Promise<void>;
}

export async function startServer(options: StartServerOptions = {}): Promise<StartedServer> {
  let catalogue = options.catalogue;
  let index = options.index;
  let problems: CatalogueProblem[] = [];
  const dir = options.catalogue ? options.catalogueDir : (options.catalogueDir ?? demoCatalogueDir);
  if (!catalogue) {
    const loaded = await loadIndex(dir as string);
    index = loaded.index;
    catalogue = loaded.index.catalogue;
    problems = loaded.problems;
  }
  const app = await createApp({ ...options, catalogue, ...(index ? { index } : {}) });
  const reload = dir
    ? catalogueReloader(app, dir, options.responseCacheBytes)
    : () => Promise.reject(new Error('the server was given a catalogue, not a folder to reload'));
  if (options.watch && dir) {
    const stop = watchFolder(
      dir,
      () => void reload(),
      (error) => app.log.error({ err: error }, 'watching the catalogue folder failed'),
    );
    app.addHook('onClose', (_app, done) => {
      stop();
      done();
    });
  }

  const host = options.host ?? '127.0.0.1';
  await app.listen({ host, port: options.port ?? 8080 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 8080);
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  let closing: Promise<void> | undefined;
  const shutdown = (shutdownOptions: ShutdownOptions = {}): Promise<void> => {
    closing ??= (async () => {
      app.runtime.draining = true;
      const delay = shutdownOptions.delay ?? 0;
      if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay * 1000));
      const cut = setTimeout(
        () => app.server.closeAllConnections(),
        (shutdownOptions.timeout ?? 25) * 1000,
      );
      cut.unref();
      await app.close();
      clearTimeout(cut);
    })();
    return closing;
  };
  return {
    url: `http://${shownHost}:${port}`,
    app,
    problems,
    reload,
    shutdown,
    close: () => shutdown(),
  };
}
