// The hosted pages for families: `/fi/`, `/sv/`, `/en/` (the finder in that language, the help
// lines, the county's name) and each one's accessibility statement. Family-list links open them
// by default. Made once per served catalogue (a reload makes them anew), served with ETags under
// a strict CSP.
import type { Catalogue } from '@polku/catalogue';
import { type LanguageCode, languageOrder } from '@polku/contract';
import type { FastifyInstance } from 'fastify';
import type { ServedCatalogue } from '../catalogue/served.js';
import {
  makeRepresentation,
  type Representation,
  sendRepresentation,
  shortCacheControl,
} from '../http/cache.js';
import { familyPage, type PageFill, statementPage, styleHash } from '../pages/family-page.js';
import { pageTexts } from '../pages/texts.js';

const pageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  // HTML is revalidated after a minute, as every page Polku serves (README, "Caching").
  'cache-control': shortCacheControl,
  'content-security-policy': [
    "default-src 'none'",
    "script-src 'self'",
    `style-src ${styleHash}`,
    "connect-src 'self'",
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    "frame-ancestors 'none'",
    "require-trusted-types-for 'script'",
    'trusted-types lit-html',
  ].join('; '),
  'referrer-policy': 'no-referrer',
};

/** The county's own website: the organization named as the catalogue is, if it has an http(s) URL. */
function countyUrl(catalogue: Catalogue): string | undefined {
  const county = catalogue.organizations.find(
    (organization) => organization.name.fi === catalogue.name.fi,
  );
  return county?.url && /^https?:\/\//i.test(county.url) ? county.url : undefined;
}

interface HostedPages {
  page: Representation;
  statement: Representation;
}

const pagesOf = new WeakMap<ServedCatalogue, Map<LanguageCode, HostedPages>>();

/** The language's two pages for the catalogue being served, made on first request. */
function hostedPages(served: ServedCatalogue, lang: LanguageCode): HostedPages {
  let byLanguage = pagesOf.get(served);
  if (!byLanguage) {
    byLanguage = new Map();
    pagesOf.set(served, byLanguage);
  }
  let pages = byLanguage.get(lang);
  if (!pages) {
    const { catalogue } = served;
    const fill: PageFill = {
      lang,
      county: catalogue.name,
      countyUrl: countyUrl(catalogue),
      helpLines: catalogue.urgentHelp,
    };
    pages = {
      page: makeRepresentation(familyPage(fill), pageHeaders),
      statement: makeRepresentation(statementPage(fill), pageHeaders),
    };
    byLanguage.set(lang, pages);
  }
  return pages;
}

export function registerPageRoutes(app: FastifyInstance): void {
  for (const lang of languageOrder) {
    app.get(`/${lang}/`, (request, reply) =>
      sendRepresentation(request, reply, hostedPages(request.server.servedCatalogue, lang).page),
    );
    app.get(`/${lang}`, (request, reply) => {
      // The query stays: a family-list link without the slash still shows the family's list.
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      return reply.code(301).header('location', `/${lang}/${query}`).send();
    });
    app.get(`/${lang}/${pageTexts[lang].statementPath}`, (request, reply) =>
      sendRepresentation(
        request,
        reply,
        hostedPages(request.server.servedCatalogue, lang).statement,
      ),
    );
  }
}
