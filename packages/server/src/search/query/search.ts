// searchServices: filters, free text, facets over the whole result, ordering and one page.
// Pure: no HTTP, callable from tests and benchmarks.
import type { LanguageCode, Service, ServicePage, ServiceSearchParams } from '@polku/contract';
import { serviceWithText } from '../../catalogue/descriptions.js';
import { localize } from '../../localize.js';
import { pageEnvelope } from '../../page.js';
import { countFacets } from '../facets.js';
import { live, type SearchIndex } from '../search-index.js';
import { filterOf } from './filters.js';
import { collectHits } from './hits.js';
import { pageOfHits } from './paging.js';
import { rankHits } from './rank.js';
import { clearTextMatches, matchText } from './score.js';

/** Defaults of the contract, for callers that pass only some parameters. */
const defaultPage = 1;
const defaultPerPage = 20;

export function searchServices(
  searchIndex: SearchIndex,
  params: ServiceSearchParams = {},
): ServicePage {
  const index = searchIndex[live];
  const page = params.page ?? defaultPage;
  const perPage = params.per_page ?? defaultPerPage;
  const language: LanguageCode = params.lang ?? 'fi';
  const { hits, distance } = index.scratch;
  const withDistance = params.lat !== undefined && params.lon !== undefined;
  const filter = filterOf(index, params);
  const text = params.q !== undefined ? matchText(index, params.q) : undefined;
  try {
    const count = collectHits(index, text, filter, language);
    const facets = countFacets(index.facets, hits, count);
    const start = (page - 1) * perPage;
    const documents =
      start >= count
        ? []
        : pageOfHits(hits, count, start, perPage, rankHits(index, params, !!text, count, language));
    const contents = documents.map((doc) => {
      const service = serviceWithText(index.services[doc] as Service, index.descriptions);
      const metres = distance[doc] as number;
      const shown: Service =
        withDistance && Number.isFinite(metres)
          ? { ...service, distance: Math.round(metres) }
          : service;
      return params.lang ? localize(shown, params.lang) : shown;
    });
    return { ...pageEnvelope(count, page, perPage, contents.length), contents, facets };
  } finally {
    if (text) clearTextMatches(index, text);
  }
}
