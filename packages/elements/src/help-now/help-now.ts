import { ContextConsumer, consume } from '@lit/context';
import { Task } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type { UrgentHelp } from '@polku/contract';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledUrgentHelp } from '../generated/urgent-help.js';
import { clientContext, seedContext } from '../internal/context.js';
import { LocalizeController } from '../internal/localize.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { helpLinesOf, sharedUrgentHelp } from '../internal/shared-data.js';
import { messages } from '../translations/index.js';
import { renderHelpLine } from './help-line.js';
import { helpNowStyles } from './help-now.styles.js';

/**
 * @tagname polku-help-now
 * @summary Help that must always be reachable: 112 and the crisis lines, each a `tel:` link.
 * Compact: the emergency lines (112 and the social and crisis emergency service) stand in one
 * short block, every other line one tap away behind "More help lines", where each line also says
 * when it answers and what it is for. The copy bundled in the script shows at once and stays when
 * the API is down; the API's `/v1/urgent-help` replaces it when it answers.
 *
 * @csspart base - the `<aside>` around the lines
 * @csspart heading - the "Help now" heading
 * @csspart line - one help line
 * @csspart phone - a line's phone link
 * @csspart more - the "More help lines" disclosure
 *
 * @cssproperty --polku-color-urgent - border, heading and numbers (default #9c1c1c)
 * @cssproperty --polku-color-urgent-surface - background (default #fdf3f2)
 */
export class PolkuHelpNow extends LitElement {
  static override styles = [sharedStyles, helpNowStyles];

  readonly #localize = new LocalizeController(this, messages);

  /** What a server rendered the finder around it with: its lines stand until the task has its own. */
  readonly #seed = new ContextConsumer(this, { context: seedContext });

  readonly #linesTask = new Task(this, {
    task: ([client]) => (client ? sharedUrgentHelp(client) : bundledUrgentHelp),
    args: () => [this.client] as const,
  });

  /** "More help lines" is open: every line, with its hours and what it is for. */
  @state() private accessor open = false;

  /** The API client; a `<polku-finder>` around this element provides it. */
  @consume({ context: clientContext, subscribe: true })
  @property({ attribute: false })
  accessor client: PolkuClient | undefined;

  /** Level of the "Help now" heading, so it fits the outline of the page (2-6). */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel = 2;

  /** The lines shown now: the API's when it has answered, else the bundled copy. */
  get lines(): readonly UrgentHelp[] {
    const seed = this.#seed.value;
    return this.#linesTask.value ?? (seed ? helpLinesOf(seed.urgentHelp) : bundledUrgentHelp);
  }

  override render() {
    const t = this.#localize.messages;
    const lines = this.lines;
    // The emergency lines always in view; with none marked, the first.
    const marked = lines.filter((line) => line.emergency);
    const urgent = marked.length ? marked : lines.slice(0, 1);
    const rest = lines.filter((line) => !urgent.includes(line));
    return html`<aside part="base" aria-labelledby="help-now-heading" lang=${this.#localize.language}>
      <div id="help-now-heading" part="heading" role="heading" aria-level=${this.headingLevel}>
        ${t.helpNowHeading}
      </div>
      <ul>
        ${urgent.map((line) => renderHelpLine(line, this.#localize, this.open ? 'all' : 'none'))}
      </ul>
      ${
        rest.length
          ? html`<details
              part="more"
              @toggle=${(event: Event) => {
                this.open = (event.target as HTMLDetailsElement).open;
              }}
            >
              <summary>${t.helpNowMore(rest.length)}</summary>
              <p>${t.helpNowIntro}</p>
              <ul>
                ${rest.map((line) => renderHelpLine(line, this.#localize, this.open ? 'all' : 'none'))}
              </ul>
            </details>`
          : nothing
      }
    </aside>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'polku-help-now': PolkuHelpNow;
  }
}
