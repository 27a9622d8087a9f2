import { ContextProvider } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type { TierLevel } from '@polku/contract';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { live } from 'lit/directives/live.js';
import type { PolkuFamilyList } from '../family-list/family-list.js';
import { ClientController } from '../internal/client.js';
import {
  clientContext,
  type FinderView,
  familyListContext,
  languageContext,
  tiersContext,
} from '../internal/context.js';
import {
  emit,
  FAMILY_LIST_ADD_EVENT,
  type FamilyListAddDetail,
  type PolkuSelectDetail,
} from '../internal/events.js';
import { readFamilyListLink } from '../internal/family-list-link.js';
import { LocalizeController } from '../internal/localize.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { loadProfessional } from '../load-professional.js';
import type { PolkuServiceDetails } from '../service-details/service-details.js';
import { messages } from '../translations/index.js';
import { renderFilters } from './filters.js';
import { finderStyles } from './finder.styles.js';
import { renderSide, whenLoaded } from './professional-view.js';
import { renderResults, statusText } from './results.js';
import { maxPageSize, pageSize, searchServices } from './search.js';
import {
  activeFilterCount,
  type Filters,
  noFilters,
  parseTier,
  readUrlState,
  splitList,
  writeUrlState,
} from './search-state.js';
import { renderTiers } from './tiers.js';

const typingDelay = 300;

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
  readonly #familyListProvider = new ContextProvider(this, { context: familyListContext });
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set by what the person does, so `polku-search` never fires for a search code started. */
  #userSearched = false;

  readonly #tiersTask = new Task(this, {
    task: async ([client], { signal }) => (await client.tiers.list({ signal })).contents,
    args: () => [this.#client.value] as const,
  });

  readonly #municipalitiesTask = new Task(this, {
    task: async ([client], { signal }) => (await client.municipalities.list({ signal })).contents,
    args: () => [this.#client.value] as const,
  });

  /** The professional elements (a chunk of their own in the embed), only when they are shown. */
  readonly #professionalTask = new Task(this, {
    task: async ([needed]) => {
      if (needed) await loadProfessional();
      return needed;
    },
    args: () => [this.view === 'professional' || this.sharedIds !== undefined] as const,
  });

  /** Professional view: the chain to show, the `chain` attribute's first or the catalogue's first. */
  readonly #chainTask = new Task(this, {
    task: async ([client, chain, view], { signal }) => {
      if (view !== 'professional') return undefined;
      const [named] = splitList(chain);
      return named ?? (await client.chains.list({}, { signal })).contents[0]?.id;
    },
    args: () => [this.#client.value, this.chain, this.view] as const,
  });

  readonly #searchTask = new Task(this, {
    task: ([client, query, tier, filters, chain, perPage, language], { signal }) =>
      searchServices(client, query, tier, filters, chain, perPage, language, signal),
    args: () =>
      [
        this.#client.value,
        this.query,
        this.tier,
        this.filters,
        this.chain,
        this.perPage,
        this.#localize.language,
      ] as const,
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
    this.#clientProvider.setValue(this.#client.value);
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

  /**
   * Adds from this finder's cards, details and chain go to this finder's own list only; an add
   * made while the list is still loading reaches it once it is there.
   */
  async #onListAdd(event: CustomEvent<FamilyListAddDetail>) {
    if (this.view !== 'professional') return;
    event.stopPropagation();
    const ready = await this.#professionalTask.taskComplete.then(
      () => true,
      () => false,
    );
    if (!ready) return;
    await this.updateComplete;
    this.#familyList?.dispatchEvent(
      new CustomEvent(FAMILY_LIST_ADD_EVENT, { detail: event.detail }),
    );
  }

  #onListChange(event: Event) {
    this.familyIds = (event.target as PolkuFamilyList).items.map((item) => item.id);
  }

  /** Narrow finder: from the results heading to the family list below them. */
  #jumpToList() {
    const list = this.#familyList;
    list?.scrollIntoView({ block: 'start' });
    list?.focus();
  }

  #onSelect(event: CustomEvent<PolkuSelectDetail>) {
    const service = this.#searchTask.value?.page.contents.find(
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
    return whenLoaded(
      this.#professionalTask.status,
      this.#localize,
      () => this.#professionalTask.run(),
      loaded,
    );
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

  override render() {
    if (this.sharedIds) return this.#renderShared(this.sharedIds);
    const t = this.#localize.messages;
    const filterCount = activeFilterCount(this.filters);
    const professional = this.view === 'professional';
    const search = this.#searchTask;
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
      ${renderTiers(this.#localize, this.#tiersTask.value, this.tier, (tier) => this.#chooseTier(tier))}
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
              facets: search.value?.page.facets,
              filters: this.filters,
              onChange: (filters) => this.#changeFilters(filters),
            })}
          </div>
        </div>
        <section class="results" part="results" aria-labelledby="results-heading">
          <div class="results-head">
            <h2 id="results-heading">${t.resultsHeading}</h2>
            ${
              professional
                ? html`<button class="list-jump" part="list-jump" type="button"
                    @click=${this.#jumpToList}>${t.familyListJump(this.familyIds.length)}</button>`
                : nothing
            }
          </div>
          <p class="count" part="count" role="status">
            ${statusText(this.#localize, search.status, search.value)}
          </p>
          ${renderResults({
            localize: this.#localize,
            status: search.status,
            result: search.value,
            tiers: this.#tiersTask.value,
            tier: this.tier,
            view: this.view,
            filterCount,
            canShowMore: (page) =>
              page.total_items > page.contents.length && this.perPage < maxPageSize,
            onRetry: () => this.#retry(),
            onChooseTier: (tier) => this.#chooseTier(tier),
            onClearFilters: () => this.#changeFilters(noFilters),
            onShowMore: () => {
              this.perPage = Math.min(this.perPage + pageSize, maxPageSize);
            },
          })}
        </section>
        ${
          professional
            ? html`<div class="side" part="side">
                ${this.#whenLoaded(() =>
                  renderSide({
                    familyPage: this.familyPage,
                    chain: this.#chainTask.value,
                    onListChange: (event) => this.#onListChange(event),
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
