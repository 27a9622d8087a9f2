// The filters of a search, one per parameter given, each a test of a document's columns
// (filter-columns.ts): several values of one parameter mean OR, different parameters AND.
// A filter narrows a list of documents in place, in one loop of its own: a loop per kind of
// column keeps each one monomorphic (a test called per document through a closure was most of a
// filtered search's time at 100 000 services), and each writes every document and advances by
// 0 or 1 rather than branching, which the processor cannot predict on shuffled documents.
import { channelTypeValues, providerTypeValues, type ServiceSearchParams } from '@polku/contract';
import { documentOf } from '../documents.js';
import type { Lists } from '../lists.js';
import type { LiveIndex } from '../search-index.js';
import { distanceFilter } from './distance.js';

/** Keeps, in order, those of the first `count` of `docs` that pass; returns how many. */
export type Narrow = (docs: Int32Array, count: number) => number;

/** Passes a document whose value in a one-byte `column` is marked in `wanted`. */
function byValue(column: Uint8Array, wanted: Uint8Array): Narrow {
  return (docs, count) => {
    let kept = 0;
    for (let i = 0; i < count; i += 1) {
      const doc = docs[i] as number;
      docs[kept] = doc;
      kept += wanted[column[doc] as number] as number;
    }
    return kept;
  };
}

/** `byValue` of a bit mask column: a document passes when its mask shares a bit with `mask`. */
function byMask(column: Uint8Array, mask: number): Narrow {
  const wanted = new Uint8Array(256);
  for (let value = 0; value < 256; value += 1) wanted[value] = (value & mask) !== 0 ? 1 : 0;
  return byValue(column, wanted);
}

function anyOf(lists: Lists<Uint16Array>, wanted: Uint8Array): Narrow {
  const { offsets, values } = lists;
  return (docs, count) => {
    let kept = 0;
    for (let i = 0; i < count; i += 1) {
      const doc = docs[i] as number;
      const end = offsets[doc + 1] as number;
      let passes = 0;
      for (let v = offsets[doc] as number; v < end; v += 1)
        passes |= wanted[values[v] as number] as number;
      docs[kept] = doc;
      kept += passes;
    }
    return kept;
  };
}

/** For the rare filters (ids, organizations): a test per document. */
function byTest(test: (doc: number) => boolean): Narrow {
  return (docs, count) => {
    let kept = 0;
    for (let i = 0; i < count; i += 1) {
      const doc = docs[i] as number;
      if (test(doc)) docs[kept++] = doc;
    }
    return kept;
  };
}

function byAge(ageMin: Int8Array, ageMax: Int8Array, age: number): Narrow {
  // Whether `age` is within each possible bound (by the bound's byte; -1 is no bound).
  const fitsMin = new Uint8Array(256);
  const fitsMax = new Uint8Array(256);
  for (let bound = -128; bound < 128; bound += 1) {
    fitsMin[bound & 255] = bound < 0 || age >= bound ? 1 : 0;
    fitsMax[bound & 255] = bound < 0 || age <= bound ? 1 : 0;
  }
  return (docs, count) => {
    let kept = 0;
    for (let i = 0; i < count; i += 1) {
      const doc = docs[i] as number;
      docs[kept] = doc;
      kept +=
        (fitsMin[(ageMin[doc] as number) & 255] as number) &
        (fitsMax[(ageMax[doc] as number) & 255] as number);
    }
    return kept;
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
function buildFilters(index: LiveIndex, params: ServiceSearchParams): Narrow[] {
  const { columns, lists, numbers } = index;
  const filters: Narrow[] = [];
  if (params.id) {
    const wanted = new Set<number>();
    for (const id of params.id) {
      const doc = documentOf(index.ids, id);
      if (doc !== undefined) wanted.add(doc);
    }
    filters.push(byTest((doc) => wanted.has(doc)));
  }
  if (params.tier)
    filters.push(
      byMask(
        columns.tierMask,
        maskOf(params.tier, (level) => level - 1),
      ),
    );
  if (params.provider_type) {
    const wanted = new Uint8Array(256);
    for (const type of params.provider_type) wanted[providerTypeValues.indexOf(type)] = 1;
    filters.push(byValue(columns.providerType, wanted));
  }
  if (params.channel) {
    const mask = maskOf(params.channel, (type) => channelTypeValues.indexOf(type));
    filters.push(byMask(columns.channelMask, mask));
  }
  if (params.free !== undefined) {
    const wanted = new Uint8Array(256);
    wanted[params.free ? 1 : 0] = 1;
    filters.push(byValue(columns.free, wanted));
  }
  if (params.no_referral !== undefined) {
    const wanted = new Uint8Array(256);
    wanted[params.no_referral ? 0 : 1] = 1;
    filters.push(byValue(columns.referralRequired, wanted));
  }
  if (params.age !== undefined) filters.push(byAge(columns.ageMin, columns.ageMax, params.age));
  if (params.organization) {
    const { organization } = columns;
    const wanted = new Set<number>();
    for (const id of params.organization) {
      const n = numbers.organization.get(id.toLowerCase()) ?? numbers.organization.get(id);
      if (n !== undefined) wanted.add(n);
    }
    filters.push(byTest((doc) => wanted.has(organization[doc] as number)));
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

/** Narrows to the documents that pass every filter of `params`; `none` when there are none. */
export function filterOf(
  index: LiveIndex,
  params: ServiceSearchParams,
): { narrow: Narrow; none: boolean } {
  const filters = buildFilters(index, params);
  const narrow: Narrow = (docs, count) => {
    let kept = count;
    for (const filter of filters) if (kept > 0) kept = filter(docs, kept);
    return kept;
  };
  return { narrow, none: filters.length === 0 };
}
