// The finder of a hosted family page, rendered on the server (elements.ts) from its seed: the
// elements' own classes write its first screen (help lines, tiers, the first page of results) as
// declarative shadow DOM, and the seed goes into the element as JSON, so the same classes hydrate
// it in the browser without asking for the data again.
import type { LanguageCode } from '@polku/contract';
import type { FinderSeed } from '@polku/elements';
import { styleSource } from '../csp.js';
import type { ServerRendering } from './elements.js';

export interface RenderedFinder {
  /** `<polku-finder>` with its shadow roots and, inside it, the results' anchor and its seed. */
  html: string;
  /** CSP sources of the style blocks in its shadow roots (a few distinct ones). */
  styleSources: string[];
}

/** JSON safe inside `<script>`: nothing in it can close the element or open a comment. */
function scriptJson(value: unknown): string {
  return JSON.stringify(value)
    .replace(/</g, '\\u003c')
    .replace(/>/g, '\\u003e')
    .replace(/&/g, '\\u0026')
    .replace(/\u2028/g, '\\u2028')
    .replace(/\u2029/g, '\\u2029');
}

/** CSP sources of the distinct style blocks in server-rendered shadow roots. */
export function shadowStyleSources(markup: string): string[] {
  const styles = new Set(
    [...markup.matchAll(/<style>([\s\S]*?)<\/style>/g)].map((match) => match[1] ?? ''),
  );
  return [...styles].map(styleSource);
}

/**
 * The finder in `lang`, rendered from `seed`, its cards' "More details" linked to `detailsLink`
 * (`{id}` for the service's id); throws when rendering fails.
 */
export function renderFinder(
  rendering: ServerRendering,
  lang: LanguageCode,
  seed: FinderSeed,
  detailsLink: string,
): RenderedFinder {
  const markup = rendering.renderFinder(lang, seed, detailsLink);
  const end = markup.lastIndexOf('</polku-finder>');
  if (end < 0) throw new Error('the rendered finder has no end tag');
  const script = `<script type="application/json" ${rendering.elements.seedAttribute}>${scriptJson(seed)}</script>`;
  // Where the form, the tier links and "Show more" land without script (the finder's slot).
  const anchor = `<span slot="results-anchor" id="${rendering.elements.resultsAnchor}"></span>`;
  return {
    html: `${markup.slice(0, end)}${anchor}${script}${markup.slice(end)}`,
    styleSources: shadowStyleSources(markup),
  };
}
