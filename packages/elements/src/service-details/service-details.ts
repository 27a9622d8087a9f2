import { consume } from '@lit/context';
import { initialState, Task, TaskStatus } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type { Channel, OpeningHours, Service, ServiceGuidance } from '@polku/contract';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { literal, html as staticHtml } from 'lit/static-html.js';
import { renderAddButton } from '../internal/add-button.js';
import { clientContext, type FinderView, familyListContext } from '../internal/context.js';
import { formatDate, languageName, regularHours } from '../internal/format.js';
import { LocalizeController } from '../internal/localize.js';
import { mailtoUrl, safeUrl, telUrl } from '../internal/safe-url.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { sharedGuidance } from '../internal/shared-data.js';
import { detailsMessages } from '../translations/details/index.js';
import { serviceDetailsStyles } from './service-details.styles.js';

/** The element that has focus, looking into open shadow roots. */
function deepActiveElement(): HTMLElement | undefined {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : undefined;
}

/**
 * @tagname polku-service-details
 * @summary The details of one service in a modal dialog: description, every channel as a real
 * link, opening hours, address, referral and cost. Escape or "Close" closes it, and focus returns
 * to what had it before (the card's button). Given a `Service` it shows it at once; given an id it
 * fetches the service through the client that `<polku-finder>` provides. With `inline`, the same
 * details stand in the page instead, the service's name as its main heading (a service's own page,
 * as the hosted pages serve at `/fi/palvelu/<id>`).
 *
 * @csspart dialog - the `<dialog>`
 * @csspart base - with `inline`: the `<article>` the details stand in
 * @csspart heading - the service's name
 * @csspart close-button - the close button
 * @csspart add-button - professional view: the "Add to family list" button
 *
 * @fires {CustomEvent<FamilyListAddDetail>} polku-list-add - professional view: the person
 * pressed "Add to family list" (`detail.id`)
 */
export class PolkuServiceDetails extends LitElement {
  static override styles = [sharedStyles, serviceDetailsStyles];

  readonly #localize = new LocalizeController(this, detailsMessages);
  #returnFocusTo: HTMLElement | undefined;

  readonly #serviceTask = new Task(this, {
    task: async ([client, id, preset], { signal }) => {
      // A service the caller already has needs no request.
      if (!id || preset?.id === id) return initialState;
      if (!client) throw new Error('No Polku client to fetch the service with');
      return client.services.get(id, { signal });
    },
    args: () => [this.client, this.serviceId, this.service] as const,
  });

  // Where to ask instead when a service publishes no contact: the catalogue's service guidance
  // (the API root), fetched only then and once.
  #guidance: Promise<unknown> | undefined;
  @state() accessor guidance: ServiceGuidance | undefined;

  #askGuidance() {
    // A failed request leaves the section without the guidance; the note and page still show.
    this.#guidance ??= this.client
      ? sharedGuidance(this.client).then((guidance) => {
          this.guidance = guidance;
        }, Boolean)
      : undefined;
  }

  /** The API client; a `<polku-finder>` around this element provides it. */
  @consume({ context: clientContext, subscribe: true })
  @property({ attribute: false })
  accessor client: PolkuClient | undefined;

  /** Ids on the family list; a professional `<polku-finder>` provides them. */
  @consume({ context: familyListContext, subscribe: true })
  @property({ attribute: false })
  accessor familyList: readonly string[] | undefined;

  /** Id of the service to show (fetched unless `service` already is that service). */
  @property({ attribute: 'service-id' }) accessor serviceId: string | undefined;

  /** The service to show, when the caller already has it. */
  @property({ attribute: false }) accessor service: Service | undefined;

  /**
   * Shows the details in the page, not in a dialog: no close button, the name a first-level
   * heading and each section's a second-level one. `show()` and `close()` do nothing then.
   */
  @property({ type: Boolean }) accessor inline = false;

  /** `professional` puts referral first and offers "Add to family list". */
  @property() accessor view: FinderView = 'family';

  #onClose() {
    const target = this.#returnFocusTo;
    this.#returnFocusTo = undefined;
    if (target?.isConnected) target.focus();
  }

  #onClick(event: MouseEvent) {
    // A click on the backdrop lands on the <dialog> itself; the content sits in `.inner`.
    if (event.target === event.currentTarget) this.close();
  }

  #renderHours(hours: OpeningHours | undefined) {
    const t = this.#localize.messages;
    const lines = regularHours(hours, this.#localize.language);
    if (!hours?.always_open && lines.length === 0 && !hours?.description) return nothing;
    return html`<span class="muted">
      ${t.hours}: ${hours?.always_open ? t.alwaysOpen : lines.join('; ')}
      ${hours?.description ? this.#localize.text(hours.description) : nothing}
    </span>`;
  }

  #renderChannel(channel: Channel) {
    const t = this.#localize.messages;
    const label = channel.label ? html` – ${this.#localize.text(channel.label)}` : nothing;
    let reach: unknown = nothing;
    let hours: unknown = nothing;
    switch (channel.type) {
      case 'phone': {
        const href = telUrl(channel.phone);
        reach = href ? html`<a href=${href}>${channel.phone}</a>` : channel.phone;
        hours = this.#renderHours(channel.hours);
        break;
      }
      case 'online':
      case 'chat': {
        const href = safeUrl(channel.url);
        reach = href
          ? html`<a href=${href} target="_blank" rel="noopener noreferrer">${href}</a>`
          : nothing;
        hours = this.#renderHours(channel.hours);
        break;
      }
      case 'email': {
        const href = mailtoUrl(channel.email);
        reach = href ? html`<a href=${href}>${channel.email}</a>` : nothing;
        break;
      }
      case 'in_person': {
        const address = channel.address;
        reach = html`${this.#localize.text(address.street)}, ${address.postal_code}
        ${this.#localize.text(address.post_office)}`;
        hours = this.#renderHours(channel.hours);
        break;
      }
    }
    const languages = channel.languages?.length
      ? html`<span class="muted">
          ${t.languages}:
          ${channel.languages.map((code) => languageName(code, this.#localize.language)).join(', ')}
        </span>`
      : nothing;
    return html`<li>
      <span class="channel-type">${t.channelTypes[channel.type] ?? ''}</span>${label}<br />
      ${reach} ${hours} ${languages}
    </li>`;
  }

  #renderService(service: Service) {
    const t = this.#localize.messages;
    // Under the name: a level below it, in the dialog (h2) and on a page of its own (h1). The
    // templates that hold this heading are lit's static `staticHtml`.
    const h = this.inline ? literal`h2` : literal`h3`;
    const language = this.#localize.language;
    const page = safeUrl(service.url);
    const checked = formatDate(service.source.checked, language);
    const referral = staticHtml`<section>
      <${h}>${t.referral}</${h}>
      <p>${service.referral.required ? t.referralRequired : t.referralNotRequired}</p>
      ${
        service.referral.description
          ? html`<p>${this.#localize.text(service.referral.description)}</p>`
          : nothing
      }
    </section>`;
    const onList = this.familyList?.includes(service.id) ?? false;
    // Only ways to get in touch stand under the contact heading (a home visit is how help comes,
    // told in the description).
    const contacts = service.channels.filter((c) => c.type !== 'home_visit');
    if (!contacts.length) this.#askGuidance();
    return staticHtml`
      ${
        this.view === 'professional'
          ? html`<p class="add-row">
              ${renderAddButton(this, service.id, this.#localize.plain(service.name), onList, t)}
              <span class="visually-hidden" role="status">${onList ? t.onList : ''}</span>
            </p>
            ${referral}`
          : nothing
      }
      <section>
        <${h}>${t.about}</${h}>
        <p class="description">${this.#localize.text(service.description)}</p>
        ${service.example_data ? html`<p><span class="badge">${t.exampleData}</span></p>` : nothing}
      </section>
      <section>
        <${h}>${t.contact}</${h}>
        ${contacts.length ? html`<ul>${contacts.map((c) => this.#renderChannel(c))}</ul>` : nothing}
        ${service.contact_note ? html`<p>${this.#localize.text(service.contact_note)}</p>` : nothing}
        ${
          contacts.length || !this.guidance
            ? nothing
            : html`<p>${t.askInstead}:</p>
              <ul>${this.guidance.channels.map((c) => this.#renderChannel(c))}</ul>`
        }
        ${
          page
            ? html`<p>
              <a href=${page} target="_blank" rel="noopener noreferrer">${t.servicePage}</a>
            </p>`
            : nothing
        }
      </section>
      ${this.view === 'professional' ? nothing : referral}
      <section>
        <${h}>${t.cost}</${h}>
        ${service.cost.free === undefined ? nothing : html`<p>${service.cost.free ? t.free : t.paid}</p>`}
        ${
          service.cost.description
            ? html`<p>${this.#localize.text(service.cost.description)}</p>`
            : nothing
        }
      </section>
      <section>
        <${h}>${t.languages}</${h}>
        <p>${service.delivery_languages.map((code) => languageName(code, language)).join(', ')}</p>
      </section>
      ${
        service.audience.description
          ? staticHtml`<section>
            <${h}>${t.audience}</${h}>
            <p>${this.#localize.text(service.audience.description)}</p>
          </section>`
          : nothing
      }
      <p class="muted">
        ${t.source(this.#localize.plain(service.source.title) || service.source.name)}${checked ? html`, ${t.checked(checked)}` : nothing}
      </p>
    `;
  }

  /** Whether the dialog is open. */
  get open(): boolean {
    return this.renderRoot?.querySelector('dialog')?.open ?? false;
  }

  /**
   * Opens the dialog on a service (or a service id to fetch). Focus returns on close to the
   * element that had it when this was called.
   */
  async show(service: Service | string): Promise<void> {
    if (this.inline) return;
    this.#returnFocusTo = deepActiveElement();
    if (typeof service === 'string') {
      this.service = undefined;
      this.serviceId = service;
    } else {
      this.service = service;
      this.serviceId = service.id;
    }
    await this.updateComplete;
    const dialog = this.renderRoot.querySelector('dialog');
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLButtonElement>('.close')?.focus();
  }

  /** Closes the dialog; focus returns where it was before `show()`. */
  close(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  override render() {
    const t = this.#localize.messages;
    // A service given without an id (a page of its own) is the one shown.
    const preset =
      this.service && (this.serviceId === undefined || this.service.id === this.serviceId)
        ? this.service
        : undefined;
    const status = preset ? TaskStatus.COMPLETE : this.#serviceTask.status;
    const service =
      preset ?? (status === TaskStatus.COMPLETE ? this.#serviceTask.value : undefined);
    const failed = status === TaskStatus.ERROR;
    let body: unknown = html`<p role="status">${t.detailsLoading}</p>`;
    if (service) body = this.#renderService(service);
    else if (failed)
      body = html`<p role="alert">${t.detailsError}</p>
        <button type="button" @click=${() => this.#serviceTask.run()}>${t.retry}</button>`;
    const heading = service
      ? this.#localize.text(service.name)
      : failed
        ? t.detailsError
        : t.detailsLoading;
    const provider = service
      ? html`<p class="provider">${this.#localize.text(service.organization.name)}</p>`
      : nothing;
    if (this.inline)
      return html`<article part="base" aria-labelledby="details-heading" lang=${this.#localize.language}>
        <h1 id="details-heading" part="heading">${heading}</h1>
        ${provider} ${body}
      </article>`;
    return html`<dialog
      part="dialog"
      aria-labelledby="details-heading"
      lang=${this.#localize.language}
      @close=${this.#onClose}
      @click=${this.#onClick}
    >
      <div class="inner">
        <div class="header">
          <div>
            <div id="details-heading" part="heading" role="heading" aria-level="2">${heading}</div>
            ${provider}
          </div>
          <button class="close" part="close-button" type="button" @click=${this.close}>
            ${t.close}
          </button>
        </div>
        ${body}
      </div>
    </dialog>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'polku-service-details': PolkuServiceDetails;
  }
}
