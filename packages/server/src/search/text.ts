/// <reference path="../types/snowball-stemmers.d.ts" />
// Text analysis shared by the index and the queries: Unicode normalisation, tokens, stop words,
// a diacritic-folded variant and cached Snowball stems for Finnish, Swedish and English.
import { type LanguageCode, languageOrder } from '@polku/contract';
import snowball from 'snowball-stemmers';

/** Longest token kept; longer runs of letters are cut (nobody types a 40-letter word twice). */
const maxTokenLength = 40;

/**
 * NFKC (full-width letters, ligatures and decomposed ä/ö/å become one form), lower case.
 * ä, ö and å stay distinct letters; `fold` makes the variant without them.
 */
export function normalizeText(text: string): string {
  return text.normalize('NFKC').toLowerCase();
}

/** Words of normalised text: runs of letters and digits. */
export function tokenize(text: string): string[] {
  const tokens = normalizeText(text).split(/[^\p{L}\p{N}]+/u);
  const result: string[] = [];
  for (const token of tokens) {
    if (token.length === 0) continue;
    result.push(token.length > maxTokenLength ? token.slice(0, maxTokenLength) : token);
  }
  return result;
}

/** The word without diacritics ("äiti" → "aiti"), so a keyboard without ä still finds it. */
export function fold(word: string): string {
  // Fast path: most words are plain ASCII.
  if (/^[a-z0-9]*$/.test(word)) return word;
  return word.normalize('NFD').replace(/\p{M}+/gu, '');
}

// Words that carry no meaning for finding a service. Short on purpose: "ero" (divorce),
// "apu" and "tuki" stay searchable.
const stopWordList = [
  // Finnish
  'ja',
  'tai',
  'on',
  'ei',
  'en',
  'et',
  'se',
  'ne',
  'että',
  'kun',
  'jos',
  'mutta',
  'myös',
  'sekä',
  'ole',
  'olen',
  'olla',
  'ovat',
  'oli',
  'olemme',
  'mitä',
  'mikä',
  'missä',
  'minä',
  'sinä',
  'hän',
  'me',
  'te',
  'he',
  'meillä',
  'minulla',
  'meidän',
  'minun',
  'tämä',
  'tuo',
  'niin',
  'kuin',
  'vain',
  'jo',
  'nyt',
  'enää',
  'kanssa',
  'paljon',
  'liian',
  'aina',
  'voi',
  'miten',
  'mistä',
  'mihin',
  // Swedish
  'och',
  'i',
  'på',
  'att',
  'ett',
  'det',
  'som',
  'för',
  'med',
  'av',
  'till',
  'är',
  'jag',
  'vi',
  'de',
  'den',
  'har',
  'inte',
  'om',
  'så',
  'men',
  'eller',
  'mycket',
  'vår',
  'våra',
  'min',
  'mitt',
  'hur',
  'var',
  'kan',
  // English
  'the',
  'a',
  'an',
  'and',
  'or',
  'of',
  'to',
  'in',
  'for',
  'with',
  'on',
  'is',
  'are',
  'we',
  'my',
  'our',
  'at',
  'by',
  'be',
  'it',
  'me',
  'us',
  'too',
  'very',
  'how',
  'can',
];
export const stopWords: ReadonlySet<string> = new Set(stopWordList);

/** The Snowball stemmer of each display language: a language added to the contract needs one. */
const algorithms: Record<LanguageCode, string> = { fi: 'finnish', sv: 'swedish', en: 'english' };
const stemmers = Object.fromEntries(
  languageOrder.map((language) => [language, snowball.newStemmer(algorithms[language])]),
) as Record<LanguageCode, { stem(word: string): string }>;

/**
 * Stems are memoised: a Snowball stem costs microseconds and texts repeat their words.
 * The cache is cleared when it grows past `maxCachedStems` so hostile queries cannot grow it.
 */
const maxCachedStems = 200_000;
const stemCaches: Record<LanguageCode, Map<string, string>> = {
  fi: new Map(),
  sv: new Map(),
  en: new Map(),
};

export function stem(word: string, language: LanguageCode): string {
  const cache = stemCaches[language];
  let stemmed = cache.get(word);
  if (stemmed === undefined) {
    // Stemmers expect letters; digits and very short words are their own stem.
    stemmed = word.length <= 2 || /\p{N}/u.test(word) ? word : stemmers[language].stem(word);
    if (stemmed.length === 0) stemmed = word;
    if (cache.size >= maxCachedStems) cache.clear();
    cache.set(word, stemmed);
  }
  return stemmed;
}

export function reverse(word: string): string {
  let reversed = '';
  for (let i = word.length - 1; i >= 0; i -= 1) reversed += word[i];
  return reversed;
}

/** The marker of a term that a negation turned into its opposite ("utom hemmet" → "¬hem"). */
export const negatedMark = '¬';

/**
 * Which of `tokens` a negation governs: the first meaningful token after one of `before`
 * ("utom hemmet"), the last before one of `after` ("kodin ulkopuolelle"). Undefined when none is.
 */
export function negatedTokens(
  tokens: readonly string[],
  negations: { before: readonly string[]; after: readonly string[] },
): boolean[] | undefined {
  if (negations.before.length === 0 && negations.after.length === 0) return undefined;
  let marks: boolean[] | undefined;
  for (let i = 0; i < tokens.length; i += 1) {
    const token = tokens[i] as string;
    const forward = negations.before.includes(token);
    if (!forward && !negations.after.includes(token)) continue;
    const step = forward ? 1 : -1;
    for (let j = i + step; j >= 0 && j < tokens.length; j += step) {
      const governed = tokens[j] as string;
      if (stopWords.has(governed)) continue;
      if (negations.before.includes(governed) || negations.after.includes(governed)) break;
      marks ??= tokens.map(() => false);
      marks[j] = true;
      break;
    }
  }
  return marks;
}
