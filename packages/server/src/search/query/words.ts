// The words of a query: tokens as the index has them, stop words dropped unless nothing else is
// left, each word once, and whether the last one may still be being typed.
import { stopWords, tokenize } from '../text.js';

/** Most query words used; the rest of a pasted paragraph adds nothing but work. */
const maxQueryWords = 10;

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
