// Free-text scoring: each query word is expanded to index terms (stems in fi/sv/en, the
// diacritic-free form, compound heads and tails, prefixes for the word being typed, typo
// neighbours), each expansion weighted by how sure the match is; a document scores per word its
// best expansion (idf × field weight × match quality) and the words' scores add up.
import { fieldMaskScore } from './fields.js';
import type { SearchIndex } from './search-index.js';
import { fold, reverse, stem, stopWords, textLanguages, tokenize } from './text.js';

/** Postings one query word may walk before weaker expansions are skipped (see matchText). */
const postingBudget = 250_000;

/** Most query words used; the rest of a pasted paragraph adds nothing but work. */
const maxQueryWords = 10;

const quality = {
  exact: 1,
  compoundTail: 0.8,
  prefix: 0.7,
  compoundHead: 0.45,
  fuzzy1: 0.5,
  fuzzy2: 0.3,
} as const;

export interface QueryWord {
  word: string;
  /** The last word of a query not ended by a space: the user may still be typing it. */
  typing: boolean;
}

/** The words of a query that count: stop words dropped unless nothing else is left. */
export function queryWords(q: string): QueryWord[] {
  const tokens = tokenize(q);
  const endsInWord = /[\p{L}\p{N}]$/u.test(q.normalize('NFKC'));
  const meaningful = tokens.filter((token) => !stopWords.has(token));
  const chosen = meaningful.length > 0 ? meaningful : tokens;
  const lastToken = tokens[tokens.length - 1];
  const words: QueryWord[] = [];
  const seen = new Set<string>();
  for (const word of chosen) {
    if (seen.has(word)) continue;
    seen.add(word);
    words.push({ word, typing: false });
    if (words.length >= maxQueryWords) break;
  }
  const last = words[words.length - 1];
  if (last && endsInWord && last.word === lastToken) last.typing = true;
  return words;
}

type Candidates = Map<number, number>;

function offer(
  candidates: Candidates,
  termNumbers: readonly number[] | undefined,
  weight: number,
): void {
  if (!termNumbers) return;
  for (const t of termNumbers) {
    const previous = candidates.get(t);
    if (previous === undefined || previous < weight) candidates.set(t, weight);
  }
}

/** The `limit` most frequent terms of `found`, offered at `weight`. */
function offerMostFrequent(
  index: SearchIndex,
  candidates: Candidates,
  found: Iterable<number[]>,
  limit: number,
  weight: number,
  scanLimit = 5000,
): void {
  const termNumbers: number[] = [];
  let scanned = 0;
  for (const list of found) {
    for (const t of list) if (!candidates.has(t)) termNumbers.push(t);
    scanned += 1;
    if (scanned >= scanLimit) break;
  }
  if (termNumbers.length > limit) {
    termNumbers.sort((a, b) => (index.termCounts[b] as number) - (index.termCounts[a] as number));
    termNumbers.length = limit;
  }
  offer(candidates, termNumbers, weight);
}

/** Index terms a query word may stand for, each with the quality of that match (0-1]. */
export function expandWord(index: SearchIndex, { word, typing }: QueryWord): Candidates {
  const candidates: Candidates = new Map();
  const { vocabulary, reversedVocabulary } = index;
  const forms = new Set<string>([word]);
  for (const language of textLanguages) forms.add(stem(word, language));
  for (const form of [...forms]) forms.add(fold(form));

  for (const form of forms) offer(candidates, vocabulary.get(form), quality.exact);

  // Compound tails: "neuvola" (stem "neuvol") finds "perheneuvola" and "äitiysneuvola".
  for (const form of forms) {
    if (form.length < 4) continue;
    const tails = reversedVocabulary.atPrefix(reverse(form));
    offerMostFrequent(index, candidates, tails.values(), 40, quality.compoundTail);
  }

  // Compound heads: "perhetyöntekijä" finds "perhetyö"; the longest known head of each form
  // that is at least half of it, and the rest after a linking n/s when that is a known word.
  for (const form of forms) {
    if (form.length < 7) continue;
    const shortest = Math.max(4, Math.ceil(form.length / 2));
    for (let cut = form.length - 2; cut >= shortest; cut -= 1) {
      const head = vocabulary.get(form.slice(0, cut));
      if (!head) continue;
      offer(candidates, head, quality.compoundHead + 0.3 * (cut / form.length));
      const tail = form.slice(cut);
      if (tail.length > 4 && (tail[0] === 'n' || tail[0] === 's')) {
        offer(candidates, vocabulary.get(tail.slice(1)), quality.compoundHead);
      }
      if (tail.length >= 4) offer(candidates, vocabulary.get(tail), quality.compoundHead);
      break;
    }
  }

  // Type-ahead: the word being typed as a prefix of index terms, the most frequent first.
  if (typing) {
    const limit = word.length <= 1 ? 5 : word.length === 2 ? 10 : 30;
    for (const form of new Set([word, fold(word)])) {
      offerMostFrequent(
        index,
        candidates,
        vocabulary.atPrefix(form).values(),
        limit,
        quality.prefix,
      );
    }
    // The stem as a prefix too: Snowball leaves Finnish consonant gradation alone, so "tuki"
    // (stem "tuk") reaches "tukea" and "tuen" only this way.
    const stemmed = stem(word, 'fi');
    if (stemmed.length >= 3 && stemmed !== word) {
      offerMostFrequent(
        index,
        candidates,
        vocabulary.atPrefix(stemmed).values(),
        limit,
        quality.prefix * 0.85,
      );
    }
  }

  // Typos: one edit from words of 5+ letters, two from words of 8+.
  if (word.length >= 5) {
    for (const form of forms) {
      if (form.length < 5) continue;
      const distance = form.length >= 8 ? 2 : 1;
      const found = [...vocabulary.fuzzyGet(form, distance).values()].sort((a, b) => a[1] - b[1]);
      let taken = 0;
      for (const [termNumbers, edits] of found) {
        if (edits === 0) continue;
        offer(candidates, termNumbers, edits === 1 ? quality.fuzzy1 : quality.fuzzy2);
        taken += 1;
        if (taken >= 12) break;
      }
    }
  }
  return candidates;
}

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
export function matchText(index: SearchIndex, q: string): TextMatches {
  const { termScore, score, matched, touched, termTouched } = index.scratch;
  const words = queryWords(q);
  let count = 0;
  words.forEach((queryWord, wordNumber) => {
    const bit = 1 << wordNumber;
    let termCount = 0;
    // Surest expansions first; once this word has touched `postingBudget` postings, weaker
    // expansions (compounds, prefixes, typos) stop: on a huge catalogue they add work, not hits.
    const expansions = [...expandWord(index, queryWord)].sort((a, b) => b[1] - a[1]);
    let postings = 0;
    const list = index.postings;
    for (const [t, weight] of expansions) {
      const size = index.termCounts[t] as number;
      if (weight < quality.exact && postings > 0 && postings + size > postingBudget) continue;
      postings += size;
      const factor = (index.termIdf[t] as number) * weight;
      const start = index.termStarts[t] as number;
      const end = start + size;
      if (index.termWide[t]) {
        // `document << 6 | fields`
        const wide = index.widePostings;
        for (let i = start; i < end; i += 1) {
          const posting = wide[i] as number;
          const doc = posting >>> 6;
          const value = factor * (fieldMaskScore[posting & 63] as number);
          const previous = termScore[doc] as number;
          if (previous === 0) termTouched[termCount++] = doc;
          if (value > previous) termScore[doc] = value;
        }
      } else {
        // `gap << 6 | fields`, from `termBase`
        let doc = index.termBase[t] as number;
        for (let i = start; i < end; i += 1) {
          const posting = list[i] as number;
          doc += posting >>> 6;
          const value = factor * (fieldMaskScore[posting & 63] as number);
          const previous = termScore[doc] as number;
          if (previous === 0) termTouched[termCount++] = doc;
          if (value > previous) termScore[doc] = value;
        }
      }
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
  const exact = index.exactNames.get(tokenize(q).join(' '));
  if (exact)
    for (const doc of exact) if (matched[doc] !== 0) score[doc] = (score[doc] as number) * 3;
  return { documents: touched, count, words: words.length };
}

export function clearTextMatches(index: SearchIndex, matches: TextMatches): void {
  const { score, matched } = index.scratch;
  for (let i = 0; i < matches.count; i += 1) {
    const doc = matches.documents[i] as number;
    score[doc] = 0;
    matched[doc] = 0;
  }
}

export function popcount(bits: number): number {
  let n = bits - ((bits >>> 1) & 0x55555555);
  n = (n & 0x33333333) + ((n >>> 2) & 0x33333333);
  return (((n + (n >>> 4)) & 0x0f0f0f0f) * 0x01010101) >>> 24;
}
