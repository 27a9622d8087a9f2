// Postings: for each index term (a stem), the documents it occurs in and the fields it occurs in
// there, packed as 16-bit gaps where they fit. Built once from the services; read by the query
// (`scoreTerm`), so the encoding and its decoding live here together.

import type { Catalogue } from '@polku/catalogue';
import {
  type LanguageCode,
  type LocalizedText,
  languageOrder,
  type Service,
} from '@polku/contract';
import { type DescriptionStore, descriptionOf } from '../catalogue/descriptions.js';
import { numberer } from '../numberer.js';
import { fieldBits, fieldMaskScore } from './fields.js';
import { IntList } from './int-list.js';
import type { Negations } from './lay.js';
import { negatedMark, negatedTokens, stem, stopWords, tokenize } from './text.js';

export interface Postings {
  /** Index terms (stems) by term number. */
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
  /**
   * The words of names and keywords as written (3+ letters, no stop words), each with the number
   * of distinct texts it is in: the spellings a misspelt word is corrected to (query/understood.ts).
   */
  readonly spellings: readonly string[];
  readonly spellingUses: Int32Array;
}

const nameBit = fieldBits.name;

/** Term numbers of texts: each distinct text is tokenised and stemmed once per language. */
class TextTerms {
  readonly #terms = numberer();
  // A text's term numbers are kept in one list, as their count followed by the numbers; the
  // cache maps the text to where they start (one typed array per text was ~600 000 small
  // ArrayBuffers at 100 000 services, garbage left for the first queries to collect).
  readonly #startOf: Record<LanguageCode, Map<string, number>> = {
    fi: new Map(),
    sv: new Map(),
    en: new Map(),
  };
  readonly #numbers: number[] = [];
  readonly list = new IntList();
  /** Index terms by term number. */
  readonly terms: string[] = this.#terms.keys;

  /** Word as written → the number of distinct name and keyword texts it is in. */
  readonly spellings = new Map<string, number>();

  constructor(readonly negations: Readonly<Record<LanguageCode, Negations>>) {}

  /**
   * Where the term numbers of `text` start in `list`: their count, then the numbers. With
   * `spelling`, a text seen for the first time adds its words to `spellings`.
   */
  of(text: string, language: LanguageCode, spelling = false): number {
    const cache = this.#startOf[language];
    let found = cache.get(text);
    if (found === undefined) {
      const numbers = this.#numbers;
      numbers.length = 0;
      const tokens = tokenize(text);
      const negated = negatedTokens(tokens, this.negations[language]);
      for (let i = 0; i < tokens.length; i += 1) {
        const token = tokens[i] as string;
        if (stopWords.has(token)) continue;
        if (spelling && token.length >= 3)
          this.spellings.set(token, (this.spellings.get(token) ?? 0) + 1);
        const stemmed = stem(token, language);
        const termNumber = this.#terms.number(negated?.[i] ? negatedMark + stemmed : stemmed);
        if (!numbers.includes(termNumber)) numbers.push(termNumber);
      }
      found = this.list.length;
      this.list.push(numbers.length);
      for (const termNumber of numbers) this.list.push(termNumber);
      cache.set(text, found);
    }
    return found;
  }
}

/**
 * Each document's distinct terms with the fields they occur in, as `term << 6 | field bits`
 * (six fields), appended document after document; document `doc`'s end at `documentEnds[doc]`.
 */
function documentTerms(
  catalogue: Catalogue,
  services: readonly Service[],
  descriptions: DescriptionStore | undefined,
  texts: TextTerms,
): { postingTerms: IntList; documentEnds: Int32Array } {
  // Municipality names in every language, so "perhetyö porvoo" prefers Porvoo's services.
  const municipalityNames = new Map(catalogue.municipalities.map((m) => [m.code, m.name]));
  let fieldsOfTerm = new Uint8Array(1024);
  const documentTermList: number[] = [];
  const postingTerms = new IntList();
  const documentEnds = new Int32Array(services.length);
  const { terms, list } = texts;
  const addText = (text: string | undefined, language: LanguageCode, bit: number): void => {
    if (!text) return;
    const found = texts.of(text, language, bit === fieldBits.name || bit === fieldBits.keywords);
    const termCount = terms.length;
    if (termCount > fieldsOfTerm.length) {
      const grown = new Uint8Array(Math.max(termCount, fieldsOfTerm.length * 2));
      grown.set(fieldsOfTerm);
      fieldsOfTerm = grown;
    }
    const end = found + 1 + list.get(found);
    for (let i = found + 1; i < end; i += 1) {
      const t = list.get(i);
      const fields = fieldsOfTerm[t] as number;
      if (fields === 0) documentTermList.push(t);
      fieldsOfTerm[t] = fields | bit;
    }
  };
  const addLocalized = (text: LocalizedText | undefined, bit: number): void => {
    if (!text) return;
    for (const language of languageOrder) addText(text[language], language, bit);
  };

  for (let doc = 0; doc < services.length; doc += 1) {
    const service = services[doc] as Service;
    addLocalized(service.name, fieldBits.name);
    for (const language of languageOrder) {
      for (const keyword of service.keywords[language] ?? [])
        addText(keyword, language, fieldBits.keywords);
    }
    addLocalized(service.summary, fieldBits.summary);
    const description = service.description as LocalizedText | number;
    addLocalized(
      typeof description === 'number' && descriptions
        ? descriptionOf(descriptions, description)
        : (description as LocalizedText),
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
  }
  return { postingTerms, documentEnds };
}

/**
 * Term-major postings in document order: one pass to size each term's list (and see whether its
 * gaps fit in 10 bits), one to fill it.
 */
function packPostings(
  postingTerms: IntList,
  documentEnds: Int32Array,
  termCount: number,
): Omit<Postings, 'terms' | 'exactNames' | 'spellings' | 'spellingUses'> {
  const count = documentEnds.length;
  if (count > 1 << 26) throw new Error('more than 2^26 services');
  const termCounts = new Int32Array(termCount);
  const termBase = new Int32Array(termCount).fill(-1);
  const termWide = new Uint8Array(termCount);
  const lastDocument = new Int32Array(termCount).fill(-1);
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
  const termStarts = new Int32Array(termCount);
  let narrowTotal = 0;
  let wideTotal = 0;
  for (let t = 0; t < termCount; t += 1) {
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
  for (let t = 0; t < termCount; t += 1) lastDocument[t] = termBase[t] as number;
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
  const termIdf = new Float64Array(termCount);
  for (let t = 0; t < termCount; t += 1) {
    termIdf[t] = Math.log(1 + count / ((termCounts[t] as number) + 0.5));
  }
  return { postings, widePostings, termStarts, termCounts, termBase, termWide, termIdf };
}

/** Each service's name in every language, as tokens joined by spaces → its documents. */
function exactNames(services: readonly Service[]): Map<string, number[]> {
  const names = new Map<string, number[]>();
  for (let doc = 0; doc < services.length; doc += 1) {
    const service = services[doc] as Service;
    for (const language of languageOrder) {
      const name = service.name[language];
      if (!name) continue;
      const key = tokenize(name).join(' ');
      const list = names.get(key);
      if (!list) names.set(key, [doc]);
      else if (list[list.length - 1] !== doc) list.push(doc);
    }
  }
  return names;
}

/**
 * The postings of `services` (in document order). `descriptions` holds the descriptions of
 * services that hold a number in its place (a catalogue from `compactForServing`).
 */
export function buildPostings(
  catalogue: Catalogue,
  services: readonly Service[],
  descriptions: DescriptionStore | undefined,
  negations: Readonly<Record<LanguageCode, Negations>>,
): Postings {
  const texts = new TextTerms(negations);
  const { postingTerms, documentEnds } = documentTerms(catalogue, services, descriptions, texts);
  const terms = texts.terms;
  return {
    terms,
    ...packPostings(postingTerms, documentEnds, terms.length),
    exactNames: exactNames(services),
    spellings: [...texts.spellings.keys()],
    spellingUses: Int32Array.from(texts.spellings.values()),
  };
}

/**
 * Scores term `t`'s documents into `termScore`: `factor` × the weight of the fields the term is
 * in there, the best one kept per document. A document scored for the first time is appended to
 * `touched` at `count`; returns the new count. With `named`, documents that have the term in their
 * name are marked there.
 */
export function scoreTerm(
  postings: Postings,
  t: number,
  factor: number,
  termScore: Float64Array,
  touched: Int32Array,
  count: number,
  named?: Uint8Array,
): number {
  const start = postings.termStarts[t] as number;
  const end = start + (postings.termCounts[t] as number);
  let touchedCount = count;
  // Two copies of each loop, with and without `named`, so the common loop stays as lean as before.
  if (postings.termWide[t]) {
    // `document << 6 | fields`
    const wide = postings.widePostings;
    for (let i = start; i < end; i += 1) {
      const posting = wide[i] as number;
      const doc = posting >>> 6;
      if (named !== undefined && (posting & nameBit) !== 0) named[doc] = 1;
      const value = factor * (fieldMaskScore[posting & 63] as number);
      const previous = termScore[doc] as number;
      if (previous === 0) touched[touchedCount++] = doc;
      if (value > previous) termScore[doc] = value;
    }
    return touchedCount;
  }
  // `gap << 6 | fields`, from `termBase`
  const list = postings.postings;
  let doc = postings.termBase[t] as number;
  if (named === undefined) {
    for (let i = start; i < end; i += 1) {
      const posting = list[i] as number;
      doc += posting >>> 6;
      const value = factor * (fieldMaskScore[posting & 63] as number);
      const previous = termScore[doc] as number;
      if (previous === 0) touched[touchedCount++] = doc;
      if (value > previous) termScore[doc] = value;
    }
  } else {
    for (let i = start; i < end; i += 1) {
      const posting = list[i] as number;
      doc += posting >>> 6;
      if ((posting & nameBit) !== 0) named[doc] = 1;
      const value = factor * (fieldMaskScore[posting & 63] as number);
      const previous = termScore[doc] as number;
      if (previous === 0) touched[touchedCount++] = doc;
      if (value > previous) termScore[doc] = value;
    }
  }
  return touchedCount;
}
