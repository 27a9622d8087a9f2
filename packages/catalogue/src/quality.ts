// The quality report: per service, what a family would miss even though the record is valid
// (no way to get in touch, only a front-page link, Swedish or Finnish missing, a referral statement
// that contradicts itself, a contact without a source). `polku-catalogue check --quality <dir>`.
import type { Channel, LocalizedText, Service } from '@polku/contract';
import type { Catalogue } from './catalogue.js';

/** The kinds of finding, one a line in the report. */
export type QualityKind =
  | 'no-contact'
  | 'front-page-link'
  | 'missing-language'
  | 'referral-contradiction'
  | 'contact-without-source';

/** One thing a family would miss in one service. */
export interface QualityFinding {
  service: string;
  /** The service's Finnish name (else any), for people reading the report. */
  name: string;
  kind: QualityKind;
  /** A JSON pointer into the service as the API serves it. */
  field?: string;
  message: string;
}

type ContactChannel = Exclude<Channel, { type: 'home_visit' }>;

/** Phone, email, chat, web page or a place to visit: what a family can use to get in touch. */
export function isContact(channel: Channel): channel is ContactChannel {
  return channel.type !== 'home_visit';
}

/** A URL with nothing after its host: a site's front page, not the service's own page. */
export function isFrontPage(url: string): boolean {
  try {
    const { pathname, search, hash } = new URL(url);
    return (pathname === '/' || pathname === '') && search === '' && hash === '';
  } catch {
    return false;
  }
}

// Phrases saying a referral or decision is needed, and ones saying it is not (fi, sv, en).
// Negations are tested first, so "ei tarvita lähetettä" never counts as "lähete tarvitaan".
const saysNotNeeded = [
  /\b(ei|ilman)\b[^.;:]{0,30}\blähet/i,
  /\blähetettä ei\b/i,
  /\b(ingen|utan)\b[^.;:]{0,30}\bremiss/i,
  /\bremiss behövs inte\b/i,
  /\b(no|without( a)?)\b[^.;:]{0,30}\breferral/i,
  /\breferral is not (needed|required)\b/i,
];
const saysNeeded = [
  /\b(tarvitaan|tarvitset|vaaditaan|edellyttää)\b[^.;:]{0,20}\b(lähete|lähetteen|lähetettä|päätös)/i,
  /\blähete (tarvitaan|vaaditaan)\b/i,
  /\b(behövs|krävs|behöver du)\b[^.;:]{0,20}\bremiss/i,
  /\bremiss (behövs|krävs)\b/i,
  /\b(needs?|requires?)\b[^.;:]{0,20}\breferral/i,
  /\breferral is (needed|required)\b/i,
];

function sentences(text: string): string[] {
  return text.split(/(?<=[.!?;])\s+/);
}

function claims(text: string): { needed: boolean; notNeeded: boolean } {
  let needed = false;
  let notNeeded = false;
  for (const sentence of sentences(text)) {
    if (saysNotNeeded.some((pattern) => pattern.test(sentence))) notNeeded = true;
    else if (saysNeeded.some((pattern) => pattern.test(sentence))) needed = true;
  }
  return { needed, notNeeded };
}

function referralFindings(service: Service): Omit<QualityFinding, 'service' | 'name'>[] {
  const findings: Omit<QualityFinding, 'service' | 'name'>[] = [];
  const texts: [string, LocalizedText | undefined][] = [
    ['/referral/description', service.referral.description],
    ['/summary', service.summary],
    ['/description', service.description],
  ];
  for (const [pointer, text] of texts) {
    for (const [language, value] of Object.entries(text ?? {})) {
      const { needed, notNeeded } = claims(value);
      if (!service.referral.required && needed)
        findings.push({
          kind: 'referral-contradiction',
          field: `${pointer}/${language}`,
          message: 'says a referral or decision is needed, but referral.required is false',
        });
      if (service.referral.required && notNeeded)
        findings.push({
          kind: 'referral-contradiction',
          field: `${pointer}/${language}`,
          message: 'says no referral is needed, but referral.required is true',
        });
    }
  }
  return findings;
}

function languageFindings(service: Service): Omit<QualityFinding, 'service' | 'name'>[] {
  const findings: Omit<QualityFinding, 'service' | 'name'>[] = [];
  const texts: [string, LocalizedText | undefined][] = [
    ['/name', service.name],
    ['/summary', service.summary],
    ['/description', service.description],
    ['/contact_note', service.contact_note],
    ['/referral/description', service.referral.description],
    ...service.channels.map((channel, index): [string, LocalizedText | undefined] => [
      `/channels/${index}/label`,
      channel.label,
    ]),
  ];
  for (const [pointer, text] of texts) {
    if (!text) continue;
    for (const language of ['fi', 'sv'] as const) {
      if (!text[language])
        findings.push({
          kind: 'missing-language',
          field: `${pointer}/${language}`,
          message: `has no ${language === 'fi' ? 'Finnish' : 'Swedish'} text`,
        });
    }
  }
  return findings;
}

function contactFindings(service: Service): Omit<QualityFinding, 'service' | 'name'>[] {
  const findings: Omit<QualityFinding, 'service' | 'name'>[] = [];
  const contacts = service.channels.filter(isContact);
  const links = contacts.filter((channel) => channel.type === 'online' || channel.type === 'chat');
  contacts.forEach((channel) => {
    const index = service.channels.indexOf(channel);
    if (!channel.source)
      findings.push({
        kind: 'contact-without-source',
        field: `/channels/${index}`,
        message: `${channel.type} contact has no source (where it was read, and when)`,
      });
    if ('url' in channel && isFrontPage(channel.url))
      findings.push({
        kind: 'front-page-link',
        field: `/channels/${index}/url`,
        message: `links only a site's front page (${channel.url}), not the service's own page`,
      });
  });
  if (service.url && isFrontPage(service.url))
    findings.push({
      kind: 'front-page-link',
      field: '/url',
      message: `is a site's front page (${service.url}), not the service's own page`,
    });
  const usable = contacts.filter((channel) => !('url' in channel) || !isFrontPage(channel.url));
  if (usable.length === 0 && !service.contact_note)
    findings.push({
      kind: 'no-contact',
      field: '/channels',
      message:
        links.length > 0
          ? 'has no way to get in touch but a front-page link, and no contact_note saying where to ask'
          : 'has no way to get in touch (phone, email, page or address) and no contact_note saying where to ask',
    });
  return findings;
}

/** Everything a family would miss, service by service, in the catalogue's order. */
export function qualityReport(catalogue: Catalogue): QualityFinding[] {
  return catalogue.services.flatMap((service) => {
    const name = service.name.fi ?? service.name.sv ?? service.name.en ?? '';
    return [
      ...contactFindings(service),
      ...languageFindings(service),
      ...referralFindings(service),
    ].map((finding) => ({ service: service.id, name, ...finding }));
  });
}
