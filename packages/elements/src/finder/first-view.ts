// Where a <polku-finder> starts, at its first update: what a server rendered it with (its seed:
// the first search, the tiers and help lines, a family's list), else the first results the
// embed's entry fetched while the finder loaded (drawn in its very first render if they are in,
// else awaited by its first search), and a family-list link in the page's URL.
import type { PolkuClient } from '@polku/client';
import type { TierLevel } from '@polku/contract';
import { isServer } from 'lit';
import { takeEarlySearch } from '../internal/early-requests.js';
import { readFamilyListLink } from '../internal/family-list-link.js';
import type { LocalizeController } from '../internal/localize.js';
import { type FinderSeed, readSeed } from '../internal/seed.js';
import { seedSharedData } from '../internal/shared-data.js';
import type { ProfessionalController } from './professional-controller.js';
import { isWholeResult } from './search.js';
import type { SearchController } from './search-controller.js';
import { pageSize } from './search-state.js';

export interface FirstViewHost extends HTMLElement {
  seed: FinderSeed | undefined;
  /** A client set by code: then nothing fetched for the element's attributes is its answer. */
  client: PolkuClient | undefined;
  tier: TierLevel | undefined;
}

/** `client`: the one the finder uses (and provides). */
export function startFirstView(
  host: FirstViewHost,
  search: SearchController,
  professional: ProfessionalController,
  localize: LocalizeController,
  client: PolkuClient,
): void {
  if (!isServer) host.seed ??= readSeed(host);
  const { seed } = host;
  if (seed) {
    search.seed(seed.search);
    search.linkedList = seed.shared;
    seedSharedData(client, seed);
  } else if (!isServer && !host.client) {
    const early = takeEarlySearch(host);
    const page = early?.page;
    // An empty page at a tier needs a second search for the nearest tier: the task makes both.
    if (page && isWholeResult(page, host.tier)) {
      search.seed({ tier: host.tier, perPage: pageSize, page });
    } else if (early) {
      search.awaitEarly(early.answer);
    }
  }
  const link = seed ? seed.shared : isServer ? undefined : readFamilyListLink(location);
  if (link) {
    professional.sharedIds = link.ids;
    if (seed) professional.sharedShown();
    // The family's language, chosen by the worker, wins over the page's.
    localize.preferred = link.lang;
  }
}
