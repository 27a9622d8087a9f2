// The in-memory search index, built once at start from an immutable catalogue. Everything a
// query needs that does not depend on the query is computed here: postings as typed arrays,
// the vocabulary as radix trees (forward for exact, prefix and fuzzy look-ups, reversed for
// compound tails), per-service filter data, facet slots and name orders per language.

import type { Catalogue } from '@polku/catalogue';
import type { ChannelType, LanguageCode, ProviderType, Service } from '@polku/client';
import SearchableMap from 'minisearch/SearchableMap';
import { nameCollator } from '../localize.js';
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

export const providerTypes: readonly ProviderType[] = ['public', 'parish', 'ngo', 'private'];
export const channelTypes: readonly ChannelType[] = [
  'in_person',
  'home_visit',
  'phone',
  'online',
  'chat',
  'email',
];
export const displayLanguages: readonly LanguageCode[] = ['fi', 'sv', 'en'];

/** A variable-length list per service: values of service `i` are `values[offsets[i]..offsets[i+1]]`. */
export interface Lists<T extends Uint16Array | Int32Array | Float64Array> {
  offsets: Int32Array;
  values: T;
}

export interface SearchIndex {
  readonly catalogue: Catalogue;
  /** Services ordered by id: a service's position is its document number, so ties break by id. */
  readonly services: readonly Service[];
  readonly documentById: ReadonlyMap<string, number>;

  /** Index term (a stem) and its diacritic-free form → term numbers. */
  readonly vocabulary: SearchableMap<number[]>;
  /** Reversed terms → term numbers: finds the compounds a word ends ("neuvola" → "perheneuvola"). */
  readonly reversedVocabulary: SearchableMap<number[]>;
  readonly terms: readonly string[];
  readonly termDocuments: readonly Int32Array[];
  /** Per posting, the fields (bits of `fieldBits`) the term occurs in. */
  readonly termFields: readonly Uint8Array[];
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

function numberer(): { number(key: string): number; keys: string[]; map: Map<string, number> } {
  const map = new Map<string, number>();
  const keys: string[] = [];
  return {
    keys,
    map,
    number(key) {
      let n = map.get(key);
      if (n === undefined) {
        n = keys.length;
        keys.push(key);
        map.set(key, n);
      }
      return n;
    },
  };
}

const degrees = Math.PI / 180;

/** A growable Int32Array (the build appends millions of postings; arrays of numbers would churn). */
class IntList {
  values = new Int32Array(1024);
  length = 0;
  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

export function buildSearchIndex(catalogue: Catalogue): SearchIndex {
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
  const textTerms: Record<TextLanguage, Map<string, Int32Array>> = {
    fi: new Map(),
    sv: new Map(),
    en: new Map(),
  };
  const termsOf = (text: string, language: TextLanguage): Int32Array => {
    const cache = textTerms[language];
    let found = cache.get(text);
    if (found === undefined) {
      const numbers: number[] = [];
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
      found = Int32Array.from(numbers);
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
    for (let i = 0; i < found.length; i += 1) {
      const t = found[i] as number;
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
    addLocalized(service.description, fieldBits.description);
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

  // Term-major postings in two flat arrays; each term's list is a view, in document order.
  const termStarts = new Int32Array(terms.length + 1);
  for (let i = 0; i < postingTerms.length; i += 1) {
    const t = (postingTerms.values[i] as number) >>> 6;
    termStarts[t + 1] = (termStarts[t + 1] as number) + 1;
  }
  for (let t = 0; t < terms.length; t += 1)
    termStarts[t + 1] = (termStarts[t + 1] as number) + (termStarts[t] as number);
  const allDocuments = new Int32Array(postingTerms.length);
  const allFields = new Uint8Array(postingTerms.length);
  const fill = termStarts.slice(0, terms.length);
  for (let doc = 0, i = 0; doc < count; doc += 1) {
    const end = documentEnds[doc] as number;
    for (; i < end; i += 1) {
      const posting = postingTerms.values[i] as number;
      const t = posting >>> 6;
      const at = fill[t] as number;
      allDocuments[at] = doc;
      allFields[at] = posting & 63;
      fill[t] = at + 1;
    }
  }
  const termDocuments: Int32Array[] = [];
  const termFields: Uint8Array[] = [];
  for (let t = 0; t < terms.length; t += 1) {
    termDocuments.push(allDocuments.subarray(termStarts[t], termStarts[t + 1]));
    termFields.push(allFields.subarray(termStarts[t], termStarts[t + 1]));
  }
  const termIdf = new Float64Array(terms.length);
  for (let t = 0; t < terms.length; t += 1) {
    termIdf[t] = Math.log(1 + count / ((termDocuments[t] as Int32Array).length + 0.5));
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
    services,
    documentById,
    vocabulary,
    reversedVocabulary,
    terms,
    termDocuments,
    termFields,
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
 * An index as plain data for `postMessage` (structured clone keeps shared objects shared): what
 * is cheap to rebuild (the radix trees, the scratch space) is left out. `transfer` lists the
 * buffers to move rather than copy.
 */
export type TransferableIndex = Omit<SearchIndex, 'vocabulary' | 'reversedVocabulary' | 'scratch'>;

export function toTransferable(index: SearchIndex): {
  data: TransferableIndex;
  transfer: ArrayBuffer[];
} {
  const { vocabulary: _v, reversedVocabulary: _r, scratch: _s, ...data } = index;
  const buffers = new Set<ArrayBuffer>();
  const add = (array: { buffer: ArrayBufferLike }) => {
    if (array.buffer instanceof ArrayBuffer) buffers.add(array.buffer);
  };
  for (const value of Object.values(data)) {
    if (ArrayBuffer.isView(value)) add(value);
    else if (Array.isArray(value) && ArrayBuffer.isView(value[0])) for (const v of value) add(v);
    else if (value && typeof value === 'object' && 'offsets' in value && 'values' in value) {
      const lists = value as { offsets: Int32Array; values: { buffer: ArrayBufferLike } };
      add(lists.offsets);
      add(lists.values);
    }
  }
  for (const order of [data.nameOrder, data.nameRank]) for (const a of Object.values(order)) add(a);
  return { data, transfer: [...buffers] };
}

export function fromTransferable(data: TransferableIndex): SearchIndex {
  return {
    ...data,
    ...buildVocabularies(data.terms),
    scratch: makeScratch(data.services.length),
  };
}
