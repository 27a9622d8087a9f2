// searchServices: filters, free text, facets over the whole result, ordering and one page.
// Pure: no HTTP, callable from tests and benchmarks.
import type {
  Facets,
  LanguageCode,
  Service,
  ServicePage,
  ServiceSearchParams,
} from '@polku/contract';
import { serviceWithText } from '../catalogue/descriptions.js';
import { localize } from '../localize.js';
import { pageEnvelope } from '../page.js';
import {
  channelTypes,
  type FacetName,
  type Lists,
  providerTypes,
  type SearchIndex,
} from './search-index.js';
import { clearTextMatches, matchText, popcount } from './text-match.js';

const earthRadiusMetres = 6_371_008.8;
const degrees = Math.PI / 180;

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

function wantedSet(
  values: readonly string[],
  numbers: ReadonlyMap<string, number>,
  size: number,
): Uint8Array {
  const wanted = new Uint8Array(Math.max(size, 1));
  for (const value of values) {
    const n = numbers.get(value);
    if (n !== undefined) wanted[n] = 1;
  }
  return wanted;
}

/** The filters of `params`, cheapest first; distance is computed into `distance` on the way. */
function buildFilters(
  index: SearchIndex,
  params: ServiceSearchParams,
  distance: Float64Array,
): Filter[] {
  const filters: Filter[] = [];
  if (params.id) {
    const wanted = new Set<number>();
    for (const id of params.id) {
      const doc = index.documentById.get(id.toLowerCase()) ?? index.documentById.get(id);
      if (doc !== undefined) wanted.add(doc);
    }
    filters.push((doc) => wanted.has(doc));
  }
  if (params.tier) {
    let mask = 0;
    for (const level of params.tier) mask |= 1 << (level - 1);
    filters.push((doc) => ((index.tierMask[doc] as number) & mask) !== 0);
  }
  if (params.provider_type) {
    const wanted = new Uint8Array(providerTypes.length);
    for (const type of params.provider_type) wanted[providerTypes.indexOf(type)] = 1;
    filters.push((doc) => wanted[index.providerType[doc] as number] === 1);
  }
  if (params.channel) {
    let mask = 0;
    for (const type of params.channel) mask |= 1 << channelTypes.indexOf(type);
    filters.push((doc) => ((index.channelMask[doc] as number) & mask) !== 0);
  }
  if (params.free !== undefined) {
    const wanted = params.free ? 1 : 0;
    filters.push((doc) => index.free[doc] === wanted);
  }
  if (params.no_referral !== undefined) {
    const wanted = params.no_referral ? 0 : 1;
    filters.push((doc) => index.referralRequired[doc] === wanted);
  }
  if (params.age !== undefined) {
    const age = params.age;
    filters.push((doc) => {
      const min = index.ageMin[doc] as number;
      const max = index.ageMax[doc] as number;
      return (min < 0 || age >= min) && (max < 0 || age <= max);
    });
  }
  if (params.organization) {
    const wanted = new Set<number>();
    for (const id of params.organization) {
      const n = index.organizationNumber.get(id.toLowerCase()) ?? index.organizationNumber.get(id);
      if (n !== undefined) wanted.add(n);
    }
    filters.push((doc) => wanted.has(index.organization[doc] as number));
  }
  if (params.municipality) {
    const wanted = wantedSet(
      params.municipality,
      index.municipalityNumber,
      index.municipalityCodes.length,
    );
    filters.push(anyOf(index.municipalities, wanted));
  }
  if (params.language) {
    const wanted = wantedSet(params.language, index.languageNumber, index.languageCodes.length);
    filters.push(anyOf(index.deliveryLanguages, wanted));
  }
  if (params.chain) {
    const wanted = wantedSet(params.chain, index.chainNumber, index.chainNumber.size);
    filters.push(anyOf(index.chains, wanted));
  }
  if (params.lat !== undefined && params.lon !== undefined) {
    const lat = params.lat * degrees;
    const lon = params.lon * degrees;
    const cosLat = Math.cos(lat);
    const radius = params.radius;
    // Within a radius, most points are ruled out before the haversine: a point further north or
    // south than the radius's angle, or further east or west than that angle can reach at the
    // highest latitude in reach, cannot be within it; nor one whose haversine `h` exceeds the
    // radius's, which needs no square root or arcsine.
    const reach = radius === undefined ? Number.POSITIVE_INFINITY : radius / earthRadiusMetres;
    // (From the haversine: sin²(d/2) ≥ cos φ1 cos φ2 sin²(Δλ/2), and both cosines are at least
    // the cosine of the highest latitude in reach.)
    const highest = Math.abs(lat) + reach;
    const lonSine = highest >= Math.PI / 2 ? 2 : Math.sin(reach / 2) / Math.cos(highest);
    const longitudeReach = lonSine >= 1 ? Number.POSITIVE_INFINITY : 2 * Math.asin(lonSine);
    const hReach = radius === undefined ? Number.POSITIVE_INFINITY : Math.sin(reach / 2) ** 2;
    const { offsets, values } = index.locations;
    filters.push((doc) => {
      let best = Number.POSITIVE_INFINITY;
      const end = offsets[doc + 1] as number;
      for (let i = offsets[doc] as number; i < end; i += 2) {
        const pointLat = values[i] as number;
        if (Math.abs(pointLat - lat) > reach) continue;
        const pointLon = values[i + 1] as number;
        let dLon = Math.abs(pointLon - lon);
        if (dLon > Math.PI) dLon = 2 * Math.PI - dLon;
        if (dLon > longitudeReach) continue;
        const h =
          Math.sin((pointLat - lat) / 2) ** 2 +
          cosLat * Math.cos(pointLat) * Math.sin((pointLon - lon) / 2) ** 2;
        if (h > hReach) continue;
        const metres = 2 * earthRadiusMetres * Math.asin(Math.min(1, Math.sqrt(h)));
        if (metres < best) best = metres;
      }
      distance[doc] = best;
      return radius === undefined || best <= radius;
    });
  }
  return filters;
}

/**
 * The first `end` hits ordered by group (ascending, when grouped), then key (ascending), then
 * document number: a bounded max-heap over plain numbers when the page is near the top. Keys and
 * groups are per document, written for the hits only; no comparator closures in the hot loop.
 */
function firstInOrder(
  hits: Int32Array,
  count: number,
  end: number,
  key: Float64Array,
  group: Uint8Array | undefined,
): number[] {
  const take = Math.min(end, count);
  if (take === 0) return [];
  // `a` sorts after `b`.
  const after = (a: number, b: number): boolean => {
    if (group !== undefined) {
      const ga = group[a] as number;
      const gb = group[b] as number;
      if (ga !== gb) return ga > gb;
    }
    const ka = key[a] as number;
    const kb = key[b] as number;
    return ka !== kb ? ka > kb : a > b;
  };
  const compare = (a: number, b: number): number => (after(a, b) ? 1 : after(b, a) ? -1 : 0);
  if (take * 8 >= count) {
    const all = Array.from(hits.subarray(0, count));
    all.sort(compare);
    return all.slice(0, take);
  }
  // Max-heap of the best `take` seen so far: its root is the worst of them.
  const heap = new Int32Array(take);
  let size = 0;
  for (let h = 0; h < count; h += 1) {
    const doc = hits[h] as number;
    if (size < take) {
      let i = size++;
      while (i > 0) {
        const parent = (i - 1) >> 1;
        const up = heap[parent] as number;
        if (!after(doc, up)) break;
        heap[i] = up;
        i = parent;
      }
      heap[i] = doc;
    } else if (after(heap[0] as number, doc)) {
      // Sift `doc` down from the root.
      let i = 0;
      for (;;) {
        const left = 2 * i + 1;
        if (left >= take) break;
        const right = left + 1;
        let child = left;
        if (right < take && after(heap[right] as number, heap[left] as number)) child = right;
        const worst = heap[child] as number;
        if (!after(worst, doc)) break;
        heap[i] = worst;
        i = child;
      }
      heap[i] = doc;
    }
  }
  return Array.from(heap).sort(compare);
}

function emptyFacets(): Facets {
  return { tier: {}, municipality: {}, provider_type: {}, channel: {}, language: {} };
}

function countFacets(index: SearchIndex, hits: Int32Array, count: number): Facets {
  const { offsets, values } = index.facetSlots;
  const signatures = new Int32Array(offsets.length - 1);
  for (let h = 0; h < count; h += 1) {
    const signature = index.facetSignature[hits[h] as number] as number;
    signatures[signature] = (signatures[signature] as number) + 1;
  }
  const counts = new Int32Array(index.facetSlotNames.length);
  for (let signature = 0; signature < signatures.length; signature += 1) {
    const times = signatures[signature] as number;
    if (times === 0) continue;
    const end = offsets[signature + 1] as number;
    for (let i = offsets[signature] as number; i < end; i += 1) {
      const slot = values[i] as number;
      counts[slot] = (counts[slot] as number) + times;
    }
  }
  const facets = emptyFacets();
  for (let slot = 0; slot < counts.length; slot += 1) {
    const n = counts[slot] as number;
    if (n === 0) continue;
    const { facet, value } = index.facetSlotNames[slot] as { facet: FacetName; value: string };
    facets[facet][value] = n;
  }
  return facets;
}

/** Defaults of the contract, for callers that pass only some parameters. */
const defaultPage = 1;
const defaultPerPage = 20;

export function searchServices(index: SearchIndex, params: ServiceSearchParams = {}): ServicePage {
  const page = params.page ?? defaultPage;
  const perPage = params.per_page ?? defaultPerPage;
  const language: LanguageCode = params.lang ?? 'fi';
  const { hits, score, matched, distance } = index.scratch;
  const withDistance = params.lat !== undefined && params.lon !== undefined;
  const filters = buildFilters(index, params, distance);
  const filterCount = filters.length;
  const passes = (doc: number): boolean => {
    for (let f = 0; f < filterCount; f += 1) if (!(filters[f] as Filter)(doc)) return false;
    return true;
  };

  let count = 0;
  const text = params.q !== undefined ? matchText(index, params.q) : undefined;
  try {
    if (text && text.words === 1) {
      // One word: every document it matched is a hit, if it passes the filters.
      for (let i = 0; i < text.count; i += 1) {
        const doc = text.documents[i] as number;
        if (passes(doc)) hits[count++] = doc;
        else matched[doc] = 0;
      }
    } else if (text) {
      // Keep the documents that match most of the words: all of two, two of three, three of four.
      let best = 0;
      for (let i = 0; i < text.count; i += 1) {
        const doc = text.documents[i] as number;
        if (!passes(doc)) {
          matched[doc] = 0;
          continue;
        }
        best = Math.max(best, popcount(matched[doc] as number));
      }
      const needed = Math.ceil((best * 2) / 3);
      for (let i = 0; i < text.count; i += 1) {
        const doc = text.documents[i] as number;
        const words = popcount(matched[doc] as number);
        if (words === 0 || words < needed) continue;
        const coverage = words / text.words;
        score[doc] = (score[doc] as number) * coverage * coverage;
        hits[count++] = doc;
      }
    } else {
      // No text: the hits are collected in name order, so a page by name needs no sorting.
      const order = index.nameOrder[language];
      if (filterCount === 0) {
        hits.set(order);
        count = order.length;
      } else {
        for (let i = 0; i < order.length; i += 1) {
          const doc = order[i] as number;
          if (passes(doc)) hits[count++] = doc;
        }
      }
    }

    const facets = countFacets(index, hits, count);
    const sort = params.sort ?? 'relevance';
    const { sortKey, mark } = index.scratch;
    const start = (page - 1) * perPage;
    // Relevance with tiers: grouped by the first listed tier each service serves.
    const grouped = sort === 'relevance' && params.tier !== undefined && params.tier.length > 1;
    const byDistance = sort === 'distance' && withDistance;
    const byName = !byDistance && (sort === 'name' || !text);
    let pageDocuments: number[];
    if (start >= count) {
      pageDocuments = [];
    } else if (byName && !text && !grouped) {
      // Collected in name order above: the page is a slice.
      pageDocuments = Array.from(hits.subarray(start, Math.min(count, start + perPage)));
    } else {
      const nameRank = index.nameRank[language];
      for (let h = 0; h < count; h += 1) {
        const doc = hits[h] as number;
        // Infinity (no address) sorts last; a higher score first.
        sortKey[doc] = byDistance
          ? (distance[doc] as number)
          : byName
            ? (nameRank[doc] as number)
            : -(score[doc] as number);
      }
      if (grouped) {
        const tiers = params.tier as readonly number[];
        const groupOf = new Uint8Array(16).fill(99);
        for (let mask = 1; mask < 16; mask += 1) {
          const position = tiers.findIndex((level) => (mask & (1 << (level - 1))) !== 0);
          if (position >= 0) groupOf[mask] = position;
        }
        for (let h = 0; h < count; h += 1) {
          const doc = hits[h] as number;
          mark[doc] = groupOf[index.tierMask[doc] as number] as number;
        }
      }
      pageDocuments = firstInOrder(
        hits,
        count,
        start + perPage,
        sortKey,
        grouped ? mark : undefined,
      ).slice(start);
    }
    const contents = pageDocuments.map((doc) => {
      const service = serviceWithText(index.services[doc] as Service, index.descriptions);
      const metres = distance[doc] as number;
      const shown: Service =
        withDistance && Number.isFinite(metres)
          ? { ...service, distance: Math.round(metres) }
          : service;
      return params.lang ? localize(shown, params.lang) : shown;
    });
    return { ...pageEnvelope(count, page, perPage, contents.length), contents, facets };
  } finally {
    if (text) clearTextMatches(index, text);
  }
}
