// One help line as every Polku surface shows it: the number as a `tel:` link, the name, and when
// with `detail`, when it answers (24/7 or the line's own words on its hours) and whether the call is
// free, and with `all` what it is for. `<polku-help-now>` and `<polku-understood>` both use it.
import type { UrgentHelp } from '@polku/contract';
import { html, nothing } from 'lit';
import type { LocalizeController } from '../internal/localize.js';
import { telUrl } from '../internal/safe-url.js';

export function renderHelpLine(
  line: UrgentHelp,
  localize: Pick<LocalizeController, 'messages' | 'text' | 'plain'>,
  detail: 'none' | 'hours' | 'all',
) {
  const t = localize.messages;
  const href = telUrl(line.phone);
  const hours = line.hours.always_open ? '24/7' : localize.plain(line.hours.description);
  const meta = [hours, line.free_of_charge ? t.freeCall : ''].filter(Boolean).join(' · ');
  return html`<li part="line">
    ${href ? html`<a part="phone" href=${href}>${line.phone}</a>` : html`<span>${line.phone}</span>`}
    <span class="name">${localize.text(line.name)}</span>
    ${
      detail === 'none'
        ? nothing
        : html`<span class="more-text">
            ${meta ? html`<span class="meta">${meta}</span>` : nothing}
            ${detail === 'all' ? html`<span>${localize.text(line.description)}</span>` : nothing}
          </span>`
    }
  </li>`;
}
