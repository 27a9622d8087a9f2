import type { ChannelType, LanguageCode, ProviderType } from '@polku/contract';

/** Every string of the UI. `sv.ts` and `en.ts` are typed by this shape, so none can be missing. */
export interface Messages {
  introHeading: string;
  intro: string;
  tierLegend: string;
  tierAll: string;
  tierLevel: (level: number) => string;
  tierOrder: (level: number) => string;
  searchLabel: string;
  searchHint: string;
  filtersHeading: string;
  filtersToggle: (active: number) => string;
  filterMunicipality: string;
  filterProvider: string;
  filterChannel: string;
  filterLanguage: string;
  filterOther: string;
  free: string;
  paid: string;
  noReferral: string;
  clearFilters: string;
  providerTypes: Record<ProviderType, string>;
  channelTypes: Record<ChannelType, string>;
  resultsHeading: string;
  resultCount: (total: number) => string;
  loading: string;
  emptyTitle: string;
  emptyHint: string;
  emptyNearest: (level: number, name: string) => string;
  errorTitle: string;
  errorHint: string;
  retry: string;
  showMore: string;
  moreAbout: string;
  tiers: string;
  call: (phone: string) => string;
  openOnline: string;
  noDirectContact: string;
  referralRequired: string;
  referralNotRequired: string;
  exampleData: string;
  inLanguage: Record<LanguageCode, string>;
  noChannels: string;
  close: string;
  detailsLoading: string;
  detailsError: string;
  about: string;
  contact: string;
  /** Before the service guidance, when a service publishes no contact. */
  askInstead: string;
  hours: string;
  alwaysOpen: string;
  address: string;
  referral: string;
  cost: string;
  languages: string;
  audience: string;
  provider: string;
  servicePage: string;
  source: (name: string) => string;
  checked: (date: string) => string;
  helpNowHeading: string;
  helpNowIntro: string;
  freeCall: string;
  /** Professional view: a card's and the details' button, and its state once on the list. */
  addToList: string;
  onList: string;
  /** Professional view: a card's short referral line, "Lähete: ei tarvita". */
  referralNeeded: string;
  referralNotNeeded: string;
  /** Professional view: while the family list and the chain load, and when they fail to. */
  professionalLoading: string;
  professionalError: string;
  /** Professional view, narrow: the way from the results to the family list. */
  familyListJump: (count: number) => string;
  /** Opened from a family-list link: back to the whole finder. */
  showAllServices: string;
}

export const fi: Messages = {
  introHeading: 'Tukea perheen arkeen',
  intro:
    'Väsymys ja huoli kuuluvat perhe-elämään, eikä apua tarvitse ansaita. Valitse vaihtoehto, joka on lähimpänä teidän tilannettanne, tai kerro omin sanoin, mitä etsitte.',
  tierLegend: 'Miten teillä menee?',
  tierAll: 'En osaa sanoa – näytä kaikki palvelut',
  tierLevel: (level) => `Taso ${level}`,
  tierOrder: (level) =>
    level > 1
      ? `Näytämme ensin tason ${level} palvelut. Niiden jälkeen tulevat kevyemmän tuen palvelut, joita voi käyttää samaan aikaan.`
      : 'Näytämme ensin tason 1 palvelut: tietoa, neuvontaa ja vertaistukea.',
  searchLabel: 'Hae palveluja',
  searchHint: 'Omin sanoin, esimerkiksi: väsynyt, riitelemme, ero',
  filtersHeading: 'Rajaa hakua',
  filtersToggle: (active) => (active ? `Rajaa hakua (${active} valittu)` : 'Rajaa hakua'),
  filterMunicipality: 'Kunta',
  filterProvider: 'Palvelun tarjoaja',
  filterChannel: 'Miten palvelun saa',
  filterLanguage: 'Palvelun kieli',
  filterOther: 'Muuta',
  free: 'Maksuton',
  paid: 'Maksullinen',
  noReferral: 'Ilman lähetettä',
  clearFilters: 'Poista rajaukset',
  providerTypes: {
    public: 'Hyvinvointialue tai kunta',
    parish: 'Seurakunta',
    ngo: 'Järjestö',
    private: 'Yritys',
  },
  channelTypes: {
    phone: 'Puhelimessa',
    online: 'Verkossa',
    home_visit: 'Kotikäynti',
    in_person: 'Käynti paikan päällä',
    chat: 'Chat',
    email: 'Sähköposti',
  },
  resultsHeading: 'Palvelut',
  resultCount: (total) =>
    total === 0 ? 'Ei palveluja' : total === 1 ? 'Löytyi 1 palvelu' : `Löytyi ${total} palvelua`,
  loading: 'Haetaan palveluja…',
  emptyTitle: 'Hakua vastaavia palveluja ei löytynyt',
  emptyHint: 'Kokeile vähemmillä rajauksilla tai toisilla sanoilla.',
  emptyNearest: (level, name) => `Näytä taso ${level}: ${name}`,
  errorTitle: 'Palveluja ei juuri nyt saatu näkyviin',
  errorHint: 'Yhteys palveluhakuun ei toiminut. Kiireellisen avun numerot toimivat aina.',
  retry: 'Yritä uudelleen',
  showMore: 'Näytä lisää palveluja',
  moreAbout: 'Lisätietoja',
  tiers: 'Taso',
  call: (phone) => `Soita ${phone}`,
  openOnline: 'Verkkopalvelu',
  noDirectContact: 'Yhteystiedot lisätiedoissa',
  referralRequired: 'Tarvitaan lähete tai päätös',
  referralNotRequired: 'Ei lähetettä, voit ottaa yhteyttä suoraan',
  exampleData: 'Esimerkkitieto',
  inLanguage: { fi: 'suomeksi', sv: 'ruotsiksi', en: 'englanniksi' },
  noChannels: 'Palveluun ei ole suoria yhteystietoja. Katso kohta Lähete.',
  close: 'Sulje',
  detailsLoading: 'Ladataan tietoja…',
  detailsError: 'Tietoja ei saatu ladattua.',
  about: 'Mistä on kyse',
  contact: 'Yhteystiedot',
  askInstead: 'Kysy neuvoa',
  hours: 'Aukioloajat',
  alwaysOpen: 'Avoinna aina, 24/7',
  address: 'Osoite',
  referral: 'Lähete',
  cost: 'Hinta',
  languages: 'Palvelun kielet',
  audience: 'Kenelle',
  provider: 'Palvelun tarjoaja',
  servicePage: 'Palvelun oma sivu',
  source: (name) => `Lähde: ${name}`,
  checked: (date) => `tarkistettu ${date}`,
  helpNowHeading: 'Apua heti',
  helpNowIntro: 'Jos joku on vaarassa, soita 112.',
  freeCall: 'maksuton',
  addToList: 'Lisää perheen listalle',
  onList: 'Perheen listalla',
  referralNeeded: 'tarvitaan',
  referralNotNeeded: 'ei tarvita',
  professionalLoading: 'Ladataan perheen palvelulistaa ja palveluketjua…',
  professionalError: 'Perheen palvelulistaa ja palveluketjua ei saatu ladattua.',
  familyListJump: (count) => `Perheen palvelulista (${count})`,
  showAllServices: 'Näytä kaikki palvelut',
};
