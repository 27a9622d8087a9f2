// Query word expansion: the index terms a query word may stand for (stems in fi/sv/en, the
// diacritic-free form, compound heads and tails, prefixes of the word being typed, typo
// neighbours), each with how sure that match is. A new way for a word to find terms goes here.
import { languageOrder } from '@polku/contract';
import type { LiveIndex } from '../search-index.js';
import { fold, negatedMark, reverse, stem, stopWords, tokenize } from '../text.js';
import type { QueryWord } from './words.js';

/** How sure each kind of match is (0-1]: it multiplies the term's score. */
export const quality = {
  exact: 1,
  compoundTail: 0.8,
  prefix: 0.7,
  compoundHead: 0.45,
  /** Another form of the same Finnish word: gradation, a derivation ("riidellään" → "riitely"). */
  family: 0.6,
  /** A word a lay concept adds ("nepsy" → "kuntoutus"). */
  concept: 0.6,
  fuzzy1: 0.5,
  fuzzy2: 0.3,
} as const;

/** Term number → the quality of its match. */
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
  index: LiveIndex,
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
    const { termCounts } = index.postings;
    termNumbers.sort((a, b) => (termCounts[b] as number) - (termCounts[a] as number));
    termNumbers.length = limit;
  }
  offer(candidates, termNumbers, weight);
}

/**
 * Compound heads: "perhetyöntekijä" finds "perhetyö"; the longest known head of each form that
 * is at least half of it, and the rest after a linking n/s when that is a known word.
 */
function offerCompoundHeads(index: LiveIndex, candidates: Candidates, forms: Set<string>): void {
  const { forward } = index.vocabulary;
  for (const form of forms) {
    if (form.length < 7) continue;
    const shortest = Math.max(4, Math.ceil(form.length / 2));
    for (let cut = form.length - 2; cut >= shortest; cut -= 1) {
      const head = forward.get(form.slice(0, cut));
      if (!head) continue;
      offer(candidates, head, quality.compoundHead + 0.3 * (cut / form.length));
      const tail = form.slice(cut);
      if (tail.length > 4 && (tail[0] === 'n' || tail[0] === 's')) {
        offer(candidates, forward.get(tail.slice(1)), quality.compoundHead);
      }
      if (tail.length >= 4) offer(candidates, forward.get(tail), quality.compoundHead);
      break;
    }
  }
}

/** Type-ahead: the word being typed as a prefix of index terms, the most frequent first. */
function offerPrefixes(index: LiveIndex, candidates: Candidates, word: string): void {
  const { forward } = index.vocabulary;
  const limit = word.length <= 1 ? 5 : word.length === 2 ? 10 : 30;
  for (const form of new Set([word, fold(word)])) {
    offerMostFrequent(index, candidates, forward.atPrefix(form).values(), limit, quality.prefix);
  }
  // The stem as a prefix too: Snowball leaves Finnish consonant gradation alone, so "tuki"
  // (stem "tuk") reaches "tukea" and "tuen" only this way.
  const stemmed = stem(word, 'fi');
  if (stemmed.length >= 3 && stemmed !== word) {
    offerMostFrequent(
      index,
      candidates,
      forward.atPrefix(stemmed).values(),
      limit,
      quality.prefix * 0.85,
    );
  }
}

/** Typos: one edit from words of 5+ letters, two from words of 8+. */
function offerTypoNeighbours(index: LiveIndex, candidates: Candidates, forms: Set<string>): void {
  for (const form of forms) {
    if (form.length < 5) continue;
    const distance = form.length >= 8 ? 2 : 1;
    const found = [...index.vocabulary.forward.fuzzyGet(form, distance).values()].sort(
      (a, b) => a[1] - b[1],
    );
    let taken = 0;
    for (const [termNumbers, edits] of found) {
      if (edits === 0) continue;
      offer(candidates, termNumbers, edits === 1 ? quality.fuzzy1 : quality.fuzzy2);
      taken += 1;
      if (taken >= 12) break;
    }
  }
}

/** Finnish consonant gradation, weak ↔ strong ("riide" ↔ "riite", "kod" ↔ "kot"). */
const gradation: readonly [string, string][] = [
  ['d', 't'],
  ['v', 'p'],
  ['nn', 'nt'],
  ['ng', 'nk'],
  ['ll', 'lt'],
  ['rr', 'rt'],
  ['mm', 'mp'],
  ['t', 'tt'],
  ['k', 'kk'],
  ['p', 'pp'],
];

/** `root` and its forms with the other grade in its last syllables. */
export function gradeVariants(root: string): Set<string> {
  const variants = new Set([root]);
  const tailStart = Math.max(1, root.length - 4);
  for (const [weak, strong] of gradation) {
    for (const [from, to] of [
      [weak, strong],
      [strong, weak],
    ] as const) {
      const at = root.lastIndexOf(from);
      if (at >= tailStart && !(from.length === 1 && root[at + 1] === from))
        variants.add(root.slice(0, at) + to + root.slice(at + from.length));
    }
  }
  return variants;
}

/**
 * Other forms of a Finnish word that Snowball leaves apart: the stem with its last vowel dropped
 * and in the other grade, as an index term or the start of a short one ("riidellään" → "riite-"
 * → "riitely", "riitelemme"; "kodin" → "kot"). Only for words the index does not hold as they are.
 */
function offerWordFamily(index: LiveIndex, candidates: Candidates, word: string): void {
  const { forward } = index.vocabulary;
  const stemmed = fold(stem(word, 'fi'));
  const roots = new Set([stemmed]);
  if (stemmed.length >= 4 && /[aeiouyäö]$/.test(stemmed)) roots.add(stemmed.slice(0, -1));
  const { termCounts } = index.postings;
  const found = new Set<number>();
  for (const root of roots) {
    for (const variant of gradeVariants(root)) {
      if (variant.length < 3) continue;
      offer(candidates, forward.get(variant), quality.family);
      if (variant.length < 4) continue;
      for (const [term, termNumbers] of forward.atPrefix(variant)) {
        if (term.length <= variant.length + 4) for (const t of termNumbers) found.add(t);
        if (found.size > 200) break;
      }
    }
  }
  // The most frequent few: on a large catalogue every further term is postings to walk.
  const frequent = [...found].sort((a, b) => (termCounts[b] as number) - (termCounts[a] as number));
  offer(candidates, frequent.slice(0, 12), quality.family);
}

/** The words a lay concept adds, as index terms in any language (less sure than the word itself). */
function offerConceptWords(
  index: LiveIndex,
  candidates: Candidates,
  extra: readonly string[],
): void {
  const { forward } = index.vocabulary;
  for (const phrase of extra) {
    for (const token of tokenize(phrase)) {
      if (token.length < 3 || stopWords.has(token)) continue;
      const forms = new Set([token, fold(token)]);
      for (const language of languageOrder) forms.add(stem(token, language));
      for (const form of forms) offer(candidates, forward.get(form), quality.concept);
    }
  }
}

/** A negated word finds only the same word negated: "utom hemmet" in a text, not "hemmet". */
function negatedCandidates(index: LiveIndex, word: string): Candidates {
  const candidates: Candidates = new Map();
  const forms = new Set([word, fold(word)]);
  for (const language of languageOrder) forms.add(stem(word, language));
  for (const form of forms)
    offer(candidates, index.vocabulary.forward.get(negatedMark + form), quality.exact);
  return candidates;
}

/** Index terms a query word may stand for, each with the quality of that match (0-1]. */
export function expandWord(index: LiveIndex, queryWord: QueryWord): Candidates {
  const { word, typing, negated, extra } = queryWord;
  if (negated) return negatedCandidates(index, word);
  const candidates: Candidates = new Map();
  const { forward, reversed } = index.vocabulary;
  const forms = new Set<string>([word]);
  for (const language of languageOrder) forms.add(stem(word, language));
  for (const form of [...forms]) forms.add(fold(form));

  for (const form of forms) offer(candidates, forward.get(form), quality.exact);
  const exactFound = candidates.size > 0;

  // Compound tails: "neuvola" (stem "neuvol") finds "perheneuvola" and "äitiysneuvola".
  for (const form of forms) {
    if (form.length < 4) continue;
    const tails = reversed.atPrefix(reverse(form));
    offerMostFrequent(index, candidates, tails.values(), 40, quality.compoundTail);
  }
  offerCompoundHeads(index, candidates, forms);
  if (!exactFound && !typing && word.length >= 4) offerWordFamily(index, candidates, word);
  if (typing) offerPrefixes(index, candidates, word);
  if (word.length >= 5) offerTypoNeighbours(index, candidates, forms);
  if (extra.length > 0) offerConceptWords(index, candidates, extra);
  return candidates;
}
