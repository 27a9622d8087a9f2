import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type { SearchUnderstanding, ServicePage, UrgentHelp } from '@polku/contract';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledUrgentHelp } from '../generated/urgent-help.js';
import { renderHelpLine } from '../help-now/help-line.js';
import { helpNowStyles } from '../help-now/help-now.styles.js';
import { clientContext, type FinderView } from '../internal/context.js';
import { LocalizeController } from '../internal/localize.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { sharedUrgentHelp } from '../internal/shared-data.js';
import { understoodMessages } from '../translations/understood/index.js';
import { cardGridStyles } from './cards.styles.js';
import { understoodStyles } from './understood.styles.js';

/** The fitting help lines, by the API's ids; the emergency ones if none of those ids is known. */
function pickLines(all: readonly UrgentHelp[], ids: readonly string[], helpFirst: boolean) {
  const picked = ids.flatMap((id) => all.filter((line) => line.id === id));
  return picked.length || !helpFirst ? picked : all.filter((line) => line.emergency);
}

/**
 * @tagname polku-understood
 * @summary What `<polku-finder>` understood of a search (the API's `search` object), in the
 * finder's results. `section="help"` (just above the results): when the search speaks of danger,
 * the fitting help lines as `tel:` links with one calm sentence, said once to screen readers per
 * search. `section="zero"` (under the "nothing found" message): the needs recognised, the words
 * that found nothing, the suggested search as a button, the nearest services as cards, and the help
 * lines. Comes with the chunk loaded after the finder's first screen; the finder renders it.
 *
 * @csspart help-first - the help lines shown before the results
 * @csspart help-lines - the help lines shown when nothing matched
 * @csspart line - one help line
 * @csspart phone - a help line's phone link
 * @csspart nearest - the nearest services when nothing matched
 * @csspart card - a nearest service's card (exported from `<polku-service-card>`)
 */
export class PolkuUnderstood extends LitElement {
  static override styles = [sharedStyles, helpNowStyles, cardGridStyles, understoodStyles];

  readonly #localize = new LocalizeController(this, understoodMessages);

  readonly #lines = new Task(this, {
    task: ([client]) => (client ? sharedUrgentHelp(client) : bundledUrgentHelp),
    args: () => [this.client] as const,
  });

  /** The answer whose announcement was made (or left out): one per search, not one per render. */
  #announced: ServicePage | undefined;
  #announceTimer: ReturnType<typeof setTimeout> | undefined;

  /** What the polite live region says: set once per search that puts help first. */
  @state() private accessor announcement = '';

  @consume({ context: clientContext, subscribe: true })
  @property({ attribute: false })
  accessor client: PolkuClient | undefined;

  /** The finder's current answer (`undefined` while the first search runs). */
  @property({ attribute: false }) accessor answer: ServicePage | undefined;

  /** `help`: the help lines before the results; `zero`: what a search that found nothing offers. */
  @property() accessor section: 'help' | 'zero' = 'help';

  /** The finder's view, for the nearest services' cards. */
  @property() accessor view: FinderView = 'family';

  /** Runs a search for the text given (the suggested one), as the person asked. */
  @property({ attribute: false }) accessor onSearch: ((text: string) => void) | undefined;

  protected override willUpdate(): void {
    if (this.section !== 'help' || this.answer === this.#announced) return;
    this.#announced = this.answer;
    // Emptied first, so that the same sentence after a second such search is said again.
    this.announcement = '';
    clearTimeout(this.#announceTimer);
    if (!this.answer?.search?.help_first) return;
    const t = this.#localize.messages;
    this.#announceTimer = setTimeout(() => {
      this.announcement = `${t.helpFirstIntro} ${t.helpFirstAnnounce}`;
    }, 150);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#announceTimer);
  }

  get #allLines(): readonly UrgentHelp[] {
    return this.#lines.value ?? bundledUrgentHelp;
  }

  #runSuggestion(text: string) {
    this.onSearch?.(text);
    // The button goes with the old answer: the results heading takes the focus, the count follows.
    const root = this.getRootNode() as Document | ShadowRoot;
    root.querySelector<HTMLElement>('#results-heading')?.focus();
  }

  #renderLines(search: SearchUnderstanding, heading: string, intro: string | undefined) {
    const lines = pickLines(this.#allLines, search.help_lines, search.help_first);
    if (!lines.length) return nothing;
    const id = `${this.section}-lines-heading`;
    const first = this.section === 'help';
    return html`<section class="lines ${first ? 'first' : ''}" part=${first ? 'help-first' : 'help-lines'}
      aria-labelledby=${id}>
      <h3 id=${id}>${heading}</h3>
      ${intro ? html`<p>${intro}</p>` : nothing}
      <ul>
        ${lines.map((line) => renderHelpLine(line, this.#localize, first ? 'hours' : 'all'))}
      </ul>
    </section>`;
  }

  #renderZero(search: SearchUnderstanding) {
    const t = this.#localize.messages;
    const { concepts, unknown_words: unknown, did_you_mean: suggestion } = search;
    const nearest = search.nearest ?? [];
    const join = <T>(items: readonly T[], render: (item: T) => unknown) =>
      items.map((item, index) => html`${index ? ', ' : ''}${render(item)}`);
    return html`${
      concepts.length || unknown.length || suggestion
        ? html`<div class="understood">
            ${
              concepts.length
                ? html`<p>${t.understoodAs} ${join(concepts, (c) => this.#localize.text(c.label))}</p>`
                : nothing
            }
            ${
              unknown.length
                ? html`<p>${t.unknownWords} ${join(unknown, (word) => html`<q>${word}</q>`)}</p>`
                : nothing
            }
            ${
              suggestion
                ? html`<p>
                    ${t.didYouMean}
                    <button class="suggestion" type="button" @click=${() => this.#runSuggestion(suggestion)}>
                      ${suggestion}
                    </button>
                  </p>`
                : nothing
            }
          </div>`
        : nothing
    }
    ${
      nearest.length
        ? html`<section class="nearest" part="nearest" aria-labelledby="nearest-heading">
            <h3 id="nearest-heading">${t.nearestHeading}</h3>
            <p>${t.nearestHint}</p>
            <ul class="cards">
              ${nearest.map(
                (service) => html`<li>
                  <polku-service-card
                    .service=${service}
                    heading-level="4"
                    view=${this.view}
                    exportparts="card, details-button, add-button"
                  ></polku-service-card>
                </li>`,
              )}
            </ul>
          </section>`
        : nothing
    }
    ${search.help_first ? nothing : this.#renderLines(search, t.helpLinesHeading, undefined)}`;
  }

  override render() {
    const search = this.answer?.search;
    const t = this.#localize.messages;
    if (this.section === 'zero') {
      return search && this.answer?.total_items === 0 ? this.#renderZero(search) : nothing;
    }
    return html`<p class="visually-hidden" aria-live="polite">${this.announcement}</p>
      ${search?.help_first ? this.#renderLines(search, t.helpFirstHeading, t.helpFirstIntro) : nothing}`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'polku-understood': PolkuUnderstood;
  }
}
