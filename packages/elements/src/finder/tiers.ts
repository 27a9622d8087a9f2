// The four tiers of <polku-finder> as a radio group in plain language, the official name beside.
import type { Tier } from '@polku/contract';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../internal/localize.js';
import type { SearchController } from './search-controller.js';

export function renderTiers(
  localize: LocalizeController,
  tiers: readonly Tier[] | undefined,
  search: SearchController,
) {
  if (!tiers?.length) return nothing;
  const chosen = search.tier;
  const t = localize.messages;
  return html`<fieldset class="tiers" part="tiers">
      <legend>${t.tierLegend}</legend>
      ${tiers.map(
        (tier) => html`<label class="tier-option" part="tier-option">
          <input
            type="radio"
            name="tier"
            value=${tier.level}
            .checked=${chosen === tier.level}
            @change=${() => search.chooseTier(tier.level)}
          />
          <span class="tier-text">
            <span class="tier-label">${localize.text(tier.label)}</span>
            <span class="tier-name">${t.tierLevel(tier.level)} · ${localize.text(tier.name)}</span>
          </span>
        </label>`,
      )}
      <label class="tier-option" part="tier-option">
        <input
          type="radio"
          name="tier"
          value=""
          .checked=${chosen === undefined}
          @change=${() => search.chooseTier(undefined)}
        />
        <span class="tier-text"><span class="tier-label">${t.tierAll}</span></span>
      </label>
    </fieldset>
    ${chosen ? html`<p class="tier-note">${t.tierOrder(chosen)}</p>` : nothing}`;
}
