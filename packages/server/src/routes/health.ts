// `/healthz`: the process is alive and serves a catalogue of this many services.
import type { FastifyInstance } from 'fastify';
import { sendRepresentation } from '../http/cache.js';

export function registerHealthRoutes(app: FastifyInstance): void {
  app.get('/healthz', (request, reply) =>
    sendRepresentation(request, reply, request.server.servedCatalogue.health),
  );
}
