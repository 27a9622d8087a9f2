// services/: any number of list files of services.
import type { Service } from '@polku/contract';
import type { LoadedChains } from './chains.js';
import {
  checkAgeRange,
  checkChannelAddresses,
  checkMunicipalityList,
  checkTierLevels,
  checkUrlsAndPhones,
  type FieldProblem,
  resolveAvailableLanguages,
} from './checks.js';
import {
  DuplicateIds,
  eachRecord,
  type JsonObject,
  type LoadContext,
  report,
  withDefaults,
} from './context.js';
import { type LoadedOrganizations, resolveOrganization } from './organizations.js';
import { readDataFiles } from './read-files.js';

/** What a service is checked against: what the files before it defined. */
export interface ServiceReferences {
  municipalityCodes: ReadonlySet<string>;
  tierLevels: ReadonlySet<number>;
  organizations: LoadedOrganizations;
  chains: LoadedChains;
}

function checkChains(raw: JsonObject, chains: LoadedChains, found: FieldProblem[]): void {
  if (!Array.isArray(raw.chains)) return;
  raw.chains.forEach((chainId, chainIndex) => {
    if (typeof chainId !== 'string' || chains.ids.has(chainId)) return;
    const rejectedIn = chains.rejected.get(chainId);
    found.push({
      field: `/chains/${chainIndex}`,
      message: rejectedIn
        ? `service chain ${chainId} was rejected (see its problems in ${rejectedIn})`
        : `no service chain has the id ${chainId} (chains/${chainId}.yaml)`,
    });
  });
}

function loadService(
  context: LoadContext,
  raw: JsonObject,
  where: { file: string; record: string },
  seen: DuplicateIds,
  references: ServiceReferences,
): void {
  const { municipalityCodes, tierLevels } = references;
  const service = withDefaults(context, raw);
  const found = checkUrlsAndPhones(raw);
  seen.check(raw.id, where.file, found);
  const organization = resolveOrganization(references.organizations, service, found);
  if (organization.ref && service.provider_type === undefined)
    service.provider_type = organization.ref.type;
  resolveAvailableLanguages(service, ['name', 'summary', 'description'], found);
  checkAgeRange(raw, found);
  checkTierLevels(raw.tiers, '/tiers', tierLevels, found);
  checkMunicipalityList(raw.municipalities, '/municipalities', municipalityCodes, found);
  checkChannelAddresses(raw, municipalityCodes, found);
  checkChains(raw, references.chains, found);
  if (raw.distance !== undefined) {
    found.push({
      field: '/distance',
      message: 'is computed by the server from a search point: leave it out of data',
    });
  }
  if (report(context, where, 'Service', service, found, organization.skip)) {
    context.catalogue.services.push(service as unknown as Service);
  }
}

export async function loadServices(
  context: LoadContext,
  serviceFiles: string[] | undefined,
  references: ServiceReferences,
): Promise<void> {
  if (!serviceFiles) {
    context.problems.add({
      file: 'services',
      message: 'is missing: a catalogue folder needs a services/ folder',
    });
    return;
  }
  const seen = new DuplicateIds();
  for await (const dataFile of readDataFiles(context.dir, serviceFiles)) {
    const { file } = dataFile;
    if (dataFile.problems.length > 0) {
      context.problems.add(...dataFile.problems);
      continue;
    }
    if (dataFile.value === null || dataFile.value === undefined) continue;
    if (!Array.isArray(dataFile.value)) {
      context.problems.add({
        file,
        message: 'must be a list (a YAML sequence) of services at the top level',
      });
      continue;
    }
    eachRecord(context, file, dataFile.value, 'id', (raw, where) => {
      loadService(context, raw, where, seen, references);
    });
  }
  seen.dropFirstCopies(context, context.catalogue.services, (service) => service.id);
}
