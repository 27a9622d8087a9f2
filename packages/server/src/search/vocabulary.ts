// The vocabulary as radix trees over the index terms: forward (with each term's diacritic-free
// form) for exact, prefix and fuzzy look-ups, reversed for the compounds a word ends. Cheap to
// build from the terms, so it is rebuilt after a transfer rather than serialised.
import SearchableMap from 'minisearch/SearchableMap';
import { fold, reverse } from './text.js';

export interface Vocabulary {
  /** Index term (a stem) and its diacritic-free form → term numbers. */
  readonly forward: SearchableMap<number[]>;
  /** Reversed terms → term numbers: finds the compounds a word ends ("neuvola" → "perheneuvola"). */
  readonly reversed: SearchableMap<number[]>;
  /** Whole words of the lay vocabulary (folded): parts a compound may be split into besides terms. */
  readonly layWords: ReadonlySet<string>;
}

export function buildVocabulary(
  terms: readonly string[],
  layWords: readonly string[] = [],
): Vocabulary {
  const forward = new SearchableMap<number[]>();
  const reversed = new SearchableMap<number[]>();
  const addKey = (map: SearchableMap<number[]>, key: string, termNumber: number): void => {
    const existing = map.get(key);
    if (!existing) map.set(key, [termNumber]);
    else if (!existing.includes(termNumber)) existing.push(termNumber);
  };
  for (let t = 0; t < terms.length; t += 1) {
    const term = terms[t] as string;
    const folded = fold(term);
    addKey(forward, term, t);
    if (folded !== term) addKey(forward, folded, t);
    if (term.length >= 6) {
      addKey(reversed, reverse(term), t);
      if (folded !== term) addKey(reversed, reverse(folded), t);
    }
  }
  return { forward, reversed, layWords: new Set(layWords) };
}
