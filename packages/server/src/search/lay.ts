// The catalogue's lay vocabulary (vocabulary/ in the catalogue folder) compiled for queries: each
// lay word or phrase as tokens to compare with a query's tokens, each concept with its services as
// document numbers. Built once with the index; plain data, so it transfers with it.
import type { Catalogue } from '@polku/catalogue';
import { type LanguageCode, type LocalizedText, languageOrder } from '@polku/contract';
import type { IdLookup } from './documents.js';
import { fold, stem, tokenize } from './text.js';

export interface LayToken {
  /** The token as written, folded ("väsynyt" → "vasynyt"); for `prefix`, without the star. */
  text: string;
  /** Any word beginning with `text` matches (the vocabulary wrote `lyö*`). */
  prefix: boolean;
  /** Its stem in the file's language: a query token matches when its stem is this. */
  stem: string;
  /** The stem folded, for a query typed without ä, ö and å. */
  foldedStem: string;
}

export interface LayPhrase {
  tokens: LayToken[];
  language: LanguageCode;
  /** Concept numbers (positions in `LayIndex.concepts`). */
  concepts: number[];
  /** Whether one of its concepts is danger (`safety`). */
  danger: boolean;
  /** Services the phrase names directly, as document numbers. */
  documents: number[];
  /**
   * Concept numbers beside one of which the phrase means `concepts` (the vocabulary's `with`):
   * beside another concept, it means none; alone, it means them. Empty: always.
   */
  with: number[];
}

export interface LayConcept {
  id: string;
  label: LocalizedText;
  /** Its services as document numbers, most fitting first. */
  documents: number[];
  /** Words searched for besides the family's own. */
  search: string[];
  safety: boolean;
  helpLines: string[];
}

export interface Negations {
  /** Tokens after which the next word means its opposite ("utom" hemmet). */
  before: string[];
  /** Tokens before which the previous word means its opposite (kodin "ulkopuolelle"). */
  after: string[];
}

export interface LayIndex {
  phrases: LayPhrase[];
  concepts: LayConcept[];
  /** Per language, for the index's texts; `any` (all languages) for queries. */
  negations: Record<LanguageCode | 'any', Negations>;
  /** Query words that never tell a need, normalised. */
  ignore: string[];
  /** Whole lay words (not prefixes), folded: parts the decompounder may split a word into. */
  lexicon: string[];
  /**
   * Phrases by keys of their first word (`firstWordKeys`), so a query looks up the few phrases
   * that may start at each of its words instead of trying them all.
   */
  byFirstWord: Map<string, number[]>;
}

/** Shortest lay word read with two letters swapped (lay-match.ts); of danger, one letter longer. */
export const minSwapped = 6;

/**
 * The deletion neighbours of a word: two words one edit apart, or with two letters swapped, share
 * one of them.
 */
export function deletions(word: string): string[] {
  const keys = [word];
  for (let i = 0; i < word.length; i += 1) keys.push(word.slice(0, i) + word.slice(i + 1));
  return keys;
}

/** Keys under which a phrase whose first word is `token` is found (lay-match.ts looks them up). */
function firstWordKeys(token: LayToken, language: LanguageCode): string[] {
  if (token.prefix) return [`p:${token.text.slice(0, 3)}`];
  const keys = [
    `t:${token.text}`,
    `s:${language}:${token.stem}`,
    `s:${language}:${token.foldedStem}`,
  ];
  // Words long enough to be read with two letters swapped.
  if (token.text.length >= minSwapped)
    for (const key of deletions(token.text)) keys.push(`f:${key}`);
  return keys;
}

function layToken(raw: string, language: LanguageCode): LayToken {
  const prefix = raw.endsWith('*');
  const word = prefix ? raw.slice(0, -1) : raw;
  // Stemmed before folding: the Finnish stemmer reads ä and ö.
  const stemmed = prefix ? word : stem(word, language);
  return { text: fold(word), prefix, stem: stemmed, foldedStem: fold(stemmed) };
}

/** A lay word or phrase as tokens; `tokenize` drops a star, so it is read from the words as written. */
function phraseTokens(words: string, language: LanguageCode): LayToken[] {
  const written = words.normalize('NFKC').toLowerCase().split(/\s+/u).filter(Boolean);
  return written.flatMap((word) => {
    const star = word.endsWith('*');
    return tokenize(word).map((token, i, all) =>
      layToken(star && i === all.length - 1 ? `${token}*` : token, language),
    );
  });
}

function addPhrase(index: LayIndex, phrase: LayPhrase): void {
  const number = index.phrases.length;
  index.phrases.push(phrase);
  for (const key of firstWordKeys(phrase.tokens[0] as LayToken, phrase.language)) {
    const list = index.byFirstWord.get(key);
    if (!list) index.byFirstWord.set(key, [number]);
    else if (list[list.length - 1] !== number) list.push(number);
  }
}

/** The lay words of `catalogue`, their services numbered as `ids` numbers them. */
export function buildLayIndex(catalogue: Catalogue, ids: IdLookup): LayIndex {
  const negations = Object.fromEntries(
    ['any', ...languageOrder].map((key) => [key, { before: [], after: [] }]),
  ) as unknown as Record<LanguageCode | 'any', Negations>;
  const index: LayIndex = {
    phrases: [],
    concepts: [],
    negations,
    ignore: [],
    lexicon: [],
    byFirstWord: new Map(),
  };
  const vocabulary = catalogue.vocabulary;
  if (!vocabulary) return index;
  const documentsOf = (serviceIds: readonly string[]): number[] =>
    serviceIds.flatMap((id) => {
      const doc = ids.documentById.get(id) ?? ids.documentById.get(id.toLowerCase());
      return doc === undefined ? [] : [doc];
    });
  const conceptNumber = new Map<string, number>();
  for (const concept of vocabulary.concepts) {
    conceptNumber.set(concept.id, index.concepts.length);
    index.concepts.push({
      id: concept.id,
      label: concept.label,
      documents: documentsOf(concept.services),
      search: concept.search,
      safety: concept.safety,
      helpLines: concept.helpLines,
    });
  }
  const lexicon = new Set<string>();
  const ignore = new Set<string>();
  for (const file of vocabulary.languages) {
    const normalise = (words: readonly string[]) => words.flatMap((word) => tokenize(word));
    const own = {
      before: normalise(file.negations.before),
      after: normalise(file.negations.after),
    };
    negations[file.language] = own;
    negations.any.before.push(...own.before);
    negations.any.after.push(...own.after);
    for (const token of normalise(file.ignore)) ignore.add(token);
    for (const entry of file.entries) {
      const concepts = entry.concepts.flatMap((id) => conceptNumber.get(id) ?? []);
      const within = entry.with.flatMap((id) => conceptNumber.get(id) ?? []);
      const danger = concepts.some((concept) => index.concepts[concept]?.safety);
      const documents = documentsOf(entry.services);
      for (const words of entry.words) {
        const tokens = phraseTokens(words, file.language);
        if (tokens.length === 0) continue;
        for (const token of tokens)
          if (!token.prefix && token.text.length >= 3) lexicon.add(token.text);
        addPhrase(index, {
          tokens,
          language: file.language,
          concepts,
          danger,
          documents,
          with: within,
        });
      }
    }
  }
  index.ignore = [...ignore];
  index.lexicon = [...lexicon];
  return index;
}
