// The channels of a synthetic service, with opening hours drawn for some of them.
import type { Channel, ChannelType, OpeningHours } from '@polku/contract';
import type { GeneratedOrganization } from './organizations.js';
import type { Random } from './random.js';
import { type Place, type ServiceKind, vocabulary } from './vocabulary.js';

const { syntheticStreets } = vocabulary;

const channelTypes: ChannelType[] = ['phone', 'online', 'chat', 'email', 'in_person', 'home_visit'];

function openingHours(random: Random): OpeningHours {
  if (random.chance(0.08)) return { always_open: true };
  const opens = random.pick(['08:00', '08:30', '09:00', '10:00', '12:00']);
  const closes = random.pick(['15:00', '16:00', '17:00', '18:00', '20:00']);
  const hours: OpeningHours = {
    regular: [
      {
        days: random.pick([
          ['mon', 'tue', 'wed', 'thu', 'fri'],
          ['mon', 'wed', 'fri'],
          ['tue', 'thu'],
        ]) as ('mon' | 'tue' | 'wed' | 'thu' | 'fri')[],
        opens,
        closes,
      },
    ],
  };
  if (random.chance(0.3)) {
    hours.description = {
      fi: 'Poikkeusaukioloajat juhlapyhinä ja kesällä.',
      sv: 'Avvikande öppettider under helger och sommaren.',
      en: 'Different hours on public holidays and in summer.',
    };
  }
  return hours;
}

/**
 * Channels of the kind's types (the `index`-th service of a catalogue also gets the `index`-th
 * channel type, so a small catalogue still has every type).
 */
export function generateChannels(
  random: Random,
  service: {
    index: number;
    kind: ServiceKind;
    owner: GeneratedOrganization;
    place: Place;
    slug: string;
    deliveryLanguages: string[];
  },
): Channel[] {
  const { index, kind, owner, place, deliveryLanguages } = service;
  const serviceSlug = service.slug;
  const wanted = new Set<ChannelType>(
    random.sample(kind.channels, random.int(1, kind.channels.length)),
  );
  if (index < channelTypes.length) wanted.add(channelTypes[index] as ChannelType);
  const channels: Channel[] = channelTypes
    .filter((type) => wanted.has(type))
    .map((type): Channel => {
      switch (type) {
        case 'phone':
          return {
            type,
            phone: `000 ${random.int(100, 999)} ${random.int(1000, 9999)}`,
            label: {
              fi: 'Ajanvaraus ja neuvonta',
              sv: 'Tidsbokning och rådgivning',
              en: 'Appointments and advice',
            },
            hours: openingHours(random),
            languages: deliveryLanguages,
          };
        case 'online':
          return {
            type,
            url: `https://${owner.slug}.example.org/ajanvaraus/${serviceSlug}`,
            label: {
              fi: 'Sähköinen ajanvaraus',
              sv: 'Elektronisk tidsbokning',
              en: 'Online booking',
            },
            languages: deliveryLanguages,
          };
        case 'chat':
          return {
            type,
            url: `https://chat.example.org/${owner.slug}/${serviceSlug}`,
            hours: openingHours(random),
            languages: deliveryLanguages,
          };
        case 'email':
          return {
            type,
            email: `${serviceSlug}@${owner.slug}.example.org`,
            languages: deliveryLanguages,
          };
        case 'in_person': {
          const street = random.pick(syntheticStreets);
          const number = random.int(1, 60);
          return {
            type,
            address: {
              street: { fi: `${street.fi} ${number}`, sv: `${street.sv} ${number}` },
              postal_code: place.postalCode,
              post_office:
                place.fi === place.sv ? { fi: place.fi } : { fi: place.fi, sv: place.sv },
              municipality: place.code,
              location: {
                lat: Math.round((place.lat + (random.next() - 0.5) * 0.08) * 1e5) / 1e5,
                lon: Math.round((place.lon + (random.next() - 0.5) * 0.16) * 1e5) / 1e5,
              },
            },
            hours: openingHours(random),
            languages: deliveryLanguages,
          };
        }
        case 'home_visit':
          return {
            type,
            label: {
              fi: 'Työntekijä tulee kotiin',
              sv: 'Arbetstagaren kommer hem till er',
              en: 'A worker visits your home',
            },
            languages: deliveryLanguages,
          };
        default:
          throw new Error(`no such channel type: ${type satisfies never}`);
      }
    });
  return channels;
}
