// A synthetic, deterministic catalogue of any size, for load tests, benchmarks and the loader's
// round-trip test. Every record is marked `example_data: true` and names the generator as source.
import type {
  Channel,
  ChannelType,
  LanguageCode,
  LocalizedText,
  Municipality,
  OpeningHours,
  Organization,
  OrganizationRef,
  ProviderType,
  Service,
  ServiceChain,
  Source,
  UrgentHelp,
} from '@polku/contract';
import { fillChainServices, sortCatalogue } from './assemble.js';
import type { Catalogue } from './catalogue.js';
import {
  audiences,
  chainThemes,
  descriptionSentences,
  districts,
  layWords,
  type Place,
  places,
  type ServiceKind,
  serviceKinds,
  surnames,
  syntheticStreets,
  tierDefinitions,
} from './generate-vocabulary.js';
import { createRandom, type Random } from './random.js';

export interface GenerateOptions {
  /** How many services to make. */
  services: number;
  /** PRNG seed; the same services and seed give byte-identical output. Default 1. */
  seed?: number;
}

const allLanguages: LanguageCode[] = ['fi', 'sv', 'en'];
const channelTypes: ChannelType[] = ['phone', 'online', 'chat', 'email', 'in_person', 'home_visit'];
const countyPlaces = places.filter((place) => place.county);

type Text3 = { fi: string; sv: string; en: string };

function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fi') + text.slice(1);
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

interface GeneratedOrganization {
  organization: Organization;
  ref: OrganizationRef;
  places: Place[];
  slug: string;
}

function municipalityRecord(place: Place): Municipality {
  return {
    code: place.code,
    name: place.fi === place.sv ? { fi: place.fi } : { fi: place.fi, sv: place.sv },
    bilingual: place.bilingual,
    majority_language: place.majority,
  };
}

function organizationName(type: ProviderType, place: Place, random: Random): Text3 {
  switch (type) {
    case 'public':
      return place.town
        ? { fi: `${place.fiGenitive} kaupunki`, sv: `${place.sv} stad`, en: `City of ${place.fi}` }
        : {
            fi: `${place.fiGenitive} kunta`,
            sv: `${place.sv} kommun`,
            en: `Municipality of ${place.fi}`,
          };
    case 'parish':
      return random.pick([
        {
          fi: `${place.fiGenitive} suomalainen seurakunta`,
          sv: `${place.sv} finska församling`,
          en: `Finnish parish of ${place.fi}`,
        },
        {
          fi: `${place.fiGenitive} ruotsalainen seurakunta`,
          sv: `${place.sv} svenska församling`,
          en: `Swedish parish of ${place.fi}`,
        },
        {
          fi: `${place.fiGenitive} seurakuntayhtymä`,
          sv: `${place.sv} kyrkliga samfällighet`,
          en: `Parish union of ${place.fi}`,
        },
      ]);
    case 'ngo':
      return random.pick([
        {
          fi: `${place.fiGenitive} Perheyhdistys ry`,
          sv: `Familjeföreningen i ${place.sv} rf`,
          en: `${place.fi} Family Association`,
        },
        {
          fi: `${place.fiGenitive} Vanhempainverkosto ry`,
          sv: `Föräldranätverket i ${place.sv} rf`,
          en: `${place.fi} Parents' Network`,
        },
        {
          fi: `${place.fiGenitive} Lapsiperheyhdistys ry`,
          sv: `Barnfamiljsföreningen i ${place.sv} rf`,
          en: `${place.fi} Association for Families with Children`,
        },
        {
          fi: `${place.fiGenitive} Isätoiminta ry`,
          sv: `Pappaverksamheten i ${place.sv} rf`,
          en: `${place.fi} Fathers' Association`,
        },
        {
          fi: `${place.fiGenitive} Monikkoperheet ry`,
          sv: `Tvillingfamiljerna i ${place.sv} rf`,
          en: `${place.fi} Multiple Birth Families`,
        },
        {
          fi: `${place.fiGenitive} Turvakotiyhdistys ry`,
          sv: `Skyddshemsföreningen i ${place.sv} rf`,
          en: `${place.fi} Shelter Association`,
        },
      ]);
    case 'private': {
      const surname = random.pick(surnames);
      return random.pick([
        {
          fi: `Perhepalvelu ${surname} Oy`,
          sv: `Familjeservice ${surname} Ab`,
          en: `Family Services ${surname} Ltd`,
        },
        {
          fi: `Kotiapu ${surname} Oy`,
          sv: `Hemhjälp ${surname} Ab`,
          en: `Home Help ${surname} Ltd`,
        },
        {
          fi: `Terapiakeskus ${place.fi} Oy`,
          sv: `Terapicentret ${place.sv} Ab`,
          en: `Therapy Centre ${place.fi} Ltd`,
        },
        {
          fi: `Perhekuntoutus ${surname} Oy`,
          sv: `Familjerehabilitering ${surname} Ab`,
          en: `Family Rehabilitation ${surname} Ltd`,
        },
      ]);
    }
  }
}

function organizationDescription(type: ProviderType, place: Place): Text3 {
  const what: Record<ProviderType, Text3> = {
    public: {
      fi: 'Julkinen palveluntuottaja',
      sv: 'En offentlig serviceproducent',
      en: 'A public provider',
    },
    parish: { fi: 'Seurakunta', sv: 'En församling', en: 'A parish' },
    ngo: { fi: 'Yhdistys', sv: 'En förening', en: 'An association' },
    private: {
      fi: 'Yksityinen palveluntuottaja',
      sv: 'En privat serviceproducent',
      en: 'A private provider',
    },
  };
  return {
    fi: `${what[type].fi}, joka tukee lapsiperheitä alueella ${place.fi}. Synteettinen esimerkkiorganisaatio.`,
    sv: `${what[type].sv} som stöder barnfamiljer i ${place.sv}. En syntetisk exempelorganisation.`,
    en: `${what[type].en} supporting families with children in ${place.fi}. A synthetic example organization.`,
  };
}

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

export function generateCatalogue(options: GenerateOptions): Catalogue {
  const serviceCount = Math.max(0, Math.floor(options.services));
  const seed = options.seed ?? 1;
  const random = createRandom(seed);
  const source: Source = {
    name: `Polku synthetic catalogue generator (seed ${seed})`,
    checked: '2026-11-01',
  };
  const updatedAt = (): string =>
    `2026-${pad(random.int(1, 10))}-${pad(random.int(1, 28))}T${pad(random.int(6, 17))}:${pad(random.int(0, 59))}:00Z`;

  // Organizations: the county, every municipality, then parishes, NGOs and companies.
  const organizationCount = Math.min(
    320,
    Math.max(places.length + 8, Math.round(Math.sqrt(serviceCount))),
  );
  const generated: GeneratedOrganization[] = [];
  const namesInUse = new Set<string>();
  const addOrganization = (
    type: ProviderType,
    name: Text3,
    servedPlaces: Place[],
    description: Text3,
  ): void => {
    let unique = name;
    for (let index = 0; namesInUse.has(unique.fi); index++) {
      const district = districts[index % districts.length] as Text3;
      const round = index >= districts.length ? ` ${Math.floor(index / districts.length) + 1}` : '';
      unique = {
        fi: `${name.fi}, ${district.fi}${round}`,
        sv: `${name.sv}, ${district.sv}${round}`,
        en: `${name.en}, ${district.en}${round}`,
      };
    }
    namesInUse.add(unique.fi);
    const id = random.uuid();
    const organizationSlug = slug(unique.fi).slice(0, 40);
    const organization: Organization = {
      id,
      name: unique,
      type,
      description,
      available_languages: [...allLanguages],
      municipalities: servedPlaces.map((place) => place.code).sort(),
      url: `https://${organizationSlug}.example.org/`,
      updated_at: updatedAt(),
      source,
      example_data: true,
    };
    generated.push({
      organization,
      ref: { id, name: unique, type },
      places: servedPlaces,
      slug: organizationSlug,
    });
  };
  addOrganization(
    'public',
    {
      fi: 'Testimaan hyvinvointialue',
      sv: 'Testlandets välfärdsområde',
      en: 'Testimaa wellbeing services county',
    },
    countyPlaces,
    {
      fi: 'Synteettinen hyvinvointialue, joka järjestää sosiaali- ja terveyspalvelut seitsemässä kunnassa.',
      sv: 'Ett syntetiskt välfärdsområde som ordnar social- och hälsovård i sju kommuner.',
      en: 'A synthetic wellbeing services county that organizes health and social services in seven municipalities.',
    },
  );
  for (const place of places) {
    addOrganization(
      'public',
      organizationName('public', place, random),
      [place],
      organizationDescription('public', place),
    );
  }
  while (generated.length < organizationCount) {
    const type: ProviderType = random.pick(['parish', 'ngo', 'ngo', 'ngo', 'private', 'private']);
    const home = random.pick(places);
    const neighbours = random.sample(
      places.filter((place) => place !== home && place.county === home.county),
      random.int(0, 2),
    );
    addOrganization(
      type,
      organizationName(type, home, random),
      [home, ...neighbours],
      organizationDescription(type, home),
    );
  }
  const kindsByType = new Map<ProviderType, ServiceKind[]>();
  for (const type of ['public', 'parish', 'ngo', 'private'] as const) {
    kindsByType.set(
      type,
      serviceKinds.filter((kind) => kind.providers.includes(type)),
    );
  }
  const county = generated[0] as GeneratedOrganization;

  // Chains: a few, more for larger catalogues.
  const chainCount = Math.min(chainThemes.length, Math.max(2, Math.ceil(serviceCount / 2000)));
  const chains: ServiceChain[] = chainThemes.slice(0, chainCount).map((theme) => ({
    id: theme.id,
    name: { ...theme.name },
    phenomenon: { ...theme.phenomenon },
    target_group: { ...theme.target },
    goals: [
      {
        fi: `Perheet saavat apua ajoissa: ${theme.phenomenon.fi.toLowerCase()} tunnistetaan varhain.`,
        sv: `Familjerna får hjälp i tid: ${theme.phenomenon.sv.toLowerCase()} upptäcks tidigt.`,
        en: `Families get help in time: ${theme.phenomenon.en.toLowerCase()} is recognised early.`,
      },
      {
        fi: 'Palvelut toimivat yhtenä ketjuna ilman katkoksia.',
        sv: 'Tjänsterna fungerar som en kedja utan avbrott.',
        en: 'Services work as one chain without gaps.',
      },
    ],
    grounds: [
      {
        fi: 'Varhainen tuki vähentää raskaampien palvelujen tarvetta.',
        sv: 'Tidigt stöd minskar behovet av tyngre tjänster.',
        en: 'Early support reduces the need for heavier services.',
      },
      {
        fi: 'Perheet kertovat, etteivät tiedä, mistä apua saa.',
        sv: 'Familjer berättar att de inte vet var de får hjälp.',
        en: 'Families say they do not know where to get help.',
      },
    ],
    main_goal: {
      fi: 'Yhä useampi perhe kokee voimavarojensa riittävän arkeen.',
      sv: 'Allt fler familjer upplever att deras resurser räcker till i vardagen.',
      en: 'More and more families feel their resources are enough for everyday life.',
    },
    guiding_principles: [
      {
        fi: 'Apu tuodaan arkeen: kotiin, päiväkotiin ja kouluun.',
        sv: 'Hjälpen förs in i vardagen: hem, daghem och skola.',
        en: 'Help is brought into everyday settings: home, daycare and school.',
      },
      {
        fi: 'Perhe on oman elämänsä asiantuntija.',
        sv: 'Familjen är expert på sitt eget liv.',
        en: 'The family is the expert on its own life.',
      },
      {
        fi: 'Palvelu on yhdenvertaista suomeksi ja ruotsiksi.',
        sv: 'Tjänsten är jämlik på finska och svenska.',
        en: 'The service is equal in Finnish and Swedish.',
      },
    ],
    tiers: tierDefinitions.map((tier) => ({
      level: tier.level,
      goal: { ...tier.description },
      services: [],
      key_measures: [
        {
          fi: `Tason ${tier.level} palvelut tunnetaan ja niihin ohjataan.`,
          sv: `Tjänsterna på nivå ${tier.level} är kända och man hänvisar till dem.`,
          en: `Tier ${tier.level} services are known and families are referred to them.`,
        },
        {
          fi: 'Moniammatillinen yhteistyö ja dialogiset verkostopalaverit.',
          sv: 'Multiprofessionellt samarbete och dialogiska nätverksmöten.',
          en: 'Multi-professional work and dialogic network meetings.',
        },
      ],
      risks: [
        {
          fi: 'Perhe ei löydä apua tai jää jonoon.',
          sv: 'Familjen hittar inte hjälp eller blir stående i kö.',
          en: 'The family does not find help or is left waiting.',
        },
      ],
      indicators: [
        {
          fi: 'Jonotusajat ja yhteydenottojen määrä.',
          sv: 'Väntetider och antalet kontakter.',
          en: 'Waiting times and the number of contacts.',
        },
      ],
      effectiveness_measures: [
        {
          fi: 'Asiakkaiden kokemus voimavarojen riittävyydestä (voimavaramittari).',
          sv: 'Klienternas upplevelse av att resurserna räcker (resursmätare).',
          en: "Clients' sense that their resources suffice (resource meter).",
        },
      ],
    })),
    organization: county.ref,
    available_languages: [...allLanguages],
    updated_at: updatedAt(),
    source,
    example_data: true,
  }));

  const services: Service[] = [];
  let sequence = 0;
  for (let index = 0; index < serviceCount; index++) {
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

    const wanted = new Set<ChannelType>(
      random.sample(kind.channels, random.int(1, kind.channels.length)),
    );
    if (index < channelTypes.length) wanted.add(channelTypes[index] as ChannelType);
    sequence += 1;
    const serviceSlug = `${slug(kind.fi)}-${sequence}`;
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
    services.push({
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
      updated_at: updatedAt(),
      source,
      example_data: true,
    });
  }

  const catalogue: Catalogue = {
    id: `synthetic-${seed}`,
    name: {
      fi: `Synteettinen palveluluettelo (${serviceCount} palvelua)`,
      sv: `Syntetisk tjänstekatalog (${serviceCount} tjänster)`,
      en: `Synthetic service catalogue (${serviceCount} services)`,
    },
    municipalities: places.map(municipalityRecord),
    tiers: structuredClone([...tierDefinitions]),
    urgentHelp: urgentHelpLines(),
    organizations: generated.map((entry) => entry.organization),
    services,
    chains,
  };
  sortCatalogue(catalogue);
  fillChainServices(catalogue.chains, catalogue.services);
  return catalogue;
}

/** The nationwide lines that shared/domain.md names, as published. */
function urgentHelpLines(): UrgentHelp[] {
  const text = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });
  return [
    {
      id: 'hatanumero-112',
      name: text('Hätänumero 112', 'Nödnumret 112', 'Emergency number 112'),
      description: text(
        'Kun henki, terveys tai turvallisuus on vaarassa.',
        'När liv, hälsa eller säkerhet är i fara.',
        'When life, health or safety is in danger.',
      ),
      phone: '112',
      hours: { always_open: true },
      languages: ['fi', 'sv', 'en'],
      free_of_charge: true,
      emergency: true,
      source: { name: 'Hätäkeskuslaitos' },
    },
    {
      id: 'nollalinja',
      name: text('Nollalinja', 'Nollinjen', 'Nollalinja helpline'),
      description: text(
        'Auttava puhelin lähisuhdeväkivaltaa kokeneille.',
        'Hjälptelefon för den som utsatts för våld i nära relationer.',
        'A helpline for those who have experienced violence in close relationships.',
      ),
      phone: '080 005 005',
      hours: { always_open: true },
      languages: ['fi', 'sv', 'en'],
      free_of_charge: true,
      source: { name: 'Nollalinja' },
    },
    {
      id: 'mieli-kriisipuhelin-fi',
      name: text(
        'MIELI Kriisipuhelin (suomeksi)',
        'MIELI Kristelefon (på finska)',
        'MIELI Crisis Helpline (in Finnish)',
      ),
      description: text(
        'Keskusteluapua kriisissä.',
        'Samtalsstöd i kris.',
        'Someone to talk to in a crisis.',
      ),
      phone: '09 2525 0111',
      hours: { always_open: true },
      languages: ['fi'],
      source: { name: 'MIELI Suomen Mielenterveys ry' },
    },
    {
      id: 'mieli-kriisipuhelin-sv',
      name: text(
        'MIELI Kriisipuhelin (ruotsiksi)',
        'MIELI Kristelefon (på svenska)',
        'MIELI Crisis Helpline (in Swedish)',
      ),
      description: text(
        'Keskusteluapua kriisissä ruotsiksi.',
        'Samtalsstöd i kris på svenska.',
        'Someone to talk to in a crisis, in Swedish.',
      ),
      phone: '09 2525 0112',
      hours: {
        description: text(
          'Katso ajat MIELI ry:n sivuilta.',
          'Se tiderna på MIELI rf:s webbplats.',
          "See the hours on MIELI's website.",
        ),
      },
      languages: ['sv'],
      source: { name: 'MIELI Suomen Mielenterveys ry' },
    },
    {
      id: 'mll-lasten-ja-nuorten-puhelin',
      name: text(
        'MLL:n Lasten ja nuorten puhelin',
        'MLL:s Barn- och ungdomstelefon',
        "MLL's Helpline for Children and Young People",
      ),
      description: text(
        'Lapsille ja nuorille, nimettömästi.',
        'För barn och unga, anonymt.',
        'For children and young people, anonymously.',
      ),
      phone: '116 111',
      hours: {
        description: text(
          'Katso ajat MLL:n sivuilta.',
          'Se tiderna på MLL:s webbplats.',
          "See the hours on MLL's website.",
        ),
      },
      languages: ['fi', 'sv'],
      free_of_charge: true,
      source: { name: 'Mannerheimin Lastensuojeluliitto' },
    },
  ];
}
