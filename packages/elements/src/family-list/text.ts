// Catalogue texts in a language other than the element's own (the family's sheet is in the
// family's language while the controls speak the worker's). Same marking as LocalizeController.
import type { LanguageCode, LocalizedText } from '@polku/contract';
import { pickText } from '@polku/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { en } from '../localize/en.js';
import { fi, type Messages } from '../localize/fi.js';
import { sv } from '../localize/sv.js';

const dictionaries: Record<LanguageCode, Messages> = { fi, sv, en };

/** A catalogue text in `language`; a fallback carries its own `lang` and says so visibly. */
export function localized(
  text: LocalizedText | undefined,
  language: LanguageCode,
): TemplateResult | typeof nothing {
  const picked = pickText(text, language);
  if (!picked) return nothing;
  if (picked.lang === language) return html`<span lang=${picked.lang}>${picked.text}</span>`;
  return html`<span lang=${picked.lang}>${picked.text}</span>
    <span class="fallback-note">(${dictionaries[language].inLanguage[picked.lang]})</span>`;
}

/** A catalogue text as a plain string (for accessible names, where no `lang` can be marked). */
export function plainText(text: LocalizedText | undefined, language: LanguageCode): string {
  return pickText(text, language)?.text ?? '';
}
