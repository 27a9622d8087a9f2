// The end of the self-check: a warm suggestion in the family's language (the check's own words for
// the tier), that tier's services first and the lighter ones after, a way to talk to a
// professional, and a link that carries the suggested tier only. It never names a diagnosis, a
// label or a grade, and says it is not an assessment.
import { TaskStatus } from '@lit/task';
import type { Channel, SelfCheck, Service, ServiceGuidance, TierLevel } from '@polku/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize.js';
import { mailtoUrl, safeUrl, telUrl } from '../internal/safe-url.js';
import type { SelfCheckMessages } from '../translations/messages.js';

export interface SummaryView {
  check: SelfCheck;
  tier: TierLevel;
  /** Opened from a shared link: no answers behind it. */
  shared: boolean;
  localize: LocalizeController<SelfCheckMessages>;
  headingLevel: number;
  servicesStatus: TaskStatus;
  services: readonly Service[] | undefined;
  guidance: ServiceGuidance | undefined;
  /** The link, shown to copy by hand when the clipboard is not available. */
  manualLink: string | undefined;
  onRetryServices: () => void;
  onCopy: () => void;
  onBack: () => void;
  onRestart: () => void;
}

function renderCards(services: readonly Service[], headingLevel: number): TemplateResult {
  return html`<ul class="cards">
    ${services.map(
      (service) => html`<li>
        <polku-service-card .service=${service} heading-level=${headingLevel}></polku-service-card>
      </li>`,
    )}
  </ul>`;
}

/** The tier's services first, then the lighter ones (the API already orders them so). */
function renderServices(view: SummaryView): TemplateResult {
  const t = view.localize.messages;
  const level = view.headingLevel + 1;
  if (view.servicesStatus === TaskStatus.ERROR) {
    return html`<div class="message" role="alert">
      <p>${t.servicesError}</p>
      <button type="button" part="button" @click=${view.onRetryServices}>${t.retry}</button>
    </div>`;
  }
  if (!view.services) return html`<p class="message" role="status">${t.servicesLoading}</p>`;
  const now = view.services.filter((service) => service.tiers.includes(view.tier));
  const lighter = view.services.filter((service) => !service.tiers.includes(view.tier));
  if (now.length + lighter.length === 0) return html`<p class="message">${t.noServices}</p>`;
  return html`${
    now.length
      ? html`<div class="group-heading" role="heading" aria-level=${level}>${t.servicesNow}</div>
        ${renderCards(now, level + 1)}`
      : nothing
  }${
    lighter.length
      ? html`<div class="group-heading" role="heading" aria-level=${level}>${t.servicesLighter}</div>
        ${renderCards(lighter, level + 1)}`
      : nothing
  }`;
}

function renderChannel(
  channel: Channel,
  localize: LocalizeController<SelfCheckMessages>,
): TemplateResult | typeof nothing {
  const label = channel.label ? html` (${localize.text(channel.label)})` : nothing;
  let href: string | undefined;
  let text = '';
  if (channel.type === 'phone') [href, text] = [telUrl(channel.phone), channel.phone];
  else if (channel.type === 'email') [href, text] = [mailtoUrl(channel.email), channel.email];
  else if (channel.type === 'online' || channel.type === 'chat')
    [href, text] = [safeUrl(channel.url), channel.url];
  return href ? html`<li><a href=${href}>${text}</a>${label}</li>` : nothing;
}

/** The way to a professional: the check's words, then the catalogue's service guidance. */
function renderTalk(view: SummaryView): TemplateResult {
  const { localize, guidance } = view;
  return html`<section class="talk" part="talk" aria-labelledby="talk-heading">
    <div id="talk-heading" role="heading" aria-level=${view.headingLevel + 1}>
      ${localize.messages.talkHeading}
    </div>
    <p>${localize.text(view.check.talk_to_professional)}</p>
    ${
      guidance
        ? html`<p class="guidance-name">${localize.text(guidance.name)}</p>
          ${guidance.description ? html`<p>${localize.text(guidance.description)}</p>` : nothing}
          <ul class="guidance">${guidance.channels.map((channel) => renderChannel(channel, localize))}</ul>`
        : nothing
    }
  </section>`;
}

export function renderSummary(view: SummaryView): TemplateResult {
  const { check, localize } = view;
  const t = localize.messages;
  const result = check.results.find((candidate) => candidate.tier === view.tier);
  return html`<section class="summary" part="summary" aria-labelledby="summary-heading">
    ${view.shared ? html`<p class="shared">${t.sharedIntro}</p>` : nothing}
    <div id="summary-heading" role="heading" aria-level=${view.headingLevel} tabindex="-1">
      ${result ? localize.text(result.heading) : localize.text(check.name)}
    </div>
    ${result ? html`<p>${localize.text(result.text)}</p>` : nothing}
    <p class="note">${localize.text(check.not_assessment)}</p>
    ${renderServices(view)}
    ${renderTalk(view)}
    <div class="share">
      <button type="button" part="button" @click=${view.onCopy}>${t.copyLink}</button>
      <p class="hint">${t.linkPrivacy}</p>
      ${
        view.manualLink
          ? html`<label for="manual-link">${t.linkLabel}</label>
            <input id="manual-link" type="text" readonly .value=${view.manualLink}
              @focus=${(event: FocusEvent) => (event.target as HTMLInputElement).select()} />`
          : nothing
      }
    </div>
    <div class="nav">
      ${
        view.shared
          ? html`<button type="button" part="button" class="primary" @click=${view.onRestart}>
            ${t.answerYourself}</button>`
          : html`<button type="button" part="button" @click=${view.onBack}>${t.back}</button>
            <button type="button" part="button" @click=${view.onRestart}>${t.restart}</button>`
      }
    </div>
  </section>`;
}
