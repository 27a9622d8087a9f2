// What the person has chosen, as plain data, and the pure functions around it: the request it
// makes, the URL parameters of `sync-url`, and the nearest tier to offer when nothing matched.
import type {
  ChannelType,
  LanguageCode,
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
  const q = input.query.trim().slice(0, maxQueryLength);
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

/** The parameters of one search: what the person chose, in the finder's language. */
export function searchRequest(
  query: string,
  tier: TierLevel | undefined,
  filters: Filters,
  chain: string,
  perPage: number,
  language: LanguageCode,
): ServiceSearchParams {
  // In the finder's language only (a third of the bytes), names ordered in that language.
  return {
    ...searchParams({ query, tier, filters, chain: splitList(chain), perPage }),
    lang: language,
  };
}

/** Services shown at first, and added by each "Show more". */
export const pageSize = 20;
/** The most a view shows (the API's largest page). */
export const maxPageSize = 100;
/** The longest search text the field takes, a search sends and a view link keeps. */
export const maxQueryLength = 200;
