// The results of <polku-finder>: the section's heading (with the way to the family list in the
// professional view), the live count, the cards (grouped by tier when one is chosen), and the
// loading, empty and error states, each designed, never a blank box.
import { TaskStatus } from '@lit/task';
import type { Service, ServicePage, Tier, TierLevel } from '@polku/contract';
import { html, nothing } from 'lit';
import type { FinderView } from '../internal/context.js';
import type { LocalizeController } from '../internal/localize.js';
import { activeFilterCount } from './filter-state.js';
import type { SearchController } from './search-controller.js';
import { noFilters, pageSize, tierOrder } from './search-state.js';
import type { StagedCards } from './staged-cards.js';
import { renderUnderstood } from './understood-slot.js';
import { serviceLink, toResults } from './url-state.js';

export interface ResultsOptions {
  localize: LocalizeController;
  /** The search: its status, its last result (kept while the next one runs), its actions. */
  search: SearchController;
  tiers: readonly Tier[] | undefined;
  view: FinderView;
  /** Professional view: how many services the family list holds, for the button to it. */
  familyListCount: number | undefined;
  onRetry: () => void;
  onJumpToList: () => void;
  /** Server-rendered: "Show more" is a link the server renders too (it works without script). */
  linked: boolean;
  /** How many cards the first results draw in their first frame. */
  staged: StagedCards;
  /** The finder's `details-link`: each card's "More details" is then a link to that page. */
  detailsLink: string;
}

function renderCards(services: readonly Service[], headingLevel: number, options: ResultsOptions) {
  return html`<ul class="cards">
    ${services.map(
      (service) => html`<li>
        <polku-service-card
          .service=${service}
          .detailsHref=${serviceLink(options.detailsLink, service.id)}
          heading-level=${headingLevel}
          view=${options.view}
          exportparts="card, details-button, add-button"
        ></polku-service-card>
      </li>`,
    )}
  </ul>`;
}

function renderList(page: ServicePage, options: ResultsOptions) {
  const { localize } = options;
  const tier = options.search.tier;
  if (!tier) return renderCards(page.contents, 3, options);
  // The API groups results by the first listed tier they serve; headings show the groups.
  const order = tierOrder(tier);
  const groupOf = (service: Service) => order.find((level) => service.tiers.includes(level));
  return order.map((level) => {
    const services = page.contents.filter((service) => groupOf(service) === level);
    if (!services.length) return nothing;
    const named = options.tiers?.find((candidate) => candidate.level === level);
    return html`<h3 class="group-heading">
        ${localize.messages.tierLevel(level)}${named ? html` · ${localize.text(named.name)}` : nothing}
      </h3>
      ${renderCards(services, 4, options)}`;
  });
}

function renderEmpty(nearest: TierLevel | undefined, options: ResultsOptions) {
  const { localize, search } = options;
  const t = localize.messages;
  const nearestName = options.tiers?.find((tier) => tier.level === nearest)?.name;
  return html`<div class="message empty" part="message">
    <p class="message-title">${t.emptyTitle}</p>
    <p>${t.emptyHint}</p>
    <div class="actions">
      ${
        nearest
          ? html`<button class="primary" type="button" @click=${() => search.chooseTier(nearest)}>
            ${t.emptyNearest(nearest, localize.plain(nearestName))}
          </button>`
          : nothing
      }
      ${
        activeFilterCount(search.filters)
          ? html`<button type="button" @click=${() => search.changeFilters(noFilters)}>${t.clearFilters}</button>`
          : nothing
      }
    </div>
  </div>`;
}

function renderResults(options: ResultsOptions) {
  const { search } = options;
  const t = options.localize.messages;
  if (search.status === TaskStatus.ERROR) {
    // The error's title is the count above (one heading, said once); here what to do.
    return html`<div class="message error" part="message">
      <p>${t.errorHint}</p>
      <button class="primary" type="button" @click=${options.onRetry}>${t.retry}</button>
    </div>`;
  }
  const result = search.value;
  if (!result) {
    return html`<div class="message loading" part="message" aria-hidden="true">
      <div class="skeleton"></div>
      <div class="skeleton"></div>
    </div>`;
  }
  const { page, nearest } = result;
  if (page.total_items === 0)
    return [renderEmpty(nearest, options), renderUnderstood(options, 'zero')];
  const pending = search.status === TaskStatus.PENDING;
  const shown = options.staged.limit(page.contents.length, options.linked);
  const drawn = { ...page, contents: page.contents.slice(0, shown) };
  return html`<div class="list ${pending ? 'stale' : ''}" aria-busy=${pending ? 'true' : 'false'}>
      ${renderList(drawn, options)}
    </div>
    ${
      !search.canShowMore(page)
        ? nothing
        : options.linked
          ? html`<a
              class="more"
              href=${toResults(search.linkTo(search.tier, search.perPage + pageSize))}
              @click=${(event: Event) => {
                event.preventDefault();
                search.showMore();
              }}
              >${t.showMore}</a
            >`
          : html`<button class="more" type="button" @click=${() => search.showMore()}>${t.showMore}</button>`
    }`;
}

/** The live results count: the error's title, "searching" while a search runs, or the count. */
function statusText(localize: LocalizeController, search: SearchController): string {
  const t = localize.messages;
  const { status, value } = search;
  if (status === TaskStatus.ERROR) return t.errorTitle;
  return status === TaskStatus.PENDING || !value
    ? t.loading
    : t.resultCount(value.page.total_items);
}

/** The results section: its heading, the live count, then the results or a message. */
export function renderResultsSection(options: ResultsOptions) {
  const { localize, familyListCount } = options;
  const t = localize.messages;
  return html`<section class="results" part="results" aria-labelledby="results-heading">
    <slot name="results-anchor"></slot>
    <div class="results-head">
      <h2 id="results-heading" tabindex="-1">${t.resultsHeading}</h2>
      ${
        familyListCount === undefined
          ? nothing
          : html`<button class="list-jump" part="list-jump" type="button"
              @click=${options.onJumpToList}>${t.familyListJump(familyListCount)}</button>`
      }
    </div>
    <p
      class="count"
      part="count"
      role="status"
      aria-busy=${options.search.status === TaskStatus.PENDING ? 'true' : 'false'}
    >
      ${statusText(localize, options.search)}
    </p>
    ${renderUnderstood(options, 'help')}
    ${renderResults(options)}
  </section>`;
}
