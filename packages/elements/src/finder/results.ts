// The results of <polku-finder>: cards (grouped by tier when one is chosen), and the loading,
// empty and error states, each designed, never a blank box.
import { TaskStatus } from '@lit/task';
import type { Service, ServicePage, Tier, TierLevel } from '@polku/contract';
import { html, nothing } from 'lit';
import type { FinderView } from '../internal/context.js';
import type { LocalizeController } from '../internal/localize.js';
import type { SearchResult } from './search.js';
import { tierOrder } from './search-state.js';

export interface ResultsOptions {
  localize: LocalizeController;
  /** The search task's status and its last result (kept while the next one runs). */
  status: TaskStatus;
  result: SearchResult | undefined;
  tiers: readonly Tier[] | undefined;
  tier: TierLevel | undefined;
  view: FinderView;
  filterCount: number;
  canShowMore: (page: ServicePage) => boolean;
  onRetry: () => void;
  onChooseTier: (tier: TierLevel) => void;
  onClearFilters: () => void;
  onShowMore: () => void;
}

function renderCards(services: readonly Service[], headingLevel: number, view: FinderView) {
  return html`<ul class="cards">
    ${services.map(
      (service) => html`<li>
        <polku-service-card
          .service=${service}
          heading-level=${headingLevel}
          view=${view}
          exportparts="card, details-button, add-button"
        ></polku-service-card>
      </li>`,
    )}
  </ul>`;
}

function renderList(page: ServicePage, options: ResultsOptions) {
  const { tier, localize, view } = options;
  if (!tier) return renderCards(page.contents, 3, view);
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
      ${renderCards(services, 4, view)}`;
  });
}

function renderEmpty(nearest: TierLevel | undefined, options: ResultsOptions) {
  const { localize } = options;
  const t = localize.messages;
  const nearestName = options.tiers?.find((tier) => tier.level === nearest)?.name;
  return html`<div class="message empty" part="message">
    <p class="message-title">${t.emptyTitle}</p>
    <p>${t.emptyHint}</p>
    <div class="actions">
      ${
        nearest
          ? html`<button class="primary" type="button" @click=${() => options.onChooseTier(nearest)}>
            ${t.emptyNearest(nearest, localize.plain(nearestName))}
          </button>`
          : nothing
      }
      ${
        options.filterCount
          ? html`<button type="button" @click=${options.onClearFilters}>${t.clearFilters}</button>`
          : nothing
      }
    </div>
  </div>`;
}

export function renderResults(options: ResultsOptions) {
  const t = options.localize.messages;
  if (options.status === TaskStatus.ERROR) {
    return html`<div class="message error" part="message">
      <p class="message-title">${t.errorTitle}</p>
      <p>${t.errorHint}</p>
      <button class="primary" type="button" @click=${options.onRetry}>${t.retry}</button>
    </div>`;
  }
  const result = options.result;
  if (!result) {
    return html`<div class="message loading" part="message" aria-hidden="true">
      <div class="skeleton"></div>
      <div class="skeleton"></div>
    </div>`;
  }
  const { page, nearest } = result;
  if (page.total_items === 0) return renderEmpty(nearest, options);
  const pending = options.status === TaskStatus.PENDING;
  return html`<div class="list ${pending ? 'stale' : ''}" aria-busy=${pending ? 'true' : 'false'}>
      ${renderList(page, options)}
    </div>
    ${
      options.canShowMore(page)
        ? html`<button class="more" type="button" @click=${options.onShowMore}>${t.showMore}</button>`
        : nothing
    }`;
}

/** The live results count: loading, the count, or the error's title. */
export function statusText(
  localize: LocalizeController,
  status: TaskStatus,
  result: SearchResult | undefined,
): string {
  const t = localize.messages;
  if (status === TaskStatus.ERROR) return t.errorTitle;
  const total = result?.page.total_items;
  return total === undefined ? t.loading : t.resultCount(total);
}
