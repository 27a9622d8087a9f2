// Compounds: a word the index does not hold whole ("perheriita", "kodinhoitoapu", "familjegräl",
// "hemhjälp") is split into the fewest parts that each are a word the catalogue uses (an index
// term, a word that stems to one, or a lay word), so each part can be searched for. A dictionary
// decompounder over the catalogue's own words: no analyser to install, and it knows the words
// that can be found.
import { languageOrder } from '@polku/contract';
import type { LiveIndex } from '../search-index.js';
import { fold, stem } from '../text.js';
import { gradeVariants } from './expand.js';

/** Shortest part; a shorter piece ("n", "s") can only be a linking letter. */
const minPart = 3;
const maxParts = 4;
/** Letters that join the parts of a Swedish compound ("familj-e-gräl", "kyrk-o-gård"). */
const linking = new Set(['s', 'e', 'o', 'u']);

/**
 * Whether `part` is a word of the catalogue: a term, a lay word, or a word that stems to a term.
 * A three-letter part only as it is ("apu", "hem"): stems that short match too much ("any").
 */
function knownPart(index: LiveIndex, part: string): boolean {
  const { forward, layWords } = index.vocabulary;
  if (layWords.has(part) || forward.has(part)) return true;
  if (part.length <= minPart) return false;
  for (const language of languageOrder) if (forward.has(stem(part, language))) return true;
  return false;
}

/**
 * Whether the index knows `word` whole: as a term, through its stem in some language, or as a
 * Finnish form in the other grade ("äideille" is "äiti", not "äide" + "ille").
 */
export function knownWord(index: LiveIndex, word: string): boolean {
  if (knownPart(index, word) || knownPart(index, fold(word))) return true;
  const { forward } = index.vocabulary;
  for (const variant of gradeVariants(stem(word, 'fi'))) if (forward.has(variant)) return true;
  return false;
}

/**
 * The parts of `word` when it is a compound the index does not know whole: fewest parts, then
 * the most even ones; undefined when it is known, short, or no split covers it.
 */
export function splitCompound(index: LiveIndex, word: string): string[] | undefined {
  if (word.length < 2 * minPart || knownWord(index, word)) return undefined;
  const n = word.length;
  // best[i]: fewest parts covering word[0, i), with the sum of squared lengths to break ties.
  const parts = new Array<number>(n + 1).fill(Number.POSITIVE_INFINITY);
  const evenness = new Array<number>(n + 1).fill(0);
  const from = new Array<number>(n + 1).fill(-1);
  const known = new Map<string, boolean>();
  const isKnown = (piece: string): boolean => {
    let found = known.get(piece);
    if (found === undefined) {
      found = knownPart(index, piece);
      known.set(piece, found);
    }
    return found;
  };
  parts[0] = 0;
  for (let end = minPart; end <= n; end += 1) {
    for (let start = 0; start <= end - minPart; start += 1) {
      const before = parts[start] as number;
      if (!Number.isFinite(before) || before >= maxParts) continue;
      const piece = word.slice(start, end);
      const ok =
        isKnown(piece) ||
        (piece.length > minPart &&
          linking.has(piece[piece.length - 1] as string) &&
          isKnown(piece.slice(0, -1)));
      if (!ok) continue;
      const count = before + 1;
      // Fewer squares of lengths: more even parts ("koti hoito apu", not "k... hoitoapu").
      const score = (evenness[start] as number) + piece.length * piece.length;
      if (
        count < (parts[end] as number) ||
        (count === parts[end] && score < (evenness[end] as number))
      ) {
        parts[end] = count;
        evenness[end] = score;
        from[end] = start;
      }
    }
  }
  if (!Number.isFinite(parts[n] as number) || (parts[n] as number) < 2) return undefined;
  const result: string[] = [];
  for (let end = n; end > 0; end = from[end] as number)
    result.unshift(word.slice(from[end] as number, end));
  return result;
}
