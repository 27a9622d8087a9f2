// chains/: one service chain a file; the tiers' service lists are filled later, from the services.
import type { ServiceChain } from '@polku/contract';
import {
  checkUrlsAndPhones,
  type FieldProblem,
  isObject,
  resolveAvailableLanguages,
} from './checks.js';
import {
  DuplicateIds,
  eachFileRecord,
  type JsonObject,
  type LoadContext,
  report,
  withDefaults,
} from './context.js';
import { type LoadedOrganizations, resolveOrganization } from './organizations.js';

export interface LoadedChains {
  ids: Set<string>;
  /** Ids of rejected chains → the file that holds their problems. */
  rejected: Map<string, string>;
}

/** The chain's tiers with empty service lists; what is written wrong in them is reported. */
function chainTiers(
  raw: unknown[],
  tierLevels: ReadonlySet<number>,
  found: FieldProblem[],
): unknown[] {
  const levels = new Set<unknown>();
  return raw.map((tier: unknown, index) => {
    if (!isObject(tier)) return tier;
    if (tier.services !== undefined) {
      found.push({
        field: `/tiers/${index}/services`,
        message:
          'is filled by the loader from the services whose tiers and chains include it: leave it out',
      });
    }
    if (levels.has(tier.level)) {
      found.push({
        field: `/tiers/${index}/level`,
        message: `tier ${String(tier.level)} appears twice in this chain`,
      });
    }
    levels.add(tier.level);
    const { level } = tier;
    if (
      typeof level === 'number' &&
      Number.isInteger(level) &&
      level >= 1 &&
      level <= 4 &&
      !tierLevels.has(level)
    ) {
      found.push({
        field: `/tiers/${index}/level`,
        message: `tier ${level} is not defined in tiers.yaml`,
      });
    }
    return { ...tier, services: [] };
  });
}

function loadChain(
  context: LoadContext,
  raw: JsonObject,
  where: { file: string; record: string },
  seen: DuplicateIds,
  organizations: LoadedOrganizations,
  tierLevels: ReadonlySet<number>,
): boolean {
  const chain = withDefaults(context, raw);
  const found = checkUrlsAndPhones(raw);
  seen.check(raw.id, where.file, found);
  const organization = resolveOrganization(organizations, chain, found);
  resolveAvailableLanguages(chain, ['name', 'phenomenon', 'target_group', 'main_goal'], found);
  if (Array.isArray(raw.tiers)) chain.tiers = chainTiers(raw.tiers, tierLevels, found);
  if (!report(context, where, 'ServiceChain', chain, found, organization.skip)) return false;
  context.catalogue.chains.push(chain as unknown as ServiceChain);
  return true;
}

export async function loadChains(
  context: LoadContext,
  chainFiles: string[] | undefined,
  organizations: LoadedOrganizations,
  tierLevels: ReadonlySet<number>,
): Promise<LoadedChains> {
  const loaded: LoadedChains = { ids: new Set(), rejected: new Map() };
  if (!chainFiles) return loaded;
  const seen = new DuplicateIds();
  await eachFileRecord(context, chainFiles, 'service chain', (raw, where) => {
    let accepted = false;
    try {
      accepted = loadChain(context, raw, where, seen, organizations, tierLevels);
    } finally {
      // A chain whose check threw is rejected too (eachFileRecord reports why).
      if (accepted) loaded.ids.add(raw.id as string);
      else if (typeof raw.id === 'string') loaded.rejected.set(raw.id, where.file);
    }
  });
  const chains = context.catalogue.chains;
  for (const [id, file] of seen.dropFirstCopies(context, chains, (chain) => chain.id)) {
    loaded.ids.delete(id);
    loaded.rejected.set(id, file);
  }
  return loaded;
}
