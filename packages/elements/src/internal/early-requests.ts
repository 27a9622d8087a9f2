// The first search of each finder on the page, started by the embed's script (embed/entry.ts)
// before the rest of it (Lit, the elements) is evaluated. A finder takes its answer when it first
// renders (`takeEarlySearch`): drawn in that render if it is in, else awaited by the finder's
// first search instead of asking again. The request is a plain `fetch(url)` (CORS, credentials
// `same-origin`, no extra headers), as `<link rel="preload" as="fetch" crossorigin>` makes it: a
// host page that preloads the URL (README) meets the same response, and the browser fetches once.
// A request of the client for the very same URL, should one come first, takes the response in
// flight (`fetchOrEarly`).
import { requestUrl } from '@polku/client';
import type { ServicePage } from '@polku/contract';
import {
  noFilters,
  pageSize,
  parseTier,
  searchRequest,
  splitList,
} from '../finder/search-state.js';
import { defaultApi } from './default-api.js';
import { inheritedLanguage, supportedLanguage } from './language.js';

/** A first search started by this script. */
export interface EarlySearch {
  response: Promise<Response>;
  /** Its page once read, or `undefined` if the request failed or was refused. */
  answer: Promise<ServicePage | undefined>;
  /** The page, once read. */
  page?: ServicePage;
}

// On the global object: a second copy of the script (the tag twice, under another URL) finds the
// searches the first started and starts none.
const registry = Symbol.for('polku.first-searches');
// biome-ignore lint/suspicious/noAssignInExpressions: the shortest form; the entry counts bytes
const started: Map<string, EarlySearch> = ((
  globalThis as { [registry]?: Map<string, EarlySearch> }
)[registry] ??= new Map());

/** The URL of a finder's first search, as its client will ask for it. */
export function firstSearchUrl(finder: Element): string {
  const attribute = (name: string) => finder.getAttribute(name) ?? '';
  const language =
    supportedLanguage(finder.getAttribute('lang')) ?? inheritedLanguage(finder.parentNode);
  const filters = { ...noFilters, municipality: splitList(attribute('municipality')) };
  const params = searchRequest(
    '',
    parseTier(attribute('tier')),
    filters,
    attribute('chain'),
    pageSize,
    language,
  );
  const url = requestUrl(attribute('api') || defaultApi(), '/v1/services', params);
  return new URL(url, document.baseURI).href;
}

/** Each first search this script started, settled once its answer is read (or has failed). */
const answers: Promise<unknown>[] = [];

/**
 * Settles once the first searches this script started have their answers and the frame after them
 * is drawn, or after 3 s: what a finder fetches besides its first results (the API's tiers, help
 * lines and municipalities, the later chunk, ky) waits for it, so that on a slow link it does not
 * share the line with them, nor their frame's main thread. At once when none was started (a
 * server-rendered finder has its results).
 */
export const afterFirstSearches = (): Promise<unknown> =>
  answers.length
    ? Promise.race([
        Promise.all(answers).then(
          () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve))),
        ),
        new Promise((resolve) => setTimeout(resolve, 3000)),
      ])
    : Promise.resolve();

/**
 * Starts the first search of every finder in `root` that will make it: not one a server
 * rendered (it has its results), nor one whose page URL changes what it shows first (a
 * family-list link, `sync-url` state).
 */
export function startFirstSearches(root: Document): void {
  const fromUrl = /[?&]polku-/.test(location.search);
  for (const finder of root.querySelectorAll('polku-finder')) {
    if (finder.shadowRoot || fromUrl) continue;
    const url = firstSearchUrl(finder);
    if (started.has(url)) continue;
    const response = fetch(url);
    // Unclaimed (a finder given a client by code), its failure is nobody's error.
    const answer = response
      .then((reply) => (reply.ok ? reply.clone().json() : undefined))
      .then((page: ServicePage | undefined) => {
        early.page = page;
        return page;
      })
      .catch(() => undefined);
    const early: EarlySearch = { response, answer };
    answers.push(answer);
    started.set(url, early);
  }
}

/** The first search this script started for `finder`, if any: taken once. */
export function takeEarlySearch(finder: Element): EarlySearch | undefined {
  const url = firstSearchUrl(finder);
  const early = started.get(url);
  started.delete(url);
  return early;
}

/**
 * `fetch`, but a request for a URL started early takes that response (once). For the client's ky,
 * which only GETs and always passes a `Request`.
 */
export function fetchOrEarly(input: RequestInfo | URL, init?: RequestInit): Promise<Response> {
  const { url } = input as Request;
  const early = started.get(url);
  if (!early) return fetch(input, init);
  started.delete(url);
  return early.response;
}
