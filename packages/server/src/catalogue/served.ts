// The catalogue being served, with everything derived from it: its search index, the look-ups
// and orders the routes use, `/healthz`, and the API responses made from it. Routes reach it
// through one Fastify decorator, `app.servedCatalogue`, read once per request; a reload builds a
// new one (`serveCatalogue`) and assigns it, which swaps all of it at once.
import type { Catalogue } from '@polku/catalogue';
import {
  type LanguageCode,
  languageOrder,
  type Organization,
  pickText,
  type ServiceChain,
} from '@polku/contract';
import type { FastifyInstance } from 'fastify';
import { makeRepresentation, type Representation, RepresentationCache } from '../http/cache.js';
import { nameCollator } from '../localize.js';
import type { SearchIndex } from '../search/index.js';

export interface ServedCatalogue {
  /**
   * The server's compact copy (compact.ts). Its services hold their descriptions apart: read
   * services through the index (`searchServices`, `getService`).
   */
  readonly catalogue: Catalogue;
  readonly index: SearchIndex;
  /** When it was loaded (milliseconds since the epoch): the metrics' catalogue age. */
  readonly loadedAt: number;
  /** API responses made from this catalogue, ready to send; a new catalogue starts empty. */
  readonly responses: RepresentationCache;
  /** The `/healthz` body: alive, with the number of services. */
  readonly health: Representation;
  /** Organizations by lower-cased id. */
  readonly organizationById: ReadonlyMap<string, Organization>;
  readonly chainById: ReadonlyMap<string, ServiceChain>;
  /** Organizations by name in each display language, ties by id. */
  readonly organizationsByName: Readonly<Record<LanguageCode, readonly Organization[]>>;
}

declare module 'fastify' {
  interface FastifyInstance {
    /** The catalogue being served (catalogue/served.ts): read once per request; assign to swap. */
    servedCatalogue: ServedCatalogue;
  }
}

function organizationsByName(
  organizations: readonly Organization[],
): Record<LanguageCode, Organization[]> {
  const byName = {} as Record<LanguageCode, Organization[]>;
  for (const language of languageOrder) {
    const collator = nameCollator(language);
    const nameOf = (organization: Organization): string =>
      pickText(organization.name, language)?.text ?? '';
    byName[language] = [...organizations].sort(
      (a, b) => collator.compare(nameOf(a), nameOf(b)) || (a.id < b.id ? -1 : 1),
    );
  }
  return byName;
}

/** What the routes serve of `index`'s catalogue; `responseCacheBytes` bounds the response cache. */
export function serveCatalogue(
  index: SearchIndex,
  options: { responseCacheBytes?: number | undefined } = {},
): ServedCatalogue {
  const { catalogue } = index;
  return {
    catalogue,
    index,
    loadedAt: Date.now(),
    responses: new RepresentationCache(options.responseCacheBytes),
    health: makeRepresentation(
      JSON.stringify({ status: 'ok', services: catalogue.services.length }),
      { 'content-type': 'application/json; charset=utf-8', 'cache-control': 'no-store' },
    ),
    organizationById: new Map(catalogue.organizations.map((o) => [o.id.toLowerCase(), o])),
    chainById: new Map(catalogue.chains.map((chain) => [chain.id, chain])),
    organizationsByName: organizationsByName(catalogue.organizations),
  };
}

/** Declares `app.servedCatalogue`: a getter, and a setter that swaps the whole catalogue. */
export function decorateServedCatalogue(app: FastifyInstance, served: ServedCatalogue): void {
  let current = served;
  app.decorate('servedCatalogue', {
    getter: () => current,
    setter: (next: ServedCatalogue) => {
      current = next;
    },
  });
}

/**
 * `make` as a function made once per served catalogue and key (a language, say): kept with that
 * catalogue and let go with it, so a reload starts afresh and never serves the old one's values.
 */
export function oncePerCatalogue<K, V>(
  make: (served: ServedCatalogue, key: K) => V,
): (served: ServedCatalogue, key: K) => V {
  const made = new WeakMap<ServedCatalogue, Map<K, V>>();
  return (served, key) => {
    let byKey = made.get(served);
    if (!byKey) {
      byKey = new Map();
      made.set(served, byKey);
    }
    if (!byKey.has(key)) byKey.set(key, make(served, key));
    return byKey.get(key) as V;
  };
}
