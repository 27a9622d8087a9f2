// A service's contacts as a description list: phone, email, web, address, opening hours.
// `links: true` makes tel:, mailto: and http(s) links (on screen); `false` prints plain text.
import type { Channel, LanguageCode, OpeningHours, Service, UrgentHelp } from '@polku/contract';
import { html, nothing, type TemplateResult } from 'lit';
import type { FamilyListMessages } from '../translations/messages.js';
import { regularHours } from './format.js';
import { localizedText } from './localize.js';
import { mailtoUrl, safeUrl, telUrl } from './safe-url.js';

/** Opening hours as one line of text (with a fallback-marked description where needed). */
export function renderHours(
  hours: OpeningHours | undefined,
  lang: LanguageCode,
  strings: FamilyListMessages,
): TemplateResult | typeof nothing {
  if (!hours) return nothing;
  const parts = [...(hours.always_open ? [strings.alwaysOpen] : []), ...regularHours(hours, lang)];
  if (parts.length === 0 && !hours.description) return nothing;
  return html`${parts.join('; ')}${parts.length && hours.description ? '. ' : ''}${localizedText(
    hours.description,
    lang,
  )}`;
}

function link(href: string | undefined, text: string, links: boolean): TemplateResult {
  return links && href ? html`<a href=${href}>${text}</a>` : html`${text}`;
}

function channelLabel(channel: Channel, lang: LanguageCode): TemplateResult | typeof nothing {
  const label = localizedText(channel.label, lang);
  return label === nothing ? nothing : html` <span class="channel-label">(${label})</span>`;
}

function hoursLine(
  channel: Channel,
  lang: LanguageCode,
  strings: FamilyListMessages,
): TemplateResult | typeof nothing {
  if (!('hours' in channel)) return nothing;
  const hours = renderHours(channel.hours, lang, strings);
  return hours === nothing
    ? nothing
    : html`<br /><span class="hours">${strings.hours}: ${hours}</span>`;
}

function renderChannel(
  channel: Channel,
  lang: LanguageCode,
  strings: FamilyListMessages,
  links: boolean,
): TemplateResult {
  switch (channel.type) {
    case 'phone':
      return html`<div class="contact"><dt>${strings.phone}</dt><dd>${link(
        telUrl(channel.phone),
        channel.phone,
        links,
      )}${channelLabel(channel, lang)}${hoursLine(channel, lang, strings)}</dd></div>`;
    case 'email':
      return html`<div class="contact"><dt>${strings.email}</dt><dd>${link(
        mailtoUrl(channel.email),
        channel.email,
        links,
      )}${channelLabel(channel, lang)}</dd></div>`;
    case 'online':
    case 'chat': {
      const href = safeUrl(channel.url);
      return html`<div class="contact"><dt>${strings.web}</dt><dd>${link(
        href,
        channel.url,
        links,
      )}${channelLabel(channel, lang)}${hoursLine(channel, lang, strings)}</dd></div>`;
    }
    case 'in_person': {
      const { address } = channel;
      const street = localizedText(address.street, lang);
      const office = localizedText(address.post_office, lang);
      return html`<div class="contact"><dt>${strings.address}</dt><dd>${street}, ${
        address.postal_code
      } ${office}${channelLabel(channel, lang)}${hoursLine(channel, lang, strings)}</dd></div>`;
    }
    case 'home_visit':
      return html`<div class="contact"><dt>${strings.homeVisit}</dt><dd>${
        localizedText(channel.label, lang) === nothing ? '✓' : localizedText(channel.label, lang)
      }</dd></div>`;
  }
}

/** The service's contacts; a sentence pointing to the provider when it lists none. */
export function renderServiceContacts(
  service: Service,
  lang: LanguageCode,
  strings: FamilyListMessages,
  links: boolean,
): TemplateResult {
  const web = safeUrl(service.url);
  if (service.channels.length === 0 && !web) {
    return html`<p class="no-contacts">${strings.noContacts}</p>`;
  }
  return html`<dl class="contacts">
    ${service.channels.map((channel) => renderChannel(channel, lang, strings, links))}
    ${
      web
        ? html`<div class="contact"><dt>${strings.web}</dt><dd>${link(web, service.url ?? web, links)}</dd></div>`
        : nothing
    }
  </dl>`;
}

/** The help lines, as the family's sheet and the shared list show them. */
export function renderHelpLines(
  lines: readonly UrgentHelp[],
  lang: LanguageCode,
  strings: FamilyListMessages,
  links: boolean,
): TemplateResult {
  return html`<ul class="help-lines">
    ${lines.map(
      (line) => html`<li>
        <strong>${localizedText(line.name, lang)}</strong>:
        ${link(telUrl(line.phone), line.phone, links)}
        ${line.hours.always_open ? html`(${strings.alwaysOpen})` : nothing}
        ${line.description ? html`– ${localizedText(line.description, lang)}` : nothing}
      </li>`,
    )}
  </ul>`;
}
