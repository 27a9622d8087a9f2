// What no other route answers: 404 problems (saying what to build where a file is not built
// yet), CORS preflight for any path, and 405 for every method the API does not take.
import { METHODS } from 'node:http';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import { corsHeaders } from '../http/cache.js';
import { allowedMethods, instanceOf, problemTypes, sendProblem } from '../http/problem.js';
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

  // Every method Node's parser knows, but GET, HEAD, OPTIONS and CONNECT (answered by the
  // server itself, http/client-error.ts). Methods it does not know never get this far.
  const otherMethods = METHODS.filter((method) => !/^(GET|HEAD|OPTIONS|CONNECT)$/.test(method));
  const known = app.supportedMethods;
  for (const method of otherMethods) {
    if (!known.includes(method)) app.addHttpMethod(method);
  }
  const methodNotAllowed = (request: FastifyRequest, reply: FastifyReply) => {
    reply.header('allow', allowedMethods);
    return sendProblem(reply, {
      type: problemTypes.methodNotAllowed,
      title: 'Method not allowed',
      status: 405,
      detail: 'Every operation of this API is a GET.',
      instance: instanceOf(request),
    });
  };
  app.route({
    method: otherMethods,
    url: '*',
    // Answered before any body is parsed: a PUT with an odd content type is still a 405.
    onRequest: async (request, reply) => methodNotAllowed(request, reply),
    handler: methodNotAllowed,
  });
}
