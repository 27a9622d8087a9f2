import type { DetailsMessages } from '../messages.js';

export const fi: DetailsMessages = {
  paid: 'Maksullinen',
  referralRequired: 'Tarvitaan lähete tai päätös',
  referralNotRequired: 'Ei lähetettä, voit ottaa yhteyttä suoraan',
  close: 'Sulje',
  detailsError: 'Tietoja ei saatu ladattua.',
  about: 'Mistä on kyse',
  contact: 'Yhteystiedot',
  askInstead: 'Kysy neuvoa',
  hours: 'Aukioloajat',
  alwaysOpen: 'Avoinna aina, 24/7',
  cost: 'Hinta',
  languages: 'Palvelun kielet',
  audience: 'Kenelle',
  servicePage: 'Palvelun oma sivu',
  source: (name) => `Lähde: ${name}`,
  checked: (date) => `tarkistettu ${date}`,
};
