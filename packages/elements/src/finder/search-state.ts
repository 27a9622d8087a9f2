// What the person has chosen, as plain data, and the pure functions around it: the request it
// makes, the URL parameters of `sync-url`, and the nearest tier to offer when nothing matched.
import type {
  ChannelType,
  Facets,
  ProviderType,
  ServiceSearchParams,
  TierLevel,
} from '@polku/contract';

export interface Filters {
  municipality: readonly string[];
  providerType: readonly ProviderType[];
  channel: readonly ChannelType[];
  language: readonly string[];
  free: boolean;
  noReferral: boolean;
}

export const noFilters: Filters = {
  municipality: [],
  providerType: [],
  channel: [],
  language: [],
  free: false,
  noReferral: false,
};

export const providerTypes: readonly ProviderType[] = ['public', 'parish', 'ngo', 'private'];
export const channelTypes: readonly ChannelType[] = ['phone', 'online', 'home_visit', 'in_person'];

/** `"638, 434"` or `"638 434"` → `['638', '434']`. */
export function splitList(value: string | null | undefined): string[] {
  return (value ?? '').split(/[\s,]+/).filter(Boolean);
}

export function parseTier(value: string | number | null | undefined): TierLevel | undefined {
  const level = Number(value);
  return Number.isInteger(level) && level >= 1 && level <= 4 ? (level as TierLevel) : undefined;
}

/** The chosen tier first, then every lighter one, heaviest first: 3 → [3, 2, 1]. */
export function tierOrder(tier: TierLevel): TierLevel[] {
  const order: TierLevel[] = [];
  for (let level = tier; level >= 1; level--) order.push(level as TierLevel);
  return order;
}

export function activeFilterCount(filters: Filters): number {
  return (
    filters.municipality.length +
    filters.providerType.length +
    filters.channel.length +
    filters.language.length +
    (filters.free ? 1 : 0) +
    (filters.noReferral ? 1 : 0)
  );
}

export interface SearchInput {
  query: string;
  tier: TierLevel | undefined;
  filters: Filters;
  chain: readonly string[];
  perPage: number;
}

/** The `GET /v1/services` parameters for what the person has chosen. */
export function searchParams(input: SearchInput): ServiceSearchParams {
  const { filters } = input;
  const params: ServiceSearchParams = { per_page: input.perPage };
  const q = input.query.trim().slice(0, 200);
  if (q) params.q = q;
  if (input.tier) params.tier = tierOrder(input.tier);
  if (filters.municipality.length) params.municipality = [...filters.municipality];
  if (filters.providerType.length) params.provider_type = [...filters.providerType];
  if (filters.channel.length) params.channel = [...filters.channel];
  if (filters.language.length) params.language = [...filters.language];
  if (filters.free) params.free = true;
  if (filters.noReferral) params.no_referral = true;
  if (input.chain.length) params.chain = [...input.chain];
  return params;
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

export interface UrlState {
  query?: string;
  tier?: TierLevel;
  filters?: Filters;
}

/** What the URL says, or `{}` when it holds no Polku parameter. */
export function readUrlState(search: URLSearchParams): UrlState {
  const state: UrlState = {};
  if (!Object.values(urlParams).some((name) => search.has(name))) return state;
  state.query = (search.get(urlParams.query) ?? '').slice(0, 200);
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

/** `url` with the Polku parameters set to `state` (empty ones removed), the rest untouched. */
export function writeUrlState(url: URL, state: Required<Omit<UrlState, 'tier'>> & UrlState): URL {
  const next = new URL(url.href);
  const set = (name: string, value: string) => {
    if (value) next.searchParams.set(name, value);
    else next.searchParams.delete(name);
  };
  set(urlParams.query, state.query.trim());
  set(urlParams.tier, state.tier ? String(state.tier) : '');
  set(urlParams.municipality, state.filters.municipality.join(','));
  set(urlParams.providerType, state.filters.providerType.join(','));
  set(urlParams.channel, state.filters.channel.join(','));
  set(urlParams.language, state.filters.language.join(','));
  set(urlParams.free, state.filters.free ? 'true' : '');
  set(urlParams.noReferral, state.filters.noReferral ? 'true' : '');
  return next;
}
