import { ContextConsumer } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type { Service } from '@polku/contract';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { bundledUrgentHelp } from '../generated/urgent-help.js';
import { ClientController } from '../internal/client.js';
import { renderHelpLines, renderServiceContacts } from '../internal/contacts.js';
import { seedContext } from '../internal/context.js';

import { FAMILY_LIST_MAX_SERVICES } from '../internal/family-list-link.js';
import { LocalizeController, localizedText } from '../internal/localize.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { professionalMessages } from '../translations/professional/index.js';
import { sharedListStyles } from './shared-list.styles.js';

const idsConverter = {
  fromAttribute: (value: string | null): string[] =>
    (value ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean)
      .slice(0, FAMILY_LIST_MAX_SERVICES),
  toAttribute: (value: readonly string[]): string => value.join(','),
};

/**
 * @tagname polku-shared-list
 * @summary What a family sees on opening a link from their family list: exactly the chosen
 * services, in the worker's order, with providers, contacts and opening hours, and the help
 * lines. The finder renders it when its URL carries `polku-services` (see `readFamilyListLink`);
 * set `lang` to the link's `polku-lang`.
 *
 * @csspart base - the section around the list
 * @csspart service - one service
 * @csspart help - the help lines
 * @cssproperty --polku-color-accent - links and headings accent
 * @cssproperty --polku-color-urgent - border and heading of the help lines
 */
export class PolkuSharedList extends LitElement {
  static override styles = [sharedStyles, sharedListStyles];

  readonly #localize = new LocalizeController(this, professionalMessages);
  readonly #client = new ClientController(this);
  /** What a server rendered the finder around it with: a family-list link's services. */
  readonly #seed = new ContextConsumer(this, { context: seedContext });

  /** Service ids in the order to show them (attribute: comma-separated). */
  @property({ attribute: 'services', converter: idsConverter }) accessor ids: readonly string[] =
    [];
  /** API base URL (with `/v1`) when no client is provided; default the script's origin + `/v1`. */
  @property() accessor api: string | undefined;
  /** The API client; a `<polku-finder>` around this element provides it. */
  @property({ attribute: false })
  accessor client: PolkuClient | undefined;
  /** Leave out the help lines (the finder around it shows its own help-now strip). */
  @property({ attribute: 'no-help-now', type: Boolean }) accessor noHelpNow = false;
  /** Level of the list's heading (1-5), so it fits the host page's outline. */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel = 2;

  readonly #task = new Task(this, {
    task: async ([reader, key, lang], { signal }): Promise<Map<string, Service>> => {
      const seeded = this.#seeded;
      if (seeded) return seeded;
      if (!reader || !key) return new Map();
      const page = await reader.services.search(
        { id: key.split(','), per_page: FAMILY_LIST_MAX_SERVICES, lang },
        { signal },
      );
      return new Map(page.contents.map((service) => [service.id, service]));
    },
    args: () =>
      [
        this.#client.value,
        // Sorted: a different order of the same ids needs no new request.
        [...new Set(this.ids.map((id) => id.toLowerCase()))].sort().join(','),
        this.#localize.language,
      ] as const,
  });

  /** The services a server rendered this list with, while they are the ones asked for. */
  get #seeded(): Map<string, Service> | undefined {
    const shared = this.#seed.value?.shared;
    if (!shared || shared.ids.join() !== this.ids.join()) return undefined;
    return new Map(shared.services.map((service) => [service.id, service]));
  }

  #renderState() {
    const strings = this.#localize.messages.familyList;
    const { status, value } = this.#task;
    if (status === TaskStatus.COMPLETE && value) return this.#renderServices(value);
    if (status === TaskStatus.ERROR) {
      return html`<p class="error" role="alert">${strings.loadError}</p>
        <button type="button" @click=${() => this.#task.run()}>${strings.retry}</button>`;
    }
    const seeded = this.#seeded;
    return seeded ? this.#renderServices(seeded) : html`<p role="status">${strings.loading}</p>`;
  }

  #renderServices(services: Map<string, Service>) {
    const lang = this.#localize.language;
    const strings = this.#localize.messages.familyList;
    const level = Math.min(Math.max(this.headingLevel, 1), 5) + 1;
    const found = [...new Set(this.ids.map((id) => id.toLowerCase()))]
      .map((id) => services.get(id))
      .filter((service): service is Service => service !== undefined);
    const missing = new Set(this.ids.map((id) => id.toLowerCase())).size - found.length;
    return html`<ol class="services">
        ${found.map(
          (service) => html`<li part="service" class="service">
            <div class="name" role="heading" aria-level=${level}>${localizedText(service.name, lang)}</div>
            <p class="provider">${strings.provider}: ${localizedText(service.organization.name, lang)}</p>
            <p class="summary">${localizedText(service.summary, lang)}</p>
            ${service.referral.required ? html`<p>${strings.referralNeeded}</p>` : nothing}
            ${renderServiceContacts(service, lang, strings, true)}
            ${service.example_data ? html`<p class="badge">${strings.exampleData}</p>` : nothing}
          </li>`,
        )}
      </ol>
      ${missing > 0 ? html`<p class="missing">${strings.sharedMissing(missing)}</p>` : nothing}`;
  }

  /** Settles once the services are shown, or their request failed. */
  get loaded(): Promise<void> {
    return this.updateComplete
      .then(() => this.#task.taskComplete)
      .then(
        () => undefined,
        () => undefined,
      );
  }

  override render() {
    const lang = this.#localize.language;
    const strings = this.#localize.messages.familyList;
    const level = Math.min(Math.max(this.headingLevel, 1), 5);
    return html`<section part="base" aria-labelledby="shared-title" lang=${lang}>
      <div id="shared-title" class="title" role="heading" aria-level=${level}>
        ${strings.sharedTitle}
      </div>
      <p>${strings.sharedIntro}</p>
      ${this.#renderState()}
      ${
        this.noHelpNow
          ? nothing
          : html`<section part="help" class="help" aria-labelledby="shared-help-title">
              <div id="shared-help-title" class="help-title" role="heading" aria-level=${level + 1}>
                ${strings.helpTitle}
              </div>
              ${renderHelpLines(bundledUrgentHelp, lang, strings, true)}
            </section>`
      }
    </section>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'polku-shared-list': PolkuSharedList;
  }
}
