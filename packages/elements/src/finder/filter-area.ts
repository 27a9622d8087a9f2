// The filters' place in <polku-finder>: the "Filters (n)" button that unfolds them on a narrow
// finder, their heading, and the panel, whose checkboxes come with the chunk loaded right after
// the first screen (later.ts). Until then the panel stands empty and marked busy.
import { html, nothing } from 'lit';
import type { LaterModule } from '../load-later.js';
import { activeFilterCount } from './filter-state.js';
import type { FilterPanelOptions } from './filters.js';

export interface FilterAreaOptions extends FilterPanelOptions {
  /** The later chunk once loaded; `undefined` while it loads. */
  later: LaterModule | undefined;
  /** The chunk failed to load: the panel offers a retry. */
  failed: boolean;
  onRetry: () => void;
  /** Whether the panel is unfolded (a narrow finder folds it behind its button). */
  open: boolean;
  onToggle: () => void;
}

export function renderFilterArea(options: FilterAreaOptions) {
  const t = options.localize.messages;
  const { later } = options;
  return html`<div class="filters-area">
    <button
      class="filters-toggle"
      type="button"
      aria-expanded=${options.open ? 'true' : 'false'}
      aria-controls="filters"
      @click=${options.onToggle}
    >
      ${t.filtersToggle(activeFilterCount(options.search.filters))}
    </button>
    <div
      id="filters"
      class="filters ${options.open ? 'open' : ''}"
      part="filters"
      aria-busy=${later ? 'false' : 'true'}
    >
      <h2 class="filters-heading">${t.filtersHeading}</h2>
      ${
        later
          ? later.renderFilters(options)
          : options.failed
            ? html`<button type="button" @click=${options.onRetry}>${t.retry}</button>`
            : nothing
      }
    </div>
  </div>`;
}
