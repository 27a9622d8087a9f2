// One rung of the chain's ladder: the tier's goal, services, key measures, risks, indicators and
// effectiveness measures. A render function rather than an element: it shares the chain's
// shadow root, language and heading levels.
import type { ChainTier, LanguageCode, LocalizedText, ServiceSummary, Tier } from '@polku/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { type StaticValue, html as staticHtml } from 'lit/static-html.js';
import { localizedText, plainText } from '../internal/localize.js';
import type { ChainMessages } from '../translations/messages.js';

export interface TierRenderContext {
  lang: LanguageCode;
  strings: ChainMessages;
  tiers: readonly Tier[];
  professional: boolean;
  /** The finder's side column: goal and service names, the rest behind a disclosure. */
  compact: boolean;
  /** Heading tag of a tier's name, and of its sub-sections. */
  tierHeading: StaticValue;
  partHeading: StaticValue;
  onOpen: (service: ServiceSummary) => void;
  onAdd: (service: ServiceSummary) => void;
}

function textList(
  texts: readonly LocalizedText[],
  ctx: TierRenderContext,
  className: string,
): TemplateResult {
  if (texts.length === 0) return html`<p class="none">${ctx.strings.none}</p>`;
  return html`<ul class=${className}>
    ${texts.map((text) => html`<li>${localizedText(text, ctx.lang)}</li>`)}
  </ul>`;
}

function part(
  id: string,
  title: string,
  body: TemplateResult,
  ctx: TierRenderContext,
): TemplateResult {
  // Plain divs, not sections: twenty labelled regions would drown the page's landmarks.
  return staticHtml`<div class="tier-part ${id}">
    <${ctx.partHeading} id=${id}>${title}</${ctx.partHeading}>
    ${body}
  </div>`;
}

function renderService(service: ServiceSummary, ctx: TierRenderContext): TemplateResult {
  const { strings, lang } = ctx;
  const name = plainText(service.name, lang);
  return html`<li class="service" part="service">
    <button type="button" class="service-name" aria-label=${strings.openDetails(name)}
      @click=${() => ctx.onOpen(service)}>${localizedText(service.name, lang)}</button>
    ${
      ctx.compact
        ? nothing
        : html`<span class="provider">${strings.provider}: ${localizedText(service.organization.name, lang)}</span>`
    }
    ${
      ctx.professional && service.referral && !ctx.compact
        ? html`<span class="referral ${service.referral.required ? 'required' : ''}">${
            service.referral.required ? strings.referralRequired : strings.referralNotRequired
          }</span>`
        : nothing
    }
    ${
      ctx.professional
        ? html`<button type="button" class="add" part="add-button" @click=${() => ctx.onAdd(service)}>
            ${ctx.compact ? strings.addShort : strings.addToList}<span class="visually-hidden"
              >: ${name}</span></button>`
        : nothing
    }
  </li>`;
}

export function renderChainTier(tier: ChainTier, ctx: TierRenderContext): TemplateResult {
  const { strings, lang } = ctx;
  const named = ctx.tiers.find((candidate) => candidate.level === tier.level);
  const id = `tier-${tier.level}`;
  // The ladder's step comes from `data-level` in the styles: no inline style under a strict CSP.
  return staticHtml`<li class="tier" part="tier" data-level=${tier.level}>
    <${ctx.tierHeading} class="tier-name" id=${`${id}-name`}>
      <span class="tier-level">${strings.tierLevel(tier.level)}</span>${
        named ? html`<span class="tier-title">${localizedText(named.name, lang)}</span>` : nothing
      }
    </${ctx.tierHeading}>
    <p class="tier-goal"><strong>${strings.tierGoal}:</strong> ${localizedText(tier.goal, lang)}</p>
    ${ctx.compact ? renderCompactBody(tier, ctx) : renderBody(tier, ctx)}
  </li>`;
}

function renderServices(tier: ChainTier, ctx: TierRenderContext): TemplateResult {
  return tier.services.length
    ? html`<ul class="services">${tier.services.map((service) => renderService(service, ctx))}</ul>`
    : html`<p class="none">${ctx.strings.noServices}</p>`;
}

function renderMeasures(tier: ChainTier, ctx: TierRenderContext): TemplateResult {
  const { strings } = ctx;
  const id = `tier-${tier.level}`;
  return html`${part(`${id}-measures`, strings.keyMeasures, textList(tier.key_measures, ctx, 'key-measures'), ctx)}
    ${part(`${id}-risks`, strings.risks, textList(tier.risks, ctx, 'risks'), ctx)}
    ${part(`${id}-indicators`, strings.indicators, textList(tier.indicators, ctx, 'indicators'), ctx)}
    ${part(
      `${id}-effectiveness`,
      strings.effectiveness,
      textList(tier.effectiveness_measures, ctx, 'effectiveness'),
      ctx,
    )}`;
}

function renderBody(tier: ChainTier, ctx: TierRenderContext): TemplateResult {
  return html`<div class="tier-body">
    ${part(`tier-${tier.level}-services`, ctx.strings.services, renderServices(tier, ctx), ctx)}
    ${renderMeasures(tier, ctx)}
  </div>`;
}

/** The side column's rung: the services at once, measures, risks and indicators on request. */
function renderCompactBody(tier: ChainTier, ctx: TierRenderContext): TemplateResult {
  return html`${renderServices(tier, ctx)}
    <details class="tier-more">
      <summary>${ctx.strings.tierMore}</summary>
      ${renderMeasures(tier, ctx)}
    </details>`;
}
