// createApp: the Fastify instance with the API, the static files, CORS, problem+json for every
// error, and the access log. Everything that does not depend on a request is prepared here.

import type { Catalogue } from '@polku/catalogue';
import type { Problem } from '@polku/contract';
import { specYaml } from '@polku/contract/spec';
import Fastify, {
  type FastifyError,
  type FastifyInstance,
  type FastifyReply,
  type FastifyRequest,
} from 'fastify';
import {
  corsHeaders,
  makeRepresentation,
  RepresentationCache,
  sendRepresentation,
} from './http-cache.js';
import { accessLogLine, accessLogSink, type LoggerOption } from './log.js';
import { warmParameterValidators } from './params.js';
import { notFound, ProblemError, problemContentType, problemTypes } from './problem.js';
import { instanceOf, registerApiRoutes } from './routes/api.js';
import { registerPageRoutes } from './routes/pages.js';
import { compactForServing } from './search/compact.js';
import { buildSearchIndex, type SearchIndex } from './search/search-index.js';
import { defaultStaticRoot, loadStaticFiles } from './static.js';

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

export function sendProblem(reply: FastifyReply, problem: Problem): FastifyReply {
  return reply
    .code(problem.status)
    .headers({
      ...corsHeaders,
      'content-type': problemContentType,
      'cache-control': 'no-store',
      'x-content-type-options': 'nosniff',
    })
    .send(JSON.stringify(problem));
}

const statusTitles: Record<number, string> = {
  400: 'Bad request',
  404: 'Not found',
  405: 'Method not allowed',
  406: 'Not acceptable',
  413: 'Request too large',
  414: 'URI too long',
  415: 'Unsupported media type',
  431: 'Request header fields too large',
};

function problemFromError(error: FastifyError | Error, request: FastifyRequest): Problem {
  if (error instanceof ProblemError) return error.problem;
  const status = (error as FastifyError).statusCode;
  if (status !== undefined && status >= 400 && status < 500) {
    return {
      type: problemTypes.badRequest,
      title: statusTitles[status] ?? 'Bad request',
      status,
      detail: `${statusTitles[status] ?? 'Bad request'} (${(error as FastifyError).code ?? 'request error'}).`,
      instance: instanceOf(request),
    };
  }
  return { type: problemTypes.internal, title: 'Internal server error', status: 500 };
}

export async function createApp(options: AppOptions): Promise<FastifyInstance> {
  // The server keeps a deduplicated copy of the catalogue with its descriptions dictionary-coded
  // (compact.ts, texts.ts): a caller that loaded it and let go of it (startServer, the CLI) leaves
  // only the copy in memory.
  const index =
    options.index ??
    (() => {
      const { catalogue, descriptions } = compactForServing(options.catalogue);
      return buildSearchIndex(catalogue, descriptions);
    })();
  const catalogue = index.catalogue;
  const sink = accessLogSink(options.logger);
  const warn = options.warn ?? ((message: string) => process.stderr.write(`${message}\n`));
  const staticFiles = loadStaticFiles(options.staticRoot ?? defaultStaticRoot, warn);
  const openapi = makeRepresentation(specYaml, {
    'content-type': 'application/yaml; charset=utf-8',
    'cache-control': 'public, max-age=300',
  });
  const health = makeRepresentation(
    JSON.stringify({ status: 'ok', services: catalogue.services.length }),
    {
      'content-type': 'application/json; charset=utf-8',
      'cache-control': 'no-store',
    },
  );

  const app = Fastify({
    logger: false,
    // A 200-character query is ~1.8 kB percent-encoded; 64 kB lets anything longer reach the
    // spec's validation (400 naming the parameter) instead of Node's bare 431.
    http: { maxHeaderSize: 64 * 1024 },
    clientErrorHandler: (error: NodeJS.ErrnoException, socket) => {
      // What even the router never sees (a request too large or malformed to parse): a problem
      // written straight to the socket, as Fastify's default handler does with plain text.
      const status = error.code === 'HPE_HEADER_OVERFLOW' ? 431 : 400;
      const problem = JSON.stringify({
        type: problemTypes.badRequest,
        title: statusTitles[status],
        status,
        detail:
          status === 431
            ? 'The request headers are larger than 64 kB.'
            : 'The request could not be parsed as HTTP. Characters outside ASCII in the URL must ' +
              'be percent-encoded as UTF-8, e.g. q=tr%C3%B6tt for "trött".',
      });
      if (socket.writable) {
        socket.end(
          `HTTP/1.1 ${status} ${statusTitles[status]}\r\nContent-Type: ${problemContentType}\r\n` +
            `Access-Control-Allow-Origin: *\r\nContent-Length: ${Buffer.byteLength(problem)}\r\nConnection: close\r\n\r\n${problem}`,
        );
      } else {
        socket.destroy(error);
      }
    },
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

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    const missing = staticFiles.missing.get(path);
    return sendProblem(
      reply,
      notFound(
        missing ? `${path} is not available: ${missing}.` : 'Nothing is served at this path.',
        instanceOf(request),
      ),
    );
  });

  warmParameterValidators();
  const responseCache = new RepresentationCache(options.responseCacheBytes);
  registerApiRoutes(app, {
    catalogue,
    index,
    cache: responseCache,
    publicUrl: options.publicUrl,
  });

  registerPageRoutes(app, catalogue);

  app.get('/openapi.yaml', (request, reply) => sendRepresentation(request, reply, openapi));
  app.get('/healthz', (request, reply) => sendRepresentation(request, reply, health));

  // Static files: exact paths from the in-memory table, never the file system.
  const serveStatic = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const file = staticFiles.files.get(path);
    if (file) return sendRepresentation(request, reply, file);
    const target = staticFiles.redirects.get(path);
    if (target) return reply.code(301).headers(corsHeaders).header('location', target).send();
    const missing = staticFiles.missing.get(path);
    return sendProblem(
      reply,
      notFound(
        missing ? `${path} is not available: ${missing}.` : 'Nothing is served at this path.',
        instanceOf(request),
      ),
    );
  };
  app.get('/', serveStatic);
  // The embed entry, its lazily loaded chunks and their source maps, at the root.
  for (const path of staticFiles.embed) app.get(path, serveStatic);
  app.get('/docs', serveStatic);
  app.get('/docs/', serveStatic);
  app.get('/examples/*', serveStatic);
  app.get('/examples', (_request, reply) =>
    reply.code(301).header('location', '/examples/').send(),
  );

  // CORS preflight for any path; the API takes only simple GETs, but a client may send headers.
  app.options('*', (request, reply) => {
    const requested = request.headers['access-control-request-headers'];
    reply
      .code(204)
      .headers({
        ...corsHeaders,
        'access-control-allow-methods': 'GET, HEAD, OPTIONS',
        'access-control-allow-headers':
          typeof requested === 'string' && /^[A-Za-z0-9, -]{1,500}$/.test(requested)
            ? requested
            : 'Accept, Accept-Language, If-None-Match',
        'access-control-max-age': '86400',
      })
      .send();
  });
  app.route({
    method: ['POST', 'PUT', 'PATCH', 'DELETE'],
    url: '*',
    handler: (request, reply) => {
      reply.header('allow', 'GET, HEAD, OPTIONS');
      return sendProblem(reply, {
        type: problemTypes.methodNotAllowed,
        title: 'Method not allowed',
        status: 405,
        detail: 'Every operation of this API is a GET.',
        instance: instanceOf(request),
      });
    },
  });
  return app;
}
