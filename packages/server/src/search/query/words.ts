// The words of a query and what they mean: tokens as the index has them, compounds the index does
// not know split into their parts (decompound.ts), words a negation governs marked ("utom hemmet"),
// the catalogue's lay words and phrases found (lay-match.ts), stop words and the vocabulary's
// "ignore" words dropped unless nothing else is left, each word once, and whether the last one
// may still be being typed.
import type { LanguageCode } from '@polku/contract';
import type { LiveIndex } from '../search-index.js';
import { negatedTokens, normalizeText, stopWords, tokenize } from '../text.js';
import { splitCompound } from './decompound.js';
import { type LayMatch, matchLayWords, type QueryToken, queryToken } from './lay-match.js';

/** Most query words used; the rest of a pasted paragraph adds nothing but work. */
const maxQueryWords = 12;

export interface QueryWord {
  word: string;
  /** The last word of a query not ended by a space: the user may still be typing it. */
  typing: boolean;
  /** A negation governs it: it finds only the same negated words ("utom hemmet"). */
  negated: boolean;
  /** Words the lay vocabulary's concepts add to it (searched for less surely). */
  extra: string[];
}

/** A concept or the services of a lay word, and the query words (bits) that named it. */
export interface LayMeaning {
  /** Concept number in `LiveIndex.lay.concepts`, or -1 for a lay word that names services. */
  concept: number;
  documents: readonly number[];
  bits: number;
  strength: number;
}

export interface QueryUnderstanding {
  words: QueryWord[];
  meanings: LayMeaning[];
}

interface Token extends QueryToken {
  stop: boolean;
  /** A part of a split compound that is not its last. */
  modifier: boolean;
  /** Set on a compound that was split: its parts follow it. */
  split: boolean;
  /** The compound a part belongs to. */
  partOf: number;
  negated: boolean;
}

function tokensOf(index: LiveIndex, q: string): Token[] {
  const raw = tokenize(q);
  const negated = negatedTokens(raw, index.lay.negations.any);
  const tokens: Token[] = [];
  raw.forEach((text, i) => {
    const stop = stopWords.has(text);
    const ignored = stop || negated?.[i] || index.lay.ignore.includes(text);
    const parts = ignored ? undefined : splitCompound(index, text);
    const at = tokens.length;
    const whole = { stop, split: !!parts, partOf: -1, negated: !!negated?.[i], modifier: false };
    tokens.push({ ...queryToken(text), ...whole });
    (parts ?? []).forEach((part, p, all) => {
      const modifier = p < all.length - 1;
      tokens.push({
        ...queryToken(part),
        stop: false,
        split: false,
        partOf: at,
        negated: false,
        modifier,
      });
    });
  });
  return tokens;
}

/**
 * The words of `q` that count and the lay meanings found in it; `language`, the one the answer is
 * asked in, is where two swapped letters still read as a lay word (lay-match.ts).
 */
export function understandQuery(
  index: LiveIndex,
  q: string,
  language?: LanguageCode,
): QueryUnderstanding {
  const tokens = tokensOf(index, q);
  // A word the catalogue's texts hold, as typed or by its stem, is meant as written.
  const { forward } = index.vocabulary;
  const known = (token: QueryToken) =>
    forward.has(token.text) ||
    forward.has(token.folded) ||
    Object.values(token.stems).some((stemmed) => forward.has(stemmed));
  const layMatches: LayMatch[] = matchLayWords(index.lay, tokens, known, language);
  const ignore = new Set(index.lay.ignore);
  const candidates = tokens.filter((token) => !token.stop && !token.split);
  // A lone letter ("can't" → "can", "t") says nothing when other words are there.
  const meaningful = candidates.filter((token) => !ignore.has(token.text) && token.text.length > 1);
  const chosen =
    meaningful.length > 0
      ? meaningful
      : candidates.length > 0
        ? candidates
        : tokens.filter((t) => !t.split);
  const words: QueryWord[] = [];
  const wordOf = new Map<string, number>();
  const bitOfToken = new Map<Token, number>();
  for (const token of chosen) {
    const key = `${token.negated ? '¬' : ''}${token.text}`;
    let number = wordOf.get(key);
    if (number === undefined) {
      if (words.length >= maxQueryWords) continue;
      number = words.length;
      wordOf.set(key, number);
      words.push({
        word: token.text,
        typing: false,
        negated: token.negated,
        extra: [],
      });
    }
    bitOfToken.set(token, 1 << number);
  }
  const last = tokens[tokens.length - 1];
  const endsInWord = /[\p{L}\p{N}]$/u.test(normalizeText(q));
  if (last && endsInWord && last.partOf < 0 && !last.split) {
    const bit = bitOfToken.get(last);
    if (bit !== undefined) (words[31 - Math.clz32(bit)] as QueryWord).typing = true;
  }
  return { words, meanings: meaningsOf(index, tokens, layMatches, bitOfToken, words) };
}

/**
 * The bits a lay match covers: its tokens' words; a split compound's parts when it covers the
 * compound, or its last part (a "perheriita" is a "riita").
 */
function bitsOf(
  tokens: readonly Token[],
  covered: readonly number[],
  bitOfToken: Map<Token, number>,
): number {
  let bits = 0;
  for (const position of covered) {
    const token = tokens[position] as Token;
    bits |= bitOfToken.get(token) ?? 0;
    const compound = token.split ? position : !token.modifier ? token.partOf : -1;
    if (compound < 0) continue;
    for (const part of tokens) if (part.partOf === compound) bits |= bitOfToken.get(part) ?? 0;
  }
  return bits;
}

function meaningsOf(
  index: LiveIndex,
  tokens: readonly Token[],
  layMatches: readonly LayMatch[],
  bitOfToken: Map<Token, number>,
  words: QueryWord[],
): LayMeaning[] {
  const byConcept = new Map<number, LayMeaning>();
  const meanings: LayMeaning[] = [];
  // The concepts named unconditionally: a phrase with `with` means its concepts beside one of
  // those, or when there is none at all ("pelkään" alone is still heard as fear of violence).
  const named = new Set<number>();
  for (const match of layMatches) {
    const phrase = index.lay.phrases[match.phrase];
    if (phrase && phrase.with.length === 0)
      for (const concept of phrase.concepts) named.add(concept);
  }
  for (const match of layMatches) {
    const phrase = index.lay.phrases[match.phrase];
    if (!phrase) continue;
    const bits = bitsOf(tokens, match.tokens, bitOfToken);
    const meant =
      phrase.with.length === 0 ||
      named.size === 0 ||
      phrase.with.some((concept) => named.has(concept));
    for (const concept of meant ? phrase.concepts : []) {
      const known = byConcept.get(concept);
      if (known) {
        known.bits |= bits;
        known.strength = Math.max(known.strength, match.strength);
        continue;
      }
      const { documents } = index.lay.concepts[concept] as { documents: number[] };
      const meaning = { concept, documents, bits, strength: match.strength };
      byConcept.set(concept, meaning);
      meanings.push(meaning);
    }
    if (phrase.documents.length > 0)
      meanings.push({ concept: -1, documents: phrase.documents, bits, strength: match.strength });
  }
  // A concept's own search words become less sure expansions of the words that named it.
  for (const meaning of meanings) {
    if (meaning.concept < 0) continue;
    const { search } = index.lay.concepts[meaning.concept] as { search: string[] };
    words.forEach((word, i) => {
      if (meaning.bits & (1 << i)) word.extra.push(...search);
    });
  }
  return meanings;
}
