// A Polku service → an HSDS service: phones, email contacts, service_at_locations with their
// schedules, service areas per municipality and attributes to the taxonomies.
import type { LocalizedText, Service } from '@polku/contract';
import { attribute, type ExportContext, fixed, languageRecords, text } from './context.js';
import { derivedId } from './ids.js';
import { locationFor } from './locations.js';
import { schedules } from './schedules.js';
import type {
  HsdsAttribute,
  HsdsContact,
  HsdsLocation,
  HsdsPhone,
  HsdsSchedule,
  HsdsService,
  HsdsServiceArea,
  HsdsServiceAtLocation,
} from './types.js';
import { channelTypeTerms, type ServiceProperty } from './vocabulary.js';

interface ChannelParts {
  phones: HsdsPhone[];
  contacts: HsdsContact[];
  schedules: HsdsSchedule[];
  serviceAtLocations: HsdsServiceAtLocation[];
  channelTypes: Set<string>;
}

/** Each channel of the service in its HSDS place. */
function channelParts(context: ExportContext, service: Service): ChannelParts {
  const id = service.id;
  const parts: ChannelParts = {
    phones: [],
    contacts: [],
    schedules: [],
    serviceAtLocations: [],
    channelTypes: new Set(),
  };
  service.channels.forEach((channel, index) => {
    parts.channelTypes.add(channel.type);
    const where = { id, field: `/channels/${index}/hours` };
    const label = text(context, channel.label, 'service', id, `/channels/${index}/label`);
    const key = `${id}/channel/${index}`;
    switch (channel.type) {
      case 'phone': {
        const phoneId = derivedId(`phone/${id}/${index}`);
        parts.phones.push({
          id: phoneId,
          service_id: id,
          number: channel.phone,
          type: 'voice',
          ...(label ? { description: label } : {}),
          languages: languageRecords(context, channel.languages, { phone_id: phoneId }, phoneId),
        });
        const note = `${fixed(context, channelTypeTerms.phone.name)}: ${channel.phone}.`;
        parts.schedules.push(
          ...schedules(context, channel.hours, { service_id: id }, key, note, where),
        );
        break;
      }
      case 'email':
        parts.contacts.push({
          id: derivedId(`contact/${id}/${index}`),
          service_id: id,
          ...(label ? { name: label } : {}),
          email: channel.email,
        });
        break;
      case 'in_person':
      case 'online':
      case 'chat': {
        const location = locationFor(context, service, channel, index) as HsdsLocation;
        const serviceAtLocationId = derivedId(`service_at_location/${id}/${location.id}`);
        const note =
          channel.type === 'in_person'
            ? undefined
            : `${fixed(context, channelTypeTerms[channel.type].name)}: ${channel.url}`;
        const atLocationSchedules = schedules(
          context,
          channel.hours,
          { service_at_location_id: serviceAtLocationId },
          key,
          note,
          where,
        );
        const existing = parts.serviceAtLocations.find((entry) => entry.id === serviceAtLocationId);
        if (existing) {
          existing.schedules.push(...atLocationSchedules);
        } else {
          parts.serviceAtLocations.push({
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
  return parts;
}

function serviceAttributes(
  context: ExportContext,
  service: Service,
  channelTypes: Set<string>,
): HsdsAttribute[] {
  const id = service.id;
  return [
    ...service.tiers.map((level) => attribute(context, 'tiers', String(level), 'service', id)),
    attribute(context, 'provider-types', service.provider_type, 'service', id),
    ...Object.keys(channelTypeTerms)
      .filter((type) => channelTypes.has(type))
      .map((type) => attribute(context, 'channel-types', type, 'service', id)),
    ...(
      [
        ['referral_required', service.referral.required],
        ['free_of_charge', service.cost.free === true],
        ['anonymous', service.anonymous === true],
        ['example_data', service.example_data],
      ] as [ServiceProperty, boolean][]
    )
      .filter(([, holds]) => holds)
      .map(([property]) => attribute(context, 'service-properties', property, 'service', id)),
  ];
}

function serviceAreas(context: ExportContext, service: Service): HsdsServiceArea[] {
  const id = service.id;
  return service.municipalities.map((code) => {
    const areaId = derivedId(`service_area/${id}/${code}`);
    return {
      id: areaId,
      service_id: id,
      name:
        text(
          context,
          context.municipalityNames.get(code),
          'service',
          id,
          `/municipalities/${code}`,
        ) ?? code,
      attributes: [attribute(context, 'municipalities', code, 'service_area', areaId)],
    };
  });
}

export function hsdsService(context: ExportContext, service: Service): HsdsService {
  const id = service.id;
  const serviceText = (value: LocalizedText | undefined, field: string) =>
    text(context, value, 'service', id, field);
  const summary = serviceText(service.summary, '/summary') ?? '';
  const description = serviceText(service.description, '/description') ?? '';
  const parts = channelParts(context, service);
  const attributes = serviceAttributes(context, service, parts.channelTypes);
  const areas = serviceAreas(context, service);
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
    phones: parts.phones,
    schedules: parts.schedules,
    service_areas: areas,
    service_at_locations: parts.serviceAtLocations,
    languages: languageRecords(context, service.delivery_languages, { service_id: id }, id),
    contacts: parts.contacts,
    attributes,
  };
}
