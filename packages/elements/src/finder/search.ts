// One search of <polku-finder>: the page of services, and when nothing matched at the chosen
// tier, the nearest tier that has services (what the empty state offers instead).

import type { PolkuClient } from '@polku/client';
import type { LanguageCode, ServicePage, TierLevel } from '@polku/contract';
import { type Filters, nearestTier, searchParams, splitList } from './search-state.js';

export interface SearchResult {
  page: ServicePage;
  /** When nothing matched at the chosen tier: the nearest tier that has services. */
  nearest: TierLevel | undefined;
}

export const pageSize = 20;
export const maxPageSize = 100;

export async function searchServices(
  client: PolkuClient,
  query: string,
  tier: TierLevel | undefined,
  filters: Filters,
  chain: string,
  perPage: number,
  language: LanguageCode,
  signal: AbortSignal,
): Promise<SearchResult> {
  // In the finder's language only (a third of the bytes), names ordered in that language.
  const params = {
    ...searchParams({ query, tier, filters, chain: splitList(chain), perPage }),
    lang: language,
  };
  const page = await client.services.search(params, { signal });
  let nearest: TierLevel | undefined;
  if (page.total_items === 0 && tier) {
    // What would match at any tier tells which tier to offer instead.
    const { tier: _chosen, ...anyTier } = params;
    const wider = await client.services.search({ ...anyTier, per_page: 1 }, { signal });
    nearest = nearestTier(tier, wider.facets);
  }
  return { page, nearest };
}
