// The validating loader: a catalogue folder (DATA-FORMAT.md) in, API-shaped records and every
// problem out. A bad record is reported and left out; the rest load.
import { basename, resolve } from 'node:path';
import type {
  Municipality,
  Organization,
  OrganizationRef,
  Service,
  ServiceChain,
  Tier,
  UrgentHelp,
} from '@polku/contract';
import { getSchemaValidator, type SchemaError, schemaRef } from '@polku/contract/validator';
import { fillChainServices, sortCatalogue } from './assemble.js';
import type { Catalogue, CatalogueProblem } from './catalogue.js';
import {
  checkAgeRange,
  checkChannelAddresses,
  checkFinnishAndSwedish,
  checkMunicipalityList,
  checkTierLevels,
  checkUrlsAndPhones,
  type FieldProblem,
  isObject,
  resolveAvailableLanguages,
} from './load/checks.js';
import {
  type DataFile,
  listDataFolder,
  readDataFile,
  readDataFiles,
  readListFile,
} from './load/read-files.js';

export interface LoadResult {
  catalogue: Catalogue;
  problems: CatalogueProblem[];
}

type JsonObject = Record<string, unknown>;

/** What `catalogue.yaml` may hold. */
const catalogueFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
    name: { $ref: schemaRef('LocalizedText') },
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: {
        updated_at: { type: 'string', format: 'date-time' },
        source: { $ref: schemaRef('Source') },
        example_data: { type: 'boolean' },
      },
    },
  },
};

const defaultableFields = ['updated_at', 'source', 'example_data'] as const;

function emptyCatalogue(dir: string): Catalogue {
  return {
    id: basename(resolve(dir)),
    name: {},
    municipalities: [],
    tiers: [],
    urgentHelp: [],
    organizations: [],
    services: [],
    chains: [],
  };
}

/** A record's label in problems: its id, or `#<index>` when it has none. */
function recordLabel(record: unknown, index: number, idField: string): string {
  const id = isObject(record) ? record[idField] : undefined;
  return (typeof id === 'string' && id !== '') || typeof id === 'number' ? String(id) : `#${index}`;
}

/** Reads and validates the catalogue folder `dir`. Never throws for bad data. */
export async function loadCatalogue(dir: string): Promise<LoadResult> {
  const problems: CatalogueProblem[] = [];
  const validator = getSchemaValidator();
  const catalogue = emptyCatalogue(dir);

  const catalogueFile = await readDataFile(dir, 'catalogue.yaml');
  if (!catalogueFile) {
    problems.push({
      file: 'catalogue.yaml',
      message: 'is missing: a catalogue folder needs catalogue.yaml (id, name, defaults)',
    });
    return { catalogue, problems };
  }
  if (catalogueFile.problems.length > 0) {
    problems.push(...catalogueFile.problems);
    return { catalogue, problems };
  }
  const metaErrors = validator.errorsFor(catalogueFileSchema, catalogueFile.value);
  if (metaErrors.length > 0) {
    for (const error of metaErrors) {
      problems.push({
        file: 'catalogue.yaml',
        field: error.pointer || undefined,
        message: error.message,
      });
    }
    return { catalogue, problems };
  }
  const meta = catalogueFile.value as {
    id: string;
    name: Catalogue['name'];
    defaults?: JsonObject;
  };
  catalogue.id = meta.id;
  catalogue.name = meta.name;
  const defaults = meta.defaults ?? {};

  const [municipalityFile, tierFile, urgentHelpFile, organizationFile, chainFiles, serviceFiles] =
    await Promise.all([
      readListFile(dir, 'municipalities'),
      readListFile(dir, 'tiers'),
      readListFile(dir, 'urgent-help'),
      readListFile(dir, 'organizations'),
      listDataFolder(dir, 'chains'),
      listDataFolder(dir, 'services'),
    ]);

  /**
   * Reports a record's problems: `found` (the extra checks) and the schema's, minus errors at
   * pointers the extra checks already explained or that `skip` says are consequences of them.
   * Returns whether the record is clean.
   */
  const report = (
    file: string,
    record: string,
    schemaName: string,
    value: unknown,
    found: FieldProblem[],
    skip: (pointer: string) => boolean = () => false,
  ): boolean => {
    const explained = new Set(found.map((problem) => problem.field));
    const schemaErrors: SchemaError[] = validator
      .errors(schemaName, value)
      .filter((error) => !explained.has(error.pointer) && !skip(error.pointer));
    for (const problem of found) problems.push({ file, record, ...problem });
    for (const error of schemaErrors) {
      problems.push({ file, record, field: error.pointer || undefined, message: error.message });
    }
    return found.length === 0 && schemaErrors.length === 0;
  };

  /** The records of a list file, each with its label; problems for a missing or non-list file. */
  const listRecords = (
    dataFile: DataFile | undefined,
    expected: string,
    idField: string,
  ): { file: string; raw: unknown; label: string }[] => {
    if (!dataFile) {
      problems.push({
        file: `${expected}.yaml`,
        message: `is missing: a catalogue folder needs ${expected}.yaml`,
      });
      return [];
    }
    if (dataFile.problems.length > 0) {
      problems.push(...dataFile.problems);
      return [];
    }
    if (dataFile.value === null || dataFile.value === undefined) return []; // an empty file is an empty list
    if (!Array.isArray(dataFile.value)) {
      problems.push({
        file: dataFile.file,
        message: 'must be a list (a YAML sequence) at the top level',
      });
      return [];
    }
    return dataFile.value.map((raw, index) => ({
      file: dataFile.file,
      raw,
      label: recordLabel(raw, index, idField),
    }));
  };

  /** Reports a record that is not a mapping. */
  const notAnObject = (file: string, record: string): void => {
    problems.push({ file, record, message: 'must be a mapping of fields (an object)' });
  };

  /** Where each id was first seen, per kind, to report duplicates. */
  const duplicateOf = (
    seen: Map<string, string>,
    id: unknown,
    where: string,
  ): FieldProblem | undefined => {
    if (typeof id !== 'string' && typeof id !== 'number') return undefined;
    const key = String(id);
    const first = seen.get(key);
    if (first !== undefined) return { field: '/id', message: `duplicates the id of ${first}` };
    seen.set(key, where);
    return undefined;
  };

  const withDefaults = (raw: JsonObject): JsonObject => {
    const record = { ...raw };
    for (const field of defaultableFields) {
      if (record[field] === undefined && defaults[field] !== undefined)
        record[field] = defaults[field];
    }
    return record;
  };

  // Municipalities.
  const municipalityCodes = new Set<string>();
  {
    const seen = new Map<string, string>();
    for (const { file, raw, label } of listRecords(municipalityFile, 'municipalities', 'code')) {
      if (!isObject(raw)) {
        notAnObject(file, label);
        continue;
      }
      const found: FieldProblem[] = [];
      const duplicate = duplicateOf(seen, raw.code, `${file} (${label})`);
      if (duplicate) found.push({ field: '/code', message: duplicate.message });
      if (report(file, label, 'Municipality', raw, found)) {
        catalogue.municipalities.push(raw as unknown as Municipality);
        municipalityCodes.add(raw.code as string);
      }
    }
  }

  // Tiers.
  const tierLevels = new Set<number>();
  {
    const seen = new Map<string, string>();
    for (const { file, raw, label } of listRecords(tierFile, 'tiers', 'level')) {
      if (!isObject(raw)) {
        notAnObject(file, label);
        continue;
      }
      const tier = { ...raw };
      const found: FieldProblem[] = [];
      const duplicate = duplicateOf(seen, raw.level, `${file} (${label})`);
      if (duplicate)
        found.push({ field: '/level', message: duplicate.message.replace('id', 'level') });
      resolveAvailableLanguages(tier, ['name', 'label', 'description'], found);
      if (report(file, label, 'Tier', tier, found)) {
        catalogue.tiers.push(tier as unknown as Tier);
        tierLevels.add(tier.level as number);
      }
    }
  }

  // Urgent help lines.
  {
    const seen = new Map<string, string>();
    for (const { file, raw, label } of listRecords(urgentHelpFile, 'urgent-help', 'id')) {
      if (!isObject(raw)) {
        notAnObject(file, label);
        continue;
      }
      const found = checkUrlsAndPhones(raw);
      const duplicate = duplicateOf(seen, raw.id, `${file} (${label})`);
      if (duplicate) found.push(duplicate);
      if (report(file, label, 'UrgentHelp', raw, found))
        catalogue.urgentHelp.push(raw as unknown as UrgentHelp);
    }
  }

  // Organizations.
  const organizationRefs = new Map<string, OrganizationRef>();
  const rejectedOrganizations = new Map<string, string>();
  {
    const seen = new Map<string, string>();
    for (const { file, raw, label } of listRecords(organizationFile, 'organizations', 'id')) {
      if (!isObject(raw)) {
        notAnObject(file, label);
        continue;
      }
      const organization = withDefaults(raw);
      const found = checkUrlsAndPhones(raw);
      const duplicate = duplicateOf(seen, raw.id, `${file} (${label})`);
      if (duplicate) found.push(duplicate);
      resolveAvailableLanguages(organization, ['name'], found);
      checkMunicipalityList(raw.municipalities, '/municipalities', municipalityCodes, found);
      if (report(file, label, 'Organization', organization, found)) {
        const accepted = organization as unknown as Organization;
        catalogue.organizations.push(accepted);
        organizationRefs.set(accepted.id, {
          id: accepted.id,
          name: accepted.name,
          type: accepted.type,
        });
      } else if (typeof raw.id === 'string') {
        rejectedOrganizations.set(raw.id, file);
      }
    }
  }

  /**
   * Replaces `record.organization` (an id) by its OrganizationRef. Returns the ref, or undefined
   * after reporting why it cannot be resolved.
   */
  const resolveOrganization = (
    record: JsonObject,
    found: FieldProblem[],
  ): OrganizationRef | undefined => {
    const id = record.organization;
    if (id === undefined) return undefined; // the schema reports "is required"
    if (typeof id !== 'string') {
      found.push({
        field: '/organization',
        message: 'must be the id (a UUID) of an organization in organizations.yaml',
      });
      return undefined;
    }
    const ref = organizationRefs.get(id);
    if (ref) {
      record.organization = ref;
      return ref;
    }
    const rejectedIn = rejectedOrganizations.get(id);
    found.push({
      field: '/organization',
      message: rejectedIn
        ? `organization ${id} was rejected (see its problems in ${rejectedIn}), so this record is left out too`
        : `no organization has the id ${id}`,
    });
    return undefined;
  };
  /**
   * Schema errors that only repeat an unresolved organization: the id itself (already reported)
   * and the provider_type that would have come from it.
   */
  const skipOrganization =
    (record: JsonObject, resolved: boolean) =>
    (pointer: string): boolean =>
      !resolved &&
      ((record.organization !== undefined &&
        (pointer === '/organization' || pointer.startsWith('/organization/'))) ||
        (pointer === '/provider_type' && record.provider_type === undefined));

  // Service chains, one per file.
  const chainIds = new Set<string>();
  const rejectedChains = new Map<string, string>();
  if (chainFiles) {
    const seen = new Map<string, string>();
    for await (const dataFile of readDataFiles(dir, chainFiles)) {
      const { file } = dataFile;
      if (dataFile.problems.length > 0) {
        problems.push(...dataFile.problems);
        continue;
      }
      const raw = dataFile.value;
      const label = recordLabel(raw, 0, 'id');
      if (!isObject(raw)) {
        problems.push({
          file,
          record: label,
          message: 'must hold one service chain (a mapping of fields)',
        });
        continue;
      }
      const chain = withDefaults(raw);
      const found = checkUrlsAndPhones(raw);
      const duplicate = duplicateOf(seen, raw.id, file);
      if (duplicate) found.push(duplicate);
      const unresolved = resolveOrganization(chain, found) === undefined;
      resolveAvailableLanguages(chain, ['name', 'phenomenon', 'target_group', 'main_goal'], found);
      if (Array.isArray(raw.tiers)) {
        const levels = new Set<unknown>();
        chain.tiers = raw.tiers.map((tier: unknown, index) => {
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
      if (report(file, label, 'ServiceChain', chain, found, skipOrganization(raw, !unresolved))) {
        catalogue.chains.push(chain as unknown as ServiceChain);
        chainIds.add(chain.id as string);
      } else if (typeof raw.id === 'string') {
        rejectedChains.set(raw.id, file);
      }
    }
  }

  // Services, any number of list files.
  if (!serviceFiles) {
    problems.push({
      file: 'services',
      message: 'is missing: a catalogue folder needs a services/ folder',
    });
  } else {
    const seen = new Map<string, string>();
    for await (const dataFile of readDataFiles(dir, serviceFiles)) {
      const { file } = dataFile;
      if (dataFile.problems.length > 0) {
        problems.push(...dataFile.problems);
        continue;
      }
      if (dataFile.value === null || dataFile.value === undefined) continue;
      if (!Array.isArray(dataFile.value)) {
        problems.push({
          file,
          message: 'must be a list (a YAML sequence) of services at the top level',
        });
        continue;
      }
      dataFile.value.forEach((raw: unknown, index) => {
        const label = recordLabel(raw, index, 'id');
        if (!isObject(raw)) {
          notAnObject(file, label);
          return;
        }
        const service = withDefaults(raw);
        const found = checkUrlsAndPhones(raw);
        const duplicate = duplicateOf(seen, raw.id, `${file} (${label})`);
        if (duplicate) found.push(duplicate);
        const organization = resolveOrganization(service, found);
        if (organization && service.provider_type === undefined)
          service.provider_type = organization.type;
        resolveAvailableLanguages(service, ['name', 'summary', 'description'], found);
        checkFinnishAndSwedish(raw, found);
        checkAgeRange(raw, found);
        checkTierLevels(raw.tiers, '/tiers', tierLevels, found);
        checkMunicipalityList(raw.municipalities, '/municipalities', municipalityCodes, found);
        checkChannelAddresses(raw, municipalityCodes, found);
        if (Array.isArray(raw.chains)) {
          raw.chains.forEach((chainId, chainIndex) => {
            if (typeof chainId !== 'string' || chainIds.has(chainId)) return;
            const rejectedIn = rejectedChains.get(chainId);
            found.push({
              field: `/chains/${chainIndex}`,
              message: rejectedIn
                ? `service chain ${chainId} was rejected (see its problems in ${rejectedIn})`
                : `no service chain has the id ${chainId} (chains/${chainId}.yaml)`,
            });
          });
        }
        if (raw.distance !== undefined) {
          found.push({
            field: '/distance',
            message: 'is computed by the server from a search point: leave it out of data',
          });
        }
        if (
          report(
            file,
            label,
            'Service',
            service,
            found,
            skipOrganization(raw, organization !== undefined),
          )
        ) {
          catalogue.services.push(service as unknown as Service);
        }
      });
    }
  }

  sortCatalogue(catalogue);
  fillChainServices(catalogue.chains, catalogue.services);
  return { catalogue, problems };
}
