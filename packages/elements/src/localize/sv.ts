import type { Messages } from './fi.js';

export const sv: Messages = {
  introHeading: 'Stöd i familjens vardag',
  intro:
    'Trötthet och oro hör till familjelivet, och man behöver inte förtjäna hjälp. Välj det alternativ som ligger närmast er situation, eller beskriv med egna ord vad ni söker.',
  tierLegend: 'Hur har ni det just nu?',
  tierAll: 'Vet inte – visa alla tjänster',
  tierLevel: (level) => `Nivå ${level}`,
  tierOrder: (level) =>
    level > 1
      ? `Vi visar först tjänsterna på nivå ${level}. Efter dem kommer tjänster med lättare stöd, som ni kan använda samtidigt.`
      : 'Vi visar först tjänsterna på nivå 1: information, rådgivning och kamratstöd.',
  searchLabel: 'Sök tjänster',
  searchHint: 'Med egna ord, till exempel: trött, vi grälar, skilsmässa',
  filtersHeading: 'Avgränsa sökningen',
  filtersToggle: (active) =>
    active ? `Avgränsa sökningen (${active} valda)` : 'Avgränsa sökningen',
  filterMunicipality: 'Kommun',
  filterProvider: 'Vem erbjuder tjänsten',
  filterChannel: 'Hur man får tjänsten',
  filterLanguage: 'Tjänstens språk',
  filterOther: 'Övrigt',
  free: 'Avgiftsfri',
  paid: 'Avgiftsbelagd',
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
  referralRequired: 'Kräver remiss eller beslut',
  referralNotRequired: 'Ingen remiss, ni kan ta kontakt direkt',
  exampleData: 'Exempeluppgift',
  inLanguage: { fi: 'på finska', sv: 'på svenska', en: 'på engelska' },
  noChannels: 'Tjänsten har inga direkta kontaktuppgifter. Se avsnittet Remiss.',
  close: 'Stäng',
  detailsLoading: 'Uppgifterna laddas…',
  detailsError: 'Uppgifterna kunde inte laddas.',
  about: 'Vad det handlar om',
  contact: 'Kontaktuppgifter',
  hours: 'Öppettider',
  alwaysOpen: 'Öppet dygnet runt, alla dagar',
  address: 'Adress',
  referral: 'Remiss',
  cost: 'Kostnad',
  languages: 'Tjänstens språk',
  audience: 'För vem',
  provider: 'Vem erbjuder tjänsten',
  servicePage: 'Tjänstens egen sida',
  source: (name) => `Källa: ${name}`,
  checked: (date) => `kontrollerad ${date}`,
  helpNowHeading: 'Hjälp genast',
  helpNowIntro: 'Om någon är i fara, ring 112.',
  freeCall: 'avgiftsfritt',
};
