// One search of <polku-finder>: the page of services, and when nothing matched at the chosen
// tier, the nearest tier that has services (what the empty state offers instead).

import type { PolkuClient } from '@polku/client';
import type {
  Facets,
  LanguageCode,
  ServicePage,
  ServiceSearchParams,
  TierLevel,
} from '@polku/contract';
import { type Filters, parseTier, searchRequest } from './search-state.js';

export interface SearchResult {
  page: ServicePage;
  /** When nothing matched at the chosen tier: the nearest tier that has services. */
  nearest: TierLevel | undefined;
}

export { maxPageSize, pageSize } from './search-state.js';

/** Answers one `GET /v1/services`: the client in the browser, the index itself on a server. */
export type PageSearch = (params: ServiceSearchParams) => Promise<ServicePage>;

/**
 * Whether `page` is the whole result of a search at `tier`: it is unless it is empty at a chosen
 * tier, when the search for the nearest tier with services follows.
 */
export const isWholeResult = (page: ServicePage, tier: TierLevel | undefined): boolean =>
  page.total_items > 0 || !tier;

/** One search with `search`: the page, and the nearest tier with services when none matched. */
export async function searchWith(
  search: PageSearch,
  query: string,
  tier: TierLevel | undefined,
  filters: Filters,
  chain: string,
  perPage: number,
  language: LanguageCode,
): Promise<SearchResult> {
  const params = searchRequest(query, tier, filters, chain, perPage, language);
  const page = await search(params);
  let nearest: TierLevel | undefined;
  if (tier && !isWholeResult(page, tier)) {
    // What would match at any tier tells which tier to offer instead.
    const { tier: _chosen, ...anyTier } = params;
    nearest = nearestTier(tier, (await search({ ...anyTier, per_page: 1 })).facets);
  }
  return { page, nearest };
}

export function searchServices(
  client: PolkuClient,
  query: string,
  tier: TierLevel | undefined,
  filters: Filters,
  chain: string,
  perPage: number,
  language: LanguageCode,
  signal: AbortSignal,
): Promise<SearchResult> {
  const search: PageSearch = (params) => client.services.search(params, { signal });
  return searchWith(search, query, tier, filters, chain, perPage, language);
}

/** The tier closest to `tier` that has services, from facets of the same search without a tier. */
export function nearestTier(tier: TierLevel, facets: Facets | undefined): TierLevel | undefined {
  let best: TierLevel | undefined;
  for (const [key, count] of Object.entries(facets?.tier ?? {})) {
    const level = parseTier(key);
    if (!level || level === tier || !count) continue;
    if (!best || Math.abs(level - tier) < Math.abs(best - tier)) best = level;
  }
  return best;
}
