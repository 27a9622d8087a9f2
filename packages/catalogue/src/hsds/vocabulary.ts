// The fixed texts of the HSDS export in Finnish, Swedish and English: taxonomy names and the few
// sentences the export writes itself. Everything else comes from the catalogue.
import type { ChannelType, LanguageCode, ProviderType } from '@polku/contract';

export type Texts = Record<LanguageCode, string>;

export interface VocabularyTerm {
  code: string;
  name: Texts;
  description: Texts;
}

export interface VocabularyTaxonomy {
  key: 'tiers' | 'provider-types' | 'channel-types' | 'municipalities' | 'service-properties';
  name: Texts;
  description: Texts;
}

export const taxonomies: readonly VocabularyTaxonomy[] = [
  {
    key: 'tiers',
    name: { fi: 'Palvelutarvetasot', sv: 'Servicebehovsnivåer', en: 'Service-need tiers' },
    description: {
      fi: 'Perheiden palvelujen palvelutarvetasot 1–4 (kevyimmästä vahvimpaan tukeen).',
      sv: 'Servicebehovsnivåerna 1–4 för familjetjänster (från lättast till mest intensivt stöd).',
      en: 'The service-need tiers 1-4 of family services (lightest to most intensive support).',
    },
  },
  {
    key: 'provider-types',
    name: { fi: 'Palveluntuottajan tyyppi', sv: 'Typ av serviceproducent', en: 'Provider type' },
    description: {
      fi: 'Kuka palvelun tuottaa.',
      sv: 'Vem som producerar tjänsten.',
      en: 'Who provides the service.',
    },
  },
  {
    key: 'channel-types',
    name: { fi: 'Asiointitavat', sv: 'Kontaktsätt', en: 'Ways to reach a service' },
    description: {
      fi: 'Miten palveluun pääsee tai sitä saa.',
      sv: 'Hur man når eller får tjänsten.',
      en: 'How the service is reached or received.',
    },
  },
  {
    key: 'municipalities',
    name: { fi: 'Kunnat', sv: 'Kommuner', en: 'Municipalities' },
    description: {
      fi: 'Tilastokeskuksen kolminumeroiset kuntanumerot.',
      sv: 'Statistikcentralens tresiffriga kommunnummer.',
      en: "Statistics Finland's three-digit municipality codes.",
    },
  },
  {
    key: 'service-properties',
    name: { fi: 'Palvelun ominaisuudet', sv: 'Tjänstens egenskaper', en: 'Service properties' },
    description: {
      fi: 'Polku-luettelon kyllä/ei-tiedot palvelusta.',
      sv: 'Polku-katalogens ja/nej-uppgifter om tjänsten.',
      en: 'Yes/no facts about a service in the Polku catalogue.',
    },
  },
];

export const providerTypeTerms: Record<ProviderType, Omit<VocabularyTerm, 'code'>> = {
  public: {
    name: { fi: 'Julkinen', sv: 'Offentlig', en: 'Public' },
    description: {
      fi: 'Hyvinvointialue tai kunta.',
      sv: 'Välfärdsområdet eller en kommun.',
      en: 'The wellbeing services county or a municipality.',
    },
  },
  parish: {
    name: { fi: 'Seurakunta', sv: 'Församling', en: 'Parish' },
    description: {
      fi: 'Evankelis-luterilainen tai muu seurakunta.',
      sv: 'Evangelisk-luthersk eller annan församling.',
      en: 'An Evangelical Lutheran or other parish.',
    },
  },
  ngo: {
    name: { fi: 'Järjestö', sv: 'Organisation', en: 'Non-governmental organisation' },
    description: {
      fi: 'Yhdistys tai säätiö.',
      sv: 'En förening eller stiftelse.',
      en: 'An association or foundation.',
    },
  },
  private: {
    name: { fi: 'Yksityinen', sv: 'Privat', en: 'Private' },
    description: { fi: 'Yritys.', sv: 'Ett företag.', en: 'A company.' },
  },
};

export const channelTypeTerms: Record<ChannelType, Omit<VocabularyTerm, 'code'>> = {
  in_person: {
    name: { fi: 'Käynti paikan päällä', sv: 'Besök på plats', en: 'In person' },
    description: { fi: 'Asiointi osoitteessa.', sv: 'Besök på en adress.', en: 'At an address.' },
  },
  home_visit: {
    name: { fi: 'Kotikäynti', sv: 'Hembesök', en: 'Home visit' },
    description: {
      fi: 'Työntekijä tulee kotiin, päiväkotiin tai kouluun.',
      sv: 'Arbetaren kommer hem, till daghemmet eller till skolan.',
      en: 'The worker comes to the home, daycare or school.',
    },
  },
  phone: {
    name: { fi: 'Puhelin', sv: 'Telefon', en: 'Phone' },
    description: { fi: 'Soita.', sv: 'Ring.', en: 'Call.' },
  },
  online: {
    name: { fi: 'Verkossa', sv: 'På nätet', en: 'Online' },
    description: {
      fi: 'Verkkopalvelu tai videotapaaminen.',
      sv: 'En e-tjänst eller ett videomöte.',
      en: 'An e-service or a video meeting.',
    },
  },
  chat: {
    name: { fi: 'Chat', sv: 'Chatt', en: 'Chat' },
    description: {
      fi: 'Keskustelu verkossa, usein nimettömänä.',
      sv: 'Chatt på nätet, ofta anonymt.',
      en: 'A chat on the web, often anonymous.',
    },
  },
  email: {
    name: { fi: 'Sähköposti', sv: 'E-post', en: 'Email' },
    description: { fi: 'Sähköpostiosoite.', sv: 'En e-postadress.', en: 'An email address.' },
  },
};

export type ServiceProperty = 'referral_required' | 'free_of_charge' | 'anonymous' | 'example_data';

export const servicePropertyTerms: Record<ServiceProperty, Omit<VocabularyTerm, 'code'>> = {
  referral_required: {
    name: {
      fi: 'Lähete tai päätös tarvitaan',
      sv: 'Remiss eller beslut behövs',
      en: 'Referral or decision needed',
    },
    description: {
      fi: 'Palveluun tarvitaan ensin lähete, palvelutarpeen arvio tai päätös.',
      sv: 'Tjänsten kräver först en remiss, en bedömning av servicebehovet eller ett beslut.',
      en: 'A referral, a service-need assessment or a decision is needed first.',
    },
  },
  free_of_charge: {
    name: { fi: 'Maksuton', sv: 'Avgiftsfri', en: 'Free of charge' },
    description: {
      fi: 'Perheelle maksuton.',
      sv: 'Avgiftsfri för familjen.',
      en: 'Free of charge for the family.',
    },
  },
  anonymous: {
    name: { fi: 'Nimetön', sv: 'Anonym', en: 'Anonymous' },
    description: {
      fi: 'Palvelua voi käyttää nimettömänä.',
      sv: 'Tjänsten kan användas anonymt.',
      en: "The service can be used without giving one's name.",
    },
  },
  example_data: {
    name: { fi: 'Esimerkkitieto', sv: 'Exempeldata', en: 'Example data' },
    description: {
      fi: 'Havainnollistava esimerkki, ei tarkistettu kuvaus todellisesta palvelusta.',
      sv: 'Ett illustrativt exempel, inte en kontrollerad beskrivning av en verklig tjänst.',
      en: 'Illustrative data, not a checked description of a real service.',
    },
  },
};

export const phrases = {
  alwaysOpen: {
    fi: 'Avoinna ympäri vuorokauden joka päivä.',
    sv: 'Öppet dygnet runt alla dagar.',
    en: 'Open 24 hours a day, every day.',
  },
  localTime: {
    fi: 'Kellonajat ovat Suomen aikaa (Europe/Helsinki).',
    sv: 'Tiderna anges i finsk tid (Europe/Helsinki).',
    en: 'Times are Finnish local time (Europe/Helsinki).',
  },
  /** Said of a schedule written for one season, after its UTC offset. */
  summerTime: {
    fi: 'Tämä aikataulu on kesäajan (UTC+3) ajalle.',
    sv: 'Detta schema gäller under sommartid (UTC+3).',
    en: 'This schedule is for summer time (UTC+3).',
  },
  winterTime: {
    fi: 'Tämä aikataulu on talviajan (UTC+2) ajalle.',
    sv: 'Detta schema gäller under vintertid (UTC+2).',
    en: 'This schedule is for winter time (UTC+2).',
  },
  municipalityCode: {
    fi: 'Kuntanumero',
    sv: 'Kommunnummer',
    en: 'Municipality code',
  },
} satisfies Record<string, Texts>;
