// The tier choice of <polku-finder>: one compact select in plain language ("How are things with
// you?"), so it fits a phone's first screen, and what each choice means one tap away (the tiers'
// official names and explanations in a disclosure). Server-rendered, each tier there is also a
// link to its view, which works without script, and the select goes with the search form, so a
// tier chosen there is searched in when the form is sent. The choice is a `selected` attribute on one
// option, so that the server's HTML shows it before (and without) script; the select's value
// follows the choice once the person has used it.
import type { Tier } from '@polku/contract';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../internal/localize.js';
import type { SearchController } from './search-controller.js';
import { searchFormId } from './search-form.js';
import { pageSize, parseTier } from './search-state.js';
import { toResults, urlParams } from './url-state.js';

export function renderTiers(
  localize: LocalizeController,
  tiers: readonly Tier[],
  search: SearchController,
  linked: boolean,
) {
  const chosen = search.tier;
  const t = localize.messages;
  return html`<div class="tiers" part="tiers">
    <label for="tier">${t.tierLegend}</label>
    <select
      id="tier"
      part="tier-select"
      name=${linked ? urlParams.tier : nothing}
      form=${linked ? searchFormId : nothing}
      .value=${chosen === undefined ? '' : String(chosen)}
      aria-describedby=${chosen ? 'tier-note' : nothing}
      @change=${(event: Event) =>
        search.chooseTier(parseTier((event.target as HTMLSelectElement).value))}
    >
      <option value="" ?selected=${chosen === undefined}>${t.tierAll}</option>
      ${tiers.map(
        (tier) =>
          html`<option value=${tier.level} ?selected=${chosen === tier.level}>
            ${localize.plain(tier.label)}
          </option>`,
      )}
    </select>
    ${chosen ? html`<p class="tier-note" id="tier-note">${t.tierOrder(chosen)}</p>` : nothing}
    <details class="tier-help" part="tier-help">
      <summary>${t.tierHelp}</summary>
      <dl>
        ${tiers.map(
          (tier) => html`<dt>
              ${
                linked
                  ? html`<a
                      href=${toResults(search.linkTo(tier.level, pageSize))}
                      @click=${(event: Event) => {
                        event.preventDefault();
                        search.chooseTier(tier.level);
                      }}
                      >${localize.text(tier.label)}</a
                    >`
                  : localize.text(tier.label)
              }
            </dt>
            <dd>
              <span class="tier-name">${t.tierLevel(tier.level)} · ${localize.text(tier.name)}</span>
              ${localize.text(tier.description)}
            </dd>`,
        )}
      </dl>
    </details>
  </div>`;
}
