// The search of <polku-finder> as a reactive controller: what the person typed and chose (the
// text, the tier, the filters), how many results to show, the search itself (a @lit/task, which
// aborts a stale run: a fast typist never sees old results), `polku-search` for the searches the
// person made, and with `sync-url` that state in the page's URL. The element renders it.
import { Task, TaskStatus } from '@lit/task';
import type { PolkuClient } from '@polku/client';
import type { LanguageCode, ServicePage, TierLevel } from '@polku/contract';
import type { ReactiveController, ReactiveElement } from 'lit';
import type { ClientController } from '../internal/client.js';
import { emit } from '../internal/events.js';
import type { FamilyListLink } from '../internal/family-list-link.js';
import type { LocalizeController } from '../internal/localize.js';
import type { FinderSeed } from '../internal/seed.js';
import { activeFilterCount } from './filter-state.js';
import {
  isWholeResult,
  maxPageSize,
  pageSize,
  type SearchResult,
  searchServices,
} from './search.js';
import { type Filters, noFilters } from './search-state.js';
import { readUrlState, viewLink, writeUrlState } from './url-state.js';

const typingDelay = 300;

/** What the search needs of its element: the tier (an attribute too), the chain, `sync-url`. */
export interface SearchHost extends ReactiveElement {
  tier: TierLevel | undefined;
  chain: string;
  syncUrl: boolean;
}

type SearchArgs = readonly [
  PolkuClient,
  string,
  TierLevel | undefined,
  Filters,
  string,
  number,
  LanguageCode,
];

export class SearchController implements ReactiveController {
  readonly #host: SearchHost;
  #typingTimer: ReturnType<typeof setTimeout> | undefined;
  /** Set by what the person does, so `polku-search` never fires for a search code started. */
  #userSearched = false;
  /** The text that is searched for: what the person typed, once they pause. */
  #query = '';
  #typedText = '';
  #filters: Filters = noFilters;
  #perPage = pageSize;
  /** The text, tier and filters at the last update: the URL follows when one of them changed. */
  #lastState: readonly unknown[] | undefined;
  /** A server's first result (internal/seed.ts): it stands until the task has a value. */
  #seeded: SearchResult | undefined;
  /** The seed answers the first run of the task, which asks for the same search. */
  #seedUnused = false;
  /** The embed's first search, in flight (internal/early-requests.ts): the first run awaits it. */
  #early: Promise<ServicePage | undefined> | undefined;

  /** The search: its status, and its last result while the next one runs. */
  readonly task: Task<SearchArgs, SearchResult>;

  constructor(host: SearchHost, client: ClientController, localize: LocalizeController) {
    this.#host = host;
    host.addController(this);
    this.task = new Task(host, {
      task: async ([client, query, tier, filters, chain, perPage, language], { signal }) => {
        if (this.#seedUnused) {
          this.#seedUnused = false;
          if (this.#seeded) return this.#seeded;
        }
        const early = this.#early;
        this.#early = undefined;
        const page = await early;
        if (page && isWholeResult(page, tier)) return { page, nearest: undefined };
        return searchServices(client, query, tier, filters, chain, perPage, language, signal);
      },
      args: (): SearchArgs => [
        client.value,
        this.#query,
        host.tier,
        this.#filters,
        host.chain,
        this.#perPage,
        localize.language,
      ],
      onComplete: (result) => this.#report(result.page.total_items),
      onError: () => {
        this.#userSearched = false;
      },
    });
  }

  hostUpdate(): void {
    // A URL with Polku parameters describes the whole view, presets included (unless a server
    // rendered the view: then the seed says what it is).
    if (this.#host.hasUpdated || !this.#host.syncUrl || this.#seeded) return;
    const fromUrl = readUrlState(new URLSearchParams(location.search));
    if (!fromUrl.filters) return;
    this.#query = this.#typedText = fromUrl.query ?? '';
    this.#host.tier = fromUrl.tier;
    this.#filters = fromUrl.filters;
  }

  hostUpdated(): void {
    const state = [this.#query, this.#host.tier, this.#filters];
    if (this.#lastState?.every((value, index) => value === state[index])) return;
    this.#lastState = state;
    if (!this.#host.syncUrl) return;
    const next = writeUrlState(new URL(location.href), {
      query: this.#query,
      tier: this.#host.tier,
      filters: this.#filters,
    });
    if (next.href !== location.href) history.replaceState(history.state, '', next.href);
  }

  hostDisconnected(): void {
    clearTimeout(this.#typingTimer);
  }

  /**
   * Starts from what a server rendered: its tier and number of services, and its result, which
   * stands (as complete) until the task has one of its own, so the first render is the server's.
   */
  seed(seed: FinderSeed['search']): void {
    this.#query = this.#typedText = seed.query ?? '';
    this.#host.tier = seed.tier;
    this.#perPage = seed.perPage;
    this.#seeded = { page: seed.page, nearest: seed.nearest };
    this.#seedUnused = true;
  }

  /**
   * Starts from the first search the embed's entry made for this finder, still in flight: the
   * task's first run takes its answer instead of asking again (and asks if it failed).
   */
  awaitEarly(answer: Promise<ServicePage | undefined>): void {
    this.#early = answer;
  }

  /** The result to show: the task's last, else a server's. */
  get value(): SearchResult | undefined {
    return this.task.value ?? this.#seeded;
  }

  get status(): TaskStatus {
    const { status } = this.task;
    return this.#seeded && this.task.value === undefined && status !== TaskStatus.ERROR
      ? TaskStatus.COMPLETE
      : status;
  }

  /** How many services are asked for. */
  get perPage(): number {
    return this.#perPage;
  }

  /** The chosen tier (the element's `tier`). */
  get tier(): TierLevel | undefined {
    return this.#host.tier;
  }

  /** A family's list a server rendered above the finder: its view links keep it. */
  linkedList: FamilyListLink | undefined;

  /**
   * The link to the view with `tier` and `perPage` services, for the words shown (and the family's
   * list), as a server renders it without script.
   */
  linkTo(tier: TierLevel | undefined, perPage: number): string {
    return viewLink(tier, perPage, this.#query, this.linkedList);
  }

  /** The words of the search shown (what was last searched for, not what is being typed). */
  get query(): string {
    return this.#query;
  }

  /** What is in the search field right now. */
  get typedText(): string {
    return this.#typedText;
  }

  get filters(): Filters {
    return this.#filters;
  }

  /** Sets the filters as a preset (the `municipality` attribute), not as a search the person made. */
  set filters(filters: Filters) {
    this.#filters = filters;
    this.#host.requestUpdate();
  }

  /** Whether "Show more services" has more to show. */
  canShowMore(page: ServicePage): boolean {
    return page.total_items > page.contents.length && this.#perPage < maxPageSize;
  }

  /** The person typed: the search follows once they pause. */
  type(text: string): void {
    this.#typedText = text;
    this.#host.requestUpdate();
    clearTimeout(this.#typingTimer);
    this.#typingTimer = setTimeout(() => this.#search(text), typingDelay);
  }

  /** The person submitted the search form: the search follows at once. */
  submit(): void {
    this.#search(this.#typedText);
    // On a touch screen the keyboard then covers the results: once they are in, the results
    // heading takes the focus, so the keyboard closes and they are read, and it goes to the top
    // of the screen with the results under it (focus alone would only just show the heading,
    // at the bottom edge).
    if (globalThis.matchMedia?.('(pointer: coarse)').matches) void this.#showResults();
  }

  async #showResults(): Promise<void> {
    await this.#host.updateComplete;
    await this.task.taskComplete.catch(() => undefined);
    await this.#host.updateComplete;
    const heading = this.#host.renderRoot.querySelector<HTMLElement>('#results-heading');
    heading?.focus({ preventScroll: true });
    heading?.scrollIntoView({ block: 'start' });
  }

  chooseTier(tier: TierLevel | undefined): void {
    if (tier === this.#host.tier) return;
    this.#host.tier = tier;
    this.#perPage = pageSize;
    this.#userSearched = true;
    emit(this.#host, 'polku-tier-change', { tier });
  }

  changeFilters(filters: Filters): void {
    this.#filters = filters;
    this.#perPage = pageSize;
    this.#userSearched = true;
    this.#host.requestUpdate();
  }

  showMore(): void {
    this.#perPage = Math.min(this.#perPage + pageSize, maxPageSize);
    this.#host.requestUpdate();
  }

  /** Runs the search again, as the person asked (after an error). */
  retry(): void {
    this.#userSearched = true;
    this.task.run();
  }

  #search(text: string): void {
    clearTimeout(this.#typingTimer);
    if (text.trim() === this.#query.trim()) return;
    this.#userSearched = true;
    this.#query = text;
    this.#perPage = pageSize;
    this.#host.requestUpdate();
  }

  #report(total: number): void {
    if (!this.#userSearched) return;
    this.#userSearched = false;
    emit(this.#host, 'polku-search', {
      total,
      tier: this.#host.tier,
      hasQuery: this.#query.trim() !== '',
      filterCount: activeFilterCount(this.#filters),
    });
  }
}
