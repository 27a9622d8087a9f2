// organizations.yaml, and how records that name an organization by id get its reference.
import type { Organization, OrganizationRef } from '@polku/contract';
import {
  checkMunicipalityList,
  checkUrlsAndPhones,
  type FieldProblem,
  resolveAvailableLanguages,
} from './checks.js';
import {
  DuplicateIds,
  eachListRecord,
  type JsonObject,
  type LoadContext,
  report,
  withDefaults,
} from './context.js';
import type { DataFile } from './read-files.js';

export interface LoadedOrganizations {
  refs: Map<string, OrganizationRef>;
  /** Ids of rejected organizations → the file that holds their problems. */
  rejected: Map<string, string>;
}

export function loadOrganizations(
  context: LoadContext,
  dataFile: DataFile | undefined,
  municipalityCodes: ReadonlySet<string>,
): LoadedOrganizations {
  const loaded: LoadedOrganizations = { refs: new Map(), rejected: new Map() };
  const seen = new DuplicateIds();
  eachListRecord(context, dataFile, 'organizations', 'id', (raw, where) => {
    const organization = withDefaults(context, raw);
    const found = checkUrlsAndPhones(raw);
    seen.check(raw.id, where.file, found);
    resolveAvailableLanguages(organization, ['name'], found);
    checkMunicipalityList(raw.municipalities, '/municipalities', municipalityCodes, found);
    if (report(context, where, 'Organization', organization, found)) {
      const accepted = organization as unknown as Organization;
      context.catalogue.organizations.push(accepted);
      loaded.refs.set(accepted.id, { id: accepted.id, name: accepted.name, type: accepted.type });
    } else if (typeof raw.id === 'string') {
      loaded.rejected.set(raw.id, where.file);
    }
  });
  const organizations = context.catalogue.organizations;
  for (const [id, file] of seen.dropFirstCopies(context, organizations, (o) => o.id)) {
    loaded.refs.delete(id);
    loaded.rejected.set(id, file);
  }
  return loaded;
}

/** What resolving a record's organization gave. */
export interface ResolvedOrganization {
  /** The reference now in `record.organization`; undefined when it could not be resolved. */
  ref?: OrganizationRef;
  /**
   * Schema errors that only repeat an unresolved organization: the id itself (already reported)
   * and the provider_type that would have come from it.
   */
  skip: (pointer: string) => boolean;
}

/**
 * Replaces `record.organization` (an id) by its OrganizationRef, or reports why it cannot be
 * resolved (nothing when it is missing: the schema says "is required").
 */
export function resolveOrganization(
  organizations: LoadedOrganizations,
  record: JsonObject,
  found: FieldProblem[],
): ResolvedOrganization {
  const { organization: id, provider_type: providerType } = record;
  const ref = typeof id === 'string' ? organizations.refs.get(id) : undefined;
  if (ref) {
    record.organization = ref;
    return { ref, skip: () => false };
  }
  const skip = (pointer: string): boolean =>
    (id !== undefined && (pointer === '/organization' || pointer.startsWith('/organization/'))) ||
    (pointer === '/provider_type' && providerType === undefined);
  if (id === undefined) return { skip };
  found.push({ field: '/organization', message: unresolvedMessage(organizations, id) });
  return { skip };
}

function unresolvedMessage(organizations: LoadedOrganizations, id: unknown): string {
  if (typeof id !== 'string')
    return 'must be the id (a UUID) of an organization in organizations.yaml';
  const rejectedIn = organizations.rejected.get(id);
  return rejectedIn
    ? `organization ${id} was rejected (see its problems in ${rejectedIn}), so this record is left out too`
    : `no organization has the id ${id}`;
}
