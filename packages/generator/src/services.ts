// Synthetic services: each drawn from a kind of service its organization offers, in some of the
// organization's places, with texts, channels, cost, referral, audience and keywords.
import type { Channel, ProviderType, Service, ServiceChain } from '@polku/contract';
import { generateChannels } from './channels.js';
import { allLanguages, capitalize, type GeneratorContext, slug } from './context.js';
import type { GeneratedOrganization } from './organizations.js';
import { type Place, type ServiceKind, type Text3, vocabulary } from './vocabulary.js';

const { audiences, descriptionSentences, districts, layWords, serviceKinds } = vocabulary;

interface Drawn {
  owner: GeneratedOrganization;
  kind: ServiceKind;
  servedPlaces: Place[];
  place: Place;
  audience: Text3;
  tiers: number[];
  name: Text3;
  description: Text3;
  deliveryLanguages: string[];
}

/** The kinds of service each provider type offers. */
function kindsByProviderType(): Map<ProviderType, ServiceKind[]> {
  const kindsByType = new Map<ProviderType, ServiceKind[]>();
  for (const type of ['public', 'parish', 'ngo', 'private'] as const) {
    kindsByType.set(
      type,
      serviceKinds.filter((kind) => kind.providers.includes(type)),
    );
  }
  return kindsByType;
}

/** Who offers the service, of what kind, where, in which tiers and languages, named how. */
function draw(
  context: GeneratorContext,
  generated: GeneratedOrganization[],
  kindsByType: Map<ProviderType, ServiceKind[]>,
): Drawn {
  const { random } = context;
  const owner = random.pick(generated);
  const kind = random.pick(kindsByType.get(owner.organization.type) ?? serviceKinds);
  const servedPlaces = random.sample(owner.places, random.int(1, owner.places.length));
  const place = servedPlaces[0] as Place;
  const audience = random.pick(audiences);
  const district = random.pick(districts);
  const tiers = [...kind.tiers];
  if (random.chance(0.2)) {
    const neighbour = (tiers[tiers.length - 1] as number) + 1;
    if (neighbour <= 4) tiers.push(neighbour);
  }
  const name: Text3 = random.chance(0.5)
    ? {
        fi: `${place.fiGenitive} ${kind.fi}`,
        sv: `${capitalize(kind.sv)} i ${place.sv}`,
        en: `${capitalize(kind.en)}, ${place.fi}`,
      }
    : {
        fi: `${capitalize(kind.fi)}, ${place.fi} ${district.fi}`,
        sv: `${capitalize(kind.sv)}, ${place.sv} ${district.sv}`,
        en: `${capitalize(kind.en)}, ${place.fi} ${district.en}`,
      };
  const sentences = random.sample(descriptionSentences, random.int(2, 4));
  const description: Text3 = {
    fi: `${kind.summary.fi} ${sentences.map((sentence) => sentence.fi).join(' ')} Palvelu on tarkoitettu erityisesti ${audience.fi}. Tämä on synteettinen esimerkkipalvelu.`,
    sv: `${kind.summary.sv} ${sentences.map((sentence) => sentence.sv).join(' ')} Tjänsten är särskilt avsedd för ${audience.sv}. Detta är en syntetisk exempeltjänst.`,
    en: `${kind.summary.en} ${sentences.map((sentence) => sentence.en).join(' ')} The service is meant especially for ${audience.en}. This is a synthetic example service.`,
  };
  const swedishFirst = place.majority === 'sv';
  const deliveryLanguages: string[] = swedishFirst ? ['sv'] : ['fi'];
  if (place.bilingual || swedishFirst || random.chance(0.3))
    deliveryLanguages.push(swedishFirst ? 'fi' : 'sv');
  if (random.chance(0.35)) deliveryLanguages.push('en');
  if (random.chance(0.1)) deliveryLanguages.push(random.pick(['ru', 'ar', 'so', 'et', 'uk']));
  return {
    owner,
    kind,
    servedPlaces,
    place,
    audience,
    tiers,
    name,
    description,
    deliveryLanguages,
  };
}

/** The rest of the record: cost, referral, audience, chains and keywords. */
function serviceRecord(
  context: GeneratorContext,
  drawn: Drawn,
  channels: Channel[],
  chains: ServiceChain[],
  serviceSlug: string,
): Service {
  const { random } = context;
  const { owner, kind, servedPlaces, audience, tiers, name, description, deliveryLanguages } =
    drawn;
  const free =
    kind.providers.includes('private') && owner.organization.type === 'private'
      ? random.chance(0.2)
      : random.chance(0.92);
  const referralRequired = random.chance(kind.referral);
  const audienceRecord: Service['audience'] = { groups: [...kind.groups] };
  if (kind.ages) {
    const min = random.int(kind.ages[0], Math.max(kind.ages[0], kind.ages[1] - 2));
    audienceRecord.child_age_min = min;
    audienceRecord.child_age_max = random.int(min, kind.ages[1]);
  }
  audienceRecord.description = {
    fi: `Erityisesti ${audience.fi}.`,
    sv: `Särskilt för ${audience.sv}.`,
    en: `Especially for ${audience.en}.`,
  };
  const layCount = random.int(1, 3);
  const chainMembership: string[] = [];
  if (chains.length > 0 && random.chance(0.6)) {
    for (const chain of random.sample(chains, random.chance(0.15) ? 2 : 1))
      chainMembership.push(chain.id);
  }
  return {
    id: random.uuid(),
    name,
    summary: {
      fi: `${kind.summary.fi} Erityisesti ${audience.fi}.`,
      sv: `${kind.summary.sv} Särskilt för ${audience.sv}.`,
      en: `${kind.summary.en} Especially for ${audience.en}.`,
    },
    description,
    available_languages: [...allLanguages],
    tiers,
    organization: owner.ref,
    provider_type: owner.organization.type,
    municipalities: servedPlaces.map((served) => served.code).sort(),
    delivery_languages: deliveryLanguages,
    channels,
    settings: [...kind.settings],
    cost: free
      ? { free: true }
      : {
          free: false,
          description: {
            fi: 'Asiakasmaksu tulojen mukaan.',
            sv: 'Klientavgift enligt inkomster.',
            en: 'A client fee based on income.',
          },
        },
    referral: referralRequired
      ? {
          required: true,
          description: {
            fi: 'Tarvitaan palvelutarpeen arviointi.',
            sv: 'En bedömning av servicebehovet behövs.',
            en: 'A service-need assessment is needed.',
          },
        }
      : {
          required: false,
          description: {
            fi: 'Voit ottaa yhteyttä suoraan.',
            sv: 'Du kan ta kontakt direkt.',
            en: 'You can get in touch directly.',
          },
        },
    anonymous: !referralRequired && random.chance(0.3),
    audience: audienceRecord,
    keywords: {
      fi: [...kind.keywords.fi, ...random.sample(layWords.fi, layCount)],
      sv: [...kind.keywords.sv, ...random.sample(layWords.sv, layCount)],
      en: [...kind.keywords.en, ...random.sample(layWords.en, layCount)],
    },
    chains: chainMembership,
    url: `https://${owner.slug}.example.org/palvelut/${serviceSlug}`,
    updated_at: context.updatedAt(),
    source: context.source,
    example_data: true,
  };
}

/** `serviceCount` services of the organizations, some in the chains. */
export function generateServices(
  context: GeneratorContext,
  serviceCount: number,
  generated: GeneratedOrganization[],
  chains: ServiceChain[],
): Service[] {
  const kindsByType = kindsByProviderType();
  const services: Service[] = [];
  for (let index = 0; index < serviceCount; index++) {
    const drawn = draw(context, generated, kindsByType);
    const serviceSlug = `${slug(drawn.kind.fi)}-${index + 1}`;
    const channels = generateChannels(context.random, { index, slug: serviceSlug, ...drawn });
    services.push(serviceRecord(context, drawn, channels, chains, serviceSlug));
  }
  return services;
}
