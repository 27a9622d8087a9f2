// Synthetic service chains: a few, more for larger catalogues, each with the four tiers.
import type { ServiceChain, Tier } from '@polku/contract';
import { allLanguages, type GeneratorContext } from './context.js';
import type { GeneratedOrganization } from './organizations.js';
import { vocabulary } from './vocabulary.js';

const { chainThemes } = vocabulary;

/** The chains of a catalogue of `serviceCount` services, owned by the county. */
export function generateChains(
  context: GeneratorContext,
  serviceCount: number,
  county: GeneratedOrganization,
  tiers: readonly Tier[],
): ServiceChain[] {
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
    tiers: tiers.map((tier) => ({
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
    updated_at: context.updatedAt(),
    source: context.source,
    example_data: true,
  }));
  return chains;
}
