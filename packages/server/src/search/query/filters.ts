// The filters of a search, one per parameter given, each a test of a document's columns
// (filter-columns.ts): several values of one parameter mean OR, different parameters AND.
import { channelTypeValues, providerTypeValues, type ServiceSearchParams } from '@polku/contract';
import { documentOf } from '../documents.js';
import type { Lists } from '../lists.js';
import type { LiveIndex } from '../search-index.js';
import { distanceFilter } from './distance.js';

type Filter = (doc: number) => boolean;

function anyOf(lists: Lists<Uint16Array>, wanted: Uint8Array): Filter {
  const { offsets, values } = lists;
  return (doc) => {
    const end = offsets[doc + 1] as number;
    for (let i = offsets[doc] as number; i < end; i += 1)
      if (wanted[values[i] as number]) return true;
    return false;
  };
}

function wantedSet(values: readonly string[], numbers: ReadonlyMap<string, number>): Uint8Array {
  const wanted = new Uint8Array(Math.max(numbers.size, 1));
  for (const value of values) {
    const n = numbers.get(value);
    if (n !== undefined) wanted[n] = 1;
  }
  return wanted;
}

/** A mask with bit `position(value)` set for each of `values`. */
function maskOf<T>(values: readonly T[], position: (value: T) => number): number {
  let mask = 0;
  for (const value of values) mask |= 1 << position(value);
  return mask;
}

/** The filters of `params`, cheapest first; distance is computed into the scratch on the way. */
function buildFilters(index: LiveIndex, params: ServiceSearchParams): Filter[] {
  const { columns, lists, numbers } = index;
  const filters: Filter[] = [];
  if (params.id) {
    const wanted = new Set<number>();
    for (const id of params.id) {
      const doc = documentOf(index.ids, id);
      if (doc !== undefined) wanted.add(doc);
    }
    filters.push((doc) => wanted.has(doc));
  }
  if (params.tier) {
    const { tierMask } = columns;
    const mask = maskOf(params.tier, (level) => level - 1);
    filters.push((doc) => ((tierMask[doc] as number) & mask) !== 0);
  }
  if (params.provider_type) {
    const { providerType } = columns;
    const wanted = new Uint8Array(providerTypeValues.length);
    for (const type of params.provider_type) wanted[providerTypeValues.indexOf(type)] = 1;
    filters.push((doc) => wanted[providerType[doc] as number] === 1);
  }
  if (params.channel) {
    const { channelMask } = columns;
    const mask = maskOf(params.channel, (type) => channelTypeValues.indexOf(type));
    filters.push((doc) => ((channelMask[doc] as number) & mask) !== 0);
  }
  if (params.free !== undefined) {
    const { free } = columns;
    const wanted = params.free ? 1 : 0;
    filters.push((doc) => free[doc] === wanted);
  }
  if (params.no_referral !== undefined) {
    const { referralRequired } = columns;
    const wanted = params.no_referral ? 0 : 1;
    filters.push((doc) => referralRequired[doc] === wanted);
  }
  if (params.age !== undefined) {
    const { ageMin, ageMax } = columns;
    const age = params.age;
    filters.push((doc) => {
      const min = ageMin[doc] as number;
      const max = ageMax[doc] as number;
      return (min < 0 || age >= min) && (max < 0 || age <= max);
    });
  }
  if (params.organization) {
    const { organization } = columns;
    const wanted = new Set<number>();
    for (const id of params.organization) {
      const n = numbers.organization.get(id.toLowerCase()) ?? numbers.organization.get(id);
      if (n !== undefined) wanted.add(n);
    }
    filters.push((doc) => wanted.has(organization[doc] as number));
  }
  if (params.municipality)
    filters.push(anyOf(lists.municipalities, wantedSet(params.municipality, numbers.municipality)));
  if (params.language)
    filters.push(anyOf(lists.deliveryLanguages, wantedSet(params.language, numbers.language)));
  if (params.chain) filters.push(anyOf(lists.chains, wantedSet(params.chain, numbers.chain)));
  if (params.lat !== undefined && params.lon !== undefined) {
    const { lat, lon, radius } = params;
    filters.push(distanceFilter(lists.locations, lat, lon, radius, index.scratch.distance));
  }
  return filters;
}

/** Whether a document passes every filter of `params`; `none` when there are no filters. */
export function filterOf(
  index: LiveIndex,
  params: ServiceSearchParams,
): { passes: Filter; none: boolean } {
  const filters = buildFilters(index, params);
  const filterCount = filters.length;
  const passes = (doc: number): boolean => {
    for (let f = 0; f < filterCount; f += 1) if (!(filters[f] as Filter)(doc)) return false;
    return true;
  };
  return { passes, none: filterCount === 0 };
}
