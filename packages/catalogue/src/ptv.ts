// Imports services from Suomi.fi Palvelutietovaranto (PTV, the Finnish Service Catalogue) Open API
// v11 JSON: services (V11VmOpenApiService), their service channels (V11VmOpenApi*Channel) and
// organizations (V11VmOpenApiOrganization), as saved from GET /api/v11/Service/list,
// /api/v11/ServiceChannel/list and /api/v11/Organization/list. No network: it reads what it is given.
//
// Accepted input: a list of PTV records (services, channels and organizations mixed, told apart by
// `serviceNames`, `serviceChannelType` and `organizationNames`/`organizationType`); an object with
// `services`, `serviceChannels` and `organizations` lists; or a PTV paging envelope (`itemList`).
//
// Mapping (PTV → Polku):
// - id → id (PTV ids are UUIDs); serviceNames type Name → name; serviceDescriptions Summary →
//   summary, Description → description (the summary when PTV has none), ChargeTypeAdditionalInfo →
//   cost.description; serviceChargeType FreeOfCharge → cost.free (anything else: false);
//   requirements → referral.description. Only fi, sv and en texts are read.
// - PTV has no tier: every service gets `options.tier` (default 1). PTV has no referral flag:
//   referral.required is false. Audience groups come from target groups KR1.2 (families) and KR1.3
//   (young people), else families. Review both after an import.
// - organizations[roleType Responsible] (else mainOrganization) → organization, which must be in the
//   file; organizationType → provider type (Municipality, State, RegionalOrganization, Region,
//   SotePublic → public; Company, SotePrivate → private; Organization → ngo). PTV has no parish type.
// - areaType Nationwide* → every municipality of the base catalogue; otherwise areas (Municipality
//   codes, and the municipalities of other area types) and municipalities, kept when the base
//   catalogue has them.
// - Channels: Phone → phone channels (phoneNumbers and supportPhones of type Phone, prefix joined);
//   EChannel → online channels (their web pages); ServiceLocation → in-person channels (visiting
//   street addresses; TM35FIN coordinates converted to WGS84) plus its phones; supportEmails → email
//   channels; WebPage → the service's url. serviceHours (the connection's when it has any, else the
//   channel's) → hours: DaysOfTheWeek hours valid for now, and isAlwaysOpen.
// - Whatever cannot be carried over is reported: a record that cannot be imported at all as a
//   problem, a part left out of an imported record (a fax number, holiday hours, a Sámi text) as an
//   omission. Nothing is dropped silently.
import {
  type Address,
  type Channel,
  type components,
  type LocalizedKeywords,
  type LocalizedText,
  languageOrder,
  type Municipality,
  type OpeningHours,
  type Organization,
  type OrganizationRef,
  type ProviderType,
  type Service,
  type Tier,
  type UrgentHelp,
} from '@polku/contract';
import { getSchemaValidator } from '@polku/contract/validator';
import { fillChainServices, sortCatalogue } from './assemble.js';
import type { Catalogue, CatalogueProblem } from './catalogue.js';
import { checkUrlsAndPhones, isObject } from './checks.js';
import { tm35finToWgs84 } from './ptv-coordinates.js';
import { languagesOfTexts } from './texts.js';

export interface PtvImportOptions {
  /** Where municipalities, tiers and urgent help lines come from (PTV has none of them). */
  base: Pick<Catalogue, 'id' | 'name' | 'municipalities' | 'tiers' | 'urgentHelp'>;
  /** The tier every imported service is put in (PTV has no tiers); default 1. */
  tier?: number;
  /** The input's file name, as problems name it; default `ptv.json`. */
  file?: string;
  /** The import date (YYYY-MM-DD) written as `source.checked`; default today (UTC). */
  importedOn?: string;
}

export interface PtvImportResult {
  /** The imported records as a catalogue: the base's municipalities, tiers and help lines. */
  catalogue: Catalogue;
  /** PTV records that could not be imported at all, and why. */
  problems: CatalogueProblem[];
  /** Parts of imported records that Polku cannot represent and left out, and why. */
  omissions: CatalogueProblem[];
  /** The defaults the import applied to every service, to say in its output. */
  defaults: string[];
}

type Json = Record<string, unknown>;

const uuidPattern = /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

const ptvDays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
type Weekday = components['schemas']['Weekday'];
const polkuDays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

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

const sourceName = 'Suomi.fi-palvelutietovaranto (PTV), Open API v11';
const apiBase = 'https://api.palvelutietovaranto.suomi.fi/api/v11';

const asList = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value
    : isObject(value) && Array.isArray(value.itemList)
      ? value.itemList
      : [];

const objects = (value: unknown): Json[] => (Array.isArray(value) ? value.filter(isObject) : []);

const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** A PTV record found in the input, with where it came from. */
interface Found {
  kind: 'service' | 'channel' | 'organization';
  record: Json;
  label: string;
}

/** Imports PTV v11 JSON (already parsed). Never throws for bad data; throws for bad options. */
export function importPtv(json: unknown, options: PtvImportOptions): PtvImportResult {
  const file = options.file ?? 'ptv.json';
  const tier = options.tier ?? 1;
  const { base } = options;
  if (!base.tiers.some((defined) => defined.level === tier)) {
    throw new Error(
      `importPtv: tier ${tier} is not defined in the base catalogue (it has ${base.tiers.map((defined) => defined.level).join(', ') || 'none'})`,
    );
  }
  const importedOn = options.importedOn ?? new Date().toISOString().slice(0, 10);
  const problems: CatalogueProblem[] = [];
  const omissions: CatalogueProblem[] = [];
  const problem = (record: string, field: string | undefined, message: string): void => {
    problems.push({ file, record, ...(field ? { field } : {}), message });
  };
  const omit = (record: string, field: string | undefined, message: string): void => {
    omissions.push({ file, record, ...(field ? { field } : {}), message });
  };
  const municipalityCodes = new Set(base.municipalities.map((municipality) => municipality.code));
  const validator = getSchemaValidator();

  // Find the records.
  const found: Found[] = [];
  const classify = (item: unknown, index: number, listName: string): void => {
    const label =
      isObject(item) && str(item.id) ? (str(item.id) as string) : `${listName}#${index}`;
    if (!isObject(item)) {
      problem(label, undefined, 'is not a PTV record (an object)');
    } else if (item.serviceChannelType !== undefined) {
      found.push({ kind: 'channel', record: item, label });
    } else if (item.serviceNames !== undefined) {
      found.push({ kind: 'service', record: item, label });
    } else if (item.organizationNames !== undefined || item.organizationType !== undefined) {
      found.push({ kind: 'organization', record: item, label });
    } else {
      problem(
        label,
        undefined,
        'is neither a PTV service (serviceNames), service channel (serviceChannelType) nor organization (organizationNames)',
      );
    }
  };
  if (Array.isArray(json)) {
    json.forEach((item, index) => {
      classify(item, index, '');
    });
  } else if (isObject(json) && Array.isArray(json.itemList)) {
    json.itemList.forEach((item, index) => {
      classify(item, index, 'itemList');
    });
  } else if (
    isObject(json) &&
    (json.services !== undefined ||
      json.serviceChannels !== undefined ||
      json.organizations !== undefined)
  ) {
    for (const listName of ['organizations', 'serviceChannels', 'services']) {
      asList(json[listName]).forEach((item, index) => {
        classify(item, index, listName);
      });
    }
  } else if (isObject(json)) {
    classify(json, 0, '');
  } else {
    problem(
      '#0',
      undefined,
      'the file holds no PTV records: expected a list, a paging envelope (itemList) or { services, serviceChannels, organizations }',
    );
  }

  /** fi/sv/en texts of a PTV localized list, of `type` when given; other languages reported. */
  const localized = (
    value: unknown,
    type: string | undefined,
    label: string,
    field: string,
  ): LocalizedText => {
    const text: Record<string, string> = {};
    for (const item of objects(value)) {
      if (type !== undefined && item.type !== type) continue;
      const language = str(item.language);
      const content = str(item.value);
      if (!language || !content) continue;
      if ((languageOrder as readonly string[]).includes(language)) {
        text[language] ??= content;
      } else {
        omit(
          label,
          field,
          `the ${language} text${type ? ` (${type})` : ''} is left out: Polku holds fi, sv and en`,
        );
      }
    }
    return text as LocalizedText;
  };
  /** Reports the texts of types Polku has no field for (once per type). */
  const unusedTypes = (value: unknown, used: string[], label: string, field: string): void => {
    const types = new Set(objects(value).map((item) => str(item.type) ?? 'untyped'));
    for (const type of [...types].filter((candidate) => !used.includes(candidate)).sort()) {
      omit(label, field, `${type} texts are left out: Polku has no field for them`);
    }
  };
  const nonEmpty = (text: LocalizedText): LocalizedText | undefined =>
    Object.keys(text).length > 0 ? text : undefined;

  const updatedAt = (value: unknown): string => {
    const raw = str(value);
    if (raw) {
      // PTV gives UTC times, sometimes without a zone designator.
      const withZone = /(Z|[+-]\d\d:\d\d)$/.test(raw) ? raw : `${raw}Z`;
      const time = Date.parse(withZone);
      if (!Number.isNaN(time)) return new Date(time).toISOString().replace('.000Z', 'Z');
    }
    return `${importedOn}T00:00:00Z`;
  };

  /** Municipality codes of a PTV record's area fields, kept when the base catalogue has them. */
  const areaMunicipalities = (record: Json, label: string): string[] | undefined => {
    const areaType = str(record.areaType);
    if (areaType === 'Nationwide' || areaType === 'NationwideExceptAlandIslands') {
      return [...municipalityCodes].sort();
    }
    const codes = new Map<string, string>(); // code → pointer
    const add = (municipality: unknown, pointer: string): void => {
      if (!isObject(municipality)) return;
      const code = str(municipality.code) ?? str(String(municipality.code ?? ''));
      if (code && /^\d{1,3}$/.test(code)) codes.set(code.padStart(3, '0'), pointer);
    };
    objects(record.areas).forEach((area, index) => {
      if (area.type === 'Municipality') add(area, `/areas/${index}/code`);
      objects(area.municipalities).forEach((municipality, inner) => {
        add(municipality, `/areas/${index}/municipalities/${inner}`);
      });
    });
    objects(record.municipalities).forEach((municipality, index) => {
      add(municipality, `/municipalities/${index}`);
    });
    if (isObject(record.municipality)) add(record.municipality, '/municipality');
    if (codes.size === 0 && areaType === undefined) return undefined;
    const kept: string[] = [];
    for (const [code, pointer] of codes) {
      if (municipalityCodes.has(code)) kept.push(code);
      else omit(label, pointer, `municipality ${code} is not in the catalogue: left out`);
    }
    return kept.sort();
  };

  // Organizations.
  const organizations: Organization[] = [];
  const organizationRefs = new Map<string, OrganizationRef>();
  const rejectedOrganizations = new Set<string>();
  const seenIds = new Set<string>();
  /**
   * The record's id when it is a PTV id, the first record with it, and published; otherwise the
   * problem or the omission is reported and the answer is `undefined` (with the id of an
   * unpublished record in `unpublished`, for whoever needs to know it).
   */
  const admitted = (record: Json, label: string, unpublished?: Set<string>): string | undefined => {
    const id = str(record.id);
    if (!id || !uuidPattern.test(id)) {
      problem(label, '/id', 'must be a PTV id (a UUID)');
      return undefined;
    }
    if (seenIds.has(id)) {
      problem(label, '/id', 'appears twice in the file');
      return undefined;
    }
    seenIds.add(id);
    if (record.publishingStatus !== undefined && record.publishingStatus !== 'Published') {
      omit(label, '/publishingStatus', `is ${String(record.publishingStatus)}: not imported`);
      unpublished?.add(id);
      return undefined;
    }
    return id;
  };
  for (const { record, label } of found.filter((entry) => entry.kind === 'organization')) {
    const before = problems.length;
    const id = admitted(record, label, rejectedOrganizations);
    if (!id) continue;
    const name = localized(record.organizationNames, 'Name', label, '/organizationNames');
    if (Object.keys(name).length === 0) {
      problem(label, '/organizationNames', 'has no Name in fi, sv or en');
    }
    const organizationType = str(record.organizationType);
    const type = organizationType ? providerTypes[organizationType] : undefined;
    if (!type) {
      problem(
        label,
        '/organizationType',
        `${organizationType ? `"${organizationType}" is` : 'is missing:'} not a type Polku can map (${Object.keys(providerTypes).join(', ')})`,
      );
    }
    const description =
      nonEmpty(
        localized(
          record.organizationDescriptions,
          'Description',
          label,
          '/organizationDescriptions',
        ),
      ) ??
      nonEmpty(
        localized(record.organizationDescriptions, 'Summary', label, '/organizationDescriptions'),
      );
    const url = webPageUrls(record).find((candidate) => isHttpUrl(candidate));
    if (problems.length > before || !type) {
      rejectedOrganizations.add(id);
      continue;
    }
    const organization: Organization = {
      id,
      name,
      type,
      ...(description ? { description } : {}),
      available_languages: languagesOfTexts([name]),
      municipalities: areaMunicipalities(record, label) ?? [],
      ...(url ? { url } : {}),
      updated_at: updatedAt(record.modified),
      source: { name: sourceName, url: `${apiBase}/Organization/${id}`, checked: importedOn },
      example_data: false,
    };
    const errors = validator.errors('Organization', organization);
    if (errors.length > 0) {
      for (const error of errors) {
        problem(label, undefined, `as mapped, ${error.pointer || 'the record'} ${error.message}`);
      }
      rejectedOrganizations.add(id);
      continue;
    }
    organizations.push(organization);
    organizationRefs.set(id, { id, name, type });
  }

  // Channels, by id.
  const channels = new Map<string, { record: Json; label: string }>();
  for (const { record, label } of found.filter((entry) => entry.kind === 'channel')) {
    const id = str(record.id);
    if (!id) {
      problem(label, '/id', 'a service channel needs its PTV id');
    } else if (channels.has(id)) {
      problem(label, '/id', 'appears twice in the file');
    } else if (record.publishingStatus !== undefined && record.publishingStatus !== 'Published') {
      omit(label, '/publishingStatus', `is ${String(record.publishingStatus)}: not imported`);
    } else {
      channels.set(id, { record, label });
    }
  }

  /** PTV service hours → OpeningHours; what does not fit is reported against `label`. */
  const openingHours = (value: unknown, label: string, field: string): OpeningHours | undefined => {
    const hours: OpeningHours = {};
    const regular: NonNullable<OpeningHours['regular']> = [];
    const description: Record<string, string> = {};
    objects(value).forEach((entry, index) => {
      const pointer = `${field}/${index}`;
      const type = str(entry.serviceHourType);
      if (type !== 'DaysOfTheWeek' && type !== 'Standard') {
        omit(
          label,
          `${pointer}/serviceHourType`,
          `${type ?? 'untyped'} hours (holidays, exceptions, over midnight) are left out: Polku holds weekly hours`,
        );
        return;
      }
      if (entry.validTo !== undefined && entry.validTo !== null && entry.validForNow !== true) {
        omit(label, `${pointer}/validTo`, 'hours for a limited period are left out');
        return;
      }
      if (entry.isClosed === true) {
        omit(label, `${pointer}/isClosed`, 'a closed period is left out');
        return;
      }
      Object.assign(
        description,
        localized(
          entry.additionalInformation,
          undefined,
          label,
          `${pointer}/additionalInformation`,
        ),
      );
      if (entry.isAlwaysOpen === true) {
        hours.always_open = true;
        return;
      }
      objects(entry.openingHour).forEach((day, dayIndex) => {
        const from = ptvDays.indexOf(str(day.dayFrom) ?? '');
        const toName = str(day.dayTo);
        const to = toName ? ptvDays.indexOf(toName) : from;
        const opens = clockTime(day.from);
        let closes = clockTime(day.to);
        if (closes === '00:00') closes = '24:00';
        if (from < 0 || to < 0 || !opens || !closes || (closes !== '24:00' && closes <= opens)) {
          omit(
            label,
            `${pointer}/openingHour/${dayIndex}`,
            'cannot be read as a weekday with opening and closing times the same day: left out',
          );
          return;
        }
        const days: Weekday[] = [];
        for (let dayNumber = from; ; dayNumber = (dayNumber + 1) % 7) {
          days.push(polkuDays[dayNumber] as Weekday);
          if (dayNumber === to) break;
        }
        const same = regular.find((period) => period.opens === opens && period.closes === closes);
        if (same) {
          for (const dayName of days) if (!same.days.includes(dayName)) same.days.push(dayName);
        } else {
          regular.push({ days, opens, closes });
        }
      });
    });
    for (const period of regular) {
      period.days.sort((a, b) => polkuDays.indexOf(a) - polkuDays.indexOf(b));
    }
    if (!hours.always_open && regular.length > 0) hours.regular = regular;
    if (Object.keys(description).length > 0) hours.description = description as LocalizedText;
    return Object.keys(hours).length > 0 ? hours : undefined;
  };

  /** One PTV channel → Polku channels (and a web page url for the service). */
  const mapChannel = (
    record: Json,
    label: string,
    connectionHours: unknown,
  ): { channels: Channel[]; webPage?: string } => {
    const result: Channel[] = [];
    const name = nonEmpty(
      localized(record.serviceChannelNames, 'Name', label, '/serviceChannelNames'),
    );
    const languages = (Array.isArray(record.languages) ? record.languages : [])
      .map((language) => (typeof language === 'string' ? language.toLowerCase() : ''))
      .filter((language) => /^[a-z]{2}$/.test(language));
    const hoursSource =
      objects(connectionHours).length > 0
        ? { value: connectionHours, field: '(connection)/serviceHours' }
        : { value: record.serviceHours, field: '/serviceHours' };
    const hours = openingHours(hoursSource.value, label, hoursSource.field);
    const common = {
      ...(name ? { label: name } : {}),
      ...(languages.length > 0 ? { languages: [...new Set(languages)] } : {}),
    };
    const phones = (field: 'phoneNumbers' | 'supportPhones'): void => {
      objects(record[field]).forEach((phone, index) => {
        const type = str(phone.type) ?? 'Phone';
        if (type !== 'Phone') {
          omit(
            label,
            `/${field}/${index}`,
            `${type} numbers are left out: Polku holds phone numbers to call`,
          );
          return;
        }
        const number = str(phone.number);
        if (!number) return;
        const prefix = str(phone.prefixNumber);
        const full =
          prefix && phone.isFinnishServiceNumber !== true ? `${prefix} ${number}` : number;
        result.push({ type: 'phone', phone: full, ...common, ...(hours ? { hours } : {}) });
      });
    };
    const emails = (): void => {
      for (const email of objects(record.supportEmails)) {
        const address = str(email.value);
        if (address) result.push({ type: 'email', email: address, ...common });
      }
    };
    const type = str(record.serviceChannelType);
    let webPage: string | undefined;
    switch (type) {
      case 'Phone':
        phones('phoneNumbers');
        phones('supportPhones');
        emails();
        break;
      case 'EChannel':
        for (const url of webPageUrls(record)) {
          result.push({ type: 'online', url, ...common, ...(hours ? { hours } : {}) });
        }
        phones('supportPhones');
        emails();
        break;
      case 'WebPage': {
        const [first, ...rest] = webPageUrls(record);
        webPage = first;
        if (rest.length > 0) {
          omit(
            label,
            '/webPages',
            `only one web page becomes the service's url; ${rest.join(', ')} left out`,
          );
        }
        break;
      }
      case 'ServiceLocation':
        objects(record.addresses).forEach((address, index) => {
          const pointer = `/addresses/${index}`;
          const mapped = visitingAddress(address, label, pointer);
          if (mapped) {
            result.push({
              type: 'in_person',
              address: mapped,
              ...common,
              ...(hours ? { hours } : {}),
            });
          }
        });
        phones('phoneNumbers');
        phones('supportPhones');
        emails();
        break;
      default:
        omit(
          label,
          '/serviceChannelType',
          `${type ?? 'untyped'} channels have no Polku channel type: left out`,
        );
    }
    return { channels: result, ...(webPage ? { webPage } : {}) };
  };

  /** A PTV visiting street address → Polku Address; anything else is reported. */
  const visitingAddress = (address: Json, label: string, pointer: string): Address | undefined => {
    if (address.type !== 'Location' && address.type !== 'Visiting') {
      omit(
        label,
        `${pointer}/type`,
        `${String(address.type)} addresses are left out: Polku holds visiting addresses`,
      );
      return undefined;
    }
    const street = isObject(address.streetAddress) ? address.streetAddress : undefined;
    if (!street) {
      omit(
        label,
        `${pointer}/subType`,
        `${String(address.subType ?? 'this')} address has no street address: left out`,
      );
      return undefined;
    }
    const number = str(street.streetNumber);
    const streetNames = localized(
      street.street,
      undefined,
      label,
      `${pointer}/streetAddress/street`,
    );
    const streetText: Record<string, string> = {};
    for (const [language, value] of Object.entries(streetNames)) {
      streetText[language] = number ? `${value} ${number}` : value;
    }
    const postOffice = localized(
      street.postOffice,
      undefined,
      label,
      `${pointer}/streetAddress/postOffice`,
    );
    const municipality = isObject(street.municipality) ? str(street.municipality.code) : undefined;
    const code = municipality?.padStart(3, '0');
    const postalCode = str(street.postalCode);
    if (
      Object.keys(streetText).length === 0 ||
      Object.keys(postOffice).length === 0 ||
      !postalCode ||
      !code
    ) {
      omit(
        label,
        `${pointer}/streetAddress`,
        'needs street, postal code, post office and municipality: left out',
      );
      return undefined;
    }
    if (!municipalityCodes.has(code)) {
      omit(
        label,
        `${pointer}/streetAddress/municipality`,
        `municipality ${code} is not in the catalogue: address left out`,
      );
      return undefined;
    }
    const location = coordinates(street);
    return {
      street: streetText as LocalizedText,
      postal_code: postalCode,
      post_office: postOffice,
      municipality: code,
      ...(location ? { location } : {}),
    };
  };

  // Services.
  const services: Service[] = [];
  const defaults = [
    `every service is in tier ${tier} (PTV has no tiers; choose another with --tier, move services by hand after review)`,
    'referral.required is false (PTV has no referral flag; its requirements text becomes referral.description)',
    'audience groups come from PTV target groups KR1.2 and KR1.3, else "families"',
    'chains are empty (PTV has no service chains)',
  ];
  for (const { record, label } of found.filter((entry) => entry.kind === 'service')) {
    const before = problems.length;
    const id = admitted(record, label);
    if (!id) continue;
    const name = localized(record.serviceNames, 'Name', label, '/serviceNames');
    unusedTypes(record.serviceNames, ['Name'], label, '/serviceNames');
    unusedTypes(
      record.serviceDescriptions,
      ['Summary', 'Description', 'ChargeTypeAdditionalInfo'],
      label,
      '/serviceDescriptions',
    );
    const summary = localized(record.serviceDescriptions, 'Summary', label, '/serviceDescriptions');
    const requireFiSv = (text: LocalizedText, field: string, what: string): void => {
      const missing = (['fi', 'sv'] as const).filter((language) => !text[language]);
      if (missing.length > 0) {
        problem(
          label,
          field,
          `has no ${what} in ${missing.join(' or ')}: Polku needs every service's name and summary in Finnish and Swedish`,
        );
      }
    };
    requireFiSv(name, '/serviceNames', 'Name');
    requireFiSv(summary, '/serviceDescriptions', 'Summary');
    const description =
      nonEmpty(
        localized(record.serviceDescriptions, 'Description', label, '/serviceDescriptions'),
      ) ?? summary;

    // The responsible organization.
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
    const organization = organizationId ? organizationRefs.get(organizationId) : undefined;
    if (!organizationId) {
      problem(label, '/organizations', 'names no Responsible organization');
    } else if (!organization) {
      problem(
        label,
        organizationPointer,
        rejectedOrganizations.has(organizationId)
          ? `organization ${organizationId} was not imported (see its problems), so neither is this service`
          : `organization ${organizationId} is not in the file: add it (GET ${apiBase}/Organization/${organizationId})`,
      );
    }

    const municipalities = areaMunicipalities(record, label);
    if (municipalities === undefined) {
      problem(
        label,
        '/areaType',
        'says nothing about where the service is available (areaType, areas, municipalities)',
      );
    } else if (municipalities.length === 0) {
      problem(label, '/areas', "serves none of the catalogue's municipalities");
    }

    const deliveryLanguages = [
      ...new Set(
        (Array.isArray(record.languages) ? record.languages : [])
          .map((language) => (typeof language === 'string' ? language.toLowerCase() : ''))
          .filter((language) => /^[a-z]{2}$/.test(language)),
      ),
    ];
    if (deliveryLanguages.length === 0) {
      problem(label, '/languages', 'lists no language the service is delivered in');
    }
    if (problems.length > before || !organization || !municipalities) continue;

    // Channels.
    const mappedChannels: Channel[] = [];
    const seenChannels = new Set<string>();
    let url: string | undefined;
    objects(record.serviceChannels).forEach((connection, index) => {
      const channelId = isObject(connection.serviceChannel)
        ? str(connection.serviceChannel.id)
        : undefined;
      const channel = channelId ? channels.get(channelId) : undefined;
      if (!channel) {
        omit(
          label,
          `/serviceChannels/${index}/serviceChannel/id`,
          `service channel ${channelId ?? '(no id)'} is not in the file: left out (GET ${apiBase}/ServiceChannel/${channelId ?? ''})`,
        );
        return;
      }
      const mapped = mapChannel(channel.record, channel.label, connection.serviceHours);
      if (mapped.webPage && !url) {
        if (isHttpUrl(mapped.webPage)) url = mapped.webPage;
        else
          omit(channel.label, '/webPages', `${mapped.webPage} is not an http(s) address: left out`);
      }
      mapped.channels.forEach((candidate) => {
        const key = JSON.stringify(candidate);
        if (seenChannels.has(key)) return;
        seenChannels.add(key);
        const errors = [
          ...checkUrlsAndPhones(candidate as unknown as Json).map(
            (found) => `${found.field.slice(1)} ${found.message}`,
          ),
          ...validator
            .errors('Channel', candidate)
            .map((error) => `${error.pointer.slice(1) || 'it'} ${error.message}`),
        ];
        if (errors.length > 0) {
          omit(channel.label, undefined, `a ${candidate.type} channel is left out: ${errors[0]}`);
          return;
        }
        mappedChannels.push(candidate);
      });
    });

    const targetGroups = objects(record.targetGroups).map((group) => str(group.code));
    const groups: Service['audience']['groups'] = [];
    if (targetGroups.includes('KR1.2')) groups.push('families');
    if (targetGroups.includes('KR1.3')) groups.push('young_people');
    if (groups.length === 0) groups.push('families');

    const keywords: Record<string, string[]> = {};
    for (const keyword of objects(record.keywords)) {
      const language = str(keyword.language);
      const value = str(keyword.value);
      if (!language || !value) continue;
      if (!(languageOrder as readonly string[]).includes(language)) continue;
      keywords[language] = [...(keywords[language] ?? []), value];
    }
    const chargeInfo = nonEmpty(
      localized(
        record.serviceDescriptions,
        'ChargeTypeAdditionalInfo',
        label,
        '/serviceDescriptions',
      ),
    );
    const requirements = nonEmpty(
      localized(record.requirements, undefined, label, '/requirements'),
    );
    const settings = [
      ...new Set(
        mappedChannels.flatMap((channel) =>
          channel.type === 'in_person'
            ? ['office' as const]
            : channel.type === 'phone'
              ? ['phone' as const]
              : channel.type === 'online' || channel.type === 'chat'
                ? ['online' as const]
                : [],
        ),
      ),
    ];

    const service: Service = {
      id,
      name,
      summary,
      description,
      available_languages: languagesOfTexts([name, summary, description]),
      tiers: [tier],
      organization,
      provider_type: organization.type,
      municipalities,
      delivery_languages: deliveryLanguages,
      channels: mappedChannels,
      ...(settings.length > 0 ? { settings } : {}),
      cost: {
        free: record.serviceChargeType === 'FreeOfCharge',
        ...(chargeInfo ? { description: chargeInfo } : {}),
      },
      referral: { required: false, ...(requirements ? { description: requirements } : {}) },
      audience: { groups },
      keywords: keywords as LocalizedKeywords,
      chains: [],
      ...(url ? { url } : {}),
      updated_at: updatedAt(record.modified),
      source: { name: sourceName, url: `${apiBase}/Service/${id}`, checked: importedOn },
      example_data: false,
    };
    const errors = validator.errors('Service', service);
    if (errors.length > 0) {
      for (const error of errors) {
        problem(label, undefined, `as mapped, ${error.pointer || 'the record'} ${error.message}`);
      }
      continue;
    }
    services.push(service);
  }

  const catalogue: Catalogue = {
    id: base.id,
    name: base.name,
    municipalities: structuredClone(base.municipalities) as Municipality[],
    tiers: structuredClone(base.tiers) as Tier[],
    urgentHelp: structuredClone(base.urgentHelp) as UrgentHelp[],
    organizations,
    services,
    chains: [],
  };
  sortCatalogue(catalogue);
  fillChainServices(catalogue.chains, catalogue.services);
  return { catalogue, problems, omissions, defaults };
}

/** URLs of a PTV record's web pages (`webPages` with url, or `webPage` with the url as value). */
function webPageUrls(record: Json): string[] {
  const urls: string[] = [];
  const pages = [...objects(record.webPages), ...objects(record.webPage)];
  pages.sort((a, b) => languageRank(a.language) - languageRank(b.language));
  for (const page of pages) {
    const url = str(page.url) ?? str(page.value);
    if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

function languageRank(language: unknown): number {
  const index = (languageOrder as readonly unknown[]).indexOf(language);
  return index === -1 ? languageOrder.length : index;
}

function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s/?#]/i.test(value) && URL.canParse(value);
}

/** `HH:MM` of a PTV time (`08:00`, `08:00:00`), or undefined. */
function clockTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})(:\d{2}(\.\d+)?)?$/.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}

/**
 * WGS84 location of a PTV street address. PTV gives `latitude`/`longitude` as strings in
 * ETRS-TM35FIN (EPSG:3067: latitude is the northing, longitude the easting), when `coordinateState`
 * is Ok or EnteredByUser. Values that already look like degrees are taken as WGS84.
 */
function coordinates(street: Json): { lat: number; lon: number } | undefined {
  const state = str(street.coordinateState);
  if (state !== undefined && state !== 'Ok' && state !== 'EnteredByUser') return undefined;
  const latitude = Number(street.latitude);
  const longitude = Number(street.longitude);
  if (!Number.isFinite(latitude) || !Number.isFinite(longitude)) return undefined;
  if (street.latitude === undefined || street.longitude === undefined) return undefined;
  if (Math.abs(latitude) <= 90 && Math.abs(longitude) <= 180)
    return { lat: latitude, lon: longitude };
  if (latitude < 6_000_000 || latitude > 8_000_000 || longitude < 0 || longitude > 1_000_000) {
    return undefined;
  }
  return tm35finToWgs84(latitude, longitude);
}
