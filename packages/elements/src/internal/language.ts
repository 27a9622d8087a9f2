// Which language an element speaks when nothing closer says: the pieces of LocalizeController that
// the embed's entry also needs (to ask for the finder's first results in its language) without
// the dictionaries.
import { isLanguageCode, type LanguageCode } from '@polku/contract';

/** `sv-FI` → `sv`; anything Polku does not speak → `undefined`. */
export function supportedLanguage(value: string | null | undefined): LanguageCode | undefined {
  const code = value?.trim().toLowerCase().split('-')[0];
  return isLanguageCode(code) ? code : undefined;
}

/** The nearest `lang` from `node` up, across shadow roots (the page's `<html lang>` in the end), else Finnish. */
export function inheritedLanguage(node: Node | null): LanguageCode {
  while (node) {
    if (node instanceof Element) {
      const inherited = node.getAttribute('lang');
      if (inherited !== null) return supportedLanguage(inherited) ?? 'fi';
      node = node.parentNode;
    } else {
      node = node instanceof ShadowRoot ? node.host : null;
    }
  }
  return 'fi';
}
