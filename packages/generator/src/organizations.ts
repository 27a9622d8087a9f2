// Synthetic organizations: the county, every municipality, then parishes, NGOs and companies.
import type { Organization, OrganizationRef, ProviderType } from '@polku/contract';
import { allLanguages, type GeneratorContext, slug } from './context.js';
import type { Random } from './random.js';
import { type Place, type Text3, vocabulary } from './vocabulary.js';

const { districts, places, surnames } = vocabulary;
const countyPlaces = places.filter((place) => place.county);

export interface GeneratedOrganization {
  organization: Organization;
  ref: OrganizationRef;
  places: Place[];
  slug: string;
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

/** The organizations of a catalogue of `serviceCount` services; the county first. */
export function generateOrganizations(
  context: GeneratorContext,
  serviceCount: number,
): GeneratedOrganization[] {
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
    const id = context.random.uuid();
    const organizationSlug = slug(unique.fi).slice(0, 40);
    const organization: Organization = {
      id,
      name: unique,
      type,
      description,
      available_languages: [...allLanguages],
      municipalities: servedPlaces.map((place) => place.code).sort(),
      url: `https://${organizationSlug}.example.org/`,
      updated_at: context.updatedAt(),
      source: context.source,
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
      organizationName('public', place, context.random),
      [place],
      organizationDescription('public', place),
    );
  }
  while (generated.length < organizationCount) {
    const type: ProviderType = context.random.pick([
      'parish',
      'ngo',
      'ngo',
      'ngo',
      'private',
      'private',
    ]);
    const home = context.random.pick(places);
    const neighbours = context.random.sample(
      places.filter((place) => place !== home && place.county === home.county),
      context.random.int(0, 2),
    );
    addOrganization(
      type,
      organizationName(type, home, context.random),
      [home, ...neighbours],
      organizationDescription(type, home),
    );
  }
  return generated;
}
