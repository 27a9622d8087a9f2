// The view in the page's URL: what `sync-url` keeps there, and the links a server-rendered finder
// gives for its tiers and "Show more" and submits its search form to, which the server renders
// without script.
import type { ChannelType, ProviderType, TierLevel } from '@polku/contract';
import {
  FAMILY_LIST_LANG_PARAM,
  FAMILY_LIST_SERVICES_PARAM,
  type FamilyListLink,
} from '../internal/family-list-link.js';
import { providerTypes } from './filter-state.js';
import {
  type Filters,
  maxPageSize,
  maxQueryLength,
  pageSize,
  parseTier,
  splitList,
} from './search-state.js';

/** The state kept in the URL by `sync-url`, under names no host page is likely to use. */
export const urlParams = {
  query: 'polku-q',
  tier: 'polku-tier',
  municipality: 'polku-municipality',
  providerType: 'polku-provider',
  channel: 'polku-channel',
  language: 'polku-language',
  free: 'polku-free',
  noReferral: 'polku-no-referral',
} as const;

const perPageParam = 'polku-per-page';

/**
 * The id of the element a server-rendered page slots above the results (`results-anchor`): the
 * search form, the tier links and "Show more" land there without script, as a search does with it
 * (a light-DOM element, since a fragment never finds an id inside a shadow root).
 */
export const resultsAnchor = 'polku-results';

/**
 * A service's own page from the finder's `details-link` template: `{id}` becomes the service's
 * id, encoded; `undefined` when there is no template, it has no `{id}`, or it names a scheme
 * other than http(s) (a `javascript:` link is no page).
 */
export function serviceLink(template: string, id: string): string | undefined {
  if (!template.includes('{id}')) return undefined;
  const scheme = /^\s*([a-z][a-z0-9+.-]*):/i.exec(template)?.[1]?.toLowerCase();
  if (scheme !== undefined && scheme !== 'http' && scheme !== 'https') return undefined;
  return template.replaceAll('{id}', encodeURIComponent(id));
}

/** `link` (a view link) landing on the results, when the page has their anchor. */
export const toResults = (link: string): string => `${link}#${resultsAnchor}`;

/**
 * The link to a view as a server renders it without script (the hosted family pages): the words
 * searched, the tier and how many services are shown, and the family's list the page opened with,
 * `?polku-q=ero&polku-tier=2&polku-per-page=40`, defaults left out.
 */
export function viewLink(
  tier: TierLevel | undefined,
  perPage: number,
  query = '',
  list?: FamilyListLink,
): string {
  const params = new URLSearchParams();
  const words = query.trim();
  if (words) params.set(urlParams.query, words);
  if (tier) params.set(urlParams.tier, String(tier));
  if (perPage !== pageSize) params.set(perPageParam, String(perPage));
  if (list) params.set(FAMILY_LIST_SERVICES_PARAM, list.ids.join(','));
  if (list?.lang) params.set(FAMILY_LIST_LANG_PARAM, list.lang);
  return `?${params}`;
}

/**
 * What a view link, or the search form submitted without script, asks for; anything else is the
 * first view (no words, all tiers, `pageSize` services).
 */
export function readViewLink(search: URLSearchParams): {
  query: string;
  tier: TierLevel | undefined;
  perPage: number;
} {
  const perPage = Number(search.get(perPageParam));
  return {
    // Control characters are nobody's words: they would only reach the page's HTML.
    query: (search.get(urlParams.query) ?? '')
      .replace(/\p{Cc}/gu, ' ')
      .trim()
      .slice(0, maxQueryLength),
    tier: parseTier(search.get(urlParams.tier)),
    perPage:
      Number.isInteger(perPage) && perPage >= pageSize && perPage <= maxPageSize
        ? perPage
        : pageSize,
  };
}

export interface UrlState {
  query?: string;
  tier?: TierLevel;
  filters?: Filters;
}

/** What the URL says, or `{}` when it holds no Polku parameter. */
export function readUrlState(search: URLSearchParams): UrlState {
  const state: UrlState = {};
  if (!Object.values(urlParams).some((name) => search.has(name))) return state;
  state.query = (search.get(urlParams.query) ?? '').slice(0, maxQueryLength);
  state.tier = parseTier(search.get(urlParams.tier));
  state.filters = {
    municipality: splitList(search.get(urlParams.municipality)).filter((code) =>
      /^[0-9]{3}$/.test(code),
    ),
    providerType: splitList(search.get(urlParams.providerType)).filter((value) =>
      (providerTypes as readonly string[]).includes(value),
    ) as ProviderType[],
    channel: splitList(search.get(urlParams.channel)).filter((value) =>
      ['in_person', 'home_visit', 'phone', 'online', 'chat', 'email'].includes(value),
    ) as ChannelType[],
    language: splitList(search.get(urlParams.language)).filter((code) => /^[a-z]{2}$/.test(code)),
    free: search.get(urlParams.free) === 'true',
    noReferral: search.get(urlParams.noReferral) === 'true',
  };
  return state;
}

/** A query string segment's parameter name, decoded as `URLSearchParams` decodes it. */
function segmentName(segment: string): string {
  const name = segment.split('=', 1)[0]?.replace(/\+/g, ' ') ?? '';
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}

/**
 * `url` with the Polku parameters set to `state` (empty ones removed, the others last). The host
 * page's own parameters stay as they were written, byte for byte, in their order: a host's
 * `?page=a%20b&flag` does not become `?page=a+b&flag=`, as a round trip through `URLSearchParams`
 * would make it.
 */
export function writeUrlState(url: URL, state: Required<Omit<UrlState, 'tier'>> & UrlState): URL {
  const ours = new URLSearchParams();
  const set = (name: string, value: string) => {
    if (value) ours.set(name, value);
  };
  set(urlParams.query, state.query.trim());
  set(urlParams.tier, state.tier ? String(state.tier) : '');
  set(urlParams.municipality, state.filters.municipality.join(','));
  set(urlParams.providerType, state.filters.providerType.join(','));
  set(urlParams.channel, state.filters.channel.join(','));
  set(urlParams.language, state.filters.language.join(','));
  set(urlParams.free, state.filters.free ? 'true' : '');
  set(urlParams.noReferral, state.filters.noReferral ? 'true' : '');
  const names = new Set<string>(Object.values(urlParams));
  const hosts = url.search
    .slice(1)
    .split('&')
    .filter((segment) => segment !== '' && !names.has(segmentName(segment)));
  const search = [...hosts, ours.toString()].filter((part) => part !== '').join('&');
  const next = new URL(url.href);
  next.search = search ? `?${search}` : '';
  return next;
}
