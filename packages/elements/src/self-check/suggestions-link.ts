// The link "copy a link to these suggestions" makes, and reading it back: the page without its
// query or fragment (the person's search must not travel with it), and the suggested tier in the
// fragment. Never an answer.
import type { TierLevel } from '@polku/contract';
import { parseTier } from '../finder/search-state.js';
import { SUGGESTED_TIER_PARAM } from '../internal/self-check-link.js';

export function suggestionsLink(base: URL, tier: TierLevel): string {
  const url = new URL(base);
  url.search = '';
  url.hash = `${SUGGESTED_TIER_PARAM}=${tier}`;
  return url.href;
}

/** The tier of a suggestions link, if the URL is one. */
export function readSuggestedTier(url: URL | Location): TierLevel | undefined {
  return parseTier(new URLSearchParams(url.hash.slice(1)).get(SUGGESTED_TIER_PARAM));
}
