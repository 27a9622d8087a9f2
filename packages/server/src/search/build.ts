// buildSearchIndex: each section of the index from an immutable catalogue, once, at start.
// Everything a query needs that does not depend on the query is computed here.
import type { Catalogue } from '@polku/catalogue';
import type { DescriptionStore } from '../catalogue/descriptions.js';
import { idLookup, servicesInIdOrder } from './documents.js';
import { buildFacetSlots } from './facets.js';
import { buildFilterColumns } from './filter-columns.js';
import { buildLayIndex } from './lay.js';
import { buildNameOrder } from './name-order.js';
import { buildPostings } from './postings.js';
import { openIndex, type SearchIndex } from './search-index.js';

/**
 * The index of `catalogue`. `descriptions` holds the descriptions of services that hold a
 * number in its place (a catalogue from `compactForServing`).
 */
export function buildSearchIndex(
  catalogue: Catalogue,
  descriptions?: DescriptionStore,
): SearchIndex {
  const services = servicesInIdOrder(catalogue);
  // Negations change the terms of the texts they stand in ("vård utom hemmet" is not "hemmet").
  const { negations } = buildLayIndex(catalogue, idLookup(catalogue, services));
  const postings = buildPostings(catalogue, services, descriptions, negations);
  const { columns, lists, numbers } = buildFilterColumns(catalogue, services);
  return openIndex({
    catalogue,
    descriptions,
    services,
    postings,
    columns,
    lists,
    numbers,
    facets: buildFacetSlots(columns, lists, numbers),
    names: buildNameOrder(services),
  });
}
