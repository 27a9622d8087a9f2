import type { UrgentHelp } from '@polku/client';

/**
 * The help lines bundled with the script, so they show even when the API is down. The API's
 * `/v1/urgent-help` replaces them when it answers. Numbers as published (see domain notes);
 * check them before each release. Hours left out where the source gives none.
 */
export const bundledUrgentHelp: readonly UrgentHelp[] = [
  {
    id: 'hatanumero-112',
    name: { fi: 'Hätänumero 112', sv: 'Nödnumret 112', en: 'Emergency number 112' },
    description: {
      fi: 'Kun henki, terveys tai turvallisuus on vaarassa.',
      sv: 'När liv, hälsa eller säkerhet är i fara.',
      en: 'When life, health or safety is in danger.',
    },
    phone: '112',
    hours: { always_open: true },
    languages: ['fi', 'sv', 'en'],
    free_of_charge: true,
    emergency: true,
    source: { name: 'Hätäkeskuslaitos' },
  },
  {
    id: 'ita-uusimaa-sosiaali-ja-kriisipaivystys',
    name: {
      fi: 'Itä-Uudenmaan sosiaali- ja kriisipäivystys',
      sv: 'Östra Nylands social- och krisjour',
      en: 'Itä-Uusimaa emergency social and crisis service',
    },
    description: {
      fi: 'Kiireellinen sosiaalinen apu ja kriisiapu vuorokauden ympäri.',
      sv: 'Brådskande socialt stöd och krishjälp dygnet runt.',
      en: 'Urgent social help and crisis help around the clock.',
    },
    phone: '019 5600 150',
    hours: { always_open: true },
    languages: ['fi', 'sv'],
    emergency: true,
    source: { name: 'Itä-Uusimaan hyvinvointialue' },
  },
  {
    id: 'mieli-kriisipuhelin-fi',
    name: {
      fi: 'MIELI Kriisipuhelin (suomeksi)',
      sv: 'MIELI Kristelefonen (på finska)',
      en: 'MIELI Crisis Helpline (in Finnish)',
    },
    description: {
      fi: 'Keskusteluapua kriisissä.',
      sv: 'Samtalsstöd i en kris.',
      en: 'Someone to talk to in a crisis.',
    },
    phone: '09 2525 0111',
    hours: { always_open: true },
    languages: ['fi'],
    source: { name: 'MIELI Suomen Mielenterveys ry' },
  },
  {
    id: 'mieli-kriisipuhelin-sv',
    name: {
      fi: 'MIELI Kriisipuhelin (ruotsiksi)',
      sv: 'MIELI Kristelefonen (på svenska)',
      en: 'MIELI Crisis Helpline (in Swedish)',
    },
    description: {
      fi: 'Keskusteluapua kriisissä ruotsiksi.',
      sv: 'Samtalsstöd i en kris på svenska.',
      en: 'Someone to talk to in a crisis, in Swedish.',
    },
    phone: '09 2525 0112',
    hours: {},
    languages: ['sv'],
    source: { name: 'MIELI Suomen Mielenterveys ry' },
  },
  {
    id: 'mieli-kriisipuhelin-en',
    name: {
      fi: 'MIELI Kriisipuhelin (englanniksi)',
      sv: 'MIELI Kristelefonen (på engelska)',
      en: 'MIELI Crisis Helpline (in English)',
    },
    description: {
      fi: 'Keskusteluapua kriisissä englanniksi.',
      sv: 'Samtalsstöd i en kris på engelska.',
      en: 'Someone to talk to in a crisis, in English.',
    },
    phone: '09 2525 0113',
    hours: {},
    languages: ['en'],
    source: { name: 'MIELI Suomen Mielenterveys ry' },
  },
  {
    id: 'nollalinja',
    name: { fi: 'Nollalinja', sv: 'Nollinjen', en: 'Nollalinja helpline' },
    description: {
      fi: 'Apua lähisuhdeväkivaltaan.',
      sv: 'Hjälp vid våld i nära relationer.',
      en: 'Help with violence in close relationships.',
    },
    phone: '080 005 005',
    hours: { always_open: true },
    languages: ['fi', 'sv', 'en'],
    free_of_charge: true,
    source: { name: 'Nollalinja' },
  },
  {
    id: 'mll-lasten-ja-nuorten-puhelin',
    name: {
      fi: 'MLL:n Lasten ja nuorten puhelin',
      sv: 'MLL:s Barn- och ungdomstelefon',
      en: 'MLL Helpline for Children and Young People',
    },
    description: {
      fi: 'Lapsille ja nuorille, kun haluaa puhua jonkun kanssa.',
      sv: 'För barn och unga som vill prata med någon.',
      en: 'For children and young people who want to talk to someone.',
    },
    phone: '116 111',
    hours: {},
    languages: ['fi'],
    source: { name: 'Mannerheimin Lastensuojeluliitto' },
  },
];
