// The hosted pages for families: `/fi/`, `/sv/`, `/en/` (the finder in that language, rendered on
// the server with the first page of results: pages/ssr/) and each one's accessibility statement.
// The finder's search form, sent before its script has run or without it, asks for `?polku-q=`:
// the same page with the results for those words. Family-list links open them by default. Made per served catalogue, view and origin (the
// `hreflang` links are absolute), kept in a bounded cache (a reload starts a new one), served
// with ETags under a strict CSP. A finder that fails to render is logged, and the page goes out
// with the empty finder the script fills, as before server rendering.
import type { Catalogue } from '@polku/catalogue';
import { type LanguageCode, languageOrder } from '@polku/contract';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { ServedCatalogue } from '../catalogue/served.js';
import {
  compressAhead,
  makeRepresentation,
  type Representation,
  RepresentationCache,
  sendRepresentation,
  shortCacheControl,
} from '../http/cache.js';
import { KnownOrigins } from '../http/known-origins.js';
import { origin } from '../http/origin.js';
import { pagePolicy } from '../pages/csp.js';
import {
  familyPage,
  notFoundPage,
  type PageFill,
  serviceFallback,
  servicePage,
  statementPage,
  styleHash,
} from '../pages/family-page.js';
import { type Elements, type ServerRendering, serverRendering } from '../pages/ssr/elements.js';
import { renderFinder, shadowStyleSources } from '../pages/ssr/render-finder.js';
import { finderSeed, type PageView, pageView, viewKey } from '../pages/ssr/seed.js';
import { pageTexts } from '../pages/texts.js';
import { getService } from '../search/index.js';

/** Host names (origins) the pages are made for when no public URL is set. */
const maxOrigins = 8;

/** Bytes of pages kept per served catalogue. */
const pageCacheBytes = 16 * 1024 * 1024;
/**
 * Bytes of pages kept apart from the views: searched pages (`?polku-q=`, the search form submitted
 * without script) and services' own pages, so that the words families type, which are many, and a
 * crawler's walk through every service never push the views out.
 */
const apartCacheBytes = 4 * 1024 * 1024;

function pageHeaders(styleSources: readonly string[]): Record<string, string> {
  return {
    'content-type': 'text/html; charset=utf-8',
    // HTML is revalidated after a minute, as every page Polku serves (README, "Caching").
    'cache-control': shortCacheControl,
    'content-security-policy': pagePolicy([styleHash, ...styleSources]),
    'referrer-policy': 'no-referrer',
  };
}

/** The county's own website: the organization named as the catalogue is, if it has an http(s) URL. */
function countyUrl(catalogue: Catalogue): string | undefined {
  const county = catalogue.organizations.find(
    (organization) => organization.name.fi === catalogue.name.fi,
  );
  return county?.url && /^https?:\/\//i.test(county.url) ? county.url : undefined;
}

export interface PageRouteOptions {
  /** Absolute base URL for the `hreflang` links; the request's origin otherwise. */
  publicUrl?: string | undefined;
  /** Where a failed server rendering is reported. */
  warn: (message: string) => void;
}

interface PageCaches {
  pages: RepresentationCache;
  apart: RepresentationCache;
  /** Renders under way, so that the same page asked twice at once is made once. */
  making: Map<string, Promise<Representation>>;
}

const cachesOf = new WeakMap<ServedCatalogue, PageCaches>();

function cachesFor(served: ServedCatalogue): PageCaches {
  let caches = cachesOf.get(served);
  if (!caches) {
    caches = {
      pages: new RepresentationCache(pageCacheBytes),
      apart: new RepresentationCache(apartCacheBytes),
      making: new Map(),
    };
    cachesOf.set(served, caches);
  }
  return caches;
}

/**
 * `make` once per key and served catalogue; kept until the cache needs the room (a page `apart`
 * in the cache of its own).
 */
async function cached(
  served: ServedCatalogue,
  key: string,
  make: () => Promise<Representation>,
  apart = false,
): Promise<Representation> {
  const caches = cachesFor(served);
  const { making } = caches;
  const pages = apart ? caches.apart : caches.pages;
  const ready = pages.get(key);
  if (ready) return ready;
  let pending = making.get(key);
  if (!pending) {
    pending = make().then(
      (page) => {
        pages.set(key, page);
        making.delete(key);
        return page;
      },
      (error: unknown) => {
        making.delete(key);
        throw error;
      },
    );
    making.set(key, pending);
  }
  return pending;
}

function fillOf(
  served: ServedCatalogue,
  lang: LanguageCode,
  alternate: (lang: LanguageCode) => string,
): PageFill {
  const { catalogue } = served;
  return {
    lang,
    county: catalogue.name,
    countyUrl: countyUrl(catalogue),
    helpLines: catalogue.urgentHelp,
    alternates: Object.fromEntries(
      languageOrder.map((other) => [other, alternate(other)]),
    ) as Record<LanguageCode, string>,
  };
}

/** The same view in another language: its words, tier and number of services (not a family's list). */
function viewQuery(elements: Elements, view: PageView): string {
  const query = elements.viewLink(view.tier, view.perPage, view.query);
  return query === '?' ? '' : query;
}

/** The path of a service's own page in `lang`; `{id}` stands for the id (the finder's `details-link`). */
function servicePath(lang: LanguageCode, id = '{id}'): string {
  return `/${lang}/${pageTexts[lang].service.path}/${id}`;
}

function failed(warn: (message: string) => void, lang: LanguageCode, error: unknown): void {
  warn(
    `/${lang}/: the finder could not be rendered on the server; the page goes out without it: ${(error as Error).stack ?? String(error)}`,
  );
}

/**
 * The family page for `url` (path and query): the finder rendered on the server, or without it if
 * that fails. `load` gives the server rendering (tests give one that fails).
 */
export async function familyPageFor(
  served: ServedCatalogue,
  lang: LanguageCode,
  url: string,
  base: string,
  warn: (message: string) => void,
  load: () => Promise<ServerRendering> = serverRendering,
): Promise<Representation> {
  let rendering: ServerRendering;
  try {
    rendering = await load();
  } catch (error) {
    return cached(served, `${lang} ${base} unrendered`, async () => {
      failed(warn, lang, error);
      const fill = fillOf(served, lang, (other) => `${base}/${other}/`);
      return makeRepresentation(familyPage(fill, undefined, servicePath(lang)), pageHeaders([]));
    });
  }
  const { elements } = rendering;
  const view = pageView(elements, url);
  const searched = view.query !== '';
  return cached(
    served,
    `${lang} ${base} ${viewKey(view)}`,
    async () => {
      const fill = fillOf(served, lang, (other) => `${base}/${other}/${viewQuery(elements, view)}`);
      try {
        const seed = await finderSeed(elements, served, lang, view);
        const finder = renderFinder(rendering, lang, seed, servicePath(lang));
        const page = makeRepresentation(
          familyPage(fill, finder.html),
          pageHeaders(finder.styleSources),
        );
        // A view is asked for again and again: its highest-quality brotli (~220 ms of CPU for
        // /fi/) pays. A searched page is mostly asked for once, by a family waiting for it: it
        // is compressed on request, as the API's answers are (~5 ms, 9 % larger).
        return searched ? page : await compressAhead(page);
      } catch (error) {
        failed(warn, lang, error);
        return makeRepresentation(familyPage(fill, undefined, servicePath(lang)), pageHeaders([]));
      }
    },
    searched,
  );
}

/**
 * The page of the service `id` in `lang` (its details rendered on the server, no script), or
 * `undefined` when the catalogue has no such service. Kept apart from the views: a crawler's walk
 * through every service does not push them out. If the rendering fails (`load` gives it; tests
 * give one that fails), it is logged, and the page gives the service's name and texts instead.
 */
export async function servicePageFor(
  served: ServedCatalogue,
  lang: LanguageCode,
  id: string,
  base: string,
  warn: (message: string) => void,
  load: () => Promise<ServerRendering> = serverRendering,
): Promise<Representation | undefined> {
  const service = getService(served.index, id);
  if (!service) return undefined;
  const inLanguage = (other: LanguageCode) => servicePath(other, encodeURIComponent(service.id));
  return cached(
    served,
    `${lang} ${base} service ${service.id}`,
    async () => {
      const fill = fillOf(served, lang, (other) => `${base}${inLanguage(other)}`);
      let details: string;
      try {
        const rendering = await load();
        details = rendering.renderService(lang, service, served.catalogue.serviceGuidance);
      } catch (error) {
        // Logged once: the page is kept as made, as a family page without its finder is.
        warn(
          `${servicePath(lang, service.id)}: the service's details could not be rendered on the server; the page goes out with its name and texts: ${(error as Error).stack ?? String(error)}`,
        );
        return makeRepresentation(
          servicePage(fill, service, serviceFallback(lang, service), inLanguage),
          pageHeaders([]),
        );
      }
      // A page of 12 kB: compressed on request, as the API's answers are, not ahead at the
      // highest quality (which pays for a view of 200 kB, asked for again and again).
      return makeRepresentation(
        servicePage(fill, service, details, inLanguage),
        pageHeaders(shadowStyleSources(details)),
      );
    },
    true,
  );
}

/** The page in `lang` for an address under `/<lang>/` where there is none, with status 404. */
async function notFound(
  served: ServedCatalogue,
  lang: LanguageCode,
  at: string,
  reply: FastifyReply,
): Promise<FastifyReply> {
  const page = await cached(served, `${lang} ${at} not-found`, async () => {
    const fill = fillOf(served, lang, (other) => `${at}/${other}/`);
    return makeRepresentation(notFoundPage(fill), pageHeaders([]));
  });
  return reply.code(404).headers(page.headers).send(page.body);
}

export function registerPageRoutes(app: FastifyInstance, options: PageRouteOptions): void {
  // Without a public URL, each Host is an origin of its own; a bounded few of them.
  const origins = new KnownOrigins(maxOrigins, options.warn);
  const base = (request: FastifyRequest) => origins.pick(origin(request, options.publicUrl));
  for (const lang of languageOrder) {
    app.get(`/${lang}/`, async (request, reply) => {
      const served = request.server.servedCatalogue;
      const page = await familyPageFor(served, lang, request.url, base(request), options.warn);
      return sendRepresentation(request, reply, page);
    });
    app.get(`/${lang}`, (request, reply) => {
      // The query stays: a family-list link without the slash still shows the family's list.
      const query = request.url.includes('?') ? request.url.slice(request.url.indexOf('?')) : '';
      return reply.code(301).header('location', `/${lang}/${query}`).send();
    });
    const statementPath = (other: LanguageCode) => `/${other}/${pageTexts[other].statementPath}`;
    app.get(statementPath(lang), async (request, reply) => {
      const served = request.server.servedCatalogue;
      const at = base(request);
      const page = await cached(served, `${lang} ${at} statement`, async () => {
        const fill = fillOf(served, lang, (other) => `${at}${statementPath(other)}`);
        return makeRepresentation(statementPage(fill), pageHeaders([]));
      });
      return sendRepresentation(request, reply, page);
    });
    // A service's own page: where a card's "More details" leads without script.
    app.get<{ Params: { id: string } }>(servicePath(lang, ':id'), async (request, reply) => {
      const served = request.server.servedCatalogue;
      const at = base(request);
      const page = await servicePageFor(served, lang, request.params.id, at, options.warn);
      return page ? sendRepresentation(request, reply, page) : notFound(served, lang, at, reply);
    });
    // Any other address under /<lang>/ (a mistyped or old link): a page in that language, not
    // the API's JSON problem, that leads back to the family page and gives the help lines.
    app.get(`/${lang}/*`, async (request, reply) =>
      notFound(request.server.servedCatalogue, lang, base(request), reply),
    );
  }
}
