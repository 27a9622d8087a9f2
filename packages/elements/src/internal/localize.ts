import { ContextConsumer } from '@lit/context';
import type { LanguageCode, LocalizedText } from '@polku/contract';
import { pickText } from '@polku/contract';
import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveElement,
  type TemplateResult,
} from 'lit';
import { en } from '../localize/en.js';
import { fi, type Messages } from '../localize/fi.js';
import { sv } from '../localize/sv.js';
import { languageContext } from './context.js';

export type { Messages };

const dictionaries: Record<LanguageCode, Messages> = { fi, sv, en };

/** `sv-FI` → `sv`; anything Polku does not speak → `undefined`. */
export function supportedLanguage(value: string | null | undefined): LanguageCode | undefined {
  const code = value?.trim().toLowerCase().split('-')[0];
  return code === 'fi' || code === 'sv' || code === 'en' ? code : undefined;
}

/**
 * Per-element localisation (two finders in two languages can share a page). The language is the
 * element's own `lang`, then the language its `<polku-finder>` provides, then the nearest
 * ancestor's `lang` (the page's `<html lang>` in the end), then Finnish.
 */
export class LocalizeController implements ReactiveController {
  readonly #host: ReactiveElement;
  readonly #context: ContextConsumer<typeof languageContext, ReactiveElement>;
  #observer: MutationObserver | undefined;
  /** A language that wins over every other (the family's, from a family-list link). */
  preferred: LanguageCode | undefined;

  constructor(host: ReactiveElement) {
    this.#host = host;
    host.addController(this);
    this.#context = new ContextConsumer(host, { context: languageContext, subscribe: true });
  }

  hostConnected(): void {
    // A change of the element's or the page's `lang` re-renders in the new language.
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
    if (this.#context.value) return this.#context.value;
    for (let node: Node | null = this.#host.parentNode; node; ) {
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

  /** The UI strings in this element's language. */
  get messages(): Messages {
    return dictionaries[this.language];
  }

  /**
   * A catalogue text in this element's language, in a `<span lang>` of the language it really is
   * in; a fallback to another language says so visibly ("(ruotsiksi)").
   */
  text(value: LocalizedText | undefined): TemplateResult | typeof nothing {
    const language = this.language;
    const picked = pickText(value, language);
    if (!picked) return nothing;
    if (picked.lang === language) return html`<span lang=${picked.lang}>${picked.text}</span>`;
    return html`<span lang=${picked.lang}>${picked.text}</span>
      <span class="fallback-note">(${dictionaries[language].inLanguage[picked.lang] ?? picked.lang})</span>`;
  }

  /** A catalogue text as a plain string (for attributes such as `aria-label`). */
  plain(value: LocalizedText | undefined): string {
    return pickText(value, this.language)?.text ?? '';
  }
}
