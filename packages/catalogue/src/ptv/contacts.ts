// PTV contact lists → Polku channels: phone numbers (with which number is whose, and what a call
// costs, in the label), email addresses, and web pages (with their languages). Used for a
// channel's own contacts and for a service–channel connection's contactDetails alike.
import type { Channel, LanguageCode, LocalizedText, OpeningHours } from '@polku/contract';
import { languageOrder } from '@polku/contract';
import type { PtvContext } from './context.js';
import { isHttpUrl, type Json, objects, str } from './json.js';

/** What every channel of one PTV channel shares: its name and languages. */
export interface ChannelCommon {
  label?: LocalizedText;
  languages?: string[];
}

const isPolkuLanguage = (language: string | undefined): language is LanguageCode =>
  language !== undefined && (languageOrder as readonly string[]).includes(language);

/** `text` as a LocalizedText in `language` (a PTV item's), or undefined. */
function inLanguage(text: string | undefined, language: unknown): LocalizedText | undefined {
  const code = str(language);
  return text && isPolkuLanguage(code) ? ({ [code]: text } as LocalizedText) : undefined;
}

/** The channel's name with a note added in the note's language ("Kanslia: rehtori"). */
function withNote(name: LocalizedText | undefined, note: LocalizedText): LocalizedText {
  const label: Record<string, string> = { ...name };
  for (const [language, text] of Object.entries(note)) {
    label[language] = label[language] ? `${label[language]}: ${text}` : text;
  }
  return label as LocalizedText;
}

/** Phone numbers of `list` (PTV phones) as phone channels; fax and SMS numbers reported. */
export function phoneChannels(
  context: PtvContext,
  list: unknown,
  where: { label: string; field: string },
  common: ChannelCommon,
  hours: OpeningHours | undefined,
): Channel[] {
  const channels: Channel[] = [];
  objects(list).forEach((phone, index) => {
    const pointer = `${where.field}/${index}`;
    const type = str(phone.type) ?? 'Phone';
    if (type !== 'Phone') {
      context.omissions.report(
        where.label,
        pointer,
        `${type} numbers are left out: Polku holds phone numbers to call`,
      );
      return;
    }
    const number = str(phone.number);
    if (!number) return;
    const prefix = str(phone.prefixNumber);
    const full = prefix && phone.isFinnishServiceNumber !== true ? `${prefix} ${number}` : number;
    // Which number is whose ("rehtori", "kanslia") and what a call costs belong with the number.
    const about = [str(phone.additionalInformation), str(phone.chargeDescription)]
      .filter(Boolean)
      .join(' – ');
    const own = inLanguage(about, phone.language);
    const label = own ? withNote(common.label, own) : common.label;
    if (about && !own) {
      context.omissions.report(
        where.label,
        `${pointer}/additionalInformation`,
        `"${about}" is left out: its language (${String(phone.language)}) is not fi, sv or en`,
      );
    }
    channels.push({
      type: 'phone',
      phone: full,
      ...(label ? { label } : {}),
      ...(common.languages ? { languages: common.languages } : {}),
      ...(hours ? { hours } : {}),
    });
  });
  return channels;
}

/** Email addresses of `lists` (PTV `emails`, `supportEmails`) as email channels. */
export function emailChannels(lists: unknown[], common: ChannelCommon): Channel[] {
  const channels: Channel[] = [];
  for (const email of lists.flatMap(objects)) {
    const address = str(email.value);
    if (address) channels.push({ type: 'email', email: address, ...common });
  }
  return channels;
}

export interface WebPage {
  url: string;
  /** The page's own names (PTV `value`), by language. */
  label?: LocalizedText;
  languages: LanguageCode[];
}

/** A PTV web page list by url, each url once with the languages it is given in. */
export function webPages(
  context: PtvContext,
  list: unknown,
  where: { label: string; field: string },
): WebPage[] {
  const pages = new Map<string, WebPage>();
  objects(list).forEach((page, index) => {
    const url = str(page.url) ?? str(page.value);
    if (!url) return;
    if (!isHttpUrl(url)) {
      context.omissions.report(
        where.label,
        `${where.field}/${index}/url`,
        `${url} is not an http(s) address: left out`,
      );
      return;
    }
    const language = str(page.language);
    const entry = pages.get(url) ?? { url, languages: [] };
    if (isPolkuLanguage(language) && !entry.languages.includes(language)) {
      entry.languages.push(language);
      const name = str(page.url) ? str(page.value) : undefined;
      if (name) entry.label = { ...entry.label, [language]: name } as LocalizedText;
    }
    pages.set(url, entry);
  });
  const rank = (language: LanguageCode | undefined) =>
    language === undefined ? languageOrder.length : languageOrder.indexOf(language);
  const sorted = [...pages.values()].map((page) => ({
    ...page,
    languages: page.languages.sort((x, y) => rank(x) - rank(y)),
  }));
  return sorted.sort((x, y) => rank(x.languages[0]) - rank(y.languages[0]));
}

/** Web pages as online channels, each marked with the languages it is in. */
export function webPageChannels(
  pages: WebPage[],
  common: ChannelCommon,
  hours?: OpeningHours,
  preferName = false,
): Channel[] {
  return pages.map((page) => {
    const label = preferName ? (common.label ?? page.label) : (page.label ?? common.label);
    return {
      type: 'online',
      url: page.url,
      ...(label ? { label } : {}),
      ...(page.languages.length > 0
        ? { languages: page.languages }
        : common.languages
          ? { languages: common.languages }
          : {}),
      ...(hours ? { hours } : {}),
    };
  });
}

/** The contactDetails of a service–channel connection: what this service's channel adds. */
export function connectionContacts(
  context: PtvContext,
  details: Json,
  where: { label: string; field: string },
): Channel[] {
  const field = (name: string) => ({ label: where.label, field: `${where.field}/${name}` });
  const channels = [
    ...phoneChannels(context, details.phoneNumbers, field('phoneNumbers'), {}, undefined),
    ...emailChannels([details.emails], {}),
    ...webPageChannels(webPages(context, details.webPages, field('webPages')), {}),
  ];
  if (objects(details.addresses).length > 0) {
    context.omissions.report(
      where.label,
      `${where.field}/addresses`,
      'postal addresses are left out: Polku holds visiting addresses of service locations',
    );
  }
  return channels;
}
