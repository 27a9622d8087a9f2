import { consume } from '@lit/context';
import type { Channel, Service, ServiceSummary, Tier } from '@polku/contract';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { renderAddButton } from '../internal/add-button.js';
import { type FinderView, familyListContext, tiersContext } from '../internal/context.js';
import { emit } from '../internal/events.js';
import { LocalizeController } from '../internal/localize.js';
import { mailtoUrl, safeUrl, telUrl } from '../internal/safe-url.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { messages } from '../translations/index.js';
import { serviceCardStyles } from './service-card.styles.js';

/**
 * @tagname polku-service-card
 * @summary One service in a list: its name as a heading, who provides it, a one-line summary,
 * its tiers, how to get in touch, and a button that asks for the details (a link, when the card
 * has `detailsHref`: the service's own page). Takes a full `Service` or a chain's `ServiceSummary`.
 *
 * @fires {CustomEvent<PolkuSelectDetail>} polku-select - the person pressed "More details" (or
 * clicked its link without a modifier key, which then does not navigate); `detail.id` is the
 * service's id. `<polku-finder>` answers by opening `<polku-service-details>`.
 * @fires {CustomEvent<FamilyListAddDetail>} polku-list-add - professional view: the person
 * pressed "Add to family list" (`detail.id`); a `<polku-family-list>` picks it up
 *
 * @csspart card - the `<article>`
 * @csspart heading - the service's name
 * @csspart provider - who provides it
 * @csspart summary - the one-line summary
 * @csspart badges - tiers, cost, referral and example-data badges
 * @csspart referral - professional view: the referral line ("Lähete: ei tarvita")
 * @csspart contact - the first way to get in touch
 * @csspart details-button - the "More details" button, or link with `detailsHref`
 * @csspart add-button - professional view: the "Add to family list" button
 */
export class PolkuServiceCard extends LitElement {
  static override styles = [sharedStyles, serviceCardStyles];

  readonly #localize = new LocalizeController(this, messages);

  /** The tiers, for their names; a `<polku-finder>` around the card provides them. */
  @consume({ context: tiersContext, subscribe: true })
  @property({ attribute: false })
  accessor tiers: readonly Tier[] | undefined;

  /** Ids on the family list; a professional `<polku-finder>` provides them. */
  @consume({ context: familyListContext, subscribe: true })
  @property({ attribute: false })
  accessor familyList: readonly string[] | undefined;

  /** The service to show. */
  @property({ attribute: false }) accessor service: Service | ServiceSummary | undefined;

  /**
   * The service's own page (`<polku-finder details-link>` gives it): "More details" is then a
   * link to it, usable before the script has run and without it.
   */
  @property({ attribute: 'details-href' }) accessor detailsHref: string | undefined;

  /** Level of the name heading (2-6), so the card fits the page's outline. */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel = 3;

  /**
   * `professional` shows the referral requirement and provider type in full, and an "Add to
   * family list" button.
   */
  @property() accessor view: FinderView = 'family';

  #tierBadge(level: number) {
    const t = this.#localize.messages;
    const tier = this.tiers?.find((candidate) => candidate.level === level);
    return html`<span class="badge">${t.tierLevel(level)}${
      tier ? html` · ${this.#localize.text(tier.name)}` : nothing
    }</span>`;
  }

  #contact(channels: readonly Channel[]) {
    const t = this.#localize.messages;
    for (const channel of channels) {
      if (channel.type === 'phone') {
        const href = telUrl(channel.phone);
        if (href) return html`<a href=${href}>${t.call(channel.phone)}</a>`;
      } else if (channel.type === 'online' || channel.type === 'chat') {
        const href = safeUrl(channel.url);
        if (href)
          return html`<a href=${href} target="_blank" rel="noopener noreferrer"
            >${channel.label ? this.#localize.text(channel.label) : t.channelTypes[channel.type]}</a
          >`;
      } else if (channel.type === 'email') {
        const href = mailtoUrl(channel.email);
        if (href) return html`<a href=${href}>${channel.email}</a>`;
      }
    }
    return t.noDirectContact;
  }

  #openDetails() {
    if (this.service) emit(this, 'polku-select', { id: this.service.id });
  }

  #onDetailsLink(event: MouseEvent) {
    // A new tab or window, or a download, stays the link's own.
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    this.#openDetails();
  }

  #detailsControl(service: Service | ServiceSummary) {
    const t = this.#localize.messages;
    const label = html`${t.moreAbout}<span class="visually-hidden">: ${this.#localize.plain(service.name)}</span>`;
    return this.detailsHref
      ? html`<a part="details-button" class="details-link" href=${this.detailsHref}
          @click=${this.#onDetailsLink}>${label}</a>`
      : html`<button part="details-button" type="button" @click=${this.#openDetails}>${label}</button>`;
  }

  /** Moves focus to "More details" (where focus returns after the details close). */
  override focus(options?: FocusOptions): void {
    this.renderRoot.querySelector<HTMLElement>('[part="details-button"]')?.focus(options);
  }

  override render() {
    const service = this.service;
    if (!service) return nothing;
    const t = this.#localize.messages;
    const full = 'channels' in service ? service : undefined;
    const professional = this.view === 'professional';
    return html`<article part="card" aria-labelledby="name" lang=${this.#localize.language}>
      <div id="name" part="heading" role="heading" aria-level=${this.headingLevel}>
        ${this.#localize.text(service.name)}
      </div>
      <p part="provider" class="provider">
        ${this.#localize.text(service.organization.name)}${
          professional ? html` (${t.providerTypes[service.provider_type] ?? ''})` : nothing
        }
      </p>
      <p part="summary">${this.#localize.text(service.summary)}</p>
      <p part="badges" class="badges">
        ${service.tiers.map((level) => this.#tierBadge(level))}
        ${full?.cost.free ? html`<span class="badge">${t.free}</span>` : nothing}
        ${
          service.referral?.required === false && !professional
            ? html`<span class="badge">${t.noReferral}</span>`
            : nothing
        }
        ${full?.example_data ? html`<span class="badge example">${t.exampleData}</span>` : nothing}
      </p>
      ${
        // One short line; how to get a referral is in the details.
        professional && service.referral
          ? html`<p class="referral" part="referral">
            <span class="label">${t.referral}:</span>
            ${service.referral.required ? t.referralNeeded : t.referralNotNeeded}
          </p>`
          : nothing
      }
      ${full ? html`<p part="contact" class="contact">${this.#contact(full.channels)}</p>` : nothing}
      <div class="actions">
        ${this.#detailsControl(service)}
        ${
          professional
            ? renderAddButton(
                this,
                service.id,
                this.#localize.plain(service.name),
                this.familyList?.includes(service.id) ?? false,
                t,
              )
            : nothing
        }
      </div>
    </article>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'polku-service-card': PolkuServiceCard;
  }
}
