// The printed sheet a family takes home: title, date, each chosen service with its provider,
// contacts, opening hours and the worker's note, then the help lines. All in the family's
// language; plain text (no links), no controls. Shown only in print (see the styles).
import type { LanguageCode, Service, UrgentHelp } from '@polku/contract';
import { html, nothing, type TemplateResult } from 'lit';
import { renderHelpLines, renderServiceContacts } from '../internal/contacts.js';
import { localizedText } from '../internal/localize.js';
import { professionalMessages } from '../translations/professional/index.js';

export interface SheetEntry {
  id: string;
  note: string;
  service: Service | undefined;
}

export function renderFamilySheet(
  entries: readonly SheetEntry[],
  helpLines: readonly UrgentHelp[],
  lang: LanguageCode,
  date: Date,
): TemplateResult {
  const strings = professionalMessages[lang].familyList;
  const dated = new Intl.DateTimeFormat(lang, { dateStyle: 'long' }).format(date);
  return html`<article class="sheet" part="sheet" lang=${lang} aria-labelledby="sheet-title">
    <header>
      <h2 id="sheet-title">${strings.sheetTitle}</h2>
      <p class="sheet-date">${strings.sheetDate(dated)}</p>
      <p>${strings.sheetIntro}</p>
    </header>
    <ol class="sheet-services">
      ${entries.map(
        ({ service, note }) => html`<li class="sheet-service">
          <h3>${service ? localizedText(service.name, lang) : strings.serviceFallback}</h3>
          ${
            service
              ? html`<p class="provider">${strings.provider}: ${localizedText(service.organization.name, lang)}</p>
                  ${service.referral.required ? html`<p>${strings.referralNeeded}</p>` : nothing}
                  ${renderServiceContacts(service, lang, strings, false)}`
              : nothing
          }
          ${
            note.trim()
              ? html`<p class="sheet-note"><strong>${strings.sheetNote}:</strong> ${note}</p>`
              : nothing
          }
        </li>`,
      )}
    </ol>
    ${
      helpLines.length
        ? html`<section class="sheet-help" aria-labelledby="sheet-help-title">
            <h3 id="sheet-help-title">${strings.helpTitle}</h3>
            ${renderHelpLines(helpLines, lang, strings, false)}
          </section>`
        : nothing
    }
  </article>`;
}
