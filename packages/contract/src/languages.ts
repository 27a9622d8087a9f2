// The one order of the catalogue's display languages: Finnish, Swedish, English. A text missing
// in the language asked for falls back along it; lists of languages are written in it.
import type { LanguageCode } from './types.js';

/** Finnish, Swedish, English: the fallback order of every display text, and the order of lists. */
export const languageOrder: readonly LanguageCode[] = ['fi', 'sv', 'en'];

/** Whether `value` is one of the catalogue's display languages. */
export function isLanguageCode(value: unknown): value is LanguageCode {
  return (languageOrder as readonly unknown[]).includes(value);
}
