// Matching: which documents are hits. With text, those that pass the filters and match enough of
// the query's words; without, every document that passes, collected in name order.
import type { LanguageCode } from '@polku/contract';
import type { LiveIndex } from '../search-index.js';
import type { TextMatches } from './score.js';

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
    // Keep the documents that match most of the words: all of two, two of three, three of four.
    let best = 0;
    for (let i = 0; i < text.count; i += 1) {
      const doc = text.documents[i] as number;
      if (!passes(doc)) {
        matched[doc] = 0;
        continue;
      }
      best = Math.max(best, popcount(matched[doc] as number));
    }
    const needed = Math.ceil((best * 2) / 3);
    for (let i = 0; i < text.count; i += 1) {
      const doc = text.documents[i] as number;
      const words = popcount(matched[doc] as number);
      if (words === 0 || words < needed) continue;
      const coverage = words / text.words;
      score[doc] = (score[doc] as number) * coverage * coverage;
      hits[count++] = doc;
    }
  } else {
    // No text: the hits are collected in name order, so a page by name needs no sorting.
    const order = index.names.order[language];
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
