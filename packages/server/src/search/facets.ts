// Facets: each document counts in a few facet slots (its tiers, municipalities, provider type,
// channel types, languages). Documents with the same slots share a "signature"; counting
// signatures first and slots per signature after touches each document once, however many
// municipalities it serves.
import { channelTypeValues, type Facets, providerTypeValues } from '@polku/contract';
import type { FilterColumns, FilterLists, ValueNumbers } from './filter-columns.js';
import { buildLists, distinctValues, type Lists } from './lists.js';

type FacetName = keyof Facets;

export interface FacetSlots {
  /** Per document, its signature. */
  readonly signature: Int32Array;
  /** Per signature, its slots; slot numbers index `slotNames`. */
  readonly slots: Lists<Uint16Array>;
  readonly slotNames: readonly { facet: FacetName; value: string }[];
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
  const slotLists: number[][] = [];
  const signatureNumbers = new Map<string, number>();
  const signature = new Int32Array(tierMask.length);
  for (let doc = 0; doc < tierMask.length; doc += 1) {
    const slots: number[] = [];
    for (let level = 0; level < 4; level += 1) {
      if ((tierMask[doc] as number) & (1 << level)) slots.push(tierSlot + level);
    }
    for (const m of distinctValues(lists.municipalities, doc)) slots.push(municipalitySlot + m);
    slots.push(providerSlot + (providerType[doc] as number));
    for (let c = 0; c < channelTypeValues.length; c += 1) {
      if ((channelMask[doc] as number) & (1 << c)) slots.push(channelSlot + c);
    }
    for (const l of distinctValues(lists.deliveryLanguages, doc)) slots.push(languageSlot + l);
    const key = slots.join(',');
    let number = signatureNumbers.get(key);
    if (number === undefined) {
      number = slotLists.length;
      signatureNumbers.set(key, number);
      slotLists.push(slots);
    }
    signature[doc] = number;
  }
  return { signature, slots: buildLists(slotLists, (n) => new Uint16Array(n)), slotNames };
}

/** The facet counts of the first `count` documents of `hits`. */
export function countFacets(facets: FacetSlots, hits: Int32Array, count: number): Facets {
  const { offsets, values } = facets.slots;
  const signatures = new Int32Array(offsets.length - 1);
  for (let h = 0; h < count; h += 1) {
    const signature = facets.signature[hits[h] as number] as number;
    signatures[signature] = (signatures[signature] as number) + 1;
  }
  const counts = new Int32Array(facets.slotNames.length);
  for (let signature = 0; signature < signatures.length; signature += 1) {
    const times = signatures[signature] as number;
    if (times === 0) continue;
    const end = offsets[signature + 1] as number;
    for (let i = offsets[signature] as number; i < end; i += 1) {
      const slot = values[i] as number;
      counts[slot] = (counts[slot] as number) + times;
    }
  }
  const result: Facets = {
    tier: {},
    municipality: {},
    provider_type: {},
    channel: {},
    language: {},
  };
  for (let slot = 0; slot < counts.length; slot += 1) {
    const n = counts[slot] as number;
    if (n === 0) continue;
    const { facet, value } = facets.slotNames[slot] as { facet: FacetName; value: string };
    result[facet][value] = n;
  }
  return result;
}
