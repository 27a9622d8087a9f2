import { ContextProvider } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { PolkuClient, Service, ServicePage, TierLevel } from '@polku/client';
import { html, LitElement, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import {
  clientContext,
  type FinderView,
  familyListContext,
  languageContext,
  tiersContext,
} from '../context.js';
import { emit, type PolkuSelectDetail } from '../events.js';
import { clientForApi, defaultApi } from '../family-list/client.js';
import { FAMILY_LIST_ADD_EVENT, type FamilyListAddDetail } from '../family-list/events.js';
import { readFamilyListLink } from '../family-list/link.js';
import type { PolkuFamilyList } from '../family-list/polku-family-list.js';
import { LocalizeController } from '../localize/localize.js';
import type { PolkuServiceDetails } from '../service-details/service-details.js';
import { sharedStyles } from '../styles/shared.styles.js';
import { renderFilters } from './filters.js';
import { finderStyles } from './finder.styles.js';
import {
  activeFilterCount,
  type Filters,
  nearestTier,
  noFilters,
  parseTier,
  readUrlState,
  searchParams,
  splitList,
  tierOrder,
  writeUrlState,
} from './search-state.js';

interface SearchResult {
  page: ServicePage;
  /** When nothing matched at the chosen tier: the nearest tier that has services. */
  nearest: TierLevel | undefined;
}

const pageSize = 20;
const maxPageSize = 100;
const typingDelay = 300;

/**
 * @tagname polku-finder
 * @summary The embeddable, tier-aware family-support service finder: a warm intro, the four
 * tiers in plain language, search, filters with counts, results as cards, details in a dialog,
 * and the urgent help lines always in view. Provides the API client, its language and the tiers
 * to the elements inside it through @lit/context.
 *
 * Language: the element's own `lang` (`fi`, `sv`, `en`), else the nearest ancestor's, i.e. the
 * page's `<html lang>`, else Finnish; each finder on a page has its own. Catalogue text missing in
 * that language shows in another, marked with its `lang` and a visible note.
 *
 * Professional view (`view="professional"`): cards show referral requirements and the provider
 * type and have "Add to family list"; beside the results (below them on a narrow screen) stand a
 * `<polku-family-list>` and the service chain (`<polku-chain>`: the `chain` attribute's first id,
 * else the catalogue's first chain).
 *
 * Family-list links: when the page's URL carries `polku-services` (and `polku-lang`), as the
 * links copied from a family list do, the finder shows exactly those services
 * (`<polku-shared-list>`) in the link's language, with a button to the whole finder.
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
 * @csspart family-list - professional view: the `<polku-family-list>`
 * @csspart chain - professional view: the `<polku-chain>`
 * @csspart shared-list - the `<polku-shared-list>` shown for a family-list link
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

  readonly #localize = new LocalizeController(this);
  readonly #clientProvider = new ContextProvider(this, { context: clientContext });
  readonly #languageProvider = new ContextProvider(this, { context: languageContext });
  readonly #tiersProvider = new ContextProvider(this, { context: tiersContext });
  readonly #familyListProvider = new ContextProvider(this, { context: familyListContext });
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set by what the person does, so `polku-search` never fires for a search code started. */
  #userSearched = false;

  readonly #tiersTask = new Task(this, {
    task: async ([client], { signal }) => (await client.tiers.list({ signal })).contents,
    args: () => [this.#client] as const,
  });

  readonly #municipalitiesTask = new Task(this, {
    task: async ([client], { signal }) => (await client.municipalities.list({ signal })).contents,
    args: () => [this.#client] as const,
  });

  /** Professional view: the chain to show, the `chain` attribute's first or the catalogue's first. */
  readonly #chainTask = new Task(this, {
    task: async ([client, chain, view], { signal }) => {
      if (view !== 'professional') return undefined;
      const [named] = splitList(chain);
      return named ?? (await client.chains.list({}, { signal })).contents[0]?.id;
    },
    args: () => [this.#client, this.chain, this.view] as const,
  });

  readonly #searchTask = new Task(this, {
    task: async (
      [client, query, tier, filters, chain, perPage],
      { signal },
    ): Promise<SearchResult> => {
      const params = searchParams({ query, tier, filters, chain: splitList(chain), perPage });
      const page = await client.services.search(params, { signal });
      let nearest: TierLevel | undefined;
      if (page.total_items === 0 && tier) {
        // What would match at any tier tells which tier to offer instead.
        const { tier: _chosen, ...anyTier } = params;
        const wider = await client.services.search({ ...anyTier, per_page: 1 }, { signal });
        nearest = nearestTier(tier, wider.facets);
      }
      return { page, nearest };
    },
    args: () =>
      [this.#client, this.query, this.tier, this.filters, this.chain, this.perPage] as const,
    onComplete: (result) => this.#reportSearch(result.page.total_items),
    onError: () => {
      this.#userSearched = false;
    },
  });

  /** The text that is searched for: what the person typed, once they pause. */
  @state() private accessor query = '';
  /** What is in the search field right now. */
  @state() private accessor typedText = '';
  @state() private accessor filters: Filters = noFilters;
  @state() private accessor perPage = pageSize;
  @state() private accessor filtersOpen = false;
  /** Ids from a family-list link in the page's URL: the finder shows just these. */
  @state() private accessor sharedIds: readonly string[] | undefined;
  /** Ids on the family list (professional view), for the cards' "On the family list". */
  @state() private accessor familyIds: readonly string[] = [];

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
   * `family` (default) or `professional`: referral requirements and provider on every card, "Add
   * to family list", and the family list and the service chain beside the results.
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

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    clearTimeout(this.#typingTimer);
  }

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    if (changed.has('municipality')) {
      this.filters = { ...this.filters, municipality: splitList(this.municipality) };
    }
    if (!this.hasUpdated) {
      if (this.syncUrl) this.#readUrl();
      const link = readFamilyListLink(location);
      if (link) {
        this.sharedIds = link.ids;
        // The family's language, chosen by the worker, wins over the page's.
        this.#localize.preferred = link.lang;
      }
    }
    this.#clientProvider.setValue(this.#client);
    this.#languageProvider.setValue(this.#localize.language);
    this.#tiersProvider.setValue(this.#tiersTask.value);
    this.#familyListProvider.setValue(this.familyIds);
  }

  protected override updated(changed: Map<PropertyKey, unknown>): void {
    if (this.syncUrl && ['query', 'tier', 'filters'].some((key) => changed.has(key))) {
      const next = writeUrlState(new URL(location.href), {
        query: this.query,
        tier: this.tier,
        filters: this.filters,
      });
      if (next.href !== location.href) history.replaceState(history.state, '', next.href);
    }
  }

  get #client(): PolkuClient {
    return this.client ?? clientForApi(this.api || defaultApi());
  }

  get #familyList(): PolkuFamilyList | null {
    return this.renderRoot.querySelector('polku-family-list');
  }

  get #details(): PolkuServiceDetails | null {
    return this.renderRoot.querySelector('polku-service-details');
  }

  #readUrl() {
    const fromUrl = readUrlState(new URLSearchParams(location.search));
    // A URL with Polku parameters describes the whole view, presets included.
    if (!fromUrl.filters) return;
    this.query = this.typedText = fromUrl.query ?? '';
    this.tier = fromUrl.tier;
    this.filters = fromUrl.filters;
  }

  #reportSearch(total: number) {
    if (!this.#userSearched) return;
    this.#userSearched = false;
    emit(this, 'polku-search', {
      total,
      tier: this.tier,
      hasQuery: this.query.trim() !== '',
      filterCount: activeFilterCount(this.filters),
    });
  }

  #search(text: string) {
    clearTimeout(this.#typingTimer);
    if (text.trim() === this.query.trim()) return;
    this.#userSearched = true;
    this.query = text;
    this.perPage = pageSize;
  }

  #onInput(event: InputEvent) {
    const text = (event.target as HTMLInputElement).value;
    this.typedText = text;
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => this.#search(text), typingDelay);
  }

  #onSubmit(event: SubmitEvent) {
    event.preventDefault();
    this.#search(this.typedText);
  }

  #chooseTier(tier: TierLevel | undefined) {
    if (tier === this.tier) return;
    this.tier = tier;
    this.perPage = pageSize;
    this.#userSearched = true;
    emit(this, 'polku-tier-change', { tier });
  }

  #changeFilters(filters: Filters) {
    this.filters = filters;
    this.perPage = pageSize;
    this.#userSearched = true;
  }

  #retry() {
    if (this.#tiersTask.status === TaskStatus.ERROR) this.#tiersTask.run();
    if (this.#municipalitiesTask.status === TaskStatus.ERROR) this.#municipalitiesTask.run();
    this.#userSearched = true;
    this.#searchTask.run();
  }

  /** Adds from this finder's cards, details and chain go to this finder's own list only. */
  #onListAdd(event: CustomEvent<FamilyListAddDetail>) {
    const list = this.#familyList;
    if (!list) return;
    event.stopPropagation();
    list.dispatchEvent(new CustomEvent(FAMILY_LIST_ADD_EVENT, { detail: event.detail }));
  }

  #onListChange(event: Event) {
    this.familyIds = (event.target as PolkuFamilyList).items.map((item) => item.id);
  }

  #onSelect(event: CustomEvent<PolkuSelectDetail>) {
    const service = this.#searchTask.value?.page.contents.find(
      (candidate) => candidate.id === event.detail.id,
    );
    void this.#details?.show(service ?? event.detail.id);
  }

  #renderTiers() {
    const tiers = this.#tiersTask.value;
    if (!tiers?.length) return nothing;
    const t = this.#localize.messages;
    return html`<fieldset class="tiers" part="tiers">
        <legend>${t.tierLegend}</legend>
        ${tiers.map(
          (tier) => html`<label class="tier-option" part="tier-option">
            <input
              type="radio"
              name="tier"
              value=${tier.level}
              .checked=${this.tier === tier.level}
              @change=${() => this.#chooseTier(tier.level)}
            />
            <span class="tier-text">
              <span class="tier-label">${this.#localize.text(tier.label)}</span>
              <span class="tier-name">${t.tierLevel(tier.level)} · ${this.#localize.text(tier.name)}</span>
            </span>
          </label>`,
        )}
        <label class="tier-option" part="tier-option">
          <input
            type="radio"
            name="tier"
            value=""
            .checked=${this.tier === undefined}
            @change=${() => this.#chooseTier(undefined)}
          />
          <span class="tier-text"><span class="tier-label">${t.tierAll}</span></span>
        </label>
      </fieldset>
      ${this.tier ? html`<p class="tier-note">${t.tierOrder(this.tier)}</p>` : nothing}`;
  }

  #renderCards(services: readonly Service[], headingLevel: number) {
    return html`<ul class="cards">
      ${services.map(
        (service) => html`<li>
          <polku-service-card
            .service=${service}
            heading-level=${headingLevel}
            view=${this.view}
            exportparts="card, details-button, add-button"
          ></polku-service-card>
        </li>`,
      )}
    </ul>`;
  }

  #renderList(page: ServicePage) {
    const tier = this.tier;
    if (!tier) return this.#renderCards(page.contents, 3);
    // The API groups results by the first listed tier they serve; headings show the groups.
    const order = tierOrder(tier);
    const groupOf = (service: Service) => order.find((level) => service.tiers.includes(level));
    return order.map((level) => {
      const services = page.contents.filter((service) => groupOf(service) === level);
      if (!services.length) return nothing;
      const named = this.#tiersTask.value?.find((candidate) => candidate.level === level);
      return html`<h3 class="group-heading">
          ${this.#localize.messages.tierLevel(level)}${
            named ? html` · ${this.#localize.text(named.name)}` : nothing
          }
        </h3>
        ${this.#renderCards(services, 4)}`;
    });
  }

  #renderResults() {
    const t = this.#localize.messages;
    const task = this.#searchTask;
    if (task.status === TaskStatus.ERROR) {
      return html`<div class="message error" part="message">
        <p class="message-title">${t.errorTitle}</p>
        <p>${t.errorHint}</p>
        <button class="primary" type="button" @click=${this.#retry}>${t.retry}</button>
      </div>`;
    }
    const result = task.value;
    if (!result) {
      return html`<div class="message loading" part="message" aria-hidden="true">
        <div class="skeleton"></div>
        <div class="skeleton"></div>
      </div>`;
    }
    const { page, nearest } = result;
    if (page.total_items === 0) {
      const nearestName = this.#tiersTask.value?.find((tier) => tier.level === nearest)?.name;
      return html`<div class="message empty" part="message">
        <p class="message-title">${t.emptyTitle}</p>
        <p>${t.emptyHint}</p>
        <div class="actions">
          ${
            nearest
              ? html`<button class="primary" type="button" @click=${() => this.#chooseTier(nearest)}>
                ${t.emptyNearest(nearest, this.#localize.plain(nearestName))}
              </button>`
              : nothing
          }
          ${
            activeFilterCount(this.filters)
              ? html`<button type="button" @click=${() => this.#changeFilters(noFilters)}>
                ${t.clearFilters}
              </button>`
              : nothing
          }
        </div>
      </div>`;
    }
    const more = page.total_items > page.contents.length && this.perPage < maxPageSize;
    return html`<div
        class="list ${task.status === TaskStatus.PENDING ? 'stale' : ''}"
        aria-busy=${task.status === TaskStatus.PENDING ? 'true' : 'false'}
      >
        ${this.#renderList(page)}
      </div>
      ${
        more
          ? html`<button
            class="more"
            type="button"
            @click=${() => {
              this.perPage = Math.min(this.perPage + pageSize, maxPageSize);
            }}
          >
            ${t.showMore}
          </button>`
          : nothing
      }`;
  }

  #statusText(): string {
    const t = this.#localize.messages;
    if (this.#searchTask.status === TaskStatus.ERROR) return t.errorTitle;
    const total = this.#searchTask.value?.page.total_items;
    return total === undefined ? t.loading : t.resultCount(total);
  }

  #renderHelpNow() {
    return this.noHelpNow
      ? nothing
      : html`<polku-help-now
          part="help-now"
          exportparts="base: help-now-base, line: help-now-line, phone: help-now-phone"
        ></polku-help-now>`;
  }

  /** What a family-list link opens: exactly those services, then the way to the whole finder. */
  #renderShared(ids: readonly string[]) {
    return html`<div class="finder" part="base" lang=${this.#localize.language}>
      ${this.#renderHelpNow()}
      <polku-shared-list part="shared-list" .ids=${ids} no-help-now></polku-shared-list>
      <p>
        <button
          type="button"
          @click=${async () => {
            this.sharedIds = undefined;
            await this.updateComplete;
            this.renderRoot.querySelector<HTMLElement>('.intro h2')?.focus();
          }}
        >
          ${this.#localize.messages.showAllServices}
        </button>
      </p>
    </div>`;
  }

  /** Professional view: the family list and the service chain, beside or below the results. */
  #renderSide() {
    const chain = this.#chainTask.value;
    return html`<div class="side" part="side">
      <polku-family-list
        part="family-list"
        link-base=${this.familyPage || nothing}
        @polku-list-change=${this.#onListChange}
      ></polku-family-list>
      ${
        chain
          ? html`<polku-chain part="chain" chain=${chain} view="professional" no-details></polku-chain>`
          : nothing
      }
    </div>`;
  }

  override render() {
    if (this.sharedIds) return this.#renderShared(this.sharedIds);
    const t = this.#localize.messages;
    const filterCount = activeFilterCount(this.filters);
    const professional = this.view === 'professional';
    return html`<div
      class="finder"
      part="base"
      lang=${this.#localize.language}
      @polku-select=${this.#onSelect}
      @polku-list-add=${this.#onListAdd}
    >
      <div class="intro" part="intro">
        <h2 tabindex="-1">${t.introHeading}</h2>
        <p>${t.intro}</p>
      </div>
      ${this.#renderHelpNow()}
      ${this.#renderTiers()}
      <form class="search" part="search" @submit=${this.#onSubmit}>
        <label for="query">${t.searchLabel}</label>
        <input
          id="query"
          part="search-input"
          type="search"
          autocomplete="off"
          maxlength="200"
          aria-describedby="query-hint"
          .value=${live(this.typedText)}
          @input=${this.#onInput}
        />
        <p id="query-hint" class="hint">${t.searchHint}</p>
      </form>
      <div class="layout ${professional ? 'professional' : ''}">
        <div class="filters-area">
          <button
            class="filters-toggle"
            type="button"
            aria-expanded=${this.filtersOpen ? 'true' : 'false'}
            aria-controls="filters"
            @click=${() => {
              this.filtersOpen = !this.filtersOpen;
            }}
          >
            ${t.filtersToggle(filterCount)}
          </button>
          <div id="filters" class="filters ${this.filtersOpen ? 'open' : ''}" part="filters">
            <h2 class="filters-heading">${t.filtersHeading}</h2>
            ${renderFilters({
              localize: this.#localize,
              municipalities: this.#municipalitiesTask.value ?? [],
              facets: this.#searchTask.value?.page.facets,
              filters: this.filters,
              onChange: (filters) => this.#changeFilters(filters),
            })}
          </div>
        </div>
        <section class="results" part="results" aria-labelledby="results-heading">
          <h2 id="results-heading">${t.resultsHeading}</h2>
          <p class="count" part="count" role="status">${this.#statusText()}</p>
          ${this.#renderResults()}
        </section>
        ${professional ? this.#renderSide() : nothing}
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
