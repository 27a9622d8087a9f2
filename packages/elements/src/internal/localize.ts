// Per-element localisation (two finders in two languages can share a page), after Shoelace's
// LocalizeController: the element's language, its strings from one dictionary per language
// (src/translations/), and catalogue texts picked along the one fallback order of
// @polku/contract, a fallback marked with its own `lang` and said visibly.
import { ContextConsumer } from '@lit/context';
import type { LanguageCode, LocalizedText } from '@polku/contract';
import { pickText } from '@polku/contract';
import {
  html,
  isServer,
  nothing,
  type ReactiveController,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';
import { messages } from '../translations/index.js';
import type { Dictionaries, Messages } from '../translations/messages.js';
import { languageContext } from './context.js';
import { inheritedLanguage, supportedLanguage } from './language.js';

export type { Messages };

export { supportedLanguage };

/**
 * A catalogue text in `language`, in a `<span lang>` of the language it really is in; a fallback
 * to another language says so visibly ("(ruotsiksi)").
 */
export function localizedText(
  value: LocalizedText | undefined,
  language: LanguageCode,
): TemplateResult | typeof nothing {
  const picked = pickText(value, language);
  if (!picked) return nothing;
  if (picked.lang === language) return html`<span lang=${picked.lang}>${picked.text}</span>`;
  return html`<span lang=${picked.lang}>${picked.text}</span>
    <span class="fallback-note">(${messages[language].inLanguage[picked.lang]})</span>`;
}

/** A catalogue text as a plain string (for accessible names, where no `lang` can be marked). */
export function plainText(value: LocalizedText | undefined, language: LanguageCode): string {
  return pickText(value, language)?.text ?? '';
}

/**
 * The language is the element's own `lang`, then the language its `<polku-finder>` provides, then
 * the nearest ancestor's `lang` (the page's `<html lang>` in the end), then Finnish. `M` is the
 * dictionaries' shape: `Messages` for the family-view elements, `ProfessionalMessages` for the
 * chain and the lists.
 */
export class LocalizeController<M = Messages> implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #dictionaries: Dictionaries<M>;
  readonly #context: ContextConsumer<typeof languageContext, ReactiveElement>;
  #observer: MutationObserver | undefined;
  /** A language that wins over every other (the family's, from a family-list link). */
  preferred: LanguageCode | undefined;

  constructor(host: ReactiveElement, dictionaries: Dictionaries<M>) {
    this.#host = host;
    this.#dictionaries = dictionaries;
    host.addController(this);
    this.#context = new ContextConsumer(host, { context: languageContext, subscribe: true });
  }

  hostConnected(): void {
    // A change of the element's or the page's `lang` re-renders in the new language.
    if (isServer) return;
    this.#observer = new MutationObserver(() => this.#host.requestUpdate());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.#observer.observe(this.#host, options);
    this.#observer.observe(document.documentElement, options);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
  }

  /** The language this element shows. */
  get language(): LanguageCode {
    if (this.preferred) return this.preferred;
    const own = supportedLanguage(this.#host.getAttribute('lang'));
    if (own) return own;
    return this.#context.value ?? inheritedLanguage(this.#host.parentNode);
  }

  /** The UI strings in this element's language. */
  get messages(): M {
    return this.#dictionaries[this.language];
  }

  /** A catalogue text in this element's language (see `localizedText`). */
  text(value: LocalizedText | undefined): TemplateResult | typeof nothing {
    return localizedText(value, this.language);
  }

  /**
   * A place's name (a municipality): in this element's language when the catalogue has it, else
   * as it stands, marked with its `lang` for screen readers but without the "(in Finnish)" note,
   * since place names are not translated: Loviisa is Loviisa in English.
   */
  placeName(value: LocalizedText | undefined): TemplateResult | typeof nothing {
    const picked = pickText(value, this.language);
    return picked ? html`<span lang=${picked.lang}>${picked.text}</span>` : nothing;
  }

  /** A catalogue text as a plain string (for attributes such as `aria-label`). */
  plain(value: LocalizedText | undefined): string {
    return plainText(value, this.language);
  }
}
