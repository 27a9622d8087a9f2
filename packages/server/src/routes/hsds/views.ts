// What each /hsds/ endpoint returns, made from the catalogue's HSDS export (@polku/catalogue's
// exportHsds: the one mapping to HSDS). Pure functions of the export and the parsed query, so a test
// can call them without HTTP. Lists are HSDS 3.0 `Page` envelopes; like the HSDS API's lists, they
// hold the records' one-to-one fields unless `full=true`.
import type {
  HsdsAttribute,
  HsdsExport,
  HsdsService,
  HsdsServiceAtLocation,
} from '@polku/catalogue';

/** The HSDS version the API serves (its root's `version`). */
export const hsdsVersion = '3.0';

export interface HsdsQuery {
  page: number;
  per_page: number;
  full: boolean;
  organization_id?: string;
  taxonomy_id?: string;
  taxonomy_term_id?: string;
}

/** HSDS 3.0's Page envelope (schema/openapi.json#/components/schemas/Page) around `contents`. */
export function hsdsPage<T>(items: readonly T[], page: number, perPage: number) {
  const totalPages = Math.ceil(items.length / perPage);
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return {
    total_items: items.length,
    total_pages: totalPages,
    page_number: page,
    size: contents.length,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: contents.length === 0,
    contents,
  };
}

/** A record's one-to-one fields: what HSDS lists carry without `full`. */
function oneToOne<T extends object>(record: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(record).filter(([, value]) => value === null || typeof value !== 'object'),
  ) as Partial<T>;
}

const hasTerm = (attributes: readonly HsdsAttribute[], query: HsdsQuery): boolean =>
  (query.taxonomy_term_id === undefined ||
    attributes.some(
      (attribute) => attribute.taxonomy_term_id.toLowerCase() === query.taxonomy_term_id,
    )) &&
  (query.taxonomy_id === undefined ||
    attributes.some(
      (attribute) => attribute.taxonomy_term.taxonomy_id.toLowerCase() === query.taxonomy_id,
    ));

function servicesOf(exported: HsdsExport, query: HsdsQuery): HsdsService[] {
  return exported.services.filter(
    (service) =>
      (query.organization_id === undefined ||
        service.organization_id.toLowerCase() === query.organization_id) &&
      hasTerm(service.attributes, query),
  );
}

const pageOf = <T extends object>(items: readonly T[], query: HsdsQuery) =>
  hsdsPage(query.full ? items : items.map(oneToOne), query.page, query.per_page);

export const hsdsViews = {
  services: (exported: HsdsExport, query: HsdsQuery) => pageOf(servicesOf(exported, query), query),
  organizations: (exported: HsdsExport, query: HsdsQuery) => pageOf(exported.organizations, query),
  serviceAtLocations: (exported: HsdsExport, query: HsdsQuery) =>
    pageOf(
      servicesOf(exported, query).flatMap((service) => service.service_at_locations),
      query,
    ),
  taxonomies: (exported: HsdsExport, query: HsdsQuery) =>
    hsdsPage(exported.taxonomies, query.page, query.per_page),
  taxonomyTerms: (exported: HsdsExport, query: HsdsQuery) =>
    hsdsPage(
      exported.taxonomy_terms.filter(
        (term) =>
          query.taxonomy_id === undefined || term.taxonomy_id.toLowerCase() === query.taxonomy_id,
      ),
      query.page,
      query.per_page,
    ),
};

/** One record by id (any case), or undefined. */
export const hsdsRecords = {
  services: (exported: HsdsExport, id: string) => byId(exported.services, id),
  organizations: (exported: HsdsExport, id: string) => byId(exported.organizations, id),
  serviceAtLocations: (exported: HsdsExport, id: string): HsdsServiceAtLocation | undefined =>
    byId(
      exported.services.flatMap((service) => service.service_at_locations),
      id,
    ),
  taxonomies: (exported: HsdsExport, id: string) => byId(exported.taxonomies, id),
  taxonomyTerms: (exported: HsdsExport, id: string) => byId(exported.taxonomy_terms, id),
};

function byId<T extends { id: string }>(records: readonly T[], id: string): T | undefined {
  const wanted = id.toLowerCase();
  return records.find((record) => record.id.toLowerCase() === wanted);
}
