// startServer: load a catalogue (the demo one by default), build the app and listen.
import type { Catalogue, CatalogueProblem } from '@polku/catalogue';
import { demoCatalogueDir, loadCatalogue } from '@polku/catalogue';
import type { FastifyInstance } from 'fastify';
import { type AppOptions, createApp } from './app.js';
import { loadIndexInChild } from './catalogue/load-worker.js';

export interface StartServerOptions extends Omit<AppOptions, 'catalogue'> {
  /** The catalogue to serve; loaded from `catalogueDir` (default: the demo catalogue) when absent. */
  catalogue?: Catalogue;
  catalogueDir?: string;
  /** Default 127.0.0.1. */
  host?: string;
  /** Default 8080; 0 for a free port. */
  port?: number;
}

export interface StartedServer {
  /** `http://HOST:PORT`, no trailing slash. */
  url: string;
  app: FastifyInstance;
  /** Problems of the catalogue folder (records left out), empty when a catalogue was passed in. */
  problems: CatalogueProblem[];
  close(): Promise<void>;
}

export async function startServer(options: StartServerOptions = {}): Promise<StartedServer> {
  let catalogue = options.catalogue;
  let index = options.index;
  let problems: CatalogueProblem[] = [];
  if (!catalogue) {
    const dir = options.catalogueDir ?? demoCatalogueDir;
    // Loading in a child process (catalogue/load-worker.ts) leaves this process holding only the compact
    // catalogue and its index; where a child cannot run (no permission to spawn, a loader that
    // does not carry over), the catalogue is loaded here.
    const loaded = await loadIndexInChild(dir).catch(async () => {
      const inProcess = await loadCatalogue(dir);
      return { index: undefined, problems: inProcess.problems, catalogue: inProcess.catalogue };
    });
    index = loaded.index;
    catalogue = loaded.index?.catalogue ?? (loaded as { catalogue: Catalogue }).catalogue;
    problems = loaded.problems;
  }
  const app = await createApp({ ...options, catalogue, ...(index ? { index } : {}) });
  const host = options.host ?? '127.0.0.1';
  await app.listen({ host, port: options.port ?? 8080 });
  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : (options.port ?? 8080);
  const shownHost = host.includes(':') ? `[${host}]` : host === '0.0.0.0' ? '127.0.0.1' : host;
  let closing: Promise<void> | undefined;
  return {
    url: `http://${shownHost}:${port}`,
    app,
    problems,
    close() {
      closing ??= app.close();
      return closing;
    },
  };
}
