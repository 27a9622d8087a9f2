import { consume } from '@lit/context';
import { Task } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type { LocalizedText, ServiceChain, ServiceSummary, Tier } from '@polku/contract';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { type StaticValue, html as staticHtml, unsafeStatic } from 'lit/static-html.js';
import { bundledTiers } from '../generated/tiers.js';
import { ClientController } from '../internal/client.js';
import { type FinderView, tiersContext } from '../internal/context.js';
import { emit, requestAddToFamilyList } from '../internal/events.js';
import { LocalizeController, localizedText, plainText } from '../internal/localize.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { sharedChain, sharedTiers } from '../internal/shared-data.js';
import type { PolkuServiceDetails } from '../service-details/service-details.js';
import { professionalMessages } from '../translations/professional/index.js';
import { chainStyles } from './chain.styles.js';
import { renderChainTier } from './chain-tier.js';

// Heading tags from a fixed list: nothing from outside ever becomes markup.
const HEADINGS = ['h1', 'h2', 'h3', 'h4', 'h5', 'h6'].map((tag) => unsafeStatic(tag));

function heading(level: number): StaticValue {
  // The list has six entries and the index is clamped to 0-5.
  return HEADINGS[Math.min(Math.max(level, 1), 6) - 1] as StaticValue;
}

/**
 * @tagname polku-chain
 * @summary A service chain (palveluketju) for professionals: phenomenon, target group, goals,
 * grounds, measurable main goal and guiding principles, then the four tiers as a ladder, each
 * with its goal, services, key measures, risks, indicators and effectiveness measures. Readable
 * at 320 px, printable on A4 (buttons hidden, services as plain names). With `compact` (the
 * finder's side column): the name and the ladder with each tier's goal and
 * services, measures, risks and indicators behind a disclosure per tier, and a button that opens
 * the whole chain in a dialog.
 *
 * Pressing a service's name fires `polku-select`; the chain also opens the details itself unless
 * `no-details` is set (inside `<polku-finder>`, which opens its own). In the professional view
 * each service has "Add to family list", which dispatches `polku-list-add` for
 * `<polku-family-list>` to pick up anywhere on the page.
 *
 * @fires {CustomEvent<{ id: string }>} polku-select - the user opened a service's details
 * @fires {CustomEvent<{ id: string }>} polku-list-add - the user added a service to the family list (professional view)
 * @csspart base - the `<article>` around the chain
 * @csspart ladder - the ordered list of tiers
 * @csspart tier - one tier
 * @csspart service - one service in a tier
 * @csspart add-button - a service's "Add to family list" button
 * @cssproperty --polku-color-accent - headings' accent, buttons and the ladder's rails
 * @cssproperty --polku-color-surface - background of a tier
 */
export class PolkuChain extends LitElement {
  static override styles = [sharedStyles, chainStyles];

  readonly #localize = new LocalizeController(this, professionalMessages);
  readonly #client = new ClientController(this);

  /** The service chain's id, for example `perheiden-jaksaminen`. */
  @property() accessor chain: string | undefined;
  /** API base URL (with `/v1`) when no client is provided; default the script's origin + `/v1`. */
  @property() accessor api: string | undefined;
  /** The API client; a `<polku-finder>` around this element provides it. */
  @property({ attribute: false })
  accessor client: PolkuClient | undefined;
  /** The tiers (for their names); a `<polku-finder>` provides them, otherwise they are fetched. */
  @consume({ context: tiersContext, subscribe: true })
  @property({ attribute: false })
  accessor tiers: readonly Tier[] | undefined;
  /** `professional` shows referral requirements and "Add to family list" buttons. */
  @property() accessor view: FinderView = 'family';
  /** Level of the chain's name heading (1-3); sections, tiers and their parts go below it. */
  @property({ attribute: 'heading-level', type: Number }) accessor headingLevel = 2;
  /** Only fire `polku-select`; do not open the details here (the finder opens its own). */
  @property({ attribute: 'no-details', type: Boolean }) accessor noDetails = false;
  /** The short form for a side column, with the whole chain one button away. */
  @property({ type: Boolean }) accessor compact = false;
  /** The whole chain's dialog is open (compact form). */
  @state() private accessor fullOpen = false;

  readonly #task = new Task(this, {
    task: async ([reader, id, lang]) => {
      if (!reader) throw new Error('No Polku client: set `api` or place the chain in a finder');
      if (!id) throw new Error('No service chain id: set `chain`');
      return sharedChain(reader, id, lang);
    },
    args: () => [this.#client.value, this.chain, this.#localize.language] as const,
  });

  /** The API's tiers when no finder provides them (the bundled copy until then). */
  readonly #tiersTask = new Task(this, {
    task: async ([reader, provided]) => provided ?? sharedTiers(reader),
    args: () => [this.#client.value, this.tiers] as const,
  });

  #open(service: ServiceSummary): void {
    emit(this, 'polku-select', { id: service.id });
    if (this.noDetails) return;
    this.renderRoot.querySelector<PolkuServiceDetails>('polku-service-details')?.show(service.id);
  }

  #add(service: ServiceSummary): void {
    requestAddToFamilyList(this, service.id);
  }

  #textList(texts: readonly LocalizedText[]) {
    return html`<ul>
      ${texts.map((text) => html`<li>${localizedText(text, this.#localize.language)}</li>`)}
    </ul>`;
  }

  #renderChain(chain: ServiceChain, tiers: readonly Tier[]) {
    const lang = this.#localize.language;
    const strings = this.#localize.messages.chain;
    const level = Math.min(Math.max(this.headingLevel, 1), 3);
    const [h, h1, h2, h3] = [
      heading(level),
      heading(level + 1),
      heading(level + 2),
      heading(level + 3),
    ];
    const compact = this.compact;
    const ctx = {
      lang,
      strings,
      tiers,
      professional: this.view === 'professional',
      compact,
      tierHeading: compact ? h1 : h2,
      partHeading: compact ? h2 : h3,
      onOpen: (service: ServiceSummary) => this.#open(service),
      onAdd: (service: ServiceSummary) => this.#add(service),
    };
    const ladder = html`<ol part="ladder" class="ladder">
      ${[...chain.tiers].sort((a, b) => a.level - b.level).map((tier) => renderChainTier(tier, ctx))}
    </ol>`;
    if (compact) return this.#renderCompact(chain, tiers, h, ladder);
    return staticHtml`<article part="base" class="chain" aria-labelledby="chain-name">
      <${h} id="chain-name" class="chain-name">${localizedText(chain.name, lang)}</${h}>
      ${chain.example_data ? html`<p><span class="badge">${strings.exampleData}</span></p>` : nothing}
      <dl class="facts">
        <div><dt>${strings.phenomenon}</dt><dd>${localizedText(chain.phenomenon, lang)}</dd></div>
        <div><dt>${strings.targetGroup}</dt><dd>${localizedText(chain.target_group, lang)}</dd></div>
      </dl>
      <div class="overview">
        <section aria-labelledby="goals"><${h1} id="goals">${strings.goals}</${h1}>
          ${this.#textList(chain.goals)}</section>
        <section class="main-goal" aria-labelledby="main-goal"><${h1} id="main-goal">${strings.mainGoal}</${h1}>
          <p>${localizedText(chain.main_goal, lang)}</p></section>
        ${
          chain.grounds.length
            ? staticHtml`<section aria-labelledby="grounds"><${h1} id="grounds">${strings.grounds}</${h1}>
                ${this.#textList(chain.grounds)}</section>`
            : nothing
        }
        <section aria-labelledby="principles"><${h1} id="principles">${strings.guidingPrinciples}</${h1}>
          ${this.#textList(chain.guiding_principles)}</section>
      </div>
      <section class="ladder-section" aria-labelledby="ladder">
        <${h1} id="ladder">${strings.ladder}</${h1}>
        <p>${strings.ladderIntro}</p>
        ${ladder}
      </section>
      <p class="source">${strings.source(chain.source.name)}</p>
    </article>`;
  }

  #renderCompact(chain: ServiceChain, tiers: readonly Tier[], h: StaticValue, ladder: unknown) {
    const lang = this.#localize.language;
    const strings = this.#localize.messages.chain;
    return staticHtml`<article part="base" class="chain compact" aria-labelledby="chain-name">
      <${h} id="chain-name" class="chain-name">${localizedText(chain.name, lang)}</${h}>
      ${ladder}
      <button type="button" class="open-full" aria-haspopup="dialog" @click=${this.#openFull}>
        ${strings.openFull}</button>
      <dialog class="full" aria-label=${plainText(chain.name, lang)} @close=${() => {
        this.fullOpen = false;
      }}>
        <div class="dialog-bar">
          <button type="button" @click=${this.#closeFull}>${strings.close}</button>
        </div>
        ${
          this.fullOpen
            ? html`<polku-chain chain=${this.chain ?? nothing} api=${this.api ?? nothing} view=${this.view} lang=${lang}
                ?no-details=${this.noDetails} .client=${this.client} .tiers=${tiers}></polku-chain>`
            : nothing
        }
      </dialog>
    </article>`;
  }

  async #openFull(): Promise<void> {
    this.fullOpen = true;
    await this.updateComplete;
    this.renderRoot.querySelector('dialog')?.showModal();
  }

  #closeFull(): void {
    this.renderRoot.querySelector('dialog')?.close();
  }

  override render() {
    const lang = this.#localize.language;
    const strings = this.#localize.messages.chain;
    return html`<div lang=${lang}>
      ${this.#task.render({
        // A screen's height kept while it loads, so the page below does not jump when it comes.
        initial: () => html`<p class="loading" role="status">${strings.loading}</p>`,
        pending: () => html`<p class="loading" role="status">${strings.loading}</p>`,
        complete: (chain) =>
          this.#renderChain(chain, this.tiers ?? this.#tiersTask.value ?? bundledTiers),
        error: (error) => html`<div class="error" role="alert">
            <p>${(error as { status?: unknown })?.status === 404 ? strings.notFound : strings.loadError}</p>
          </div>
          <button type="button" @click=${() => this.#task.run()}>${strings.retry}</button>`,
      })}
      ${
        this.noDetails
          ? nothing
          : // A standalone chain opens the same details dialog as the finder.
            html`<polku-service-details view=${this.view} lang=${lang}
              .client=${this.#client.value}></polku-service-details>`
      }
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'polku-chain': PolkuChain;
  }
}
