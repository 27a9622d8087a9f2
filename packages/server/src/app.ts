// createApp: the Fastify instance with the API, the static files, CORS, problem+json for every
// error, the log, the metrics and the probes. Everything that does not depend on a request is
// prepared here; the catalogue and all that is derived from it sit behind one decorator
// (catalogue/served.ts), the app's own state behind another (http/runtime.ts).

import type { Catalogue } from '@polku/catalogue';
import Fastify, { type FastifyError, type FastifyInstance, LogController } from 'fastify';
import { indexForServing } from './catalogue/compact.js';
import { decorateServedCatalogue, serveCatalogue } from './catalogue/served.js';
import type { LogLevel } from './config.js';
import { answerOutsideRouter, clientErrorHandler } from './http/client-error.js';
import { closeIdleConnectionsSafely } from './http/drain.js';
import { requireHost } from './http/host.js';
import { type LoggerOption, loggerOptions, methodLabel } from './http/log.js';
import { warmParameterValidators } from './http/params.js';
import { problemFromError, sendProblem } from './http/problem.js';
import { observeRequests } from './http/runtime.js';
import { defaultStaticRoot, loadStaticFiles } from './http/static-files.js';
import { registerFallbackRoutes } from './routes/fallback.js';
import { registerFileRoutes } from './routes/files.js';
import { registerHealthRoutes } from './routes/health.js';
import { registerHsdsRoutes } from './routes/hsds/index.js';
import { registerMetricsRoute } from './routes/metrics.js';
import { registerPageRoutes } from './routes/pages.js';
import { registerSelfCheckRoutes } from './routes/self-checks.js';
import { registerV1Routes } from './routes/v1.js';
import type { SearchIndex } from './search/index.js';

/** Seconds; see config.ts. */
export interface Timeouts {
  headers?: number;
  request?: number;
  keepAlive?: number;
}

export interface AppOptions {
  catalogue: Catalogue;
  /** The JSON log: stdout by default; `false` for none; or a function given each line. */
  logger?: LoggerOption;
  /** Default `info`. */
  logLevel?: LogLevel;
  /** One log entry per request (default true). */
  accessLog?: boolean;
  /** Serve `/metrics` (default true). */
  metrics?: boolean;
  timeouts?: Timeouts;
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
  const timeouts = { headers: 10, request: 30, keepAlive: 72, ...options.timeouts };

  const app = Fastify({
    logger: loggerOptions(options.logger, options.logLevel),
    // Fastify's own request lines would hold the URL; http/runtime.ts writes one without it.
    logController: new LogController({ disableRequestLogging: true }),
    http: {
      // A 200-character query is ~1.8 kB percent-encoded; 64 kB lets anything longer reach the
      // spec's validation (400 naming the parameter) instead of Node's bare 431.
      maxHeaderSize: 64 * 1024,
      // Answered by a hook, with a problem body (http/host.ts).
      requireHostHeader: false,
      headersTimeout: Math.min(timeouts.headers, timeouts.request) * 1000,
      // How often Node looks for requests past their timeouts: a slow client hears 408 in seconds.
      connectionsCheckingInterval: 1000,
    },
    requestTimeout: timeouts.request * 1000,
    keepAliveTimeout: timeouts.keepAlive * 1000,
    clientErrorHandler,
    // While shutting down, requests still arriving are answered (with `Connection: close`), and
    // idle connections are closed by http/drain.ts, not at once.
    return503OnClosing: false,
    forceCloseConnections: false,
    routerOptions: {
      // Parameters are parsed from the raw URL against the spec (params.ts); Fastify's parse would
      // be thrown away, and its handling of repeated keys and bad encoding is not the contract's.
      querystringParser: () => ({}),
      // Long enough that an over-long id reaches the spec's validation (400), not the router (414).
      maxParamLength: 4096,
    },
    frameworkErrors: (error, request, reply) => {
      const problem = problemFromError(error, request);
      if (options.accessLog !== false)
        request.log.info(
          { method: methodLabel(request.method), route: '(no route)', status: problem.status },
          'request',
        );
      sendProblem(reply, problem);
    },
  });
  answerOutsideRouter(app.server);
  closeIdleConnectionsSafely(app.server);
  decorateServedCatalogue(
    app,
    serveCatalogue(index, { responseCacheBytes: options.responseCacheBytes }),
  );
  observeRequests(app, { accessLog: options.accessLog !== false });
  app.addHook('onRequest', requireHost);
  app.setErrorHandler((error: FastifyError, request, reply) => {
    const problem = problemFromError(error, request);
    if (problem.status >= 500)
      request.log.error(
        { route: request.routeOptions.url ?? '(no route)', err: error },
        'internal error',
      );
    return sendProblem(reply, problem);
  });

  const warn = options.warn ?? ((message: string) => app.log.warn(message));
  const staticFiles = loadStaticFiles(options.staticRoot ?? defaultStaticRoot, warn);
  warmParameterValidators();
  registerV1Routes(app, options.publicUrl);
  registerHsdsRoutes(app, { publicUrl: options.publicUrl });
  registerSelfCheckRoutes(app);
  registerPageRoutes(app, { publicUrl: options.publicUrl, warn });
  registerFileRoutes(app, staticFiles);
  registerHealthRoutes(app);
  if (options.metrics !== false) registerMetricsRoute(app);
  registerFallbackRoutes(app, staticFiles);
  return app;
}
