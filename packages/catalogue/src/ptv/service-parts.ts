// The parts of a PTV service that decide whether it can be imported: texts, the responsible
// organization, where it is available and its languages. Each reports what it lacks.
import type { LocalizedText, OrganizationRef } from '@polku/contract';
import { isObject } from '../load/checks.js';
import { areaMunicipalities } from './areas.js';
import type { PtvContext } from './context.js';
import { apiBase, type Json, objects, str } from './json.js';
import type { ImportedOrganizations } from './organization.js';
import { localized, nonEmpty, unusedTypes } from './texts.js';

const languageNames = [
  ['fi', 'Finnish'],
  ['sv', 'Swedish'],
] as const;

export interface ServiceTexts {
  name: LocalizedText;
  summary: LocalizedText;
  description: LocalizedText;
}

/** Name, summary and description (the summary when PTV has none). */
export function serviceTexts(context: PtvContext, record: Json, label: string): ServiceTexts {
  const name = localized(context, record.serviceNames, 'Name', label, '/serviceNames');
  unusedTypes(context, record.serviceNames, ['Name'], label, '/serviceNames');
  unusedTypes(
    context,
    record.serviceDescriptions,
    ['Summary', 'Description', 'ChargeTypeAdditionalInfo'],
    label,
    '/serviceDescriptions',
  );
  const summary = localized(
    context,
    record.serviceDescriptions,
    'Summary',
    label,
    '/serviceDescriptions',
  );
  if (!nonEmpty(name))
    context.problems.report(label, '/serviceNames', 'has no Name in fi, sv or en');
  if (!nonEmpty(summary)) {
    context.problems.report(label, '/serviceDescriptions', 'has no Summary in fi, sv or en');
  }
  const description =
    nonEmpty(
      localized(context, record.serviceDescriptions, 'Description', label, '/serviceDescriptions'),
    ) ?? summary;
  // A text missing in Finnish or Swedish does not hide the service: it is listed for the county
  // (the language law obliges bilingual municipalities to publish both) and shown as it is.
  const missing = languageNames.filter(
    ([language]) => !name[language] || !summary[language] || !description[language],
  );
  if (nonEmpty(name) && nonEmpty(summary) && missing.length > 0) {
    const texts = (language: 'fi' | 'sv') =>
      (
        [
          ['name', name],
          ['summary', summary],
          ['description', description],
        ] as const
      )
        .filter(([, text]) => !text[language])
        .map(([field]) => field)
        .join(', ');
    context.missingLanguages.report(
      label,
      undefined,
      missing.map(([language, word]) => `no ${word} ${texts(language)}`).join('; '),
    );
  }
  return { name, summary, description };
}

/** The Responsible organization (else mainOrganization), which must have been imported. */
export function responsibleOrganization(
  context: PtvContext,
  record: Json,
  label: string,
  organizations: ImportedOrganizations,
): OrganizationRef | undefined {
  const serviceOrganizations = objects(record.organizations);
  const responsibleIndex = serviceOrganizations.findIndex(
    (entry) => entry.roleType === 'Responsible',
  );
  const responsible = serviceOrganizations[responsibleIndex];
  let organizationId: string | undefined;
  let organizationPointer = '/organizations';
  if (responsible && isObject(responsible.organization)) {
    organizationId = str(responsible.organization.id);
    organizationPointer = `/organizations/${responsibleIndex}/organization/id`;
  } else if (isObject(record.mainOrganization)) {
    organizationId = str(record.mainOrganization.id);
    organizationPointer = '/mainOrganization/id';
  }
  const organization = organizationId ? organizations.refs.get(organizationId) : undefined;
  if (!organizationId) {
    context.problems.report(label, '/organizations', 'names no Responsible organization');
  } else if (!organization) {
    context.problems.report(
      label,
      organizationPointer,
      organizations.rejected.has(organizationId)
        ? `organization ${organizationId} was not imported (see its problems), so neither is this service`
        : `organization ${organizationId} is not in the file: add it (GET ${apiBase}/Organization/${organizationId})`,
    );
  }
  return organization;
}

/** The catalogue's municipalities the service is available in; reported when none. */
export function serviceMunicipalities(
  context: PtvContext,
  record: Json,
  label: string,
): string[] | undefined {
  const municipalities = areaMunicipalities(context, record, label);
  if (municipalities === undefined) {
    context.problems.report(
      label,
      '/areaType',
      'says nothing about where the service is available (areaType, areas, municipalities)',
    );
  } else if (municipalities.length === 0) {
    context.problems.report(label, '/areas', "serves none of the catalogue's municipalities");
  }
  return municipalities;
}

/** The two-letter languages of a PTV `languages` list, lower-cased. */
export function languageCodes(value: unknown): string[] {
  return (Array.isArray(value) ? value : [])
    .map((language) => (typeof language === 'string' ? language.toLowerCase() : ''))
    .filter((language) => /^[a-z]{2}$/.test(language));
}

/** The languages the service is delivered in; reported when none. */
export function deliveryLanguages(context: PtvContext, record: Json, label: string): string[] {
  const languages = [...new Set(languageCodes(record.languages))];
  if (languages.length === 0) {
    context.problems.report(label, '/languages', 'lists no language the service is delivered in');
  }
  return languages;
}
