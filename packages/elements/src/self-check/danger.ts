// The help lines after a danger answer: the check's own words, then 112 and the lines the answers
// name, each a tel: link. Drawn from the lines bundled in the script, so they show at once.
import type { SelfCheck, UrgentHelp } from '@polku/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { LocalizeController } from '../internal/localize.js';
import { telUrl } from '../internal/safe-url.js';
import type { SelfCheckMessages } from '../translations/messages.js';

export function renderDanger(
  check: SelfCheck,
  lines: readonly UrgentHelp[],
  localize: LocalizeController<SelfCheckMessages>,
  headingLevel: number,
): TemplateResult {
  const t = localize.messages;
  return html`<section class="danger" part="danger" aria-labelledby="danger-heading">
    <div id="danger-heading" role="heading" aria-level=${headingLevel} tabindex="-1">
      ${localize.text(check.danger.heading)}
    </div>
    <p>${localize.text(check.danger.text)}</p>
    <ul class="lines">
      ${lines.map((line) => {
        const href = telUrl(line.phone);
        const meta = [line.hours.always_open ? '24/7' : '', line.free_of_charge ? t.freeCall : '']
          .filter(Boolean)
          .join(' · ');
        return html`<li>
          <span class="name">${localize.text(line.name)}</span>
          ${href ? html`<a href=${href}>${line.phone}</a>` : line.phone}
          ${meta ? html`<span class="meta">${meta}</span>` : nothing}
        </li>`;
      })}
    </ul>
  </section>`;
}
