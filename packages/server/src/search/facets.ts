// Facets: each document counts in a few facet slots (its tiers, municipalities, provider type,
// channel types, languages). Documents with the same slots of a part share a "signature";
// counting signatures first and slots per signature after touches each document once per part,
// however many municipalities it serves.
import { channelTypeValues, type Facets, providerTypeValues } from '@polku/contract';
import type { FilterColumns, FilterLists, ValueNumbers } from './filter-columns.js';
import { buildLists, distinctValues, type Lists } from './lists.js';

type FacetName = keyof Facets;

export interface FacetSlots {
  /**
   * Per document, its signature in each of two parts, side by side (`2 * doc` and `2 * doc + 1`,
   * so a hit is one read): its tiers, provider type and channels, and its municipalities and
   * languages. Each part has few distinct signatures (hundreds and thousands at 100 000
   * services, where one signature of all slots had tens of thousands).
   */
  readonly signature: Int32Array;
  /** Per signature of each part, its slots; slot numbers index `slotNames`. */
  readonly kinds: Lists<Uint16Array>;
  readonly places: Lists<Uint16Array>;
  readonly slotNames: readonly { facet: FacetName; value: string }[];
}

/**
 * Numbers each distinct list of slots that `slotsOf` gives a document, writing each document's
 * number at `2 * doc + part` of `signature`; returns the lists by number.
 */
function signatures(
  signature: Int32Array,
  part: 0 | 1,
  slotsOf: (doc: number, slots: number[]) => void,
): Lists<Uint16Array> {
  const slotLists: number[][] = [];
  const numbers = new Map<string, number>();
  for (let doc = 0; 2 * doc < signature.length; doc += 1) {
    const slots: number[] = [];
    slotsOf(doc, slots);
    const key = slots.join(',');
    let number = numbers.get(key);
    if (number === undefined) {
      number = slotLists.length;
      numbers.set(key, number);
      slotLists.push(slots);
    }
    signature[2 * doc + part] = number;
  }
  return buildLists(slotLists, (n) => new Uint16Array(n));
}

export function buildFacetSlots(
  columns: FilterColumns,
  lists: FilterLists,
  numbers: ValueNumbers,
): FacetSlots {
  // Slots: tiers 1-4, then municipalities, provider types, channel types, languages.
  const slotNames: { facet: FacetName; value: string }[] = [];
  const tierSlot = slotNames.length;
  for (let level = 1; level <= 4; level += 1)
    slotNames.push({ facet: 'tier', value: String(level) });
  const municipalitySlot = slotNames.length;
  for (const code of numbers.municipality.keys())
    slotNames.push({ facet: 'municipality', value: code });
  const providerSlot = slotNames.length;
  for (const type of providerTypeValues) slotNames.push({ facet: 'provider_type', value: type });
  const channelSlot = slotNames.length;
  for (const type of channelTypeValues) slotNames.push({ facet: 'channel', value: type });
  const languageSlot = slotNames.length;
  for (const code of numbers.language.keys()) slotNames.push({ facet: 'language', value: code });
  if (slotNames.length > 0xffff) throw new Error('too many distinct facet values');

  const { tierMask, providerType, channelMask } = columns;
  const signature = new Int32Array(2 * tierMask.length);
  const kinds = signatures(signature, 0, (doc, slots) => {
    for (let level = 0; level < 4; level += 1) {
      if ((tierMask[doc] as number) & (1 << level)) slots.push(tierSlot + level);
    }
    slots.push(providerSlot + (providerType[doc] as number));
    for (let c = 0; c < channelTypeValues.length; c += 1) {
      if ((channelMask[doc] as number) & (1 << c)) slots.push(channelSlot + c);
    }
  });
  const places = signatures(signature, 1, (doc, slots) => {
    for (const m of distinctValues(lists.municipalities, doc)) slots.push(municipalitySlot + m);
    for (const l of distinctValues(lists.deliveryLanguages, doc)) slots.push(languageSlot + l);
  });
  return { signature, kinds, places, slotNames };
}

/** Counting space for `countFacets`, reused by every query (all 0 between queries). */
export interface FacetCounts {
  readonly kinds: Int32Array;
  readonly places: Int32Array;
  readonly slots: Int32Array;
  /** The counts of every document, once a query has hit them all (`{}`, `sort=name`, `q=p`). */
  all: Facets | undefined;
}

/** A copy the caller may keep and change. */
function copyOf(facets: Facets): Facets {
  return {
    tier: { ...facets.tier },
    municipality: { ...facets.municipality },
    provider_type: { ...facets.provider_type },
    channel: { ...facets.channel },
    language: { ...facets.language },
  };
}

export function makeFacetCounts(facets: FacetSlots): FacetCounts {
  return {
    kinds: new Int32Array(facets.kinds.offsets.length - 1),
    places: new Int32Array(facets.places.offsets.length - 1),
    slots: new Int32Array(facets.slotNames.length),
    all: undefined,
  };
}

/** Adds each signature's `times` to its slots in `slots`, and clears `times`. */
function addSlots(part: Lists<Uint16Array>, times: Int32Array, slots: Int32Array): void {
  const { offsets, values } = part;
  for (let s = 0; s < times.length; s += 1) {
    const n = times[s] as number;
    if (n === 0) continue;
    times[s] = 0;
    const end = offsets[s + 1] as number;
    for (let i = offsets[s] as number; i < end; i += 1) {
      const slot = values[i] as number;
      slots[slot] = (slots[slot] as number) + n;
    }
  }
}

/** The facet counts of the first `count` documents of `hits`. */
export function countFacets(
  facets: FacetSlots,
  hits: Int32Array,
  count: number,
  counts: FacetCounts,
): Facets {
  const { signature } = facets;
  // The hits are distinct documents: as many as there are documents is all of them.
  const everyDocument = count === signature.length >> 1;
  if (everyDocument && counts.all) return copyOf(counts.all);
  const { kinds, places } = counts;
  for (let h = 0; h < count; h += 1) {
    const at = 2 * (hits[h] as number);
    const kind = signature[at] as number;
    const place = signature[at + 1] as number;
    kinds[kind] = (kinds[kind] as number) + 1;
    places[place] = (places[place] as number) + 1;
  }
  addSlots(facets.kinds, kinds, counts.slots);
  addSlots(facets.places, places, counts.slots);
  const result: Facets = {
    tier: {},
    municipality: {},
    provider_type: {},
    channel: {},
    language: {},
  };
  const { slots } = counts;
  for (let slot = 0; slot < slots.length; slot += 1) {
    const n = slots[slot] as number;
    if (n === 0) continue;
    slots[slot] = 0;
    const { facet, value } = facets.slotNames[slot] as { facet: FacetName; value: string };
    result[facet][value] = n;
  }
  if (everyDocument) counts.all = copyOf(result);
  return result;
}
