// Matching: which documents are hits. With text, those that pass the filters and match enough of
// the query's words; without, every document that passes, collected in name order.
import type { LanguageCode } from '@polku/contract';
import type { LiveIndex } from '../search-index.js';
import type { Narrow } from './filters.js';
import { meantBit, type TextMatches } from './score.js';

export function popcount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}

/**
 * Writes the hits into `index.scratch.hits` and returns how many there are. Text hits keep their
 * score in `index.scratch.score`, scaled by the share of the query's words they match.
 */
export function collectHits(
  index: LiveIndex,
  text: TextMatches | undefined,
  filter: { narrow: Narrow; none: boolean },
  language: LanguageCode,
  byName = false,
): number {
  const { hits } = index.scratch;
  if (!text) return inOrder(index, filter, language, byName);
  // Every document the text matched, narrowed by the filters; one word needs nothing more.
  hits.set(text.documents.subarray(0, text.count));
  const count = filter.narrow(hits, text.count);
  return text.words === 1 ? count : mostWords(index, text, count);
}

/**
 * Of the first `count` hits, keeps those that match most of what the query says: each word counts
 * by how much it tells (its idf), so "we argue all the time" keeps what matches "argue" alone. A
 * document needs two thirds of the best document's share; its score is scaled by its share squared.
 */
function mostWords(index: LiveIndex, text: TextMatches, count: number): number {
  const { hits, score, matched } = index.scratch;
  // Shares by the set of words matched, computed once per query (at most 2^12 sets).
  const { weights, totalWeight } = text;
  const sets = 1 << weights.length;
  const { shares, enough } =
    sets <= index.scratch.shares.length
      ? index.scratch
      : { shares: new Float64Array(sets), enough: new Uint8Array(sets) };
  const mask = sets - 1;
  for (let bits = 1; bits < sets; bits += 1) {
    let sum = 0;
    for (let w = 0; w < weights.length; w += 1) if (bits & (1 << w)) sum += weights[w] as number;
    shares[bits] = totalWeight > 0 ? sum / totalWeight : popcount(bits) / text.words;
  }
  let best = 0;
  for (let h = 0; h < count; h += 1) {
    const share = shares[(matched[hits[h] as number] as number) & mask] as number;
    if (share > best) best = share;
  }
  // Which sets of words are enough, so that the loop below needs no branch (see filters.ts).
  const needed = (best * 2) / 3 - 1e-9;
  for (let bits = 0; bits < sets; bits += 1)
    enough[bits] = (shares[bits] as number) >= needed ? 1 : 0;
  let kept = 0;
  for (let h = 0; h < count; h += 1) {
    const doc = hits[h] as number;
    const bits = matched[doc] as number;
    const share = shares[bits & mask] as number;
    // Scores of the documents left out are not read (and cleared after the query).
    score[doc] = (score[doc] as number) * share * share;
    hits[kept] = doc;
    // What the lay vocabulary says the query means stays, however few other words it has.
    kept += (enough[bits & mask] as number) | Math.min(1, bits & meantBit);
  }
  return kept;
}

/**
 * No text: the hits in the default order (or by name), so a page needs no sorting. Filtered in
 * document order (the columns read in sequence), then collected in that order.
 */
function inOrder(
  index: LiveIndex,
  filter: { narrow: Narrow; none: boolean },
  language: LanguageCode,
  byName: boolean,
): number {
  const { hits, passed } = index.scratch;
  const { names } = index;
  const order = (byName ? names.order : (names.defaultOrder ?? names.order))[language];
  if (filter.none) {
    hits.set(order);
    return order.length;
  }
  for (let doc = 0; doc < order.length; doc += 1) hits[doc] = doc;
  const count = filter.narrow(hits, order.length);
  for (let h = 0; h < count; h += 1) passed[hits[h] as number] = 1;
  let collected = 0;
  for (let i = 0; i < order.length && collected < count; i += 1) {
    const doc = order[i] as number;
    hits[collected] = doc;
    collected += passed[doc] as number;
    passed[doc] = 0;
  }
  return collected;
}
