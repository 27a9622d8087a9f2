// The in-memory search index, built once at start from an immutable catalogue. Everything a
// query needs that does not depend on the query is computed here: postings as typed arrays,
// the vocabulary as radix trees (forward for exact, prefix and fuzzy look-ups, reversed for
// compound tails), per-service filter data, facet slots and name orders per language.

import type { Catalogue } from '@polku/catalogue';
import {
  type ChannelType,
  channelTypeValues,
  type LanguageCode,
  languageOrder,
  type ProviderType,
  providerTypeValues,
  type Service,
} from '@polku/contract';
import SearchableMap from 'minisearch/SearchableMap';
import { type DescriptionStore, descriptionOf } from '../catalogue/descriptions.js';
import { nameCollator } from '../localize.js';
import { numberer } from '../numberer.js';
import { fieldBits } from './fields.js';
import {
  fold,
  normalizeText,
  reverse,
  stem,
  stopWords,
  type TextLanguage,
  textLanguages,
  tokenize,
} from './text.js';

// The spec's orders: bit positions and facet order follow them.
export const providerTypes: readonly ProviderType[] = providerTypeValues;
export const channelTypes: readonly ChannelType[] = channelTypeValues;
export const displayLanguages: readonly LanguageCode[] = languageOrder;

/** A variable-length list per service: values of service `i` are `values[offsets[i]..offsets[i+1]]`. */
export interface Lists<T extends Uint16Array | Int32Array | Float64Array> {
  offsets: Int32Array;
  values: T;
}

export interface SearchIndex {
  /** Services may hold their description's number in `descriptions` (descriptions.ts). */
  readonly catalogue: Catalogue;
  readonly descriptions: DescriptionStore | undefined;
  /** Services ordered by id: a service's position is its document number, so ties break by id. */
  readonly services: readonly Service[];
  readonly documentById: ReadonlyMap<string, number>;

  /** Index term (a stem) and its diacritic-free form → term numbers. */
  readonly vocabulary: SearchableMap<number[]>;
  /** Reversed terms → term numbers: finds the compounds a word ends ("neuvola" → "perheneuvola"). */
  readonly reversedVocabulary: SearchableMap<number[]>;
  readonly terms: readonly string[];
  /**
   * Postings, term after term, each in document order; `fields` are the bits of `fieldBits` the
   * term occurs in. Term `t` has `termCounts[t]` postings from `termStarts[t]`: where all its
   * gaps between documents are below 1024 (nearly every posting: frequent terms are dense), in
   * `postings`, 16 bits each, `gap << 6 | fields`, the first gap counting from `termBase[t]`;
   * otherwise (`termWide[t]`) in `widePostings`, `document << 6 | fields`.
   */
  readonly postings: Uint16Array;
  readonly widePostings: Uint32Array;
  readonly termStarts: Int32Array;
  readonly termCounts: Int32Array;
  readonly termBase: Int32Array;
  readonly termWide: Uint8Array;
  readonly termIdf: Float64Array;
  /** Normalised full names (every language) → documents: a query that is a name ranks it first. */
  readonly exactNames: ReadonlyMap<string, number[]>;

  // Filter data, one entry per document.
  readonly tierMask: Uint8Array;
  readonly providerType: Uint8Array;
  readonly channelMask: Uint8Array;
  readonly free: Uint8Array;
  readonly referralRequired: Uint8Array;
  /** -1 where the audience states no bound. */
  readonly ageMin: Int8Array;
  readonly ageMax: Int8Array;
  readonly organization: Int32Array;
  readonly municipalities: Lists<Uint16Array>;
  readonly deliveryLanguages: Lists<Uint16Array>;
  readonly chains: Lists<Uint16Array>;
  /** Locations of in-person addresses as lat, lon pairs (radians). */
  readonly locations: Lists<Float64Array>;

  readonly municipalityCodes: readonly string[];
  readonly municipalityNumber: ReadonlyMap<string, number>;
  readonly languageCodes: readonly string[];
  readonly languageNumber: ReadonlyMap<string, number>;
  readonly chainNumber: ReadonlyMap<string, number>;
  readonly organizationNumber: ReadonlyMap<string, number>;

  /**
   * Facet slots per distinct combination ("signature") of a document's facet values; slot
   * numbers index `facetSlotNames`. Counting signatures first and slots per signature after
   * touches each document once, however many municipalities it serves.
   */
  readonly facetSignature: Int32Array;
  readonly facetSlots: Lists<Uint16Array>;
  readonly facetSlotNames: readonly { facet: FacetName; value: string }[];

  /** Documents ordered by name in each display language (fallback fi → sv → en), ties by id. */
  readonly nameOrder: Readonly<Record<LanguageCode, Int32Array>>;
  readonly nameRank: Readonly<Record<LanguageCode, Int32Array>>;

  /** Scratch space reused by every query (the process is single-threaded). */
  readonly scratch: {
    termScore: Float64Array;
    score: Float64Array;
    matched: Uint32Array;
    touched: Int32Array;
    termTouched: Int32Array;
    hits: Int32Array;
    distance: Float64Array;
    /** Per document: the order key of the current query's hits, and their tier group. */
    sortKey: Float64Array;
    mark: Uint8Array;
  };
}

export type FacetName = 'tier' | 'municipality' | 'provider_type' | 'channel' | 'language';

type Text = Partial<Record<LanguageCode, string>>;

/** The text in `language`, or the first of fi, sv, en the text has (the API's own fallback). */
export function pickLanguage(text: Text | undefined, language: LanguageCode): string {
  if (!text) return '';
  return text[language] ?? text.fi ?? text.sv ?? text.en ?? '';
}

function buildLists<T extends Uint16Array | Int32Array | Float64Array>(
  perDocument: number[][],
  make: (length: number) => T,
): Lists<T> {
  const offsets = new Int32Array(perDocument.length + 1);
  let total = 0;
  for (let i = 0; i < perDocument.length; i += 1) {
    offsets[i] = total;
    total += perDocument[i]?.length ?? 0;
  }
  offsets[perDocument.length] = total;
  const values = make(total);
  let at = 0;
  for (const list of perDocument) for (const value of list) values[at++] = value;
  return { offsets, values };
}

const degrees = Math.PI / 180;

/**
 * An append-only list of integers in fixed 4 MB chunks: the build appends millions of postings,
 * and doubling one array would leave every smaller copy behind as garbage (~250 MB at 100 000
 * services, which the first queries after a build then paid for in a full collection).
 */
const chunkBits = 20;
const chunkMask = (1 << chunkBits) - 1;
class IntList {
  readonly chunks: Int32Array[] = [];
  length = 0;
  push(value: number): void {
    const offset = this.length & chunkMask;
    if (offset === 0) this.chunks.push(new Int32Array(1 << chunkBits));
    (this.chunks[this.length >>> chunkBits] as Int32Array)[offset] = value;
    this.length += 1;
  }
  get(i: number): number {
    return (this.chunks[i >>> chunkBits] as Int32Array)[i & chunkMask] as number;
  }
}

/**
 * The index of `catalogue`. `descriptions` holds the descriptions of services that hold a
 * number in its place (a catalogue from `compactForServing`).
 */
export function buildSearchIndex(
  catalogue: Catalogue,
  descriptions?: DescriptionStore,
): SearchIndex {
  const services = [...catalogue.services].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const count = services.length;
  const documentById = new Map(services.map((service, i) => [service.id, i]));

  // Municipality names in every language, so "perhetyö porvoo" prefers Porvoo's services.
  const municipalityNames = new Map(catalogue.municipalities.map((m) => [m.code, m.name]));

  // --- Postings -------------------------------------------------------------------------------
  // Texts repeat (organization and place names, keywords, boilerplate), so each distinct text is
  // tokenised and stemmed once per language into its distinct term numbers.
  const termNumbers = new Map<string, number>();
  const terms: string[] = [];
  const exactNames = new Map<string, number[]>();
  // A text's term numbers are kept in one list, as their count followed by the numbers; the
  // cache maps the text to where they start (one typed array per text was ~600 000 small
  // ArrayBuffers at 100 000 services, garbage left for the first queries to collect).
  const textTerms: Record<TextLanguage, Map<string, number>> = {
    fi: new Map(),
    sv: new Map(),
    en: new Map(),
  };
  const cachedTerms = new IntList();
  const numbers: number[] = [];
  const termsOf = (text: string, language: TextLanguage): number => {
    const cache = textTerms[language];
    let found = cache.get(text);
    if (found === undefined) {
      numbers.length = 0;
      for (const token of tokenize(text)) {
        if (stopWords.has(token)) continue;
        const term = stem(token, language);
        let termNumber = termNumbers.get(term);
        if (termNumber === undefined) {
          termNumber = terms.length;
          terms.push(term);
          termNumbers.set(term, termNumber);
        }
        if (!numbers.includes(termNumber)) numbers.push(termNumber);
      }
      found = cachedTerms.length;
      cachedTerms.push(numbers.length);
      for (const termNumber of numbers) cachedTerms.push(termNumber);
      cache.set(text, found);
    }
    return found;
  };

  // Per document: its distinct terms with the fields they occur in, appended doc after doc.
  let fieldsOfTerm = new Uint8Array(1024);
  const documentTermList: number[] = [];
  // Each posting as term << 6 | field bits (six fields).
  const postingTerms = new IntList();
  const documentEnds = new Int32Array(count);
  const addText = (text: string | undefined, language: TextLanguage, bit: number): void => {
    if (!text) return;
    const found = termsOf(text, language);
    if (terms.length > fieldsOfTerm.length) {
      const grown = new Uint8Array(Math.max(terms.length, fieldsOfTerm.length * 2));
      grown.set(fieldsOfTerm);
      fieldsOfTerm = grown;
    }
    const end = found + 1 + cachedTerms.get(found);
    for (let i = found + 1; i < end; i += 1) {
      const t = cachedTerms.get(i);
      const fields = fieldsOfTerm[t] as number;
      if (fields === 0) documentTermList.push(t);
      fieldsOfTerm[t] = fields | bit;
    }
  };
  const addLocalized = (text: Text | undefined, bit: number): void => {
    if (!text) return;
    for (const language of displayLanguages) addText(text[language], language, bit);
  };

  for (let doc = 0; doc < count; doc += 1) {
    const service = services[doc] as Service;
    addLocalized(service.name, fieldBits.name);
    for (const language of displayLanguages) {
      for (const keyword of service.keywords[language] ?? [])
        addText(keyword, language, fieldBits.keywords);
    }
    addLocalized(service.summary, fieldBits.summary);
    const description = service.description as Text | number;
    addLocalized(
      typeof description === 'number' && descriptions
        ? descriptionOf(descriptions, description)
        : (description as Text),
      fieldBits.description,
    );
    addLocalized(service.organization.name, fieldBits.organization);
    for (const code of service.municipalities)
      addLocalized(municipalityNames.get(code), fieldBits.place);
    for (const t of documentTermList) {
      postingTerms.push((t << 6) | (fieldsOfTerm[t] as number));
      fieldsOfTerm[t] = 0;
    }
    documentTermList.length = 0;
    documentEnds[doc] = postingTerms.length;
    for (const language of displayLanguages) {
      const name = service.name[language];
      if (!name) continue;
      const key = tokenize(name).join(' ');
      const list = exactNames.get(key);
      if (!list) exactNames.set(key, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
  }
  for (const language of textLanguages) textTerms[language].clear();

  // Term-major postings in document order: one pass to size each term's list (and see whether
  // its gaps fit in 10 bits), one to fill it.
  if (count > 1 << 26) throw new Error('more than 2^26 services');
  const termCounts = new Int32Array(terms.length);
  const termBase = new Int32Array(terms.length).fill(-1);
  const termWide = new Uint8Array(terms.length);
  const lastDocument = new Int32Array(terms.length).fill(-1);
  for (let doc = 0, i = 0; doc < count; doc += 1) {
    const end = documentEnds[doc] as number;
    for (; i < end; i += 1) {
      const t = postingTerms.get(i) >>> 6;
      termCounts[t] = (termCounts[t] as number) + 1;
      const last = lastDocument[t] as number;
      if (last < 0) termBase[t] = doc - 1;
      else if (doc - last >= 1024) termWide[t] = 1;
      lastDocument[t] = doc;
    }
  }
  const termStarts = new Int32Array(terms.length);
  let narrowTotal = 0;
  let wideTotal = 0;
  for (let t = 0; t < terms.length; t += 1) {
    const size = termCounts[t] as number;
    if (termWide[t]) {
      termStarts[t] = wideTotal;
      wideTotal += size;
    } else {
      termStarts[t] = narrowTotal;
      narrowTotal += size;
    }
  }
  const postings = new Uint16Array(narrowTotal);
  const widePostings = new Uint32Array(wideTotal);
  const fill = termStarts.slice();
  for (let t = 0; t < terms.length; t += 1) lastDocument[t] = termBase[t] as number;
  for (let doc = 0, i = 0; doc < count; doc += 1) {
    const end = documentEnds[doc] as number;
    for (; i < end; i += 1) {
      const posting = postingTerms.get(i);
      const t = posting >>> 6;
      const at = fill[t] as number;
      if (termWide[t]) widePostings[at] = ((doc << 6) | (posting & 63)) >>> 0;
      else postings[at] = ((doc - (lastDocument[t] as number)) << 6) | (posting & 63);
      fill[t] = at + 1;
      lastDocument[t] = doc;
    }
  }
  const termIdf = new Float64Array(terms.length);
  for (let t = 0; t < terms.length; t += 1) {
    termIdf[t] = Math.log(1 + count / ((termCounts[t] as number) + 0.5));
  }

  const { vocabulary, reversedVocabulary } = buildVocabularies(terms);

  // --- Filters and facets ---------------------------------------------------------------------
  const municipalityNumbers = numberer();
  for (const municipality of catalogue.municipalities)
    municipalityNumbers.number(municipality.code);
  const languageNumbers = numberer();
  const chainNumbers = numberer();
  for (const chain of catalogue.chains) chainNumbers.number(chain.id);
  const organizationNumbers = numberer();
  for (const organization of catalogue.organizations) organizationNumbers.number(organization.id);

  const tierMask = new Uint8Array(count);
  const providerType = new Uint8Array(count);
  const channelMask = new Uint8Array(count);
  const free = new Uint8Array(count);
  const referralRequired = new Uint8Array(count);
  const ageMin = new Int8Array(count).fill(-1);
  const ageMax = new Int8Array(count).fill(-1);
  const organization = new Int32Array(count);
  const municipalityLists: number[][] = [];
  const languageLists: number[][] = [];
  const chainLists: number[][] = [];
  const locationLists: number[][] = [];

  for (let doc = 0; doc < count; doc += 1) {
    const service = services[doc] as Service;
    for (const tier of service.tiers) tierMask[doc] = (tierMask[doc] as number) | (1 << (tier - 1));
    providerType[doc] = Math.max(0, providerTypes.indexOf(service.provider_type));
    let channels = 0;
    const locations: number[] = [];
    for (const channel of service.channels) {
      channels |= 1 << channelTypes.indexOf(channel.type);
      if (channel.type === 'in_person' && channel.address.location) {
        locations.push(
          channel.address.location.lat * degrees,
          channel.address.location.lon * degrees,
        );
      }
    }
    channelMask[doc] = channels;
    locationLists.push(locations);
    free[doc] = service.cost.free ? 1 : 0;
    referralRequired[doc] = service.referral.required ? 1 : 0;
    if (service.audience.child_age_min !== undefined) ageMin[doc] = service.audience.child_age_min;
    if (service.audience.child_age_max !== undefined) ageMax[doc] = service.audience.child_age_max;
    organization[doc] = organizationNumbers.number(service.organization.id);
    municipalityLists.push(service.municipalities.map((code) => municipalityNumbers.number(code)));
    languageLists.push(service.delivery_languages.map((code) => languageNumbers.number(code)));
    chainLists.push(service.chains.map((id) => chainNumbers.number(id)));
  }

  // Facet slots: tiers 1-4, then municipalities, provider types, channel types, languages.
  const facetSlotNames: { facet: FacetName; value: string }[] = [];
  const tierSlot = facetSlotNames.length;
  for (let level = 1; level <= 4; level += 1)
    facetSlotNames.push({ facet: 'tier', value: String(level) });
  const municipalitySlot = facetSlotNames.length;
  for (const code of municipalityNumbers.keys)
    facetSlotNames.push({ facet: 'municipality', value: code });
  const providerSlot = facetSlotNames.length;
  for (const type of providerTypes) facetSlotNames.push({ facet: 'provider_type', value: type });
  const channelSlot = facetSlotNames.length;
  for (const type of channelTypes) facetSlotNames.push({ facet: 'channel', value: type });
  const languageSlot = facetSlotNames.length;
  for (const code of languageNumbers.keys) facetSlotNames.push({ facet: 'language', value: code });
  if (facetSlotNames.length > 0xffff) throw new Error('too many distinct facet values');
  const facetLists: number[][] = [];
  const signatureNumbers = new Map<string, number>();
  const facetSignature = new Int32Array(count);
  for (let doc = 0; doc < count; doc += 1) {
    const slots: number[] = [];
    for (let level = 0; level < 4; level += 1) {
      if ((tierMask[doc] as number) & (1 << level)) slots.push(tierSlot + level);
    }
    for (const m of new Set(municipalityLists[doc])) slots.push(municipalitySlot + m);
    slots.push(providerSlot + (providerType[doc] as number));
    for (let c = 0; c < channelTypes.length; c += 1) {
      if ((channelMask[doc] as number) & (1 << c)) slots.push(channelSlot + c);
    }
    for (const l of new Set(languageLists[doc])) slots.push(languageSlot + l);
    const key = slots.join(',');
    let signature = signatureNumbers.get(key);
    if (signature === undefined) {
      signature = facetLists.length;
      signatureNumbers.set(key, signature);
      facetLists.push(slots);
    }
    facetSignature[doc] = signature;
  }

  // --- Name orders ----------------------------------------------------------------------------
  const nameOrder = {} as Record<LanguageCode, Int32Array>;
  const nameRank = {} as Record<LanguageCode, Int32Array>;
  for (const language of displayLanguages) {
    // Distinct names are collated once; documents then sort by the rank of their name, then id.
    const collator = nameCollator(language);
    const nameNumbers = new Map<string, number>();
    const distinct: string[] = [];
    const nameOf = new Int32Array(count);
    for (let doc = 0; doc < count; doc += 1) {
      const raw = pickLanguage((services[doc] as Service).name, language);
      let n = nameNumbers.get(raw);
      if (n === undefined) {
        n = distinct.length;
        nameNumbers.set(raw, n);
        distinct.push(normalizeText(raw));
      }
      nameOf[doc] = n;
    }
    const distinctOrder = Int32Array.from(distinct.keys());
    distinctOrder.sort((a, b) => collator.compare(distinct[a] as string, distinct[b] as string));
    // Names the collator calls equal share a rank, so their documents fall back to id order.
    const distinctRank = new Int32Array(distinct.length);
    for (let i = 0; i < distinctOrder.length; i += 1) {
      const n = distinctOrder[i] as number;
      const previous = i > 0 ? (distinctOrder[i - 1] as number) : -1;
      distinctRank[n] =
        previous >= 0 && collator.compare(distinct[previous] as string, distinct[n] as string) === 0
          ? (distinctRank[previous] as number)
          : i;
    }
    const order = Int32Array.from(nameOf.keys());
    order.sort(
      (a, b) =>
        (distinctRank[nameOf[a] as number] as number) -
          (distinctRank[nameOf[b] as number] as number) || a - b,
    );
    const rank = new Int32Array(count);
    for (let i = 0; i < count; i += 1) rank[order[i] as number] = i;
    nameOrder[language] = order;
    nameRank[language] = rank;
  }

  return {
    catalogue,
    descriptions,
    services,
    documentById,
    vocabulary,
    reversedVocabulary,
    terms,
    postings,
    widePostings,
    termStarts,
    termCounts,
    termBase,
    termWide,
    termIdf,
    exactNames,
    tierMask,
    providerType,
    channelMask,
    free,
    referralRequired,
    ageMin,
    ageMax,
    organization,
    municipalities: buildLists(municipalityLists, (n) => new Uint16Array(n)),
    deliveryLanguages: buildLists(languageLists, (n) => new Uint16Array(n)),
    chains: buildLists(chainLists, (n) => new Uint16Array(n)),
    locations: buildLists(locationLists, (n) => new Float64Array(n)),
    municipalityCodes: municipalityNumbers.keys,
    municipalityNumber: municipalityNumbers.map,
    languageCodes: languageNumbers.keys,
    languageNumber: languageNumbers.map,
    chainNumber: chainNumbers.map,
    organizationNumber: organizationNumbers.map,
    facetSignature,
    facetSlots: buildLists(facetLists, (n) => new Uint16Array(n)),
    facetSlotNames,
    nameOrder,
    nameRank,
    scratch: makeScratch(count),
  };
}

/** The radix trees over the terms (forward, with diacritic-free forms; reversed, for compound tails). */
function buildVocabularies(terms: readonly string[]): {
  vocabulary: SearchableMap<number[]>;
  reversedVocabulary: SearchableMap<number[]>;
} {
  const vocabulary = new SearchableMap<number[]>();
  const reversedVocabulary = new SearchableMap<number[]>();
  const addKey = (map: SearchableMap<number[]>, key: string, termNumber: number): void => {
    const existing = map.get(key);
    if (!existing) map.set(key, [termNumber]);
    else if (!existing.includes(termNumber)) existing.push(termNumber);
  };
  for (let t = 0; t < terms.length; t += 1) {
    const term = terms[t] as string;
    const folded = fold(term);
    addKey(vocabulary, term, t);
    if (folded !== term) addKey(vocabulary, folded, t);
    if (term.length >= 6) {
      addKey(reversedVocabulary, reverse(term), t);
      if (folded !== term) addKey(reversedVocabulary, reverse(folded), t);
    }
  }
  return { vocabulary, reversedVocabulary };
}

function makeScratch(count: number): SearchIndex['scratch'] {
  return {
    termScore: new Float64Array(count),
    score: new Float64Array(count),
    matched: new Uint32Array(count),
    touched: new Int32Array(count),
    termTouched: new Int32Array(count),
    hits: new Int32Array(count),
    distance: new Float64Array(count),
    sortKey: new Float64Array(count),
    mark: new Uint8Array(count),
  };
}

/**
 * An index as plain data for `v8.serialize` / `postMessage`: what is cheap to rebuild (the radix
 * trees, the id map, the scratch space) is left out.
 */
export type TransferableIndex = Omit<
  SearchIndex,
  'vocabulary' | 'reversedVocabulary' | 'scratch' | 'documentById'
>;

export function toTransferable(index: SearchIndex): TransferableIndex {
  const { vocabulary: _v, reversedVocabulary: _r, scratch: _s, documentById: _d, ...data } = index;
  return data;
}

/**
 * `data` with each typed array replaced by `own(array)` (the loader makes copies that do not
 * share the buffer they were read from).
 */
export function mapArrays(
  data: TransferableIndex,
  own: <T extends ArrayBufferView>(array: T) => T,
): TransferableIndex {
  const lists = <T extends Uint16Array | Int32Array | Float64Array>(value: Lists<T>): Lists<T> => ({
    offsets: own(value.offsets),
    values: own(value.values),
  });
  const perLanguage = (value: Readonly<Record<LanguageCode, Int32Array>>) =>
    Object.fromEntries(
      Object.entries(value).map(([language, array]) => [language, own(array)]),
    ) as Record<LanguageCode, Int32Array>;
  return {
    ...data,
    postings: own(data.postings),
    widePostings: own(data.widePostings),
    termStarts: own(data.termStarts),
    termCounts: own(data.termCounts),
    termBase: own(data.termBase),
    termWide: own(data.termWide),
    termIdf: own(data.termIdf),
    tierMask: own(data.tierMask),
    providerType: own(data.providerType),
    channelMask: own(data.channelMask),
    free: own(data.free),
    referralRequired: own(data.referralRequired),
    ageMin: own(data.ageMin),
    ageMax: own(data.ageMax),
    organization: own(data.organization),
    municipalities: lists(data.municipalities),
    deliveryLanguages: lists(data.deliveryLanguages),
    chains: lists(data.chains),
    locations: lists(data.locations),
    facetSignature: own(data.facetSignature),
    facetSlots: lists(data.facetSlots),
    nameOrder: perLanguage(data.nameOrder),
    nameRank: perLanguage(data.nameRank),
    descriptions: data.descriptions && {
      ...data.descriptions,
      codes: own(data.descriptions.codes),
      starts: own(data.descriptions.starts),
      shapeOf: own(data.descriptions.shapeOf),
      firstText: own(data.descriptions.firstText),
    },
  };
}

export function fromTransferable(data: TransferableIndex): SearchIndex {
  return {
    ...data,
    // Rebuilt rather than cloned: its keys are then the services' own id strings, not copies.
    documentById: new Map(data.services.map((service, i) => [service.id, i])),
    ...buildVocabularies(data.terms),
    scratch: makeScratch(data.services.length),
  };
}
