import type { DetailsMessages } from '../messages.js';

export const sv: DetailsMessages = {
  paid: 'Avgiftsbelagd',
  referralRequired: 'Kräver remiss eller beslut',
  referralNotRequired: 'Ingen remiss, ni kan ta kontakt direkt',
  close: 'Stäng',
  detailsError: 'Uppgifterna kunde inte laddas.',
  about: 'Vad det handlar om',
  contact: 'Kontaktuppgifter',
  askInstead: 'Fråga om råd',
  hours: 'Öppettider',
  alwaysOpen: 'Öppet dygnet runt, alla dagar',
  cost: 'Kostnad',
  languages: 'Tjänstens språk',
  audience: 'För vem',
  servicePage: 'Tjänstens egen sida',
  source: (name) => `Källa: ${name}`,
  checked: (date) => `kontrollerad ${date}`,
};
