// Display strings of <polku-chain>, in fi, sv and en.
import type { LanguageCode } from '@polku/contract';

export interface ChainStrings {
  loading: string;
  loadError: string;
  notFound: string;
  retry: string;
  phenomenon: string;
  targetGroup: string;
  goals: string;
  grounds: string;
  mainGoal: string;
  guidingPrinciples: string;
  ladder: string;
  ladderIntro: string;
  tierLevel: (level: number) => string;
  tierGoal: string;
  services: string;
  noServices: string;
  keyMeasures: string;
  risks: string;
  indicators: string;
  effectiveness: string;
  none: string;
  provider: string;
  referralRequired: string;
  referralNotRequired: string;
  openDetails: (name: string) => string;
  addToList: string;
  /** The compact chain (the finder's side column). */
  addShort: string;
  tierMore: string;
  openFull: string;
  close: string;
  exampleData: string;
  source: (name: string) => string;
}

const fi: ChainStrings = {
  loading: 'Ladataan palveluketjua…',
  loadError: 'Palveluketjua ei saatu ladattua.',
  notFound: 'Palveluketjua ei löytynyt.',
  retry: 'Yritä uudelleen',
  phenomenon: 'Ilmiö',
  targetGroup: 'Kohderyhmä',
  goals: 'Tavoitteet',
  grounds: 'Perusteet',
  mainGoal: 'Mitattava päätavoite',
  guidingPrinciples: 'Toimintaa ohjaavat periaatteet',
  ladder: 'Palvelutarvetasot',
  ladderIntro:
    'Kevyimmästä tuesta vahvimpaan. Perhe voi käyttää myös kevyempien tasojen palveluja.',
  tierLevel: (level) => `Taso ${level}`,
  tierGoal: 'Tavoite',
  services: 'Palvelut',
  noServices: 'Tälle tasolle ei ole kuvattu palveluja.',
  keyMeasures: 'Keskeiset toimenpiteet',
  risks: 'Riskit',
  indicators: 'Riskien indikaattorit',
  effectiveness: 'Vaikuttavuuden mittarit',
  none: 'Ei kuvattu.',
  provider: 'Järjestäjä',
  referralRequired: 'Tarvitaan lähete tai päätös',
  referralNotRequired: 'Ei lähetettä',
  openDetails: (name) => `${name}: lisätiedot`,
  addToList: 'Lisää perheen listalle',
  addShort: 'Lisää listalle',
  tierMore: 'Toimenpiteet, riskit ja mittarit',
  openFull: 'Avaa koko palveluketju',
  close: 'Sulje',
  exampleData: 'Esimerkkitieto',
  source: (name) => `Lähde: ${name}`,
};

const sv: ChainStrings = {
  loading: 'Servicekedjan hämtas…',
  loadError: 'Servicekedjan kunde inte hämtas.',
  notFound: 'Servicekedjan hittades inte.',
  retry: 'Försök igen',
  phenomenon: 'Fenomen',
  targetGroup: 'Målgrupp',
  goals: 'Mål',
  grounds: 'Motiveringar',
  mainGoal: 'Mätbart huvudmål',
  guidingPrinciples: 'Principer som styr arbetet',
  ladder: 'Nivåer av servicebehov',
  ladderIntro:
    'Från det lättaste stödet till det mest intensiva. Familjen kan också använda tjänsterna på de lättare nivåerna.',
  tierLevel: (level) => `Nivå ${level}`,
  tierGoal: 'Mål',
  services: 'Tjänster',
  noServices: 'Inga tjänster har beskrivits för den här nivån.',
  keyMeasures: 'Centrala åtgärder',
  risks: 'Risker',
  indicators: 'Indikatorer för riskerna',
  effectiveness: 'Mätare för verkningsfullhet',
  none: 'Inte beskrivet.',
  provider: 'Anordnare',
  referralRequired: 'Remiss eller beslut behövs',
  referralNotRequired: 'Ingen remiss',
  openDetails: (name) => `${name}: mer information`,
  addToList: 'Lägg till på familjens lista',
  addShort: 'Lägg till på listan',
  tierMore: 'Åtgärder, risker och mätare',
  openFull: 'Öppna hela servicekedjan',
  close: 'Stäng',
  exampleData: 'Exempeluppgift',
  source: (name) => `Källa: ${name}`,
};

const en: ChainStrings = {
  loading: 'Loading the service chain…',
  loadError: 'The service chain could not be loaded.',
  notFound: 'The service chain was not found.',
  retry: 'Try again',
  phenomenon: 'Phenomenon',
  targetGroup: 'Target group',
  goals: 'Goals',
  grounds: 'Grounds',
  mainGoal: 'Measurable main goal',
  guidingPrinciples: 'Guiding principles',
  ladder: 'Service-need tiers',
  ladderIntro:
    'From the lightest support to the most intensive. A family can use the services of the lighter tiers as well.',
  tierLevel: (level) => `Tier ${level}`,
  tierGoal: 'Goal',
  services: 'Services',
  noServices: 'No services have been described for this tier.',
  keyMeasures: 'Key measures',
  risks: 'Risks',
  indicators: 'Indicators of the risks',
  effectiveness: 'Effectiveness measures',
  none: 'Not described.',
  provider: 'Provided by',
  referralRequired: 'Needs a referral or a decision',
  referralNotRequired: 'No referral needed',
  openDetails: (name) => `${name}: details`,
  addToList: 'Add to family list',
  addShort: 'Add to list',
  tierMore: 'Measures, risks and indicators',
  openFull: 'Open the whole service chain',
  close: 'Close',
  exampleData: 'Example data',
  source: (name) => `Source: ${name}`,
};

export const chainStrings: Record<LanguageCode, ChainStrings> = { fi, sv, en };
