// What a search tells about its free text (`ServicePage.search`): the words searched for, the lay
// vocabulary's concepts found, the words that found nothing and a spelling that would, and which
// help lines to show (first, when the words speak of danger).
import type { MatchedConcept, SearchUnderstanding } from '@polku/contract';
import SearchableMap from 'minisearch/SearchableMap';
import type { LiveIndex } from '../search-index.js';
import { fold, normalizeText } from '../text.js';
import type { TextMatches } from './score.js';

/** Words of names and keywords (and the lay vocabulary) with how often they occur, per index. */
const suggestionWords = new WeakMap<LiveIndex, SearchableMap<number>>();

/** Built on first need: most queries never ask for a spelling. */
function suggestionsOf(index: LiveIndex): SearchableMap<number> {
  let words = suggestionWords.get(index);
  if (words) return words;
  words = new SearchableMap<number>();
  const { spellings, spellingUses } = index.postings;
  for (let i = 0; i < spellings.length; i += 1) {
    const word = spellings[i] as string;
    if (!/\p{N}/u.test(word)) words.set(word, spellingUses[i] as number);
  }
  for (const word of index.lay.lexicon) if (!words.has(word)) words.set(word, 1);
  suggestionWords.set(index, words);
  return words;
}

/** The catalogue's word nearest to `word` (fewest edits, then the most used), if any is near. */
function nearestWord(index: LiveIndex, word: string): string | undefined {
  const distance = word.length >= 8 ? 3 : word.length >= 5 ? 2 : 1;
  let best: { word: string; edits: number; uses: number } | undefined;
  for (const form of new Set([word, fold(word)])) {
    for (const [candidate, [uses, edits]] of suggestionsOf(index).fuzzyGet(form, distance)) {
      if (edits === 0 && form === word) return undefined;
      if (!best || edits < best.edits || (edits === best.edits && uses > best.uses))
        best = { word: candidate, edits, uses };
    }
  }
  return best?.word;
}

/** Quality below which a word counts as not understood (it found only typo neighbours). */
const unsure = 0.55;

/** `q` with each word that found nothing, or only typo neighbours, spelt as the catalogue does. */
export function spellingOf(index: LiveIndex, q: string, text: TextMatches): string | undefined {
  const { words, meanings } = text.understanding;
  let covered = 0;
  for (const meaning of meanings) covered |= meaning.bits;
  const replace = new Map<string, string>();
  words.forEach((word, w) => {
    if (word.negated || covered & (1 << w) || (text.bestQuality[w] as number) >= unsure) return;
    const nearest = nearestWord(index, word.word);
    if (nearest && nearest !== word.word) replace.set(word.word, nearest);
  });
  if (replace.size === 0) return undefined;
  // Whole words replaced in the text as typed, so "won't" and "-" stay as they were.
  const typed = normalizeText(q);
  const misspelt = new RegExp(
    `(?<![\\p{L}\\p{N}])(?:${[...replace.keys()].join('|')})(?![\\p{L}\\p{N}])`,
    'gu',
  );
  const spelt = typed.replace(misspelt, (word) => replace.get(word) ?? word);
  return spelt === typed ? undefined : spelt;
}

/** The understanding of `text`, without `nearest` and `did_you_mean` (search.ts adds them). */
export function understandingOf(
  index: LiveIndex,
  text: TextMatches,
  found: number,
): SearchUnderstanding {
  const { words, meanings } = text.understanding;
  const concepts: MatchedConcept[] = [];
  const helpLines: string[] = [];
  let helpFirst = false;
  let covered = 0;
  for (const meaning of meanings) {
    covered |= meaning.bits;
    const concept = index.lay.concepts[meaning.concept];
    if (!concept) continue;
    concepts.push({ id: concept.id, label: concept.label, safety: concept.safety });
    if (concept.safety) helpFirst = true;
  }
  // Safety concepts' lines first, then the others'.
  for (const safetyFirst of [true, false])
    for (const meaning of meanings) {
      const concept = index.lay.concepts[meaning.concept];
      if (concept && concept.safety === safetyFirst)
        for (const id of concept.helpLines) if (!helpLines.includes(id)) helpLines.push(id);
    }
  if (found === 0 && helpLines.length === 0)
    for (const line of index.catalogue.urgentHelp) helpLines.push(line.id);
  return {
    words: words.map((word) => word.word),
    concepts,
    unknown_words: words
      .filter((_, w) => (text.weights[w] as number) === 0 && !(covered & (1 << w)))
      .map((word) => word.word),
    help_first: helpFirst,
    help_lines: helpLines,
  };
}
