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
    const duplicate = seen.check(raw.id, where.file);
    if (duplicate) found.push(duplicate);
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

/**
 * Replaces `record.organization` (an id) by its OrganizationRef. Returns the ref, or undefined
 * after reporting why it cannot be resolved.
 */
export function resolveOrganization(
  organizations: LoadedOrganizations,
  record: JsonObject,
  found: FieldProblem[],
): OrganizationRef | undefined {
  const id = record.organization;
  if (id === undefined) return undefined; // the schema reports "is required"
  if (typeof id !== 'string') {
    found.push({
      field: '/organization',
      message: 'must be the id (a UUID) of an organization in organizations.yaml',
    });
    return undefined;
  }
  const ref = organizations.refs.get(id);
  if (ref) {
    record.organization = ref;
    return ref;
  }
  const rejectedIn = organizations.rejected.get(id);
  found.push({
    field: '/organization',
    message: rejectedIn
      ? `organization ${id} was rejected (see its problems in ${rejectedIn}), so this record is left out too`
      : `no organization has the id ${id}`,
  });
  return undefined;
}

/**
 * Schema errors that only repeat an unresolved organization: the id itself (already reported)
 * and the provider_type that would have come from it.
 */
export const skipOrganization =
  (record: JsonObject, resolved: boolean) =>
  (pointer: string): boolean =>
    !resolved &&
    ((record.organization !== undefined &&
      (pointer === '/organization' || pointer.startsWith('/organization/'))) ||
      (pointer === '/provider_type' && record.provider_type === undefined));
