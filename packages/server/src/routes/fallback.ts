// What no other route answers: 404 problems (saying what to build where a file is not built
// yet), CORS preflight for any path, and 405 for methods the API does not take.
import type { FastifyInstance } from 'fastify';
import { corsHeaders } from '../http/cache.js';
import { instanceOf, problemTypes, sendProblem } from '../http/problem.js';
import type { StaticFiles } from '../http/static-files.js';
import { fileNotFound } from './files.js';

export function registerFallbackRoutes(app: FastifyInstance, staticFiles: StaticFiles): void {
  app.setNotFoundHandler((request, reply) =>
    sendProblem(reply, fileNotFound(staticFiles, request)),
  );

  // The API takes only simple GETs, but a client may send headers.
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
}
