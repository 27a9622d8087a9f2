// `/healthz`: the process is alive and serves a catalogue of this many services.
// `/readyz`: it takes traffic (a catalogue is loaded and it is not shutting down).
import type { FastifyInstance } from 'fastify';
import { sendRepresentation } from '../http/cache.js';
import { instanceOf, problemTypes, sendProblem } from '../http/problem.js';

export function registerHealthRoutes(app: FastifyInstance): void {
  app.get('/healthz', (request, reply) =>
    sendRepresentation(request, reply, request.server.servedCatalogue.health),
  );
  app.get('/readyz', (request, reply) => {
    if (request.server.runtime.draining) {
      return sendProblem(reply, {
        type: problemTypes.unavailable,
        title: 'Service unavailable',
        status: 503,
        detail: 'This replica is shutting down.',
        instance: instanceOf(request),
      });
    }
    return sendRepresentation(request, reply, request.server.servedCatalogue.health);
  });
}
