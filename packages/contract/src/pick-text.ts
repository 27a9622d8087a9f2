import { languageOrder } from './languages.js';
import type { LanguageCode, LocalizedText } from './types.js';

/** A display text and the language it is written in, as {@link pickText} chose it. */
export interface PickedText {
  /** The text itself. */
  text: string;
  /** Its language: put it on the element (`lang="sv"`) when it differs from the page's. */
  lang: LanguageCode;
}

/**
 * Picks the text of `language` from a language-keyed text or, when it lacks that language (or
 * has it empty), the first language of `order` that it has, and says which language it picked,
 * so a UI can mark a fallback with the right `lang` attribute.
 *
 * @param text - a language-keyed display text such as `service.name`; `undefined` gives `undefined`
 * @param language - the language wanted
 * @param order - the fallback order after `language`; default Finnish, Swedish, English
 * @returns `{ text, lang }`, or `undefined` when the text has none of these languages
 *
 * @example
 * ```ts
 * pickText({ fi: 'Perheneuvola' }, 'sv'); // { text: 'Perheneuvola', lang: 'fi' }
 * ```
 */
export function pickText(
  text: LocalizedText | undefined,
  language: LanguageCode,
  order: readonly LanguageCode[] = languageOrder,
): PickedText | undefined {
  if (!text) return undefined;
  for (const lang of [language, ...order]) {
    const value = text[lang];
    if (value) return { text: value, lang };
  }
  return undefined;
}
