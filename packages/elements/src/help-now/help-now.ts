import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type { UrgentHelp } from '@polku/contract';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { bundledUrgentHelp } from '../generated/urgent-help.js';
import { clientContext } from '../internal/context.js';
import { LocalizeController } from '../internal/localize.js';
import { telUrl } from '../internal/safe-url.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { fetchUrgentHelp } from '../internal/urgent-help.js';
import { messages } from '../translations/index.js';
import { helpNowStyles } from './help-now.styles.js';

/**
 * @tagname polku-help-now
 * @summary Help that must always be reachable: 112 and the crisis lines, each a `tel:` link.
 * The copy bundled in the script shows at once and stays when the API is down; the API's
 * `/v1/urgent-help` replaces it when it answers.
 *
 * @csspart base - the `<aside>` around the lines
 * @csspart heading - the "Help now" heading
 * @csspart line - one help line
 * @csspart phone - a line's phone link
 *
 * @cssproperty --polku-color-urgent - border, heading and numbers (default #9c1c1c)
 * @cssproperty --polku-color-urgent-surface - background (default #fdf3f2)
 */
export class PolkuHelpNow extends LitElement {
  static override styles = [sharedStyles, helpNowStyles];

  readonly #localize = new LocalizeController(this, messages);

  readonly #linesTask = new Task(this, {
    task: ([client], { signal }) => fetchUrgentHelp(client, signal),
    args: () => [this.client] as const,
  });

  /** The API client; a `<polku-finder>` around this element provides it. */
  @consume({ context: clientContext, subscribe: true })
  @property({ attribute: false })
  accessor client: PolkuClient | undefined;

  /** Level of the "Help now" heading, so it fits the outline of the page (2-6). */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel = 2;

  #renderLine(line: UrgentHelp) {
    const t = this.#localize.messages;
    const href = telUrl(line.phone);
    const meta = [line.hours.always_open ? '24/7' : '', line.free_of_charge ? t.freeCall : '']
      .filter(Boolean)
      .join(' · ');
    return html`<li part="line">
      <span class="name">${this.#localize.text(line.name)}</span>
      ${href ? html`<a part="phone" href=${href}>${line.phone}</a>` : html`<span>${line.phone}</span>`}
      ${meta ? html`<span class="meta">${meta}</span>` : nothing}
      <span class="description">${this.#localize.text(line.description)}</span>
    </li>`;
  }

  /** The lines shown now: the API's when it has answered, else the bundled copy. */
  get lines(): readonly UrgentHelp[] {
    return this.#linesTask.value ?? bundledUrgentHelp;
  }

  override render() {
    const t = this.#localize.messages;
    return html`<aside part="base" aria-labelledby="help-now-heading" lang=${this.#localize.language}>
      <div id="help-now-heading" part="heading" role="heading" aria-level=${this.headingLevel}>
        ${t.helpNowHeading}
      </div>
      <p>${t.helpNowIntro}</p>
      <ul>
        ${this.lines.map((line) => this.#renderLine(line))}
      </ul>
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'polku-help-now': PolkuHelpNow;
  }
}
