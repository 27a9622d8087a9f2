// createApp: the Fastify instance with the API, the static files, CORS, problem+json for every
// error, and the access log. Everything that does not depend on a request is prepared here; the
// catalogue and all that is derived from it sit behind one decorator (catalogue/served.ts).

import type { Catalogue } from '@polku/catalogue';
import Fastify, { type FastifyError, type FastifyInstance } from 'fastify';
import { indexForServing } from './catalogue/compact.js';
import { decorateServedCatalogue, serveCatalogue } from './catalogue/served.js';
import { clientErrorHandler } from './http/client-error.js';
import { accessLogLine, accessLogSink, type LoggerOption } from './http/log.js';
import { warmParameterValidators } from './http/params.js';
import { problemFromError, sendProblem } from './http/problem.js';
import { defaultStaticRoot, loadStaticFiles } from './http/static-files.js';
import { registerFallbackRoutes } from './routes/fallback.js';
import { registerFileRoutes } from './routes/files.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerHsdsRoutes } from './routes/hsds/index.js';
import { registerPageRoutes } from './routes/pages.js';
import { registerSelfCheckRoutes } from './routes/self-checks.js';
import { registerV1Routes } from './routes/v1.js';
import type { SearchIndex } from './search/index.js';

export interface AppOptions {
  catalogue: Catalogue;
  /** Access log: one line per request to stdout by default; `false` for none; or a function. */
  logger?: LoggerOption;
  /** Where `packages/elements/dist`, `dist/docs` and `examples` are found; the repo root by default. */
  staticRoot?: string;
  /** A prebuilt index of the same catalogue (tests and benchmarks share one). */
  index?: SearchIndex;
  /** Absolute base URL for links in responses; taken from each request's Host header otherwise. */
  publicUrl?: string;
  /** Bytes of serialised responses kept in memory (default 64 MiB). */
  responseCacheBytes?: number;
  /** Warnings while loading static files (bad headers.json). */
  warn?: (message: string) => void;
}

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  const index = options.index ?? indexForServing(options.catalogue);
  const sink = accessLogSink(options.logger);
  const warn = options.warn ?? ((message: string) => process.stderr.write(`${message}\n`));
  const staticFiles = loadStaticFiles(options.staticRoot ?? defaultStaticRoot, warn);

  const app = Fastify({
    logger: false,
    // A 200-character query is ~1.8 kB percent-encoded; 64 kB lets anything longer reach the
    // spec's validation (400 naming the parameter) instead of Node's bare 431.
    http: { maxHeaderSize: 64 * 1024 },
    clientErrorHandler,
    return503OnClosing: true,
    forceCloseConnections: 'idle',
    routerOptions: {
      // Parameters are parsed from the raw URL against the spec (params.ts); Fastify's parse would
      // be thrown away, and its handling of repeated keys and bad encoding is not the contract's.
      querystringParser: () => ({}),
      // Long enough that an over-long id reaches the spec's validation (400), not the router (414).
      maxParamLength: 4096,
    },
    frameworkErrors: (error, request, reply) => {
      sink?.(
        `${new Date().toISOString()} ${request.method} (no route) ${error.statusCode ?? 400} 0.0ms`,
      );
      sendProblem(reply, problemFromError(error, request));
    },
  });
  decorateServedCatalogue(
    app,
    serveCatalogue(index, { responseCacheBytes: options.responseCacheBytes }),
  );

  if (sink) {
    app.addHook('onResponse', (request, reply, done) => {
      sink(accessLogLine(request, reply));
      done();
    });
  }
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = problemFromError(error, request);
    if (problem.status >= 500)
      warn(
        `internal error on ${request.method} ${request.routeOptions.url ?? '(no route)'}: ${error.stack ?? error.message}`,
      );
    return sendProblem(reply, problem);
  });

  warmParameterValidators();
  registerV1Routes(app, options.publicUrl);
  registerHsdsRoutes(app, { publicUrl: options.publicUrl });
  registerSelfCheckRoutes(app);
  registerPageRoutes(app);
  registerFileRoutes(app, staticFiles);
  registerHealthRoutes(app);
  registerFallbackRoutes(app, staticFiles);
  return app;
}
