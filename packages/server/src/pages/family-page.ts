// The hosted page for families, `/fi/`, `/sv/` and `/en/`, and its accessibility statement: a
// template the server fills with the language, the county's name, the help lines, the links and
// the finder as the server rendered it (ssr/), or else the empty element the script fills. Every
// catalogue text is escaped; the page's one style block is allowed by its hash, so the page runs
// under a strict CSP.
import {
  type LanguageCode,
  type LocalizedText,
  languageOrder,
  pickText,
  telUrl,
  type UrgentHelp,
} from '@polku/contract';
import { styleSource } from './csp.js';
import { pageTexts } from './texts.js';

/** What the server fills in. */
export interface PageFill {
  lang: LanguageCode;
  /** The catalogue's name: the county. */
  county: LocalizedText;
  /** The county's own website, when the catalogue lists it. */
  countyUrl: string | undefined;
  helpLines: readonly UrgentHelp[];
  /** The same page in each language, as absolute URLs (`hreflang` alternates). */
  alternates: Readonly<Record<LanguageCode, string>>;
}

const escapes: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => escapes[character] ?? character);
}

function text(value: LocalizedText | undefined, lang: LanguageCode): string {
  const picked = pickText(value, lang);
  if (!picked) return '';
  const escaped = escapeHtml(picked.text);
  return picked.lang === lang ? escaped : `<span lang="${picked.lang}">${escaped}</span>`;
}

// `polku-finder:not(:defined)` keeps the finder's place before the script has run, as the README
// tells every host page to do.
const styles = `
:root { color-scheme: light; --ink: #1d2528; --soft: #4a5659; --accent: #0f5d63; --line: #d5dcda; }
* { box-sizing: border-box; }
html { font-family: system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; line-height: 1.5; color: var(--ink); background: #fff; }
body { margin: 0; }
a { color: var(--accent); text-underline-offset: 0.15em; }
:focus-visible { outline: 3px solid #b3471d; outline-offset: 2px; }
.wrap { width: min(72rem, 100% - 2rem); margin-inline: auto; }
.skip { position: absolute; left: 1rem; top: -4rem; background: #fff; padding: 0.5rem 1rem; }
.skip:focus { top: 0.5rem; }
header { border-bottom: 1px solid var(--line); }
header .wrap { display: flex; flex-wrap: wrap; justify-content: space-between; align-items: center; gap: 0 1.5rem; padding-block: 0.5rem; }
.county { margin: 0; font-weight: 700; }
nav ul { display: flex; flex-wrap: wrap; gap: 0 1rem; margin: 0; padding: 0; list-style: none; }
nav a, .back a { display: inline-block; padding-block: 0.5rem; }
.back { margin: 0.5rem 0 0; }
h1 { font-size: 1.25rem; line-height: 1.25; margin: 1rem 0 0.75rem; color: var(--soft); }
polku-finder:not(:defined) { display: block; min-height: 100vh; }
main { padding-bottom: 2rem; }
footer { border-top: 1px solid var(--line); color: var(--soft); padding-block: 1rem 2rem; }
footer p { margin: 0 0 0.5rem; }
`;

/** The CSP source that allows the page's own style block. */
export const styleHash = styleSource(styles);

const script = '<script type="module" src="/polku-finder.js"></script>';

function alternateLinks(alternates: Readonly<Record<LanguageCode, string>>): string {
  const link = (lang: string, href: string) =>
    `<link rel="alternate" hreflang="${lang}" href="${escapeHtml(href)}">`;
  return [
    ...languageOrder.map((lang) => link(lang, alternates[lang])),
    link('x-default', alternates[languageOrder[0] ?? 'fi']),
  ].join('\n');
}

interface Layout {
  title: string;
  description: string;
  main: string;
  /** This page's address in another language (the language links); default its family page. */
  inLanguage?: (lang: LanguageCode) => string;
  /**
   * The finder on the page, which loads the embed script: `rendered` by the server (the script
   * comes last, after what it hydrates), `empty` (the script fills it; it comes first), or none.
   */
  finder: 'rendered' | 'empty' | undefined;
}

function layout(fill: PageFill, page: Layout): string {
  const { lang } = fill;
  const t = pageTexts[lang];
  const county = text(fill.county, lang);
  const others = languageOrder
    .filter((other) => other !== lang)
    .map(
      (other) =>
        `<li><a href="${escapeHtml(page.inLanguage?.(other) ?? `/${other}/`)}" lang="${other}" hreflang="${other}">${pageTexts[other].languageName}</a></li>`,
    )
    .join('');
  return `<!doctype html>
<html lang="${lang}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${page.title}</title>
<meta name="description" content="${escapeHtml(page.description)}">
<link rel="icon" href="data:,">
${alternateLinks(fill.alternates)}
<style>${styles}</style>
${page.finder === 'empty' ? `${script}\n` : ''}</head>
<body>
<a class="skip" href="#main">${t.skip}</a>
<header><div class="wrap">
<p class="county">${county}</p>
<nav aria-label="${t.languagesLabel}"><ul>${others}</ul></nav>
</div></header>
<main id="main"><div class="wrap">
${page.main}
</div></main>
<footer><div class="wrap">
<p>${t.emergency}</p>
<p>${t.dataFrom} ${county}. ${t.privacy}</p>
<p><a href="/${lang}/${t.statementPath}">${t.statementLink}</a></p>
</div></footer>
${page.finder === 'rendered' ? `${script}\n` : ''}</body>
</html>
`;
}

/**
 * The page for families: the finder in the page's language. `finder` is its server-rendered markup
 * (help lines, tiers and results readable and linked without script); without it, the empty
 * element (with `detailsLink` as its `details-link`), and the help lines for a reader without
 * script.
 */
export function familyPage(fill: PageFill, finder?: string, detailsLink?: string): string {
  const { lang } = fill;
  const t = pageTexts[lang];
  const county = pickText(fill.county, lang)?.text ?? '';
  const lines = helpLineItems(fill);
  const main = `<h1>${t.heading}</h1>
${
  finder ??
  `<polku-finder lang="${lang}"${detailsLink ? ` details-link="${escapeHtml(detailsLink)}"` : ''}></polku-finder>
<noscript><h2>${t.helpLines}</h2><p>${t.noScript}</p><ul>${lines}</ul></noscript>`
}`;
  return layout(fill, {
    title: `${t.heading} – ${escapeHtml(county)}`,
    description: t.description,
    main,
    finder: finder ? 'rendered' : 'empty',
  });
}

/** A help line's number as a call link when it reads as one number (`telUrl`), else as text. */
function phoneLink(phone: string): string {
  const href = telUrl(phone);
  const shown = `<strong>${escapeHtml(phone)}</strong>`;
  return href ? `<a href="${escapeHtml(href)}">${shown}</a>` : shown;
}

/** The help lines as list items: each name and its number, for a page without the finder. */
function helpLineItems(fill: PageFill): string {
  return fill.helpLines
    .map((line) => `<li>${text(line.name, fill.lang)}: ${phoneLink(line.phone)}</li>`)
    .join('');
}

/**
 * The page for an address under `/<lang>/` where there is none: says so in the language of the
 * path, leads back to the family page, and gives the help lines, since a family may have come
 * here in a hurry.
 */
export function notFoundPage(fill: PageFill): string {
  const t = pageTexts[fill.lang];
  const county = pickText(fill.county, fill.lang)?.text ?? '';
  const main = `<h1>${t.notFound.heading}</h1>
<p>${t.notFound.text}</p>
<p><a href="/${fill.lang}/">${t.notFound.link}</a></p>
<h2>${t.helpLines}</h2>
<ul>${helpLineItems(fill)}</ul>`;
  return layout(fill, {
    title: `${t.notFound.heading} – ${escapeHtml(county)}`,
    description: t.description,
    main,
    finder: undefined,
  });
}

/**
 * A service's own page: its details as `<polku-service-details inline>` renders them on the server
 * (`details`, declarative shadow DOM, read without script; no script is loaded), under a link
 * back to the family page and above the help lines, which a family reaching a service in a hurry
 * finds here too. The service's name makes the title, its summary the description.
 */
export function servicePage(
  fill: PageFill,
  service: { name: LocalizedText; summary: LocalizedText },
  details: string,
  inLanguage: (lang: LanguageCode) => string,
): string {
  const { lang } = fill;
  const t = pageTexts[lang];
  const county = pickText(fill.county, lang)?.text ?? '';
  const main = `<p class="back"><a href="/${lang}/">${t.service.back}</a></p>
${details}
<h2>${t.helpLines}</h2>
<ul>${helpLineItems(fill)}</ul>`;
  // The service's summary describes its page, when it is a sentence (a search result's snippet).
  const summary = pickText(service.summary, lang)?.text ?? '';
  return layout(fill, {
    title: `${escapeHtml(pickText(service.name, lang)?.text ?? '')} – ${escapeHtml(county)}`,
    description: summary.length >= 50 ? summary : t.description,
    main,
    finder: undefined,
    inLanguage,
  });
}

/**
 * A service's details when they could not be rendered on the server: its name as the page's
 * `<h1>`, its summary and description as text, a line that says the rest is missing, and a link
 * that searches for the service in the finder, whose cards show its contacts.
 */
export function serviceFallback(
  lang: LanguageCode,
  service: { name: LocalizedText; summary: LocalizedText; description: LocalizedText },
): string {
  const t = pageTexts[lang].service;
  const name = pickText(service.name, lang)?.text ?? '';
  // A text in another language than the page's keeps its `lang`, paragraph by paragraph.
  const paragraphs = (value: LocalizedText) => {
    const picked = pickText(value, lang);
    if (!picked) return '';
    const attribute = picked.lang === lang ? '' : ` lang="${picked.lang}"`;
    return picked.text
      .split(/\n\s*\n/)
      .filter((paragraph) => paragraph.trim() !== '')
      .map((paragraph) => `<p${attribute}>${escapeHtml(paragraph.trim())}</p>`)
      .join('\n');
  };
  const search = `/${lang}/?polku-q=${encodeURIComponent(name)}#polku-results`;
  return `<h1>${text(service.name, lang)}</h1>
${paragraphs(service.summary)}
${paragraphs(service.description)}
<p>${t.unrendered} <a href="${escapeHtml(search)}">${t.search}</a></p>`;
}

/** The accessibility statement of the family pages. */
export function statementPage(fill: PageFill): string {
  const { lang } = fill;
  const s = pageTexts[lang].statement;
  const county = pickText(fill.county, lang)?.text ?? '';
  const section = (heading: string, body: string) => `<h2>${heading}</h2><p>${body}</p>`;
  const site = fill.countyUrl
    ? ` <a href="${escapeHtml(fill.countyUrl)}">${escapeHtml(fill.countyUrl.replace(/^https?:\/\//, '').replace(/\/$/, ''))}</a>`
    : '';
  const main = `<h1>${s.heading}</h1>
<p>${escapeHtml(s.intro(county))}</p>
${section(s.conformanceHeading, s.conformance)}
${section(s.checkedHeading, s.checked)}
${section(s.gapsHeading, s.gaps)}
${section(s.feedbackHeading, `${escapeHtml(s.feedback(county))}${site}`)}
${section(s.authorityHeading, `${s.authority} <a href="${s.authorityLink.href}">${s.authorityLink.text}</a>`)}
<p><a href="/${lang}/">${s.back}</a></p>`;
  return layout(fill, {
    title: `${s.heading} – ${escapeHtml(county)}`,
    description: s.intro(county),
    main,
    finder: undefined,
  });
}
