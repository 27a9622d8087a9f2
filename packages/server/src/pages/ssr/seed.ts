// What a hosted family page renders its finder from: the view its URL asks for (the words, the tier
// and how many services, the services of a family-list link) searched with the same function the API
// answers `GET /v1/services` with, and the catalogue's tiers, help lines and municipalities as
// `/v1/tiers`, `/v1/urgent-help` and `/v1/municipalities` serve them. No HTTP to itself.
import type { LanguageCode, ServiceSearchParams, TierLevel } from '@polku/contract';
import type { FamilyListLink, FinderSeed } from '@polku/elements';
import type { ServedCatalogue } from '../../catalogue/served.js';
import { searchServices } from '../../search/index.js';
import type { Elements } from './elements.js';

export interface PageView {
  /** The words searched for: a view link's, or the search form's submitted without script. */
  query: string;
  tier: TierLevel | undefined;
  perPage: number;
  link: FamilyListLink | undefined;
}

/** The view a hosted page's URL (path and query) asks for; anything else is the first view. */
export function pageView(elements: Elements, url: string): PageView {
  const address = new URL(url, 'http://localhost');
  return {
    ...elements.readViewLink(address.searchParams),
    link: elements.readFamilyListLink(address),
  };
}

/** One key per view: the pages made for it are kept under it. */
export function viewKey(view: PageView): string {
  const link = view.link ? `${view.link.ids.join(',')} ${view.link.lang ?? ''}` : '';
  return JSON.stringify([view.query, view.tier ?? '', view.perPage, link]);
}

export async function finderSeed(
  elements: Elements,
  served: ServedCatalogue,
  lang: LanguageCode,
  view: PageView,
): Promise<FinderSeed> {
  const { index, catalogue } = served;
  const search = async (params: ServiceSearchParams) => searchServices(index, params);
  // A family-list link's language wins over the page's, as in the finder.
  const language = view.link?.lang ?? lang;
  const { searchWith, noFilters } = elements;
  const { query, tier, perPage } = view;
  const result = await searchWith(search, query, tier, noFilters, '', perPage, language);
  const shared = view.link && {
    ids: view.link.ids,
    lang: view.link.lang,
    // What <polku-shared-list> asks for: its ids, one page.
    services: searchServices(index, {
      id: [...view.link.ids].sort(),
      per_page: 100,
      lang: language,
    }).contents,
  };
  return {
    search: { query, tier, perPage, page: result.page, nearest: result.nearest },
    tiers: [...catalogue.tiers],
    urgentHelp: [...catalogue.urgentHelp],
    municipalities: [...catalogue.municipalities],
    shared,
  };
}
