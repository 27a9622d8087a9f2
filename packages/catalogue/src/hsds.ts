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
// - Hours: one weekly RRULE-style schedule (freq WEEKLY, byday) per period, opens_at/closes_at in
//   Finnish local time (a fixed UTC offset would be wrong half the year; the notes say so);
//   always_open = all days 00:00-24:00; a free-text description goes to `description`. Phone, online
//   and chat hours go to the service's `schedules` with the channel named in `notes`.
// - Municipalities: one service_area per municipality served, named in the file's language, with an
//   attribute to its term in the `municipalities` taxonomy (code = Statistics Finland code).
// - Taxonomies (term code → meaning): `tiers` (1-4, names from the catalogue), `provider-types`
//   (public, parish, ngo, private), `channel-types`, `municipalities`, `service-properties`
//   (referral_required, free_of_charge, anonymous, example_data: an attribute only when true).
//   Services link to tiers, provider type, channel types and properties; organizations to their
//   type and municipalities.
// - Not exported (HSDS 3.0 has no place for them): service chains, urgent help lines, audience
//   groups, delivery settings, keywords, sources' names and urls. They are listed in `notes`.
import { createHash } from 'node:crypto';
import {
  type Channel,
  type components,
  type LanguageCode,
  type LocalizedText,
  languageOrder,
  type OpeningHours,
  type Organization,
  type Service,
} from '@polku/contract';
import type { Catalogue } from './catalogue.js';
import type {
  HsdsAttribute,
  HsdsContact,
  HsdsExport,
  HsdsLanguage,
  HsdsLocation,
  HsdsOrganization,
  HsdsPhone,
  HsdsSchedule,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
  HsdsTextFallback,
} from './hsds-types.js';
import {
  channelTypeTerms,
  phrases,
  providerTypeTerms,
  type ServiceProperty,
  servicePropertyTerms,
  type Texts,
  taxonomies,
  type VocabularyTaxonomy,
} from './hsds-vocabulary.js';

type Weekday = components['schemas']['Weekday'];

export interface HsdsExportOptions {
  /** The one language of every text in the file. */
  language: LanguageCode;
}

/** Namespace of the UUID v5 ids the export derives (fixed: ids must not change between runs). */
const idNamespace = '3d4f1e2a-6b8c-4f0d-9e1a-7c5b2d8f4a60';

/** A UUID v5 (RFC 9562, SHA-1 name-based) for `name` in the export's namespace. */
export function derivedId(name: string): string {
  const hash = createHash('sha1')
    .update(Buffer.from(idNamespace.replaceAll('-', ''), 'hex'))
    .update(name, 'utf8')
    .digest();
  hash[6] = ((hash[6] as number) & 0x0f) | 0x50;
  hash[8] = ((hash[8] as number) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

const rruleDays: Record<Weekday, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};

const notExported = [
  'Service chains (palveluketjut) are not exported: HSDS has no object for them.',
  'Urgent help lines are not exported: they are not services of an organization.',
  'Audience groups, delivery settings and search keywords are not exported: HSDS 3.0 has no fields for them.',
  "Child ages are not written as minimum_age/maximum_age: those are the user's ages in HSDS, Polku's are the children's.",
  'Schedule times are Finnish local time (Europe/Helsinki) without a UTC offset.',
];

/** The languages a catalogue has texts in: one export file each. */
export function catalogueLanguages(catalogue: Catalogue): LanguageCode[] {
  const present = new Set<LanguageCode>();
  for (const record of [...catalogue.services, ...catalogue.organizations, ...catalogue.tiers]) {
    for (const language of record.available_languages) present.add(language);
  }
  return languageOrder.filter((language) => present.has(language));
}

/** Exports `catalogue` as HSDS 3.0 in `options.language`. Pure and deterministic. */
export function exportHsds(catalogue: Catalogue, options: HsdsExportOptions): HsdsExport {
  const { language } = options;
  if (!languageOrder.includes(language)) {
    throw new Error(`exportHsds: language must be one of ${languageOrder.join(', ')}`);
  }
  const fallbacks: HsdsTextFallback[] = [];
  const displayNames = new Intl.DisplayNames([language], { type: 'language' });

  /** The text in the file's language, or the first of fi, sv, en it has (recorded). */
  const text = (
    value: LocalizedText | undefined,
    entity: string,
    id: string,
    field: string,
  ): string | undefined => {
    if (!value) return undefined;
    const own = value[language];
    if (own) return own;
    for (const other of languageOrder) {
      const found = value[other];
      if (found) {
        fallbacks.push({ entity, id, field, language: other });
        return found;
      }
    }
    return undefined;
  };
  const fixed = (texts: Texts): string => texts[language];

  // Taxonomies and their terms.
  const taxonomyRecords = new Map<VocabularyTaxonomy['key'], HsdsTaxonomy>();
  for (const taxonomy of taxonomies) {
    taxonomyRecords.set(taxonomy.key, {
      id: derivedId(`taxonomy/${taxonomy.key}`),
      name: fixed(taxonomy.name),
      description: fixed(taxonomy.description),
      uri: `urn:polku:taxonomy:${taxonomy.key}`,
      version: '1',
    });
  }
  const terms: HsdsTaxonomyTerm[] = [];
  const termIndex = new Map<string, HsdsTaxonomyTerm>();
  const addTerm = (
    key: VocabularyTaxonomy['key'],
    code: string,
    name: string,
    description: string,
  ): void => {
    const taxonomy = taxonomyRecords.get(key) as HsdsTaxonomy;
    const term: HsdsTaxonomyTerm = {
      id: derivedId(`taxonomy/${key}/term/${code}`),
      code,
      name,
      description,
      taxonomy: taxonomy.name,
      taxonomy_id: taxonomy.id,
      language,
    };
    terms.push(term);
    termIndex.set(`${key}/${code}`, term);
  };
  for (const tier of catalogue.tiers) {
    const where = `tier ${tier.level}`;
    addTerm(
      'tiers',
      String(tier.level),
      text(tier.name, 'taxonomy_term', where, '/name') ?? String(tier.level),
      text(tier.description, 'taxonomy_term', where, '/description') ?? '',
    );
  }
  for (const [code, term] of Object.entries(providerTypeTerms)) {
    addTerm('provider-types', code, fixed(term.name), fixed(term.description));
  }
  for (const [code, term] of Object.entries(channelTypeTerms)) {
    addTerm('channel-types', code, fixed(term.name), fixed(term.description));
  }
  const municipalityNames = new Map<string, LocalizedText>();
  for (const municipality of catalogue.municipalities) {
    municipalityNames.set(municipality.code, municipality.name);
    addTerm(
      'municipalities',
      municipality.code,
      text(municipality.name, 'taxonomy_term', `municipality ${municipality.code}`, '/name') ??
        municipality.code,
      `${fixed(phrases.municipalityCode)} ${municipality.code}`,
    );
  }
  for (const [code, term] of Object.entries(servicePropertyTerms)) {
    addTerm('service-properties', code, fixed(term.name), fixed(term.description));
  }

  const attribute = (
    key: VocabularyTaxonomy['key'],
    code: string,
    linkEntity: HsdsAttribute['link_entity'],
    linkId: string,
  ): HsdsAttribute => {
    const term = termIndex.get(`${key}/${code}`);
    if (!term) throw new Error(`exportHsds: no ${key} term ${code}`); // the loader guarantees it
    return {
      id: derivedId(`attribute/${linkEntity}/${linkId}/${key}/${code}`),
      link_id: linkId,
      link_entity: linkEntity,
      taxonomy_term_id: term.id,
      taxonomy_term: term,
    };
  };

  const languageRecords = (
    codes: readonly string[] | undefined,
    owner: { service_id?: string; location_id?: string; phone_id?: string },
    ownerId: string,
  ): HsdsLanguage[] =>
    (codes ?? []).map((code) => ({
      id: derivedId(`language/${ownerId}/${code}`),
      ...owner,
      name: displayNames.of(code) ?? code,
      code,
    }));

  const schedules = (
    hours: OpeningHours | undefined,
    owner: { service_id?: string; service_at_location_id?: string },
    key: string,
    note: string | undefined,
    where: { id: string; field: string },
  ): HsdsSchedule[] => {
    if (!hours) return [];
    const description = text(hours.description, 'service', where.id, `${where.field}/description`);
    const timed = (index: number, days: string, opens: string, closes: string): HsdsSchedule => ({
      id: derivedId(`schedule/${key}/${index}`),
      ...owner,
      freq: 'WEEKLY',
      byday: days,
      opens_at: opens,
      closes_at: closes,
      ...(description ? { description } : {}),
      notes: [note, fixed(phrases.localTime)].filter(Boolean).join(' '),
    });
    if (hours.always_open) {
      return [
        {
          ...timed(0, Object.values(rruleDays).join(','), '00:00', '24:00'),
          description: description ?? fixed(phrases.alwaysOpen),
        },
      ];
    }
    if (hours.regular && hours.regular.length > 0) {
      return hours.regular.map((period, index) =>
        timed(
          index,
          period.days.map((day) => rruleDays[day]).join(','),
          period.opens,
          period.closes,
        ),
      );
    }
    if (description) {
      return [
        {
          id: derivedId(`schedule/${key}/0`),
          ...owner,
          description,
          ...(note ? { notes: note } : {}),
        },
      ];
    }
    return [];
  };

  // Locations, shared per organization and address (or url); listed under their organization.
  const locationsByOrganization = new Map<string, Map<string, HsdsLocation>>();
  const locationFor = (
    service: Service,
    channel: Channel,
    index: number,
  ): HsdsLocation | undefined => {
    const organizationId = service.organization.id;
    let key: string;
    let build: (id: string) => HsdsLocation;
    const where = `/channels/${index}`;
    const name = text(channel.label, 'service', service.id, `${where}/label`);
    if (channel.type === 'in_person') {
      const { address } = channel;
      const street = text(address.street, 'service', service.id, `${where}/address/street`) ?? '';
      key = `${organizationId}/physical/${address.municipality}/${address.postal_code}/${address.street.fi ?? address.street.sv ?? address.street.en ?? ''}`;
      build = (id) => ({
        id,
        location_type: 'physical',
        organization_id: organizationId,
        name: name ?? text(service.organization.name, 'service', service.id, '/organization/name'),
        ...(address.location
          ? { latitude: address.location.lat, longitude: address.location.lon }
          : {}),
        external_identifier: address.municipality,
        external_identifier_type: 'Statistics Finland municipality code',
        languages: languageRecords(channel.languages, { location_id: id }, id),
        addresses: [
          {
            id: derivedId(`address/${key}`),
            location_id: id,
            address_1: street,
            city:
              text(address.post_office, 'service', service.id, `${where}/address/post_office`) ??
              '',
            state_province:
              text(
                municipalityNames.get(address.municipality),
                'service',
                service.id,
                `${where}/address/municipality`,
              ) ?? address.municipality,
            postal_code: address.postal_code,
            country: 'FI',
            address_type: 'physical',
          },
        ],
      });
    } else if (channel.type === 'online' || channel.type === 'chat') {
      key = `${organizationId}/virtual/${channel.url}`;
      build = (id) => ({
        id,
        location_type: 'virtual',
        url: channel.url,
        organization_id: organizationId,
        name: name ?? fixed(channelTypeTerms[channel.type].name),
        languages: languageRecords(channel.languages, { location_id: id }, id),
        addresses: [],
      });
    } else {
      return undefined;
    }
    let locations = locationsByOrganization.get(organizationId);
    if (!locations) {
      locations = new Map();
      locationsByOrganization.set(organizationId, locations);
    }
    let location = locations.get(key);
    if (!location) {
      location = build(derivedId(`location/${key}`));
      locations.set(key, location);
    }
    return location;
  };

  const services: HsdsService[] = catalogue.services.map((service) => {
    const id = service.id;
    const serviceText = (value: LocalizedText | undefined, field: string) =>
      text(value, 'service', id, field);
    const summary = serviceText(service.summary, '/summary') ?? '';
    const description = serviceText(service.description, '/description') ?? '';
    const phones: HsdsPhone[] = [];
    const contacts: HsdsContact[] = [];
    const serviceSchedules: HsdsSchedule[] = [];
    const serviceAtLocations: HsdsServiceAtLocation[] = [];
    const channelTypes = new Set<string>();
    service.channels.forEach((channel, index) => {
      channelTypes.add(channel.type);
      const where = { id, field: `/channels/${index}/hours` };
      const label = serviceText(channel.label, `/channels/${index}/label`);
      switch (channel.type) {
        case 'phone': {
          const phoneId = derivedId(`phone/${id}/${index}`);
          phones.push({
            id: phoneId,
            service_id: id,
            number: channel.phone,
            type: 'voice',
            ...(label ? { description: label } : {}),
            languages: languageRecords(channel.languages, { phone_id: phoneId }, phoneId),
          });
          serviceSchedules.push(
            ...schedules(
              channel.hours,
              { service_id: id },
              `${id}/channel/${index}`,
              `${fixed(channelTypeTerms.phone.name)}: ${channel.phone}.`,
              where,
            ),
          );
          break;
        }
        case 'email':
          contacts.push({
            id: derivedId(`contact/${id}/${index}`),
            service_id: id,
            ...(label ? { name: label } : {}),
            email: channel.email,
          });
          break;
        case 'in_person':
        case 'online':
        case 'chat': {
          const location = locationFor(service, channel, index) as HsdsLocation;
          const serviceAtLocationId = derivedId(`service_at_location/${id}/${location.id}`);
          const atLocationSchedules = schedules(
            channel.hours,
            { service_at_location_id: serviceAtLocationId },
            `${id}/channel/${index}`,
            channel.type === 'in_person'
              ? undefined
              : `${fixed(channelTypeTerms[channel.type].name)}: ${channel.url}`,
            where,
          );
          const existing = serviceAtLocations.find((entry) => entry.id === serviceAtLocationId);
          if (existing) {
            existing.schedules.push(...atLocationSchedules);
          } else {
            serviceAtLocations.push({
              id: serviceAtLocationId,
              service_id: id,
              location_id: location.id,
              ...(label ? { description: label } : {}),
              schedules: atLocationSchedules,
              location,
            });
          }
          break;
        }
        case 'home_visit':
          break;
      }
    });

    const attributes: HsdsAttribute[] = [
      ...service.tiers.map((level) => attribute('tiers', String(level), 'service', id)),
      attribute('provider-types', service.provider_type, 'service', id),
      ...Object.keys(channelTypeTerms)
        .filter((type) => channelTypes.has(type))
        .map((type) => attribute('channel-types', type, 'service', id)),
      ...(
        [
          ['referral_required', service.referral.required],
          ['free_of_charge', service.cost.free],
          ['anonymous', service.anonymous === true],
          ['example_data', service.example_data],
        ] as [ServiceProperty, boolean][]
      )
        .filter(([, holds]) => holds)
        .map(([property]) => attribute('service-properties', property, 'service', id)),
    ];

    const serviceAreas: HsdsServiceArea[] = service.municipalities.map((code) => {
      const areaId = derivedId(`service_area/${id}/${code}`);
      return {
        id: areaId,
        service_id: id,
        name: text(municipalityNames.get(code), 'service', id, `/municipalities/${code}`) ?? code,
        attributes: [attribute('municipalities', code, 'service_area', areaId)],
      };
    });

    const firstEmail = service.channels.find((channel) => channel.type === 'email');
    const applicationProcess = serviceText(service.referral.description, '/referral/description');
    const fees = serviceText(service.cost.description, '/cost/description');
    const eligibility = serviceText(service.audience.description, '/audience/description');
    return {
      id,
      organization_id: service.organization.id,
      name: serviceText(service.name, '/name') ?? '',
      description: [summary, description].filter(Boolean).join('\n\n'),
      ...(service.url ? { url: service.url } : {}),
      ...(firstEmail ? { email: firstEmail.email } : {}),
      status: 'active',
      ...(applicationProcess ? { application_process: applicationProcess } : {}),
      ...(fees ? { fees_description: fees } : {}),
      ...(eligibility ? { eligibility_description: eligibility } : {}),
      ...(service.source.checked ? { assured_date: service.source.checked } : {}),
      last_modified: service.updated_at,
      phones,
      schedules: serviceSchedules,
      service_areas: serviceAreas,
      service_at_locations: serviceAtLocations,
      languages: languageRecords(service.delivery_languages, { service_id: id }, id),
      contacts,
      attributes,
    };
  });

  const organizations: HsdsOrganization[] = catalogue.organizations.map(
    (organization: Organization) => {
      const id = organization.id;
      return {
        id,
        name: text(organization.name, 'organization', id, '/name') ?? '',
        description: text(organization.description, 'organization', id, '/description') ?? '',
        ...(organization.url ? { website: organization.url } : {}),
        locations: [...(locationsByOrganization.get(id)?.values() ?? [])],
        attributes: [
          attribute('provider-types', organization.type, 'organization', id),
          ...organization.municipalities.map((code) =>
            attribute('municipalities', code, 'organization', id),
          ),
        ],
      };
    },
  );

  return {
    polku_export: {
      format: 'Open Referral HSDS',
      hsds_version: '3.0',
      catalogue: catalogue.id,
      language,
      other_languages: catalogueLanguages(catalogue).filter((other) => other !== language),
      text_fallbacks: fallbacks,
      notes: notExported,
    },
    organizations,
    services,
    taxonomies: [...taxonomyRecords.values()],
    taxonomy_terms: terms,
  };
}
