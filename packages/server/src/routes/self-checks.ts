// The self-checks (GET /v1/self-checks, /v1/self-checks/{id}): served whole, as the catalogue holds
// them. Nothing a person answers ever reaches these routes: a client evaluates the rules itself.
import type { Catalogue } from '@polku/catalogue';
import type { FastifyRequest } from 'fastify';
import { notFound, ProblemError } from '../problem.js';
import { pageOf } from '../search/page.js';

type Values = Record<string, unknown>;

/** The `route` of api.ts: one contract operation, its parameters checked against the spec. */
export type RegisterOperation = (
  url: string,
  operationId: string,
  produce: (query: Values, path: Values, request: FastifyRequest) => { value: unknown },
) => void;

export function registerSelfCheckRoutes(
  route: RegisterOperation,
  catalogue: Catalogue,
  instanceOf: (request: FastifyRequest) => string,
): void {
  const byId = new Map(catalogue.selfChecks.map((check) => [check.id, check]));

  route('/v1/self-checks', 'listSelfChecks', () => ({
    value: pageOf(catalogue.selfChecks, 1, Math.max(1, catalogue.selfChecks.length)),
  }));

  route('/v1/self-checks/:id', 'getSelfCheck', (_query, path, request) => {
    const id = path.id as string;
    const check = byId.get(id);
    if (!check)
      throw new ProblemError(notFound(`No self-check has the id ${id}.`, instanceOf(request)));
    return { value: check };
  });
}
