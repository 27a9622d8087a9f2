// The /v1 operations of the contract. Handlers are thin: parameters are parsed and validated
// from the spec, responses are built by plain functions and kept as ready-to-send
// representations in the LRU, keyed by the operation and its normalised parameters.

import type { Catalogue } from '@polku/catalogue';
import type {
  ApiRoot,
  LanguageCode,
  Organization,
  Service,
  ServiceChain,
  ServiceSearchParams,
} from '@polku/contract';
import { spec } from '@polku/contract/spec';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { jsonRepresentation, type RepresentationCache, sendRepresentation } from '../http-cache.js';
import { localize, nameCollator } from '../localize.js';
import { operationParameters, parsePath, parseQuery } from '../params.js';
import { invalidParameters, notFound, ProblemError } from '../problem.js';
import { pageOf } from '../search/page.js';
import { searchServices } from '../search/search.js';
import { displayLanguages, pickLanguage, type SearchIndex } from '../search/search-index.js';
import { serviceWithText } from '../search/texts.js';

export interface ApiContext {
  catalogue: Catalogue;
  index: SearchIndex;
  cache: RepresentationCache;
  /** Absolute base URL for links (`https://palvelut.example`); else taken from the request. */
  publicUrl?: string | undefined;
}

type Values = Record<string, unknown>;

interface Produced {
  value: unknown;
  /** The value is already projected to `lang` (the search projects only the page it returns). */
  localized?: boolean;
}

function canonicalKey(values: Values): string {
  return JSON.stringify(
    Object.keys(values)
      .sort()
      .map((key) => [key, values[key]]),
  );
}

export function instanceOf(request: FastifyRequest): string {
  const path = request.url.split('?')[0] ?? '';
  return path.length > 200 ? `${path.slice(0, 200)}…` : path;
}

/** Cross-parameter rules of /v1/services that one parameter's schema cannot state. */
function checkServiceSearch(values: Values, errors: Record<string, string[]>): void {
  const add = (name: string, message: string): void => {
    errors[name] = [...(errors[name] ?? []), message];
  };
  const hasLat = values.lat !== undefined || errors.lat !== undefined;
  const hasLon = values.lon !== undefined || errors.lon !== undefined;
  if (hasLat && !hasLon) add('lon', 'is required with lat');
  if (hasLon && !hasLat) add('lat', 'is required with lon');
  if (values.radius !== undefined && !(hasLat && hasLon)) add('radius', 'needs lat and lon');
  if (values.sort === 'distance' && !(hasLat && hasLon)) add('sort', 'distance needs lat and lon');
}

function origin(request: FastifyRequest, context: ApiContext): string {
  if (context.publicUrl) return context.publicUrl.replace(/\/+$/, '');
  const host = request.headers.host;
  // The Host header comes from the client: only a plain host[:port] makes it into a URL.
  const safeHost =
    host && /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/.test(host)
      ? host
      : `${request.socket.localAddress?.includes(':') ? `[${request.socket.localAddress}]` : (request.socket.localAddress ?? 'localhost')}:${request.socket.localPort ?? 80}`;
  return `${request.protocol}://${safeHost}`;
}

export function registerApiRoutes(app: FastifyInstance, context: ApiContext): void {
  const { catalogue, index, cache } = context;
  // Services by lower-cased id. Where every id is distinct and already lower case (a valid
  // catalogue), that is the index's own map (at 100 000 services a second one is ~4 MB).
  const ownIds =
    index.catalogue === catalogue &&
    index.documentById.size === catalogue.services.length &&
    catalogue.services.every((service) => service.id === service.id.toLowerCase());
  const servicesById: { get(id: string): Service | undefined } = ownIds
    ? {
        get: (id) => {
          const doc = index.documentById.get(id);
          return doc === undefined ? undefined : index.services[doc];
        },
      }
    : new Map(catalogue.services.map((service) => [service.id.toLowerCase(), service]));
  const organizationsById = new Map(catalogue.organizations.map((o) => [o.id.toLowerCase(), o]));
  const chainsById = new Map(catalogue.chains.map((chain) => [chain.id, chain]));
  const organizationsByName = {} as Record<LanguageCode, Organization[]>;
  for (const language of displayLanguages) {
    const collator = nameCollator(language);
    organizationsByName[language] = [...catalogue.organizations].sort(
      (a, b) =>
        collator.compare(pickLanguage(a.name, language), pickLanguage(b.name, language)) ||
        (a.id < b.id ? -1 : 1),
    );
  }

  const route = (
    url: string,
    operationId: string,
    produce: (query: Values, path: Values, request: FastifyRequest) => Produced,
    crossCheck?: (values: Values, errors: Record<string, string[]>) => void,
  ): void => {
    const operation = operationParameters.get(operationId);
    if (!operation) throw new Error(`spec: no operation ${operationId}`);
    app.get(url, (request, reply) => {
      const rawUrl = request.url;
      const questionMark = rawUrl.indexOf('?');
      const query = parseQuery(operation, questionMark < 0 ? '' : rawUrl.slice(questionMark + 1));
      const path = parsePath(operation, request.params as Record<string, string>);
      const errors = { ...path.errors, ...query.errors };
      crossCheck?.(query.values, errors);
      if (Object.keys(errors).length > 0)
        throw new ProblemError(invalidParameters(errors, instanceOf(request)));
      const lang = query.values.lang as LanguageCode | undefined;
      const extraKey = operationId === 'getApiRoot' ? origin(request, context) : '';
      const key = `${operationId}\n${canonicalKey(path.values)}\n${canonicalKey(query.values)}\n${extraKey}`;
      const representation = cache.getOrMake(key, () => {
        const { value, localized } = produce(query.values, path.values, request);
        return jsonRepresentation(lang && !localized ? localize(value, lang) : value, {
          contentLanguage: lang,
        });
      });
      return sendRepresentation(request, reply, representation);
    });
  };

  const page = (query: Values) => ({
    page: (query.page as number | undefined) ?? 1,
    perPage: (query.per_page as number | undefined) ?? 20,
  });

  route('/v1', 'getApiRoot', (_query, _path, request) => {
    const root: ApiRoot = {
      version: spec.info.version,
      openapi_url: `${origin(request, context)}/openapi.yaml`,
      hsds_url: `${origin(request, context)}/hsds/`,
      ...(catalogue.serviceGuidance ? { service_guidance: catalogue.serviceGuidance } : {}),
    };
    return { value: root };
  });

  route(
    '/v1/services',
    'searchServices',
    (query) => ({ value: searchServices(index, query as ServiceSearchParams), localized: true }),
    checkServiceSearch,
  );

  route('/v1/services/:id', 'getService', (_query, path, request) => {
    const id = path.id as string;
    const service = servicesById.get(id.toLowerCase());
    if (!service)
      throw new ProblemError(notFound(`No service has the id ${id}.`, instanceOf(request)));
    return { value: serviceWithText(service, index.descriptions) };
  });

  route('/v1/organizations', 'listOrganizations', (query) => {
    const language = (query.lang as LanguageCode | undefined) ?? 'fi';
    const types = query.provider_type as string[] | undefined;
    const municipalities = query.municipality as string[] | undefined;
    const selected = organizationsByName[language].filter(
      (organization) =>
        (!types || types.includes(organization.type)) &&
        (!municipalities ||
          organization.municipalities.some((code) => municipalities.includes(code))),
    );
    const { page: pageNumber, perPage } = page(query);
    return { value: pageOf(selected, pageNumber, perPage) };
  });

  route('/v1/organizations/:id', 'getOrganization', (_query, path, request) => {
    const id = path.id as string;
    const organization = organizationsById.get(id.toLowerCase());
    if (!organization)
      throw new ProblemError(notFound(`No organization has the id ${id}.`, instanceOf(request)));
    return { value: organization };
  });

  route('/v1/tiers', 'listTiers', () => ({
    value: pageOf(catalogue.tiers, 1, Math.max(1, catalogue.tiers.length)),
  }));

  route('/v1/service-chains', 'listServiceChains', (query) => {
    const { page: pageNumber, perPage } = page(query);
    return { value: pageOf<ServiceChain>(catalogue.chains, pageNumber, perPage) };
  });

  route('/v1/service-chains/:id', 'getServiceChain', (_query, path, request) => {
    const id = path.id as string;
    const chain = chainsById.get(id);
    if (!chain)
      throw new ProblemError(notFound(`No service chain has the id ${id}.`, instanceOf(request)));
    return { value: chain };
  });

  route('/v1/municipalities', 'listMunicipalities', () => ({
    value: pageOf(catalogue.municipalities, 1, Math.max(1, catalogue.municipalities.length)),
  }));

  route('/v1/urgent-help', 'listUrgentHelp', () => ({
    value: pageOf(catalogue.urgentHelp, 1, Math.max(1, catalogue.urgentHelp.length)),
  }));
}
