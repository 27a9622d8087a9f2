// HSDS locations of a service's channels: physical ones for in-person channels, virtual ones for
// online and chat channels; shared per organization and address (or url).
import type { Channel, Service } from '@polku/contract';
import { type ExportContext, fixed, languageRecords, text } from './context.js';
import { derivedId } from './ids.js';
import type { HsdsLocation } from './types.js';
import { channelTypeTerms } from './vocabulary.js';

type InPerson = Extract<Channel, { type: 'in_person' }>;

function physicalLocation(
  context: ExportContext,
  service: Service,
  channel: InPerson,
  where: string,
  key: string,
  name: string | undefined,
): (id: string) => HsdsLocation {
  const { address } = channel;
  const serviceText = (value: Parameters<typeof text>[1], field: string) =>
    text(context, value, 'service', service.id, field);
  const street = serviceText(address.street, `${where}/address/street`) ?? '';
  return (id) => ({
    id,
    location_type: 'physical',
    organization_id: service.organization.id,
    name: name ?? serviceText(service.organization.name, '/organization/name'),
    ...(address.location
      ? { latitude: address.location.lat, longitude: address.location.lon }
      : {}),
    external_identifier: address.municipality,
    external_identifier_type: 'Statistics Finland municipality code',
    languages: languageRecords(context, channel.languages, { location_id: id }, id),
    addresses: [
      {
        id: derivedId(`address/${key}`),
        location_id: id,
        address_1: street,
        city: serviceText(address.post_office, `${where}/address/post_office`) ?? '',
        state_province:
          serviceText(
            context.municipalityNames.get(address.municipality),
            `${where}/address/municipality`,
          ) ?? address.municipality,
        postal_code: address.postal_code,
        country: 'FI',
        address_type: 'physical',
      },
    ],
  });
}

/** The location of an in-person, online or chat channel; undefined for other channels. */
export function locationFor(
  context: ExportContext,
  service: Service,
  channel: Channel,
  index: number,
): HsdsLocation | undefined {
  const organizationId = service.organization.id;
  let key: string;
  let build: (id: string) => HsdsLocation;
  const where = `/channels/${index}`;
  const name = text(context, channel.label, 'service', service.id, `${where}/label`);
  if (channel.type === 'in_person') {
    const { address } = channel;
    key = `${organizationId}/physical/${address.municipality}/${address.postal_code}/${address.street.fi ?? address.street.sv ?? address.street.en ?? ''}`;
    build = physicalLocation(context, service, channel, where, key, name);
  } else if (channel.type === 'online' || channel.type === 'chat') {
    key = `${organizationId}/virtual/${channel.url}`;
    build = (id) => ({
      id,
      location_type: 'virtual',
      url: channel.url,
      organization_id: organizationId,
      name: name ?? fixed(context, channelTypeTerms[channel.type].name),
      languages: languageRecords(context, channel.languages, { location_id: id }, id),
      addresses: [],
    });
  } else {
    return undefined;
  }
  let locations = context.locationsByOrganization.get(organizationId);
  if (!locations) {
    locations = new Map();
    context.locationsByOrganization.set(organizationId, locations);
  }
  let location = locations.get(key);
  if (!location) {
    location = build(derivedId(`location/${key}`));
    locations.set(key, location);
  }
  return location;
}
