import { ContextProvider } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type { TierLevel } from '@polku/contract';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import { ClientController } from '../internal/client.js';
import {
  clientContext,
  type FinderView,
  languageContext,
  tiersContext,
} from '../internal/context.js';
import type { FamilyListAddDetail, PolkuSelectDetail } from '../internal/events.js';
import { readFamilyListLink } from '../internal/family-list-link.js';
import { LocalizeController } from '../internal/localize.js';
import { sharedStyles } from '../internal/shared.styles.js';
import type { PolkuServiceDetails } from '../service-details/service-details.js';
import { messages } from '../translations/index.js';
import { renderFilterArea } from './filters.js';
import { finderStyles } from './finder.styles.js';
import { ProfessionalController } from './professional-controller.js';
import { renderSide, whenLoaded } from './professional-view.js';
import { renderResultsSection } from './results.js';
import { SearchController } from './search-controller.js';
import { parseTier, splitList } from './search-state.js';
import { selfCheckMode } from './self-check-mode.js';
import { renderTiers } from './tiers.js';

/**
 * @tagname polku-finder
 * @summary The embeddable, tier-aware family-support service finder: a warm intro, the four
 * tiers in plain language, search, filters with counts, results as cards, details in a dialog,
 * and the urgent help lines always in view. Provides the API client, its language and the tiers
 * to the elements inside it through Lit context.
 *
 * Language: the element's own `lang` (`fi`, `sv`, `en`), else the nearest ancestor's, i.e. the
 * page's `<html lang>`, else Finnish; each finder on a page has its own. Catalogue text missing in
 * that language shows in another, marked with its `lang` and a visible note.
 *
 * Professional view (`view="professional"`): cards show a short referral line and the provider
 * type and have "Add to family list"; beside the results (below them on a narrow finder, with a
 * "Family's service list (n)" button by the results heading) stand a sticky `<polku-family-list>`
 * and the compact service chain (`<polku-chain compact>`: the `chain` attribute's first id, else
 * the catalogue's first chain). In the script-tag embed these come from a second file beside
 * `polku-finder.js`, loaded only then; the results never wait for it.
 *
 * Family-list links: when the page's URL carries `polku-services` (and `polku-lang`), as the
 * links copied from a family list do, the finder shows exactly those services
 * (`<polku-shared-list>`) in the link's language, with a button to the whole finder.
 *
 * Self-check: a link under the intro opens `<polku-self-check>` (a chunk of its own) in the
 * finder's place; a suggestions link it copied (`#polku-suggested-tier=N`) opens it there too.
 *
 * @attr {string} lang - `fi`, `sv` or `en`; default the nearest ancestor's `lang`, else `fi`
 *
 * @fires {CustomEvent<PolkuSearchDetail>} polku-search - results of a search the person made
 * arrived (`total`, `tier`, `hasQuery`, `filterCount`; never the text they typed)
 * @fires {CustomEvent<PolkuSelectDetail>} polku-select - the person opened a service (`id`)
 * @fires {CustomEvent<PolkuTierChangeDetail>} polku-tier-change - the person chose a tier
 * (`tier`, `undefined` for "show all")
 * @fires {CustomEvent<FamilyListChangeDetail>} polku-list-change - professional view: the person
 * added, moved or removed a service on the family list (`count`; never the ids or notes)
 *
 * @csspart base - the finder's outer box
 * @csspart intro - the intro heading and text
 * @csspart help-now - the urgent help lines (`<polku-help-now>`; its own parts are exported as
 * `help-now-base`, `help-now-line`, `help-now-phone`)
 * @csspart tiers - the tier radio group
 * @csspart tier-option - one tier choice
 * @csspart search - the search form
 * @csspart search-input - the search field
 * @csspart filters - the filter panel
 * @csspart results - the results section
 * @csspart count - the live results count
 * @csspart card - a service card's `<article>` (exported from `<polku-service-card>`)
 * @csspart details-button - a card's "More details" button
 * @csspart message - the loading, empty and error messages
 * @csspart add-button - professional view: a card's "Add to family list" button
 * @csspart side - professional view: the column with the family list and the chain
 * @csspart list-jump - professional view, narrow finder: the button to the family list
 * @csspart family-list - professional view: the `<polku-family-list>`
 * @csspart chain - professional view: the `<polku-chain>`
 * @csspart shared-list - the `<polku-shared-list>` shown for a family-list link
 * @csspart self-check - the `<polku-self-check>` opened from the intro's link
 *
 * @cssproperty --polku-font - font family (default: the page's, inherited)
 * @cssproperty --polku-font-size - base font size (default: inherited)
 * @cssproperty --polku-color-text - text colour (default #1d2528)
 * @cssproperty --polku-color-muted - secondary text colour (default #4a5659)
 * @cssproperty --polku-color-background - background of cards and dialog (default #ffffff)
 * @cssproperty --polku-color-surface - background of the tier choices and panels (default #f5f7f6)
 * @cssproperty --polku-color-border - borders (default #7b8a8d)
 * @cssproperty --polku-color-accent - links, buttons, the chosen tier (default #0f5d63)
 * @cssproperty --polku-color-on-accent - text on the accent colour (default #ffffff)
 * @cssproperty --polku-color-focus - focus ring (default #b3471d)
 * @cssproperty --polku-color-urgent - help-now border, heading and numbers (default #9c1c1c)
 * @cssproperty --polku-color-urgent-surface - help-now background (default #fdf3f2)
 * @cssproperty --polku-radius - corner radius (default 0.5rem)
 * @cssproperty --polku-space - base spacing (default 1rem)
 */
export class PolkuFinder extends LitElement {
  static override styles = [sharedStyles, finderStyles];

  readonly #localize = new LocalizeController(this, messages);
  readonly #client = new ClientController(this, false);
  readonly #clientProvider = new ContextProvider(this, { context: clientContext });
  readonly #languageProvider = new ContextProvider(this, { context: languageContext });
  readonly #tiersProvider = new ContextProvider(this, { context: tiersContext });

  readonly #tiersTask = new Task(this, {
    task: async ([client], { signal }) => (await client.tiers.list({ signal })).contents,
    args: () => [this.#client.value] as const,
  });

  readonly #municipalitiesTask = new Task(this, {
    task: async ([client], { signal }) => (await client.municipalities.list({ signal })).contents,
    args: () => [this.#client.value] as const,
  });

  readonly #professional = new ProfessionalController(this, this.#client);
  readonly #search = new SearchController(this, this.#client, this.#localize);
  readonly #selfCheck = selfCheckMode(this, this.#localize);

  @state() private accessor filtersOpen = false;

  /** Base URL of the Polku API, including `/v1`. Default: the script's origin plus `/v1`. */
  @property() accessor api = '';

  /** A ready client (instead of `api`), for bundler users and tests. Wins over `api`. */
  @property({ attribute: false }) accessor client: PolkuClient | undefined;

  /** Municipality codes to filter by at first (`"638"`, `"638,434"`); the person can change it. */
  @property() accessor municipality = '';

  /** The tier (1-4) chosen at first; services of lighter tiers follow it. */
  @property({ converter: { fromAttribute: (value) => parseTier(value) } })
  accessor tier: TierLevel | undefined;

  /** Service chain ids to limit the services to (`"perheiden-jaksaminen"`). */
  @property() accessor chain = '';

  /**
   * `family` (default) or `professional`: a referral line and the provider type on every card,
   * "Add to family list", and the family list and the service chain beside the results.
   */
  @property() accessor view: FinderView = 'family';

  /**
   * Professional view: the page a family-list link opens (the public finder page), when it is not
   * this one. The link carries only service ids and the family's language.
   */
  @property({ attribute: 'family-page' }) accessor familyPage = '';

  /**
   * Keeps the search, the tier and the filters in `polku-*` URL parameters (replacing the
   * history entry), so a link reproduces the view. Off by default: the text a person typed then
   * stands in the address bar and the browser history. Use on one finder per page.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) accessor syncUrl = false;

  /** Hides the urgent help lines (only where the page shows them itself). */
  @property({ type: Boolean, attribute: 'no-help-now' }) accessor noHelpNow = false;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('municipality')) {
      this.#search.filters = {
        ...this.#search.filters,
        municipality: splitList(this.municipality),
      };
    }
    if (!this.hasUpdated) {
      const link = readFamilyListLink(location);
      if (link) {
        this.#professional.sharedIds = link.ids;
        // The family's language, chosen by the worker, wins over the page's.
        this.#localize.preferred = link.lang;
      }
    }
    this.#clientProvider.setValue(this.#client.value);
    this.#languageProvider.setValue(this.#localize.language);
    this.#tiersProvider.setValue(this.#tiersTask.value);
  }

  get #details(): PolkuServiceDetails | null {
    return this.renderRoot.querySelector('polku-service-details');
  }

  #onInput(event: InputEvent) {
    this.#search.type((event.target as HTMLInputElement).value);
  }

  #onSubmit(event: SubmitEvent) {
    event.preventDefault();
    this.#search.submit();
  }

  #retry() {
    if (this.#tiersTask.status === TaskStatus.ERROR) this.#tiersTask.run();
    if (this.#municipalitiesTask.status === TaskStatus.ERROR) this.#municipalitiesTask.run();
    this.#search.retry();
  }

  #onSelect(event: CustomEvent<PolkuSelectDetail>) {
    const service = this.#search.task.value?.page.contents.find(
      (candidate) => candidate.id === event.detail.id,
    );
    void this.#details?.show(service ?? event.detail.id);
  }

  #renderHelpNow() {
    return this.noHelpNow
      ? nothing
      : html`<polku-help-now
          part="help-now"
          exportparts="base: help-now-base, line: help-now-line, phone: help-now-phone"
        ></polku-help-now>`;
  }

  #whenLoaded(loaded: () => TemplateResult) {
    const chunk = this.#professional.chunk;
    return whenLoaded(chunk.status, this.#localize, () => chunk.run(), loaded);
  }

  /** What a family-list link opens: exactly those services, then the way to the whole finder. */
  #renderShared(ids: readonly string[]) {
    return html`<div class="finder" part="base" lang=${this.#localize.language}>
      ${this.#renderHelpNow()}
      ${this.#whenLoaded(
        () =>
          html`<polku-shared-list part="shared-list" .ids=${ids} no-help-now></polku-shared-list>`,
      )}
      <p>
        <button
          type="button"
          @click=${async () => {
            this.#professional.sharedIds = undefined;
            await this.updateComplete;
            this.renderRoot.querySelector<HTMLElement>('.intro h2')?.focus();
          }}
        >
          ${this.#localize.messages.showAllServices}
        </button>
      </p>
    </div>`;
  }

  override render() {
    const professional = this.#professional;
    if (professional.sharedIds) return this.#renderShared(professional.sharedIds);
    if (this.#selfCheck.open)
      return html`<div class="finder" part="base" lang=${this.#localize.language}>
        ${this.#renderHelpNow()}${this.#selfCheck.render()}</div>`;
    const t = this.#localize.messages;
    const search = this.#search;
    const professionalView = this.view === 'professional';
    return html`<div
      class="finder"
      part="base"
      lang=${this.#localize.language}
      @polku-select=${this.#onSelect}
      @polku-list-add=${(event: CustomEvent<FamilyListAddDetail>) => professional.onListAdd(event)}
    >
      <div class="intro" part="intro">
        <h2 tabindex="-1">${t.introHeading}</h2>
        <p>${t.intro}</p>
        ${this.#selfCheck.link()}
      </div>
      ${this.#renderHelpNow()}
      ${renderTiers(this.#localize, this.#tiersTask.value, search)}
      <form class="search" part="search" @submit=${this.#onSubmit}>
        <label for="query">${t.searchLabel}</label>
        <input
          id="query"
          part="search-input"
          type="search"
          autocomplete="off"
          maxlength="200"
          aria-describedby="query-hint"
          .value=${live(search.typedText)}
          @input=${this.#onInput}
        />
        <p id="query-hint" class="hint">${t.searchHint}</p>
      </form>
      <div class="layout ${professionalView ? 'professional' : ''}">
        ${renderFilterArea({
          localize: this.#localize,
          search,
          municipalities: this.#municipalitiesTask.value ?? [],
          open: this.filtersOpen,
          onToggle: () => {
            this.filtersOpen = !this.filtersOpen;
          },
        })}
        ${renderResultsSection({
          localize: this.#localize,
          search,
          tiers: this.#tiersTask.value,
          view: this.view,
          familyListCount: professionalView ? professional.familyIds.length : undefined,
          onRetry: () => this.#retry(),
          onJumpToList: () => professional.jumpToList(),
        })}
        ${
          professionalView
            ? html`<div class="side" part="side">
                ${this.#whenLoaded(() =>
                  renderSide({
                    familyPage: this.familyPage,
                    chain: professional.chain,
                    onListChange: (event) => professional.onListChange(event),
                  }),
                )}
              </div>`
            : nothing
        }
      </div>
      <polku-service-details view=${this.view}></polku-service-details>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'polku-finder': PolkuFinder;
  }
}
