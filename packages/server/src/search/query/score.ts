// Free-text scoring: each query word is expanded to index terms (expand.ts); a document scores per
// word its best expansion (idf × field weight × match quality) and the words' scores add up. The
// lay vocabulary's meanings (words.ts) add to the services they name: a concept's services in its
// order, a safety concept's far above everything else.
import type { LanguageCode } from '@polku/contract';
import { scoreTerm } from '../postings.js';
import type { LiveIndex } from '../search-index.js';
import { tokenize } from '../text.js';
import { expandWord, quality } from './expand.js';
import { type QueryUnderstanding, understandQuery } from './words.js';

/** Postings one query word may walk before weaker expansions are skipped (see matchText). */
const postingBudget = 250_000;
/**
 * Of them, what a lay concept's words and a Finnish word family may add: on a huge catalogue they
 * widen the net, and each term of it is thousands of postings.
 */
const borrowedBudget = 40_000;
/** A concept's service scores as a match in a field between keywords (6) and name (10). */
const conceptFieldWeight = 8;
/** Each later place in a concept's list of services counts this much less. */
const conceptPlaceStep = 0.1;
/** Added to the services of a safety concept: acute help comes before any other match. */
const safetyScore = 100;
/** An expansion this sure that finds a word in a service's name means the query names it. */
const namingQuality = 0.7;
/**
 * In `matched`, beside the words' bits: a lay meaning names the document. Such a document is a hit
 * however few of the other words it has (hits.ts); the words are at most 12 bits.
 */
export const meantBit = 1 << 30;

export interface TextMatches {
  /** Matching documents (unordered). */
  documents: Int32Array;
  count: number;
  /** Number of query words. */
  words: number;
  /** Per word (bit), how much it tells (the idf of its best match); 0 when it found nothing. */
  weights: Float64Array;
  totalWeight: number;
  /** Per word, the surest expansion that found something (0 when none did). */
  bestQuality: Float64Array;
  understanding: QueryUnderstanding;
}

function idfOf(index: LiveIndex, documents: number): number {
  return Math.log(1 + index.services.length / (documents + 0.5));
}

/**
 * Scores every document that matches at least one query word into `index.scratch.score`, with
 * the matched words as bits in `index.scratch.matched`. The caller reads them and must call
 * `clearTextMatches` before the next query. `language` is the one the answer is asked in, if any.
 */
export function matchText(index: LiveIndex, q: string, language?: LanguageCode): TextMatches {
  const { termScore, score, matched, touched, termTouched, named } = index.scratch;
  const { postings } = index;
  const understanding = understandQuery(index, q, language);
  const { words, meanings } = understanding;
  const weights = new Float64Array(words.length);
  const bestQuality = new Float64Array(words.length);
  let count = 0;
  words.forEach((queryWord, wordNumber) => {
    const bit = 1 << wordNumber;
    // The first word scores straight into `score` and `touched` (all 0 and empty before it).
    const first = wordNumber === 0;
    const wordScore = first ? score : termScore;
    const wordTouched = first ? touched : termTouched;
    let termCount = 0;
    // Surest expansions first; once this word has touched `postingBudget` postings, weaker
    // expansions (compounds, prefixes, typos) stop: on a huge catalogue they add work, not hits.
    const expansions = [...expandWord(index, queryWord)].sort((a, b) => b[1] - a[1]);
    let walked = 0;
    let borrowed = 0;
    let weight = 0;
    // A compound the word ends tells no more than the word itself: its term's rarity is capped at
    // the word's own ("neuvolan" is Neuvola first, though "perheneuvola" is the rarer term), the
    // commonest of its exact forms (the stem "neuvol" of fifteen services, not the form "neuvola"
    // that one service's keywords hold).
    let exactIdf = Number.POSITIVE_INFINITY;
    for (const [t, quality_] of expansions) {
      const size = postings.termCounts[t] as number;
      if (quality_ < quality.exact && walked > 0 && walked + size > postingBudget) continue;
      if (quality_ <= quality.concept) {
        if (borrowed > 0 && borrowed + size > borrowedBudget) continue;
        borrowed += size;
      }
      walked += size;
      const termIdf = postings.termIdf[t] as number;
      if (quality_ >= quality.exact && size > 0) exactIdf = Math.min(exactIdf, termIdf);
      const idf = quality_ === quality.compoundTail ? Math.min(termIdf, exactIdf) : termIdf;
      const factor = idf * quality_;
      if (size > 0 && factor > weight) weight = factor;
      if (size > 0 && quality_ > (bestQuality[wordNumber] as number))
        bestQuality[wordNumber] = quality_;
      const naming = quality_ >= namingQuality ? named : undefined;
      termCount = scoreTerm(postings, t, factor, wordScore, wordTouched, termCount, naming);
    }
    weights[wordNumber] = weight;
    if (first) {
      for (let i = 0; i < termCount; i += 1) {
        const doc = touched[i] as number;
        touched[count] = doc;
        count += Number(matched[doc] === 0);
        matched[doc] = bit;
      }
      return;
    }
    for (let i = 0; i < termCount; i += 1) {
      const doc = termTouched[i] as number;
      const bits = matched[doc] as number;
      // Appended when first matched, without a branch the processor cannot predict.
      touched[count] = doc;
      count += Number(bits === 0);
      matched[doc] = bits | bit;
      score[doc] = (score[doc] as number) + (termScore[doc] as number);
      termScore[doc] = 0;
    }
  });
  // The lay vocabulary's meanings: their services match the words that named them.
  for (const meaning of meanings) {
    const idf = idfOf(index, meaning.documents.length);
    for (let w = 0; w < words.length; w += 1)
      if (meaning.bits & (1 << w))
        weights[w] = Math.max(weights[w] as number, idf * meaning.strength);
    const concept = meaning.concept >= 0 ? index.lay.concepts[meaning.concept] : undefined;
    meaning.documents.forEach((doc, place) => {
      const share = Math.max(0.3, 1 - conceptPlaceStep * place) * meaning.strength;
      let boost = conceptFieldWeight * idf * share;
      if (concept?.safety) boost += safetyScore * share;
      if (matched[doc] === 0) touched[count++] = doc;
      matched[doc] = (matched[doc] as number) | meaning.bits | meantBit;
      score[doc] = (score[doc] as number) + boost;
      named[doc] = 1;
    });
  }
  // A query that is a service's whole name puts that service first.
  const exact = postings.exactNames.get(tokenize(q).join(' '));
  if (exact)
    for (const doc of exact) if (matched[doc] !== 0) score[doc] = (score[doc] as number) * 3;
  let totalWeight = 0;
  for (const weight of weights) totalWeight += weight;
  return {
    documents: touched,
    count,
    words: words.length,
    weights,
    totalWeight,
    bestQuality,
    understanding,
  };
}

export function clearTextMatches(index: LiveIndex, matches: TextMatches): void {
  const { score, matched, named } = index.scratch;
  // Clearing an array whole is cheaper than document by document when many matched: at one byte
  // per document from a sixteenth of them, at 8 + 4 bytes from a quarter.
  const wholeNamed = matches.count * 16 > named.length;
  if (wholeNamed) named.fill(0);
  if (matches.count * 4 > score.length) {
    score.fill(0);
    matched.fill(0);
    if (!wholeNamed) named.fill(0);
    return;
  }
  for (let i = 0; i < matches.count; i += 1) {
    const doc = matches.documents[i] as number;
    score[doc] = 0;
    matched[doc] = 0;
    if (!wholeNamed) named[doc] = 0;
  }
}
