// Matching: which documents are hits. With text, those that pass the filters and match enough of
// the query's words; without, every document that passes, collected in name order.
import type { LanguageCode } from '@polku/contract';
import type { LiveIndex } from '../search-index.js';
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
  filter: { passes: (doc: number) => boolean; none: boolean },
  language: LanguageCode,
  byName = false,
): number {
  const { hits, score, matched } = index.scratch;
  const { passes } = filter;
  let count = 0;
  if (text && text.words === 1) {
    // One word: every document it matched is a hit, if it passes the filters.
    for (let i = 0; i < text.count; i += 1) {
      const doc = text.documents[i] as number;
      if (passes(doc)) hits[count++] = doc;
      else matched[doc] = 0;
    }
  } else if (text) {
    // Keep the documents that match most of what the query says: each word counts by how much
    // it tells (its idf), so "we argue all the time" keeps what matches "argue" alone. A document
    // needs two thirds of the best document's share; its score is scaled by its share squared.
    // Shares by the set of words matched, computed once per query (at most 2^12 sets).
    const { weights, totalWeight } = text;
    const shares = new Float64Array(1 << weights.length);
    for (let bits = 1; bits < shares.length; bits += 1) {
      let sum = 0;
      for (let w = 0; w < weights.length; w += 1) if (bits & (1 << w)) sum += weights[w] as number;
      shares[bits] = totalWeight > 0 ? sum / totalWeight : popcount(bits) / text.words;
    }
    const shareOf = (bits: number): number => shares[bits & (shares.length - 1)] as number;
    let best = 0;
    for (let i = 0; i < text.count; i += 1) {
      const doc = text.documents[i] as number;
      if (!passes(doc)) {
        matched[doc] = 0;
        continue;
      }
      best = Math.max(best, shareOf(matched[doc] as number));
    }
    const needed = (best * 2) / 3 - 1e-9;
    for (let i = 0; i < text.count; i += 1) {
      const doc = text.documents[i] as number;
      const bits = matched[doc] as number;
      if (bits === 0) continue;
      const share = shareOf(bits);
      // What the lay vocabulary says the query means stays, however few other words it has.
      if (share < needed && (bits & meantBit) === 0) continue;
      score[doc] = (score[doc] as number) * share * share;
      hits[count++] = doc;
    }
  } else {
    // No text: the hits are collected in the default order (or by name), so a page needs no sorting.
    const { names } = index;
    const order = (byName ? names.order : (names.defaultOrder ?? names.order))[language];
    if (filter.none) {
      hits.set(order);
      count = order.length;
    } else {
      for (let i = 0; i < order.length; i += 1) {
        const doc = order[i] as number;
        if (passes(doc)) hits[count++] = doc;
      }
    }
  }
  return count;
}
