// PTV organizations → Polku organizations (the provider type from organizationType).
import type { Organization, OrganizationRef, ProviderType } from '@polku/contract';
import { languagesOfTexts } from '../texts.js';
import { admitted, validAsMapped } from './admission.js';
import { areaMunicipalities } from './areas.js';
import type { PtvContext } from './context.js';
import { type Found, readingFrom } from './find.js';
import { apiBase, isHttpUrl, type Json, objects, sourceName, str, webPageUrls } from './json.js';
import { localized, nonEmpty, updatedAt } from './texts.js';

const providerTypes: Record<string, ProviderType> = {
  Municipality: 'public',
  State: 'public',
  RegionalOrganization: 'public',
  Region: 'public',
  SotePublic: 'public',
  Company: 'private',
  SotePrivate: 'private',
  Organization: 'ngo',
};

export interface ImportedOrganizations {
  organizations: Organization[];
  refs: Map<string, OrganizationRef>;
  /** Ids of organizations in the input that were not imported. */
  rejected: Set<string>;
}

/** An organization's own contacts have no place in Polku: said by name, never dropped silently. */
function reportContacts(context: PtvContext, record: Json, label: string, url?: string): void {
  for (const field of ['phoneNumbers', 'emails', 'addresses', 'electronicInvoicings']) {
    const count = objects(record[field]).length;
    if (count > 0) {
      context.omissions.report(
        label,
        `/${field}`,
        `${count} ${field} left out: Polku keeps an organization's name, description and web site; contacts belong to its services' channels`,
      );
    }
  }
  const otherPages = webPageUrls(record).filter((candidate) => candidate !== url);
  if (otherPages.length > 0) {
    context.omissions.report(
      label,
      '/webPages',
      `${otherPages.join(', ')} left out: an organization has one web site (${url ?? 'none kept'})`,
    );
  }
}

/** One PTV organization, or `undefined` after reporting why it cannot be imported. */
function mapOrganization(
  context: PtvContext,
  record: Json,
  label: string,
  id: string,
): Organization | undefined {
  const before = context.problems.size;
  const name = localized(context, record.organizationNames, 'Name', label, '/organizationNames');
  if (Object.keys(name).length === 0) {
    context.problems.report(label, '/organizationNames', 'has no Name in fi, sv or en');
  }
  const organizationType = str(record.organizationType);
  const type = organizationType ? providerTypes[organizationType] : undefined;
  if (!type) {
    context.problems.report(
      label,
      '/organizationType',
      `${organizationType ? `"${organizationType}" is` : 'is missing:'} not a type Polku can map (${Object.keys(providerTypes).join(', ')})`,
    );
  }
  const descriptions = (textType: string) =>
    nonEmpty(
      localized(
        context,
        record.organizationDescriptions,
        textType,
        label,
        '/organizationDescriptions',
      ),
    );
  const description = descriptions('Description') ?? descriptions('Summary');
  const url = webPageUrls(record).find((candidate) => isHttpUrl(candidate));
  reportContacts(context, record, label, url);
  if (context.problems.size > before || !type) return undefined;
  const organization: Organization = {
    id,
    name,
    type,
    ...(description ? { description } : {}),
    available_languages: languagesOfTexts([name]),
    municipalities: areaMunicipalities(context, record, label) ?? [],
    ...(url ? { url } : {}),
    updated_at: updatedAt(context, record.modified),
    source: {
      name: sourceName,
      url: `${apiBase}/Organization/${id}`,
      checked: context.importedOn,
    },
    example_data: false,
  };
  return validAsMapped(context, 'Organization', organization, label) ? organization : undefined;
}

export function importOrganizations(context: PtvContext, found: Found[]): ImportedOrganizations {
  const imported: ImportedOrganizations = {
    organizations: [],
    refs: new Map(),
    rejected: new Set(),
  };
  for (const { record, label, file } of found.filter((entry) => entry.kind === 'organization')) {
    readingFrom(context, file);
    const id = admitted(context, record, label, imported.rejected);
    if (!id) continue;
    const organization = mapOrganization(context, record, label, id);
    if (!organization) {
      imported.rejected.add(id);
      continue;
    }
    imported.organizations.push(organization);
    imported.refs.set(id, { id, name: organization.name, type: organization.type });
  }
  return imported;
}
