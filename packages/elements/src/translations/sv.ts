import type { Messages } from './messages.js';

export const sv: Messages = {
  skipToResults: 'Hoppa till sökresultaten',
  introHeading: 'Stöd i familjens vardag',
  intro: 'Trötthet och oro hör till familjelivet, och man får alltid be om hjälp.',
  tierLegend: 'Hur har ni det just nu?',
  tierHelp: 'Vad betyder alternativen?',
  tierAll: 'Vet inte – visa alla tjänster',
  tierLevel: (level) => `Nivå ${level}`,
  tierOrder: (level) =>
    level > 1
      ? `Vi visar först tjänsterna på nivå ${level}. Efter dem kommer tjänster med lättare stöd, som ni kan använda samtidigt.`
      : 'Vi visar först tjänsterna på nivå 1: information, rådgivning och kamratstöd.',
  searchLabel: 'Sök tjänster',
  searchHint: 'Med egna ord, till exempel: trött, vi grälar, skilsmässa',
  searchButton: 'Sök',
  filtersHeading: 'Avgränsa sökningen',
  filtersToggle: (active) =>
    active ? `Avgränsa sökningen (${active} valda)` : 'Avgränsa sökningen',
  filterMunicipality: 'Kommun',
  filterProvider: 'Vem erbjuder tjänsten',
  filterChannel: 'Hur man får tjänsten',
  filterLanguage: 'Tjänstens språk',
  filterOther: 'Övrigt',
  free: 'Avgiftsfri',
  noReferral: 'Utan remiss',
  clearFilters: 'Ta bort avgränsningarna',
  providerTypes: {
    public: 'Välfärdsområdet eller kommunen',
    parish: 'Församling',
    ngo: 'Organisation eller förening',
    private: 'Företag',
  },
  channelTypes: {
    phone: 'Per telefon',
    online: 'På nätet',
    home_visit: 'Hembesök',
    in_person: 'Besök på plats',
    chat: 'Chatt',
    email: 'E-post',
  },
  resultsHeading: 'Tjänster',
  resultCount: (total) =>
    total === 0
      ? 'Inga tjänster'
      : total === 1
        ? '1 tjänst hittades'
        : `${total} tjänster hittades`,
  loading: 'Söker tjänster…',
  emptyTitle: 'Inga tjänster motsvarade sökningen',
  emptyHint: 'Försök med färre avgränsningar eller andra ord.',
  emptyNearest: (level, name) => `Visa nivå ${level}: ${name}`,
  errorTitle: 'Tjänsterna kunde inte visas just nu',
  errorHint:
    'Förbindelsen till tjänstesökningen fungerade inte. Numren för akut hjälp fungerar alltid.',
  retry: 'Försök igen',
  showMore: 'Visa fler tjänster',
  moreAbout: 'Mer information',
  tiers: 'Nivå',
  call: (phone) => `Ring ${phone}`,
  openOnline: 'E-tjänst',
  noDirectContact: 'Kontaktuppgifter under mer information',
  exampleData: 'Exempeluppgift',
  inLanguage: { fi: 'på finska', sv: 'på svenska', en: 'på engelska' },
  noChannels: 'Tjänsten har inga direkta kontaktuppgifter. Se avsnittet Remiss.',
  detailsLoading: 'Uppgifterna laddas…',
  address: 'Adress',
  referral: 'Remiss',
  provider: 'Vem erbjuder tjänsten',
  helpNowHeading: 'Hjälp genast',
  helpNowIntro: 'Om någon är i fara, ring 112.',
  helpNowMore: (count) => `Fler hjälptelefoner (${count})`,
  freeCall: 'avgiftsfritt',
  addToList: 'Lägg till på familjens lista',
  onList: 'På familjens lista',
  referralNeeded: 'behövs',
  referralNotNeeded: 'behövs inte',
  professionalLoading: 'Familjens tjänstelista och servicekedjan laddas…',
  professionalError: 'Familjens tjänstelista och servicekedjan kunde inte laddas.',
  familyListJump: (count) => `Familjens tjänstelista (${count})`,
  showAllServices: 'Visa alla tjänster',
  selfCheckOpen: 'Osäker? Svara på några frågor',
};
