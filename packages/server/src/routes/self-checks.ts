// GET /v1/self-checks and /v1/self-checks/{id}: the served catalogue's self-checks, whole, as the
// catalogue holds them. Nothing a person answers ever reaches these routes: a client evaluates the
// rules itself and asks for services by the suggested tier only.
import type { FastifyInstance } from 'fastify';
import { registerOperation } from './operation.js';
import { getById, wholeList } from './v1.js';

export function registerSelfCheckRoutes(app: FastifyInstance): void {
  registerOperation(
    app,
    wholeList('/v1/self-checks', 'listSelfChecks', (catalogue) => catalogue.selfChecks),
  );
  registerOperation(
    app,
    getById('/v1/self-checks/:id', 'getSelfCheck', 'self-check', (served, id) =>
      served.catalogue.selfChecks.find((check) => check.id === id),
    ),
  );
}
