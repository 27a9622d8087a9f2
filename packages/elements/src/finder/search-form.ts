// The search field of <polku-finder>: words in the family's own language, searched as they pause
// typing or at once when sent (Enter, the phone keyboard's search key, or the button beside the
// field). Server-rendered, the form is also a plain GET of the page itself (`?polku-q=`, with the
// tier chosen in the tier choice and a family's list), which the hosted pages render, so it works
// before the script has come and without it.
import { html, nothing } from 'lit';
import type { LocalizeController } from '../internal/localize.js';
import type { SearchController } from './search-controller.js';
import { maxQueryLength, pageSize } from './search-state.js';
import { resultsAnchor, urlParams } from './url-state.js';

/** The search form's id: server-rendered, the tier choice's select is sent with it. */
export const searchFormId = 'search';

export function renderSearchForm(
  localize: LocalizeController,
  search: SearchController,
  linked: boolean,
) {
  const t = localize.messages;
  const onSubmit = (event: SubmitEvent) => {
    event.preventDefault();
    search.submit();
  };
  return html`<form
    id=${searchFormId}
    class="search"
    part="search"
    action="#${resultsAnchor}"
    @submit=${onSubmit}
  >
    <label for="query">${t.searchLabel}</label>
    <div class="search-row">
      <input
        id="query"
        part="search-input"
        type="search"
        name=${urlParams.query}
        autocomplete="off"
        enterkeyhint="search"
        maxlength=${maxQueryLength}
        aria-describedby="query-hint"
        .value=${search.typedText}
        @input=${(event: InputEvent) => search.type((event.target as HTMLInputElement).value)}
      />
      <button type="submit" class="primary" part="search-button">${t.searchButton}</button>
    </div>
    ${
      linked
        ? [...new URLSearchParams(search.linkTo(search.tier, pageSize))]
            // The words are the field's; the tier is the tier choice's (its select belongs to
            // this form), so that a tier chosen there is sent too.
            .filter(([name]) => name !== urlParams.query && name !== urlParams.tier)
            .map(([name, value]) => html`<input type="hidden" name=${name} value=${value} />`)
        : nothing
    }
    <p id="query-hint" class="hint">${t.searchHint}</p>
  </form>`;
}
