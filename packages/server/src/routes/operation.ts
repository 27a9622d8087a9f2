// One operation of the contract as a route. Its parameters are parsed and validated from the
// spec; its response is made once per served catalogue and normalised request and kept ready to
// send in that catalogue's cache. A handler only produces the value.
import type { LanguageCode, OperationId } from '@polku/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { ServedCatalogue } from '../catalogue/served.js';
import { jsonRepresentation, sendRepresentation } from '../http/cache.js';
import { operationParameters, parameterErrors, parsePath, parseQuery } from '../http/params.js';
import { instanceOf, invalidParameters, ProblemError } from '../http/problem.js';
import { localize } from '../localize.js';

export type Values = Record<string, unknown>;

export interface OperationInput {
  query: Values;
  path: Values;
  request: FastifyRequest;
  /** The catalogue as it was when the request came in: read nothing else of it. */
  served: ServedCatalogue;
}

export interface Produced {
  value: unknown;
  /** The value is already projected to `lang` (the search projects only the page it returns). */
  localized?: boolean;
}

export interface Operation {
  url: string;
  operationId: OperationId;
  produce(input: OperationInput): Produced;
  /** Rules across parameters that one parameter's schema cannot state. */
  crossCheck?(values: Values, errors: Record<string, string[]>): void;
  /** What the response depends on besides the parameters and the catalogue (a link's origin). */
  varies?(request: FastifyRequest): string;
}

function canonicalKey(values: Values): string {
  return JSON.stringify(
    Object.keys(values)
      .sort()
      .map((key) => [key, values[key]]),
  );
}

export function registerOperation(app: FastifyInstance, operation: Operation): void {
  const { operationId } = operation;
  const parameters = operationParameters.get(operationId);
  if (!parameters) throw new Error(`spec: no operation ${operationId}`);
  app.get(operation.url, (request, reply) => {
    const served = request.server.servedCatalogue;
    const rawUrl = request.url;
    const questionMark = rawUrl.indexOf('?');
    const query = parseQuery(parameters, questionMark < 0 ? '' : rawUrl.slice(questionMark + 1));
    const path = parsePath(parameters, request.params as Record<string, string>);
    const errors = Object.assign(parameterErrors(), path.errors, query.errors);
    operation.crossCheck?.(query.values, errors);
    if (Object.keys(errors).length > 0)
      throw new ProblemError(invalidParameters(errors, instanceOf(request)));
    const lang = query.values.lang as LanguageCode | undefined;
    const extraKey = operation.varies?.(request) ?? '';
    const key = `${operationId}\n${canonicalKey(path.values)}\n${canonicalKey(query.values)}\n${extraKey}`;
    const representation = served.responses.getOrMake(key, () => {
      const { value, localized } = operation.produce({
        query: query.values,
        path: path.values,
        request,
        served,
      });
      return jsonRepresentation(lang && !localized ? localize(value, lang) : value, {
        contentLanguage: lang,
      });
    });
    return sendRepresentation(request, reply, representation);
  });
}
