// Exports a catalogue as Open Referral HSDS 3.0 JSON, one language per file.
//
// HSDS version: 3.0 (openreferral/specification, branch 3.0: schema/*.json and docs/hsds). Only 3.0
// fields are written: nothing that 3.1 added (`additional_urls`, `additional_websites`,
// `attribute.label`, `service_at_location.service_areas`, capacities).
//
// Mapping choices:
// - Languages: HSDS strings carry no language, so a file holds one language (`language`). A text
//   missing in it is written in the first of fi, sv, en that it has, and listed in
//   `polku_export.text_fallbacks`; `other_languages` names the languages of the sibling files.
// - Ids: Polku's service and organization UUIDs are kept. Every other object gets a UUID v5 derived
//   from what it describes (the same location, phone or term gets the same id in every file and every
//   run), so files in different languages line up and output is deterministic.
// - Service: `description` = Polku's summary, a blank line, its description (HSDS has no summary).
//   `application_process` = referral description; `fees_description` = cost description;
//   `eligibility_description` = audience description; `assured_date` = source.checked;
//   `last_modified` = updated_at; `email` = the first email channel. Polku's child ages are the
//   children's, not the user's, so they are not written as `minimum_age`/`maximum_age`.
// - Channels: phone → `phones` (type voice, label as description, languages); email → `contacts`;
//   in_person → a physical location (address, WGS84 latitude/longitude) linked by a
//   service_at_location that carries the channel's hours; online and chat → a virtual location with
//   its url, likewise linked. Locations are shared per organization and address (or url), and listed
//   under their organization too. Every channel type is also an attribute (taxonomy
//   `channel-types`), the only trace a home visit leaves.
// - Addresses: address_1 = street, city = post office (as an address is printed in Finland),
//   state_province = municipality name (Finland has no states), country = FI.
// - Hours: one weekly RRULE-style schedule (freq WEEKLY, byday) per period and daylight-saving
//   season: the season of the export date and the next, each with valid_from/valid_to (and
//   dtstart/until), `timezone` = its UTC offset (2 or 3) and opens_at/closes_at with that offset
//   ("09:00+03:00"), since HSDS 3.0's `timezone` is a number and one offset is wrong half the year.
//   always_open = all days 00:00-23:59; a closing time of 24:00 is written 23:59 (HSDS has no
//   24:00); a free-text description goes to `description`. Phone, online and chat hours go to the
//   service's `schedules` with the channel named in `notes`.
// - Municipalities: one service_area per municipality served, named in the file's language, with an
//   attribute to its term in the `municipalities` taxonomy (code = Statistics Finland code).
// - Taxonomies (term code → meaning): `tiers` (1-4, names from the catalogue), `provider-types`
//   (public, parish, ngo, private), `channel-types`, `municipalities`, `service-properties`
//   (referral_required, free_of_charge, anonymous, example_data: an attribute only when true).
//   Services link to tiers, provider type, channel types and properties; organizations to their
//   type and municipalities.
// - Not exported (HSDS 3.0 has no place for them): service chains, urgent help lines, audience
//   groups, delivery settings, keywords, sources' names and urls. They are listed in `notes`.
import { type LanguageCode, languageOrder, type Organization } from '@polku/contract';
import type { Catalogue } from '../catalogue.js';
import { attribute, createContext, type ExportContext, text } from './context.js';
import { hsdsService } from './service.js';
import { buildTaxonomies } from './taxonomies.js';
import type { HsdsExport, HsdsOrganization } from './types.js';

export { derivedId } from './ids.js';

export interface HsdsExportOptions {
  /** The one language of every text in the file. */
  language: LanguageCode;
  /** The export date: schedules are written for its daylight-saving season and the next. Default now. */
  now?: Date;
}

const notExported = [
  'Service chains (palveluketjut) are not exported: HSDS has no object for them.',
  'Urgent help lines are not exported: they are not services of an organization.',
  'Audience groups, delivery settings and search keywords are not exported: HSDS 3.0 has no fields for them.',
  "Child ages are not written as minimum_age/maximum_age: those are the user's ages in HSDS, Polku's are the children's.",
  'Schedule times are Finnish local time (Europe/Helsinki): each weekly period is written once per daylight-saving season (UTC+2 winter, UTC+3 summer) with valid_from/valid_to and that offset; midnight closing (24:00) is written 23:59.',
];

/** The languages a catalogue has texts in: one export file each. */
export function catalogueLanguages(catalogue: Catalogue): LanguageCode[] {
  const present = new Set<LanguageCode>();
  for (const record of [...catalogue.services, ...catalogue.organizations, ...catalogue.tiers]) {
    for (const language of record.available_languages) present.add(language);
  }
  return languageOrder.filter((language) => present.has(language));
}

/** An organization with the locations its services' channels made. */
function hsdsOrganization(context: ExportContext, organization: Organization): HsdsOrganization {
  const id = organization.id;
  return {
    id,
    name: text(context, organization.name, 'organization', id, '/name') ?? '',
    description: text(context, organization.description, 'organization', id, '/description') ?? '',
    ...(organization.url ? { website: organization.url } : {}),
    locations: [...(context.locationsByOrganization.get(id)?.values() ?? [])],
    attributes: [
      attribute(context, 'provider-types', organization.type, 'organization', id),
      ...organization.municipalities.map((code) =>
        attribute(context, 'municipalities', code, 'organization', id),
      ),
    ],
  };
}

/** Exports `catalogue` as HSDS 3.0 in `options.language`. Pure and deterministic. */
export function exportHsds(catalogue: Catalogue, options: HsdsExportOptions): HsdsExport {
  const { language } = options;
  if (!languageOrder.includes(language)) {
    throw new Error(`exportHsds: language must be one of ${languageOrder.join(', ')}`);
  }
  const context = createContext(language, options.now ?? new Date());
  const { taxonomies, terms } = buildTaxonomies(context, catalogue);
  const services = catalogue.services.map((service) => hsdsService(context, service));
  const organizations = catalogue.organizations.map((organization) =>
    hsdsOrganization(context, organization),
  );
  return {
    polku_export: {
      format: 'Open Referral HSDS',
      hsds_version: '3.0',
      catalogue: catalogue.id,
      language,
      other_languages: catalogueLanguages(catalogue).filter((other) => other !== language),
      text_fallbacks: context.fallbacks,
      notes: notExported,
    },
    organizations,
    services,
    taxonomies,
    taxonomy_terms: terms,
  };
}
