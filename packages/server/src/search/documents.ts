// Documents: the services ordered by id, a service's position being its document number (so ties
// break by id), and the services by id.
import type { Catalogue } from '@polku/catalogue';
import type { Service } from '@polku/contract';

export interface IdLookup {
  readonly documentById: ReadonlyMap<string, number>;
  /**
   * Lower-cased id → service (the last of the catalogue's with that id), made only where some id
   * is not lower case or not distinct; a valid catalogue's ids are both, and `documentById`
   * serves (a second map is ~4 MB at 100 000 services).
   */
  readonly byLowerCaseId: ReadonlyMap<string, Service> | undefined;
}

export function servicesInIdOrder(catalogue: Catalogue): Service[] {
  return [...catalogue.services].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}

/** Rebuilt rather than transferred: its keys are then the services' own id strings, not copies. */
export function idLookup(catalogue: Catalogue, services: readonly Service[]): IdLookup {
  const documentById = new Map(services.map((service, i) => [service.id, i]));
  const ownIds =
    documentById.size === catalogue.services.length &&
    catalogue.services.every((service) => service.id === service.id.toLowerCase());
  return {
    documentById,
    byLowerCaseId: ownIds
      ? undefined
      : new Map(catalogue.services.map((service) => [service.id.toLowerCase(), service])),
  };
}

/** The service whose id is `id` in any case, as the index holds it. */
export function serviceByAnyCase(
  ids: IdLookup,
  services: readonly Service[],
  id: string,
): Service | undefined {
  const lowerCase = id.toLowerCase();
  if (ids.byLowerCaseId) return ids.byLowerCaseId.get(lowerCase);
  const doc = ids.documentById.get(lowerCase);
  return doc === undefined ? undefined : services[doc];
}

/** The document of `id` (lower-cased first, then as given), for the `id` filter. */
export function documentOf(ids: IdLookup, id: string): number | undefined {
  return ids.documentById.get(id.toLowerCase()) ?? ids.documentById.get(id);
}
