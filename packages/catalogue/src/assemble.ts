// The derived parts of a catalogue, shared by the loader and the generator so both produce the
// same shapes: chain tiers' service lists and the order of every list.
import type { Service, ServiceChain, ServiceSummary } from '@polku/contract';
import type { Catalogue } from './catalogue.js';
import { sortByFinnishName } from './texts.js';

/** A service as a chain tier lists it. */
export function serviceSummary(service: Service): ServiceSummary {
  return {
    id: service.id,
    name: service.name,
    summary: service.summary,
    organization: service.organization,
    provider_type: service.provider_type,
    tiers: service.tiers,
    referral: service.referral,
  };
}

/**
 * Fills each chain tier's `services` from the services whose `chains` name the chain and whose
 * `tiers` include the level. `services` must already be ordered by Finnish name.
 */
export function fillChainServices(chains: ServiceChain[], services: readonly Service[]): void {
  const byChainAndLevel = new Map<string, ServiceSummary[]>();
  for (const service of services) {
    let summary: ServiceSummary | undefined;
    for (const chainId of service.chains) {
      for (const level of service.tiers) {
        summary ??= serviceSummary(service);
        const key = `${chainId}\u0000${level}`;
        const list = byChainAndLevel.get(key);
        if (list) list.push(summary);
        else byChainAndLevel.set(key, [summary]);
      }
    }
  }
  for (const chain of chains) {
    for (const tier of chain.tiers) {
      tier.services = byChainAndLevel.get(`${chain.id}\u0000${tier.level}`) ?? [];
    }
  }
}

/** Puts every list of the catalogue in its documented order (in place). */
export function sortCatalogue(catalogue: Catalogue): void {
  catalogue.municipalities.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  catalogue.tiers.sort((a, b) => a.level - b.level);
  sortByFinnishName(catalogue.organizations);
  sortByFinnishName(catalogue.services);
  catalogue.chains.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  for (const chain of catalogue.chains) chain.tiers.sort((a, b) => a.level - b.level);
  catalogue.selfChecks.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
}
