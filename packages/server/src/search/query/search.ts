// searchServices: filters, free text, facets over the whole result, ordering and one page, and with
// free text what was understood of it; when nothing matched, the nearest services instead of a dead
// end. Pure: no HTTP, callable from tests and benchmarks.
import { serviceSummary } from '@polku/catalogue';
import type {
  LanguageCode,
  SearchUnderstanding,
  Service,
  ServicePage,
  ServiceSearchParams,
  ServiceSummary,
} from '@polku/contract';
import { serviceWithText } from '../../catalogue/descriptions.js';
import { localize } from '../../localize.js';
import { pageEnvelope } from '../../page.js';
import { countFacets } from '../facets.js';
import { type LiveIndex, live, type SearchIndex } from '../search-index.js';
import { filterOf } from './filters.js';
import { collectHits } from './hits.js';
import { pageOfHits } from './paging.js';
import { rankHits } from './rank.js';
import { clearTextMatches, matchText } from './score.js';
import { spellingOf, understandingOf } from './understood.js';

/** Defaults of the contract, for callers that pass only some parameters. */
const defaultPage = 1;
const defaultPerPage = 20;
const nearestCount = 5;

/** Only what narrows the services, not the text, the page or the order. */
const notFilters = new Set(['q', 'page', 'per_page', 'sort', 'lang']);

interface Searched {
  page: ServicePage;
  /** With text: what was understood, and whether the text matched services the filters left out. */
  understanding?: SearchUnderstanding;
  textMatchedSome?: boolean;
  spelling?: string | undefined;
}

function run(index: LiveIndex, params: ServiceSearchParams): Searched {
  const page = params.page ?? defaultPage;
  const perPage = params.per_page ?? defaultPerPage;
  const language: LanguageCode = params.lang ?? 'fi';
  const { hits, distance } = index.scratch;
  const withDistance = params.lat !== undefined && params.lon !== undefined;
  const filter = filterOf(index, params);
  const text = params.q !== undefined ? matchText(index, params.q, params.lang) : undefined;
  try {
    const count = collectHits(index, text, filter, language, params.sort === 'name');
    const facets = countFacets(index.facets, hits, count, index.scratch.facetCounts);
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
    const result: Searched = {
      page: { ...pageEnvelope(count, page, perPage, contents.length), contents, facets },
    };
    if (text && params.q !== undefined) {
      result.understanding = understandingOf(index, text, count);
      result.textMatchedSome = text.count > 0;
      result.spelling = spellingOf(index, params.q, text);
    }
    return result;
  } finally {
    if (text) clearTextMatches(index, text);
  }
}

function withoutFilters(params: ServiceSearchParams): ServiceSearchParams {
  const kept: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(params)) if (notFilters.has(name)) kept[name] = value;
  return kept as ServiceSearchParams;
}

/** The first services of a search's first page, as summaries. */
function firstOf(index: LiveIndex, params: ServiceSearchParams): ServiceSummary[] {
  const { page } = run(index, { ...params, page: 1, per_page: nearestCount });
  return page.contents.map(serviceSummary);
}

/**
 * When nothing matched: the text's matches without the filters, else those of the spelling the
 * catalogue uses, else the first services of the default order (with the filters, then without).
 */
function nearestOf(
  index: LiveIndex,
  params: ServiceSearchParams,
  searched: Searched,
): ServiceSummary[] {
  const open = withoutFilters(params);
  if (searched.textMatchedSome) return firstOf(index, open);
  const attempts: ServiceSearchParams[] = [];
  if (searched.spelling)
    attempts.push({ ...params, q: searched.spelling }, { ...open, q: searched.spelling });
  const { q: _q, ...withoutText } = params;
  const { q: _openQ, ...openWithoutText } = open;
  attempts.push(withoutText, openWithoutText);
  for (const attempt of attempts) {
    const found = firstOf(index, attempt);
    if (found.length > 0) return found;
  }
  return [];
}

export function searchServices(
  searchIndex: SearchIndex,
  params: ServiceSearchParams = {},
): ServicePage {
  const index = searchIndex[live];
  const searched = run(index, params);
  const { understanding } = searched;
  if (!understanding) return searched.page;
  const search: SearchUnderstanding = { ...understanding };
  // Its words are the catalogue's own (names and keywords), so it finds services.
  if (searched.spelling && searched.spelling !== params.q) search.did_you_mean = searched.spelling;
  if (searched.page.total_items === 0) search.nearest = nearestOf(index, params, searched);
  return { ...searched.page, search: params.lang ? localize(search, params.lang) : search };
}
