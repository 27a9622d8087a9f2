import { ContextProvider } from '@lit/context';
import { Task, TaskStatus } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type { TierLevel } from '@polku/contract';
import { html, LitElement, nothing, type TemplateResult } from 'lit';
import { property, state } from 'lit/decorators.js';
import { bundledTiers } from '../generated/tiers.js';
import { ClientController } from '../internal/client.js';
import {
  clientContext,
  type FinderView,
  languageContext,
  seedContext,
  tiersContext,
} from '../internal/context.js';
import { afterFirstSearches } from '../internal/early-requests.js';
import type { FamilyListAddDetail, PolkuSelectDetail } from '../internal/events.js';
import { LocalizeController } from '../internal/localize.js';
import type { FinderSeed } from '../internal/seed.js';
import { sharedStyles } from '../internal/shared.styles.js';
import { sharedMunicipalities, sharedTiers } from '../internal/shared-data.js';
import { loadLater } from '../load-later.js';
import { messages } from '../translations/index.js';
import { cardGridStyles } from './cards.styles.js';
import { renderFilterArea } from './filter-area.js';
import { finderStyles } from './finder.styles.js';
import { startFirstView } from './first-view.js';
import { ProfessionalController } from './professional-controller.js';
import { renderSide, whenLoaded } from './professional-view.js';
import { renderResultsSection } from './results.js';
import { SearchController } from './search-controller.js';
import { renderSearchForm } from './search-form.js';
import { parseTier, splitList } from './search-state.js';
import { selfCheckMode } from './self-check-mode.js';
import { StagedCards } from './staged-cards.js';
import { themeStyles } from './theme.styles.js';
import { renderTiers } from './tiers.js';
import { resultsAnchor, serviceLink } from './url-state.js';

/**
 * @tagname polku-finder
 * @summary The embeddable, tier-aware family-support service finder, phone first: a one-line
 * intro, the urgent help lines (112 and the crisis service at once, the rest one tap away), search
 * in one's own words, the four tiers in plain language as one compact choice, filters (behind a
 * "Filters (n)" button on a narrow finder), results as cards, details in a dialog. Provides the API
 * client, its language and the tiers to the elements inside it through Lit context.
 *
 * It paints its own surface (`theme`: `light`, `dark`, or `auto` following the reader's
 * `prefers-color-scheme`), so it reads the same on any host page; the `--polku-*` properties
 * override a theme's colours. The tiers and the help lines are bundled, so the first screen
 * draws at once, also when the API is down; what it does not need (the details dialog, the filter
 * panel) loads right after it. Before the script has run, one CSS line on the host page reserves
 * its place: `polku-finder:not(:defined) { display: block; min-height: 100vh; }`.
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
 * links copied from a family list do, the finder shows exactly those services first
 * (`<polku-shared-list>`), in the link's language, with the whole finder below them.
 *
 * Search understanding: a search that speaks of danger (violence, fear, self-harm) puts the fitting
 * help lines before the results and says so once to screen readers; one that finds nothing says
 * what it understood, which words found nothing, offers the API's suggested spelling as a button,
 * and shows the nearest services and the help lines (`<polku-understood>`, in the later chunk).
 *
 * Self-check: a link under the intro opens `<polku-self-check>` (a chunk of its own) in the
 * finder's place; a suggestions link it copied (`#polku-suggested-tier=N`) opens it there too.
 *
 * @attr {string} lang - `fi`, `sv` or `en`; default the nearest ancestor's `lang`, else `fi`
 *
 * @slot results-anchor - above the results: an empty element with `id="polku-results"` for a
 * server-rendered page (the hosted pages put one), which its search form, tier links, "Show more"
 * and skip link land on without script; a fragment cannot find an id inside the shadow root
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
 * @csspart skip-link - the "Skip to results" link, shown when it has focus
 * @csspart intro - the intro heading and text
 * @csspart help-now - the urgent help lines (`<polku-help-now>`; its own parts are exported as
 * `help-now-base`, `help-now-line`, `help-now-phone`, `help-now-more`)
 * @csspart tiers - the tier choice: its label, the select and the explanations
 * @csspart tier-select - the tier `<select>`
 * @csspart tier-help - the disclosure with each tier's name and explanation
 * @csspart search - the search form
 * @csspart search-input - the search field
 * @csspart search-button - the search form's submit button beside the field
 * @csspart filters - the filter panel
 * @csspart results - the results section
 * @csspart count - the live results count
 * @csspart card - a service card's `<article>` (exported from `<polku-service-card>`)
 * @csspart details-button - a card's "More details" button (a link, with `details-link`)
 * @csspart message - the loading, empty and error messages
 * @csspart help-first - when a search speaks of danger: the fitting help lines with one calm
 * sentence, before the results (`<polku-understood>`, from the chunk loaded after the first screen)
 * @csspart help-lines - when nothing matched: the help lines, under the nearest services
 * @csspart nearest - when nothing matched: the nearest services, as cards
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
 * @cssproperty --polku-padding - space between the finder's painted surface and its content (default 0)
 * @cssproperty --polku-color-text - text colour (light #1d2528, dark #eef2f1)
 * @cssproperty --polku-color-muted - secondary text colour (light #4a5659, dark #bac6c6)
 * @cssproperty --polku-color-background - the finder's surface, cards and dialog (light #ffffff, dark #161c1e)
 * @cssproperty --polku-color-surface - background of panels and messages (light #f5f7f6, dark #222b2d)
 * @cssproperty --polku-color-border - borders (light #7b8a8d, dark #8d9c9e)
 * @cssproperty --polku-color-accent - links, buttons and disclosures (light #0f5d63, dark #7fd3d8)
 * @cssproperty --polku-color-on-accent - text on the accent colour (light #ffffff, dark #0b1f21)
 * @cssproperty --polku-color-focus - focus ring (light #b3471d, dark #ffb088)
 * @cssproperty --polku-color-urgent - help-now border, heading and numbers (light #9c1c1c, dark #ffa39b)
 * @cssproperty --polku-color-urgent-surface - help-now background (light #fdf3f2, dark #33201f)
 * @cssproperty --polku-radius - corner radius (default 0.5rem)
 * @cssproperty --polku-space - base spacing (default 1rem)
 */
export class PolkuFinder extends LitElement {
  static override styles = [sharedStyles, themeStyles, cardGridStyles, finderStyles];

  readonly #localize = new LocalizeController(this, messages);
  readonly #client = new ClientController(this, false);
  readonly #clientProvider = new ContextProvider(this, { context: clientContext });
  readonly #languageProvider = new ContextProvider(this, { context: languageContext });
  readonly #tiersProvider = new ContextProvider(this, { context: tiersContext });
  readonly #seedProvider = new ContextProvider(this, { context: seedContext });

  /** The API's tiers (every language); the bundled copy stands until they come, or if they fail. */
  readonly #tiersTask = new Task(this, {
    task: ([client]) => sharedTiers(client),
    args: () => [this.#client.value] as const,
  });

  readonly #municipalitiesTask = new Task(this, {
    task: ([client]) => sharedMunicipalities(client),
    args: () => [this.#client.value] as const,
  });

  /** The details dialog and the filter panel (and the client's ky), once the first results are in. */
  readonly #later = new Task(this, {
    task: () => afterFirstSearches().then(loadLater),
    args: () => [] as const,
  });

  readonly #professional = new ProfessionalController(this, this.#client);
  readonly #search = new SearchController(this, this.#client, this.#localize);
  readonly #selfCheck = selfCheckMode(this, this.#localize);
  readonly #staged = new StagedCards(this);

  @state() private accessor filtersOpen = false;

  /** Base URL of the Polku API, including `/v1`. Default: the script's origin plus `/v1`. */
  @property() accessor api = '';

  /** A ready client (instead of `api`), for bundler users and tests. Wins over `api`. */
  @property({ attribute: false }) accessor client: PolkuClient | undefined;

  /**
   * `light` (default), `dark`, or `auto` (the reader's `prefers-color-scheme`): the colours the
   * finder paints itself with; any `--polku-color-*` set on the page wins over the theme's.
   */
  @property({ reflect: true }) accessor theme: 'light' | 'dark' | 'auto' = 'light';

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
   * Professional view: the page a family-list link opens, when it is not Polku's own page for
   * families (`/fi/`, `/sv/`, `/en/` beside the API). The link carries only service ids and the
   * family's language.
   */
  @property({ attribute: 'family-page' }) accessor familyPage = '';

  /**
   * Keeps the search, the tier and the filters in `polku-*` URL parameters (replacing the
   * history entry), so a link reproduces the view. Off by default: the text a person typed then
   * stands in the address bar and the browser history. Use on one finder per page.
   */
  @property({ type: Boolean, attribute: 'sync-url' }) accessor syncUrl = false;

  /**
   * A page of one service's details, `{id}` standing for its id (`/fi/palvelu/{id}`, as the hosted
   * pages set it): each card's "More details" is then a link to it, which works before the script
   * has run and without it, and opens in a new tab as a link does; a plain click still opens the
   * details in the finder's dialog. Unset (default): a button that opens the dialog.
   */
  @property({ attribute: 'details-link' }) accessor detailsLink = '';

  /** Hides the urgent help lines (only where the page shows them itself). */
  @property({ type: Boolean, attribute: 'no-help-now' }) accessor noHelpNow = false;

  /** What a server rendered it with (Lit SSR; in the page, its `<script data-polku-seed>`). */
  seed: FinderSeed | undefined;

  protected override willUpdate(changed: Map<PropertyKey, unknown>): void {
    const { filters } = this.#search;
    if (changed.has('municipality'))
      this.#search.filters = { ...filters, municipality: splitList(this.municipality) };
    const client = this.#client.value;
    if (!this.hasUpdated)
      startFirstView(this, this.#search, this.#professional, this.#localize, client);
    this.#clientProvider.setValue(client);
    this.#languageProvider.setValue(this.#localize.language);
    this.#tiersProvider.setValue(this.#tiers);
    this.#seedProvider.setValue(this.seed);
  }

  get #tiers() {
    return this.#tiersTask.value ?? this.seed?.tiers ?? bundledTiers;
  }

  #retry() {
    if (this.#tiersTask.status === TaskStatus.ERROR) this.#tiersTask.run();
    if (this.#municipalitiesTask.status === TaskStatus.ERROR) this.#municipalitiesTask.run();
    if (this.#later.status === TaskStatus.ERROR) this.#later.run();
    this.#search.retry();
  }

  async #onSelect(event: CustomEvent<PolkuSelectDetail>) {
    const { id } = event.detail;
    const service = this.#search.value?.page.contents.find((candidate) => candidate.id === id);
    try {
      await loadLater();
    } catch (error) {
      console.error('Polku: the details could not be loaded', error);
      // The service's own page, when the finder has one, shows them without the dialog.
      const page = serviceLink(this.detailsLink, id);
      if (page) window.location.assign(page);
      return;
    }
    await this.updateComplete;
    // Gone from the page meanwhile: its details element was never upgraded.
    if (this.isConnected)
      void this.renderRoot.querySelector('polku-service-details')?.show(service ?? id);
  }

  /** "Skip to results": focus on the results heading, past the help lines, tiers and filters. */
  #skipToResults(event: Event) {
    event.preventDefault();
    this.renderRoot.querySelector<HTMLElement>('#results-heading')?.focus();
  }

  #renderHelpNow() {
    return this.noHelpNow
      ? nothing
      : html`<polku-help-now
          part="help-now"
          exportparts="base: help-now-base, line: help-now-line, phone: help-now-phone, more: help-now-more"
        ></polku-help-now>`;
  }

  #whenLoaded(loaded: () => TemplateResult, family = false) {
    const chunk = this.#professional.chunk;
    // A server rendered the family's list: it stands while the chunk that upgrades it loads.
    const status = family && this.seed?.shared ? TaskStatus.COMPLETE : chunk.status;
    return whenLoaded(status, this.#localize, () => chunk.run(), loaded, family);
  }

  /** What a family-list link opens: exactly those services first, the whole finder below. */
  #renderShared(ids: readonly string[], settled: boolean) {
    const list = () =>
      html`<polku-shared-list part="shared-list" .ids=${ids} no-help-now></polku-shared-list>`;
    const showAll = () => this.renderRoot.querySelector<HTMLElement>('.intro h2')?.focus();
    const t = this.#localize.messages;
    return html`<div class="shared">
      ${this.#whenLoaded(list, true)}
      ${settled ? html`<button type="button" @click=${showAll}>${t.showAllServices}</button>` : nothing}
    </div>`;
  }

  /** The finder itself: intro, help lines, search, tiers, filters, results, side column. */
  #renderFinder() {
    const professional = this.#professional;
    // The self-check opens in the finder's place, under the help lines.
    if (this.#selfCheck.open) return html`${this.#renderHelpNow()}${this.#selfCheck.render()}`;
    const t = this.#localize.messages;
    const search = this.#search;
    const professionalView = this.view === 'professional';
    const later = this.#later;
    // Server-rendered: the search form, the tiers and "Show more" work without script as well.
    const linked = this.seed !== undefined;
    return html`<div class="intro" part="intro">
        <h2 tabindex="-1">${t.introHeading}</h2>
        <p>${t.intro}</p>
        ${this.#selfCheck.link()}
      </div>
      ${this.#renderHelpNow()}
      ${renderSearchForm(this.#localize, search, linked)}
      ${renderTiers(this.#localize, this.#tiers, search, linked)}
      <div class="layout ${professionalView ? 'professional' : ''}">
        ${renderFilterArea({
          localize: this.#localize,
          search,
          municipalities: this.#municipalitiesTask.value ?? [],
          later: later.value,
          failed: later.status === TaskStatus.ERROR,
          onRetry: () => later.run(),
          open: this.filtersOpen,
          onToggle: () => {
            this.filtersOpen = !this.filtersOpen;
          },
        })}
        ${renderResultsSection({
          localize: this.#localize,
          search,
          tiers: this.#tiers,
          view: this.view,
          familyListCount: professionalView ? professional.familyIds.length : undefined,
          onRetry: () => this.#retry(),
          onJumpToList: () => professional.jumpToList(),
          linked,
          staged: this.#staged,
          detailsLink: this.detailsLink,
        })}
        ${
          professionalView
            ? html`<div class="side" part="side">
                ${this.#whenLoaded(() =>
                  renderSide({
                    familyPage: this.familyPage,
                    api: this.api,
                    chain: professional.chain,
                    onListChange: (event) => professional.onListChange(event),
                  }),
                )}
              </div>`
            : nothing
        }
      </div>`;
  }

  /** Also waits for the rest of the first results' cards (staged-cards.ts). */
  protected override async getUpdateComplete(): Promise<boolean> {
    await super.getUpdateComplete();
    return this.#staged.drawn.then(() => super.getUpdateComplete());
  }

  override render() {
    const professional = this.#professional;
    // Below a family-list link's list, the finder comes once the list stands.
    const settled = professional.sharedSettled;
    return html`<div
      class="finder"
      part="base"
      lang=${this.#localize.language}
      @polku-select=${this.#onSelect}
      @polku-list-add=${(event: CustomEvent<FamilyListAddDetail>) => professional.onListAdd(event)}
    >
      <a class="skip" part="skip-link" href="#${resultsAnchor}" @click=${this.#skipToResults}
        >${this.#localize.messages.skipToResults}</a
      >
      ${professional.sharedIds ? this.#renderShared(professional.sharedIds, settled) : nothing}
      ${settled ? this.#renderFinder() : nothing}
      <polku-service-details view=${this.view}></polku-service-details>
    </div>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'polku-finder': PolkuFinder;
  }
}
