// The first search of each finder on the page, started by the embed's script (embed/entry.ts)
// before the rest of it (Lit, the elements) is evaluated. A finder whose results are in when it
// first renders draws them in that same render (`takeEarlyPage`); else its client, asking for the
// very same URL, takes the response in flight (`fetchOrEarly`). The request is a plain `fetch(url)` (CORS,
// credentials `same-origin`, no extra headers), as `<link rel="preload" as="fetch" crossorigin>`
// makes it: a host page that preloads the URL (README) meets the same response, and the browser
// fetches once.
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

interface Early {
  response: Promise<Response>;
  /** The response read, once it is. */
  page?: ServicePage;
}

// On the global object: a second copy of the script (the tag twice, under another URL) finds the
// searches the first started and starts none.
const registry = Symbol.for('polku.first-searches');
// biome-ignore lint/suspicious/noAssignInExpressions: the shortest form; the entry counts bytes
const started: Map<string, Early> = ((globalThis as { [registry]?: Map<string, Early> })[
  registry
] ??= new Map());

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
const answers: Promise<void>[] = [];

/**
 * Settles once the first searches this script started have their answers, or after 3 s: what a
 * finder fetches besides its first results (the API's tiers, help lines and municipalities, the
 * later chunk) waits for it, so that on a slow link it does not share the line with them. At once
 * when none was started (a server-rendered finder has its results).
 */
export const afterFirstSearches = (): Promise<unknown> =>
  answers.length
    ? Promise.race([Promise.all(answers), new Promise((resolve) => setTimeout(resolve, 3000))])
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
    const early: Early = { response: fetch(url) };
    // Unclaimed (a finder given a client by code), its failure is nobody's error.
    answers.push(
      early.response
        .then((response) => (response.ok ? response.clone().json() : undefined))
        .then((page: ServicePage | undefined) => {
          early.page = page;
        })
        .catch(() => {}),
    );
    started.set(url, early);
  }
}

/** The first search's page for `finder`, if it has arrived and been read. */
export function takeEarlyPage(finder: Element): ServicePage | undefined {
  const url = firstSearchUrl(finder);
  const page = started.get(url)?.page;
  if (page) started.delete(url);
  return page;
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
