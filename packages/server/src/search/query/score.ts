// Free-text scoring: each query word is expanded to index terms (expand.ts); a document scores per
// word its best expansion (idf × field weight × match quality) and the words' scores add up.
import { scoreTerm } from '../postings.js';
import type { LiveIndex } from '../search-index.js';
import { tokenize } from '../text.js';
import { expandWord, quality } from './expand.js';
import { queryWords } from './words.js';

/** Postings one query word may walk before weaker expansions are skipped (see matchText). */
const postingBudget = 250_000;

export interface TextMatches {
  /** Matching documents (unordered). */
  documents: Int32Array;
  count: number;
  /** Number of query words. */
  words: number;
}

/**
 * Scores every document that matches at least one query word into `index.scratch.score`, with
 * the matched words as bits in `index.scratch.matched`. The caller reads them and must call
 * `clearTextMatches` before the next query.
 */
export function matchText(index: LiveIndex, q: string): TextMatches {
  const { termScore, score, matched, touched, termTouched } = index.scratch;
  const { postings } = index;
  const words = queryWords(q);
  let count = 0;
  words.forEach((queryWord, wordNumber) => {
    const bit = 1 << wordNumber;
    let termCount = 0;
    // Surest expansions first; once this word has touched `postingBudget` postings, weaker
    // expansions (compounds, prefixes, typos) stop: on a huge catalogue they add work, not hits.
    const expansions = [...expandWord(index, queryWord)].sort((a, b) => b[1] - a[1]);
    let walked = 0;
    for (const [t, weight] of expansions) {
      const size = postings.termCounts[t] as number;
      if (weight < quality.exact && walked > 0 && walked + size > postingBudget) continue;
      walked += size;
      const factor = (postings.termIdf[t] as number) * weight;
      termCount = scoreTerm(postings, t, factor, termScore, termTouched, termCount);
    }
    for (let i = 0; i < termCount; i += 1) {
      const doc = termTouched[i] as number;
      if (matched[doc] === 0) touched[count++] = doc;
      matched[doc] = (matched[doc] as number) | bit;
      score[doc] = (score[doc] as number) + (termScore[doc] as number);
      termScore[doc] = 0;
    }
  });
  // A query that is a service's whole name puts that service first.
  const exact = postings.exactNames.get(tokenize(q).join(' '));
  if (exact)
    for (const doc of exact) if (matched[doc] !== 0) score[doc] = (score[doc] as number) * 3;
  return { documents: touched, count, words: words.length };
}

export function clearTextMatches(index: LiveIndex, matches: TextMatches): void {
  const { score, matched } = index.scratch;
  for (let i = 0; i < matches.count; i += 1) {
    const doc = matches.documents[i] as number;
    score[doc] = 0;
    matched[doc] = 0;
  }
}
