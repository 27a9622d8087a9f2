// Files: the spec, the embed bundle, the rendered spec, the examples and the home page, from the
// in-memory table (http/static-files.ts), never the file system.
import type { Problem } from '@polku/contract';
import { specYaml } from '@polku/contract/spec';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import {
  corsHeaders,
  makeRepresentation,
  sendRepresentation,
  shortCacheControl,
} from '../http/cache.js';
import { instanceOf, notFound, sendProblem } from '../http/problem.js';
import type { StaticFiles } from '../http/static-files.js';

/** 404 for a path, saying what builds it where it is a file not built yet. */
export function fileNotFound(staticFiles: StaticFiles, request: FastifyRequest): Problem {
  const path = request.url.split('?')[0] ?? '';
  const missing = staticFiles.missing.get(path);
  return notFound(
    missing ? `${path} is not available: ${missing}.` : 'Nothing is served at this path.',
    instanceOf(request),
  );
}

export function registerFileRoutes(app: FastifyInstance, staticFiles: StaticFiles): void {
  const openapi = makeRepresentation(specYaml, {
    'content-type': 'application/yaml; charset=utf-8',
    'cache-control': shortCacheControl,
  });
  app.get('/openapi.yaml', (request, reply) => sendRepresentation(request, reply, openapi));

  // Exact paths from the in-memory table.
  const serveStatic = (request: FastifyRequest, reply: FastifyReply) => {
    const path = request.url.split('?')[0] ?? '';
    const file = staticFiles.files.get(path);
    if (file) return sendRepresentation(request, reply, file);
    const target = staticFiles.redirects.get(path);
    if (target) return reply.code(301).headers(corsHeaders).header('location', target).send();
    return sendProblem(reply, fileNotFound(staticFiles, request));
  };
  app.get('/', serveStatic);
  // The embed entry, its lazily loaded chunks and their source maps, at the root.
  for (const path of staticFiles.embed) app.get(path, serveStatic);
  app.get('/docs', serveStatic);
  app.get('/docs/*', serveStatic);
  app.get('/examples/*', serveStatic);
  app.get('/examples', (_request, reply) =>
    reply.code(301).header('location', '/examples/').send(),
  );
}
