// The filter panel of <polku-finder>: checkbox groups with counts from the search's facets. Not
// part of the first screen: it comes in the chunk loaded right after it (later.ts); the button and
// the panel's place are filter-area.ts.
import { languageOrder, type Municipality } from '@polku/contract';
import { html, nothing } from 'lit';
import { languageName } from '../internal/format.js';
import type { LocalizeController } from '../internal/localize.js';
import { activeFilterCount, channelTypes, providerTypes } from './filter-state.js';
import type { SearchController } from './search-controller.js';
import { type Filters, noFilters } from './search-state.js';

export interface FilterPanelOptions {
  localize: LocalizeController;
  /** The search: its filters, the facets of its last result, and the change of its filters. */
  search: SearchController;
  municipalities: readonly Municipality[];
}

function toggled<T>(values: readonly T[], value: T, on: boolean): T[] {
  return on ? [...values.filter((v) => v !== value), value] : values.filter((v) => v !== value);
}

function checkbox(
  label: unknown,
  count: number | undefined,
  checked: boolean,
  onToggle: (on: boolean) => void,
) {
  return html`<label class="check">
    <input
      type="checkbox"
      .checked=${checked}
      @change=${(event: Event) => onToggle((event.target as HTMLInputElement).checked)}
    />
    <span>${label}${count === undefined ? nothing : html` <span class="count">(${count})</span>`}</span>
  </label>`;
}

export function renderFilters(options: FilterPanelOptions) {
  const { localize, search } = options;
  const { filters } = search;
  const facets = search.value?.page.facets;
  const onChange = (next: Filters) => search.changeFilters(next);
  const t = localize.messages;
  const language = localize.language;
  const count = (group: Record<string, number> | undefined, key: string) =>
    facets ? (group?.[key] ?? 0) : undefined;

  const municipalityCodes = options.municipalities.length
    ? options.municipalities.map((m) => m.code)
    : [...new Set([...Object.keys(facets?.municipality ?? {}), ...filters.municipality])].sort();
  const languageCodes = [
    ...new Set([...languageOrder, ...Object.keys(facets?.language ?? {}), ...filters.language]),
  ];
  const nameOf = (code: string) => {
    const municipality = options.municipalities.find((m) => m.code === code);
    return municipality ? localize.placeName(municipality.name) : code;
  };

  return html`
    <fieldset>
      <legend>${t.filterMunicipality}</legend>
      ${municipalityCodes.map((code) =>
        checkbox(
          nameOf(code),
          count(facets?.municipality, code),
          filters.municipality.includes(code),
          (on) => onChange({ ...filters, municipality: toggled(filters.municipality, code, on) }),
        ),
      )}
    </fieldset>
    <fieldset>
      <legend>${t.filterProvider}</legend>
      ${providerTypes
        .filter(
          (type) =>
            type !== 'private' ||
            (facets?.provider_type.private ?? 0) > 0 ||
            filters.providerType.includes(type),
        )
        .map((type) =>
          checkbox(
            t.providerTypes[type],
            count(facets?.provider_type, type),
            filters.providerType.includes(type),
            (on) => onChange({ ...filters, providerType: toggled(filters.providerType, type, on) }),
          ),
        )}
    </fieldset>
    <fieldset>
      <legend>${t.filterChannel}</legend>
      ${channelTypes.map((type) =>
        checkbox(
          t.channelTypes[type],
          count(facets?.channel, type),
          filters.channel.includes(type),
          (on) => onChange({ ...filters, channel: toggled(filters.channel, type, on) }),
        ),
      )}
    </fieldset>
    <fieldset>
      <legend>${t.filterLanguage}</legend>
      ${languageCodes.map((code) =>
        checkbox(
          languageName(code, language),
          count(facets?.language, code),
          filters.language.includes(code),
          (on) => onChange({ ...filters, language: toggled(filters.language, code, on) }),
        ),
      )}
    </fieldset>
    <fieldset>
      <legend>${t.filterOther}</legend>
      ${checkbox(t.free, undefined, filters.free, (on) => onChange({ ...filters, free: on }))}
      ${checkbox(t.noReferral, undefined, filters.noReferral, (on) => onChange({ ...filters, noReferral: on }))}
    </fieldset>
    ${
      activeFilterCount(filters)
        ? html`<button type="button" class="clear" @click=${() => onChange(noFilters)}>${t.clearFilters}</button>`
        : nothing
    }
  `;
}
