// The Open Referral HSDS 3.0 API under /hsds/: the served catalogue through @polku/catalogue's HSDS
// exporter (one export per language, made on first use and kept with the served catalogue), lists in
// HSDS's Page envelope, one language a request (`?lang=`), problem+json errors, and the same ETags,
// compression and caching as /v1 (each response made once and kept in the catalogue's cache).
import { type Catalogue, exportHsds, type HsdsExport } from '@polku/catalogue';
import type { LanguageCode } from '@polku/contract';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import { oncePerCatalogue } from '../../catalogue/served.js';
import { jsonRepresentation, sendRepresentation } from '../../http/cache.js';
import { origin } from '../../http/origin.js';
import { instanceOf, invalidParameters, notFound, ProblemError } from '../../http/problem.js';
import { getService } from '../../search/index.js';
import { hsdsOpenApi } from './openapi.js';
import { endpointParameters, parseHsdsQuery } from './params.js';
import { type HsdsQuery, hsdsRecords, hsdsVersion, hsdsViews } from './views.js';

/** The served catalogue's HSDS export in `language`, made once (the served copy keeps descriptions apart). */
const exportOf = oncePerCatalogue((served, language: LanguageCode): HsdsExport => {
  const full: Catalogue = {
    ...served.catalogue,
    services: served.catalogue.services.map(
      (service) => getService(served.index, service.id) ?? service,
    ),
  };
  return exportHsds(full, { language });
});

type Endpoint = keyof typeof endpointParameters;

interface Route {
  url: string;
  parameters: Endpoint;
  /** `exported()` makes the language's export on first use: the root does not need it. */
  produce(exported: () => HsdsExport, query: HsdsQuery, request: FastifyRequest): unknown;
  /** What the response depends on besides the query and the catalogue (a link's origin). */
  varies?(request: FastifyRequest): string;
}

function register(app: FastifyInstance, route: Route): void {
  app.get(route.url, (request, reply) => {
    const served = request.server.servedCatalogue;
    const rawUrl = request.url;
    const questionMark = rawUrl.indexOf('?');
    const parsed = parseHsdsQuery(
      questionMark < 0 ? '' : rawUrl.slice(questionMark + 1),
      endpointParameters[route.parameters],
    );
    if (Object.keys(parsed.errors).length > 0) {
      throw new ProblemError(invalidParameters(parsed.errors, instanceOf(request)));
    }
    const id = (request.params as { id?: string }).id ?? '';
    const key = `hsds\n${route.url}\n${id}\n${parsed.key}\n${route.varies?.(request) ?? ''}`;
    const representation = served.responses.getOrMake(key, () =>
      jsonRepresentation(
        route.produce(() => exportOf(served, parsed.lang), parsed.query, request),
        {
          contentLanguage: parsed.lang,
        },
      ),
    );
    return sendRepresentation(request, reply, representation);
  });
}

/** A record route: the record with the path's id, or a 404 problem. */
function record(url: string, find: (exported: HsdsExport, id: string) => unknown): Route {
  return {
    url,
    parameters: 'record',
    produce: (exported, _query, request) => {
      const id = (request.params as { id: string }).id;
      const found = find(exported(), id);
      if (!found)
        throw new ProblemError(notFound(`No record has the id ${id}.`, instanceOf(request)));
      return found;
    },
  };
}

export function registerHsdsRoutes(
  app: FastifyInstance,
  options: { publicUrl?: string } = {},
): void {
  const root: Route = {
    url: '/hsds/',
    parameters: 'root',
    // HSDS's API root: `version` is the HSDS version; no `profile`, as none is claimed.
    produce: (_exported, _query, request) => ({
      version: hsdsVersion,
      openapi_url: `${origin(request, options.publicUrl)}/hsds/openapi.json`,
    }),
    varies: (request) => origin(request, options.publicUrl),
  };
  register(app, root);
  register(app, { ...root, url: '/hsds' });
  app.get('/hsds/openapi.json', (request, reply) =>
    sendRepresentation(request, reply, openApiRepresentation),
  );
  const lists: [string, Endpoint, (typeof hsdsViews)[keyof typeof hsdsViews]][] = [
    ['/hsds/services', 'services', hsdsViews.services],
    ['/hsds/organizations', 'organizations', hsdsViews.organizations],
    ['/hsds/service_at_locations', 'serviceAtLocations', hsdsViews.serviceAtLocations],
    ['/hsds/taxonomies', 'taxonomies', hsdsViews.taxonomies],
    ['/hsds/taxonomy_terms', 'taxonomyTerms', hsdsViews.taxonomyTerms],
  ];
  for (const [url, parameters, view] of lists) {
    register(app, { url, parameters, produce: (exported, query) => view(exported(), query) });
  }
  register(app, record('/hsds/services/:id', hsdsRecords.services));
  register(app, record('/hsds/organizations/:id', hsdsRecords.organizations));
  register(app, record('/hsds/service_at_locations/:id', hsdsRecords.serviceAtLocations));
  register(app, record('/hsds/taxonomies/:id', hsdsRecords.taxonomies));
  register(app, record('/hsds/taxonomy_terms/:id', hsdsRecords.taxonomyTerms));
}

const openApiRepresentation = jsonRepresentation(hsdsOpenApi);
