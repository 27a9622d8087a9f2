// The hosted pages for families: `/fi/`, `/sv/`, `/en/` (the finder in that language, the help
// lines, the county's name) and each one's accessibility statement. Family-list links open them
// by default. Built once from the catalogue, served with ETags under a strict CSP.
import type { Catalogue } from '@polku/catalogue';
import { languageOrder } from '@polku/contract';
import type { FastifyInstance } from 'fastify';
import { makeRepresentation, sendRepresentation } from '../http-cache.js';
import { familyPage, type PageFill, statementPage, styleHash } from '../pages/family-page.js';
import { pageTexts } from '../pages/texts.js';

const pageHeaders = {
  'content-type': 'text/html; charset=utf-8',
  'cache-control': 'public, max-age=300',
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

export function registerPageRoutes(app: FastifyInstance, catalogue: Catalogue): void {
  for (const lang of languageOrder) {
    const fill: PageFill = {
      lang,
      county: catalogue.name,
      countyUrl: countyUrl(catalogue),
      helpLines: catalogue.urgentHelp,
    };
    const page = makeRepresentation(familyPage(fill), pageHeaders);
    const statement = makeRepresentation(statementPage(fill), pageHeaders);
    app.get(`/${lang}/`, (request, reply) => sendRepresentation(request, reply, page));
    app.get(`/${lang}`, (request, reply) => {
      // The query stays: a family-list link without the slash still shows the family's list.
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      return reply.code(301).header('location', `/${lang}/${query}`).send();
    });
    app.get(`/${lang}/${pageTexts[lang].statementPath}`, (request, reply) =>
      sendRepresentation(request, reply, statement),
    );
  }
}
