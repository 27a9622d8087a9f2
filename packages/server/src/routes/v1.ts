// The /v1 operations of the contract. Handlers are thin: they read the served catalogue
// (catalogue/served.ts) and its index, and return a value; operation.ts parses the parameters
// and keeps the response ready to send.
import type { Catalogue } from '@polku/catalogue';
import type { ApiRoot, LanguageCode, OperationId, ServiceSearchParams } from '@polku/contract';
import { spec } from '@polku/contract/spec';
import type { FastifyInstance } from 'fastify';
import type { ServedCatalogue } from '../catalogue/served.js';
import { origin } from '../http/origin.js';
import { addError } from '../http/params.js';
import { instanceOf, notFound, ProblemError } from '../http/problem.js';
import { pageOf } from '../page.js';
import { getService, searchServices } from '../search/index.js';
import { type Operation, registerOperation, type Values } from './operation.js';

/** Cross-parameter rules of /v1/services that one parameter's schema cannot state. */
function checkServiceSearch(values: Values, errors: Record<string, string[]>): void {
  const hasLat = values.lat !== undefined || errors.lat !== undefined;
  const hasLon = values.lon !== undefined || errors.lon !== undefined;
  if (hasLat && !hasLon) addError(errors, 'lon', 'is required with lat');
  if (hasLon && !hasLat) addError(errors, 'lat', 'is required with lon');
  if (values.radius !== undefined && !(hasLat && hasLon))
    addError(errors, 'radius', 'needs lat and lon');
  if (values.sort === 'distance' && !(hasLat && hasLon))
    addError(errors, 'sort', 'distance needs lat and lon');
}

/** The page the query asks for, or the contract's defaults. */
function pageOfQuery<T>(items: readonly T[], query: Values) {
  return pageOf(
    items,
    (query.page as number | undefined) ?? 1,
    (query.per_page as number | undefined) ?? 20,
  );
}

/** A short list of the catalogue served whole, as one page. */
export function wholeList(
  url: string,
  operationId: OperationId,
  items: (catalogue: Catalogue) => readonly unknown[],
): Operation {
  return {
    url,
    operationId,
    produce: ({ served }) => {
      const all = items(served.catalogue);
      return { value: pageOf(all, 1, Math.max(1, all.length)) };
    },
  };
}

/** The API root; `publicUrl` is the absolute base URL for links, else the request's origin. */
function apiRoot(publicUrl: string | undefined): Operation {
  return {
    url: '/v1',
    operationId: 'getApiRoot',
    varies: (request) => origin(request, publicUrl),
    produce: ({ request, served }) => {
      const { serviceGuidance } = served.catalogue;
      const root: ApiRoot = {
        version: spec.info.version,
        openapi_url: `${origin(request, publicUrl)}/openapi.yaml`,
        hsds_url: `${origin(request, publicUrl)}/hsds/`,
        ...(serviceGuidance ? { service_guidance: serviceGuidance } : {}),
      };
      return { value: root };
    },
  };
}

const services: Operation = {
  url: '/v1/services',
  operationId: 'searchServices',
  crossCheck: checkServiceSearch,
  produce: ({ query, served }) => ({
    value: searchServices(served.index, query as ServiceSearchParams),
    localized: true,
  }),
};

/** Gets one record by the `id` in its path; 404 naming the kind of record where none has it. */
export function getById(
  url: string,
  operationId: OperationId,
  kind: string,
  find: (served: ServedCatalogue, id: string) => unknown,
): Operation {
  return {
    url,
    operationId,
    produce: ({ path, request, served }) => {
      const id = path.id as string;
      const found = find(served, id);
      if (!found)
        throw new ProblemError(notFound(`No ${kind} has the id ${id}.`, instanceOf(request)));
      return { value: found };
    },
  };
}

const service = getById('/v1/services/:id', 'getService', 'service', (served, id) =>
  getService(served.index, id),
);

const organizations: Operation = {
  url: '/v1/organizations',
  operationId: 'listOrganizations',
  produce: ({ query, served }) => {
    const language = (query.lang as LanguageCode | undefined) ?? 'fi';
    const types = query.provider_type as string[] | undefined;
    const municipalities = query.municipality as string[] | undefined;
    const selected = served.organizationsByName[language].filter(
      (organization) =>
        (!types || types.includes(organization.type)) &&
        (!municipalities ||
          organization.municipalities.some((code) => municipalities.includes(code))),
    );
    return { value: pageOfQuery(selected, query) };
  },
};

const organization = getById(
  '/v1/organizations/:id',
  'getOrganization',
  'organization',
  (served, id) => served.organizationById.get(id.toLowerCase()),
);

const tiers = wholeList('/v1/tiers', 'listTiers', (catalogue) => catalogue.tiers);

const serviceChains: Operation = {
  url: '/v1/service-chains',
  operationId: 'listServiceChains',
  produce: ({ query, served }) => ({ value: pageOfQuery(served.catalogue.chains, query) }),
};

const serviceChain = getById(
  '/v1/service-chains/:id',
  'getServiceChain',
  'service chain',
  (served, id) => served.chainById.get(id),
);

const municipalities = wholeList(
  '/v1/municipalities',
  'listMunicipalities',
  (catalogue) => catalogue.municipalities,
);

const urgentHelp = wholeList(
  '/v1/urgent-help',
  'listUrgentHelp',
  (catalogue) => catalogue.urgentHelp,
);

export function registerV1Routes(app: FastifyInstance, publicUrl: string | undefined): void {
  for (const operation of [
    apiRoot(publicUrl),
    services,
    service,
    organizations,
    organization,
    tiers,
    serviceChains,
    serviceChain,
    municipalities,
    urgentHelp,
  ]) {
    registerOperation(app, operation);
  }
}
