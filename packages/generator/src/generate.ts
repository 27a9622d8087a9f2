// A synthetic, deterministic catalogue of any size, for load tests, benchmarks and round-trip
// tests. Every record is marked `example_data: true` and names the generator as source.
import { type Catalogue, fillChainServices, sortCatalogue } from '@polku/catalogue';
import type { Municipality, Tier } from '@polku/contract';
import { generateChains } from './chains.js';
import { createContext } from './context.js';
import { type GeneratedOrganization, generateOrganizations } from './organizations.js';
import { generateServices } from './services.js';
import { urgentHelpLines } from './urgent-help.js';
import { demoTiers, type Place, vocabulary } from './vocabulary.js';

export interface GenerateOptions {
  /** How many services to make. */
  services: number;
  /** PRNG seed; the same services and seed give byte-identical output. Default 1. */
  seed?: number;
}

function municipalityRecord(place: Place): Municipality {
  return {
    code: place.code,
    name: place.fi === place.sv ? { fi: place.fi } : { fi: place.fi, sv: place.sv },
    bilingual: place.bilingual,
    majority_language: place.majority,
  };
}

let tiers: Tier[] | undefined;

export function generateCatalogue(options: GenerateOptions): Catalogue {
  const serviceCount = Math.max(0, Math.floor(options.services));
  const seed = options.seed ?? 1;
  const context = createContext(seed);
  tiers ??= demoTiers();
  const generated = generateOrganizations(context, serviceCount);
  const county = generated[0] as GeneratedOrganization;
  const chains = generateChains(context, serviceCount, county, tiers);
  const services = generateServices(context, serviceCount, generated, chains);
  const catalogue: Catalogue = {
    id: `synthetic-${seed}`,
    name: {
      fi: `Synteettinen palveluluettelo (${serviceCount} palvelua)`,
      sv: `Syntetisk tjänstekatalog (${serviceCount} tjänster)`,
      en: `Synthetic service catalogue (${serviceCount} services)`,
    },
    municipalities: vocabulary.places.map(municipalityRecord),
    tiers: structuredClone(tiers),
    urgentHelp: urgentHelpLines(),
    organizations: generated.map((entry) => entry.organization),
    services,
    chains,
    selfChecks: [],
  };
  sortCatalogue(catalogue);
  fillChainServices(catalogue.chains, catalogue.services);
  return catalogue;
}
