// The OpenAPI description of this server's HSDS API (`/hsds/openapi.json`, the root's
// `openapi_url`): the HSDS 3.0 endpoints it implements, with the parameters it takes. Schemas are
// referenced where Open Referral publishes them, not copied; HSDS's own openapi.json is a template
// that each implementation fills in, as this does.
import { maxPerPage } from './params.js';

const published = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema';

const parameter = (name: string, description: string, schema: object) => ({
  name,
  in: 'query',
  required: false,
  description,
  schema,
});

const lang = parameter(
  'lang',
  'The one language of every text in the response (HSDS texts carry no language).',
  { type: 'string', enum: ['fi', 'sv', 'en'], default: 'fi' },
);
const page = parameter('page', 'Page number of the paginated result.', {
  type: 'integer',
  minimum: 1,
  default: 1,
});
const perPage = parameter('per_page', 'Results on one page.', {
  type: 'integer',
  minimum: 1,
  maximum: maxPerPage,
  default: 50,
});
const full = parameter('full', 'Every record fully nested (default: one-to-one fields only).', {
  type: 'boolean',
  default: false,
});
const byId = (name: string) =>
  parameter(name, `Only records linked to this ${name.replace('_id', '')}.`, { type: 'string' });
const problem = {
  description: 'An RFC 9457 problem (application/problem+json): 400 names the parameter.',
};

function list(summary: string, items: string, parameters: object[]) {
  return {
    get: {
      summary,
      parameters: [lang, page, perPage, ...parameters],
      responses: {
        '200': {
          description: `${summary}, in HSDS's Page envelope.`,
          content: {
            'application/json': {
              schema: {
                allOf: [{ $ref: `${published}/openapi.json#/components/schemas/Page` }],
                properties: {
                  contents: { type: 'array', items: { $ref: `${published}/${items}` } },
                },
              },
            },
          },
        },
        '400': problem,
      },
    },
  };
}

function one(summary: string, schema: string) {
  return {
    parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'string' } }],
    get: {
      summary,
      parameters: [lang],
      responses: {
        '200': {
          description: summary,
          content: { 'application/json': { schema: { $ref: `${published}/${schema}` } } },
        },
        '400': problem,
        '404': problem,
      },
    },
  };
}

export const hsdsOpenApi = {
  openapi: '3.1.0',
  jsonSchemaDialect: 'https://json-schema.org/draft/2020-12/schema',
  info: {
    title: 'Polku: the catalogue as Open Referral HSDS 3.0',
    version: '3.0',
    summary: 'Family-support services of a Finnish wellbeing services county, as HSDS 3.0.',
    description:
      'The HSDS 3.0 API endpoints this server implements. Texts are in one language a request (`lang`). Opening hours are Finnish local time with the UTC offset written out, once per daylight-saving season (valid_from/valid_to). Tiers, provider types, channel types and municipalities are taxonomies linked by attributes. No HSDS profile is claimed.',
    license: { name: 'EUPL-1.2', identifier: 'EUPL-1.2' },
  },
  paths: {
    '/hsds/': {
      get: {
        summary: 'The API and its relationship with HSDS',
        responses: { '200': { description: 'version (the HSDS version) and openapi_url.' } },
      },
    },
    '/hsds/services': list('Services', 'compiled/service_list.json', [
      full,
      byId('organization_id'),
      byId('taxonomy_id'),
      byId('taxonomy_term_id'),
    ]),
    '/hsds/services/{id}': one('A service, fully nested', 'compiled/service.json'),
    '/hsds/organizations': list('Organizations', 'compiled/organization_list.json', [full]),
    '/hsds/organizations/{id}': one('An organization, fully nested', 'compiled/organization.json'),
    '/hsds/service_at_locations': list(
      'Services at locations',
      'compiled/service_at_location_list.json',
      [full, byId('organization_id'), byId('taxonomy_id'), byId('taxonomy_term_id')],
    ),
    '/hsds/service_at_locations/{id}': one(
      'A service at a location, with its location and schedules',
      'service_at_location.json',
    ),
    '/hsds/taxonomies': list('Taxonomies', 'taxonomy.json', []),
    '/hsds/taxonomies/{id}': one('A taxonomy', 'taxonomy.json'),
    '/hsds/taxonomy_terms': list('Taxonomy terms', 'taxonomy_term.json', [byId('taxonomy_id')]),
    '/hsds/taxonomy_terms/{id}': one('A taxonomy term', 'taxonomy_term.json'),
  },
};
