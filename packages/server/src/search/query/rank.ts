// Ranking: the order of the hits. Relevance (the text score) by default, the default order
// (priority, then name) without text, name order with `sort=name`, the nearest address with
// `sort=distance`; with several tiers asked for, grouped by the first listed tier each service
// serves. With text and no tier chosen, the lightest fitting help first: a service's score is
// scaled down by how high its threshold is, unless the query names it. A new ordering rule goes here.
import type { LanguageCode, ServiceSearchParams } from '@polku/contract';
import type { LiveIndex } from '../search-index.js';

/**
 * Hits ordered by group (ascending, when grouped), then key (ascending), then document number;
 * keys and groups by the hit's position in `hits`.
 */
export interface HitOrder {
  keys: Float64Array;
  groups: Uint8Array | undefined;
}

/**
 * Score factor by threshold (filter-columns.ts): tier 1-2 with no referral counts fully, help a
 * professional arranges (lightest tier 4, or tier 3 with a referral) a third.
 */
const thresholdFactor = [1, 0.8, 0.6, 0.33];
/** By `named << 2 | threshold`: a service the query names counts fully (no branch per hit). */
const lightFactor = Float64Array.from([...thresholdFactor, 1, 1, 1, 1]);

/** Tier mask → the position of the first of `tiers` it has (99 for none). */
function tierGroups(tiers: readonly number[]): Uint8Array {
  const groupOf = new Uint8Array(16).fill(99);
  for (let mask = 1; mask < 16; mask += 1) {
    const position = tiers.findIndex((level) => (mask & (1 << (level - 1))) !== 0);
    if (position >= 0) groupOf[mask] = position;
  }
  return groupOf;
}

/**
 * How to order the first `count` hits of `index.scratch.hits`: their keys (and groups) written per
 * hit into the scratch, or undefined when they were collected in the order asked for (by name).
 */
export function rankHits(
  index: LiveIndex,
  params: ServiceSearchParams,
  hasText: boolean,
  count: number,
  language: LanguageCode,
): HitOrder | undefined {
  const { hits, score, distance, sortKey, mark, named } = index.scratch;
  const sort = params.sort ?? 'relevance';
  // Relevance with tiers: grouped by the first listed tier each service serves.
  const grouped = sort === 'relevance' && params.tier !== undefined && params.tier.length > 1;
  const byDistance = sort === 'distance' && params.lat !== undefined && params.lon !== undefined;
  const byName = !byDistance && (sort === 'name' || !hasText);
  if (byName && !hasText && !grouped) return undefined;
  const { names } = index;
  const nameRank = (sort === 'name' ? names.rank : (names.defaultRank ?? names.rank))[language];
  // A chosen tier says how much help is needed; without one, lighter help first.
  const lightFirst = !byDistance && !byName && params.tier === undefined;
  const { threshold } = index.columns;
  // One loop per kind of key, each without a branch per hit; keys by position, read in sequence.
  if (byDistance)
    for (let h = 0; h < count; h += 1) sortKey[h] = distance[hits[h] as number] as number;
  else if (byName)
    for (let h = 0; h < count; h += 1) sortKey[h] = nameRank[hits[h] as number] as number;
  else if (lightFirst) {
    for (let h = 0; h < count; h += 1) {
      const doc = hits[h] as number;
      const factor = lightFactor[((named[doc] as number) << 2) | (threshold[doc] as number)];
      sortKey[h] = -(score[doc] as number) * (factor as number);
    }
  } else for (let h = 0; h < count; h += 1) sortKey[h] = -(score[hits[h] as number] as number);
  if (!grouped) return { keys: sortKey, groups: undefined };
  const groupOf = tierGroups(params.tier as readonly number[]);
  const { tierMask } = index.columns;
  for (let h = 0; h < count; h += 1) {
    mark[h] = groupOf[tierMask[hits[h] as number] as number] as number;
  }
  return { keys: sortKey, groups: mark };
}
