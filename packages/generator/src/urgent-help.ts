// The nationwide urgent help lines of a synthetic catalogue.
import type { LocalizedText, UrgentHelp } from '@polku/contract';

/** The nationwide lines that shared/domain.md names, as published. */
export function urgentHelpLines(): UrgentHelp[] {
  const text = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });
  return [
    {
      id: 'hatanumero-112',
      name: text('Hätänumero 112', 'Nödnumret 112', 'Emergency number 112'),
      description: text(
        'Kun henki, terveys tai turvallisuus on vaarassa.',
        'När liv, hälsa eller säkerhet är i fara.',
        'When life, health or safety is in danger.',
      ),
      phone: '112',
      hours: { always_open: true },
      languages: ['fi', 'sv', 'en'],
      free_of_charge: true,
      emergency: true,
      source: { name: 'Hätäkeskuslaitos' },
    },
    {
      id: 'nollalinja',
      name: text('Nollalinja', 'Nollinjen', 'Nollalinja helpline'),
      description: text(
        'Auttava puhelin lähisuhdeväkivaltaa kokeneille.',
        'Hjälptelefon för den som utsatts för våld i nära relationer.',
        'A helpline for those who have experienced violence in close relationships.',
      ),
      phone: '080 005 005',
      hours: { always_open: true },
      languages: ['fi', 'sv', 'en'],
      free_of_charge: true,
      source: { name: 'Nollalinja' },
    },
    {
      id: 'mieli-kriisipuhelin-fi',
      name: text(
        'MIELI Kriisipuhelin (suomeksi)',
        'MIELI Kristelefon (på finska)',
        'MIELI Crisis Helpline (in Finnish)',
      ),
      description: text(
        'Keskusteluapua kriisissä.',
        'Samtalsstöd i kris.',
        'Someone to talk to in a crisis.',
      ),
      phone: '09 2525 0111',
      hours: { always_open: true },
      languages: ['fi'],
      source: { name: 'MIELI Suomen Mielenterveys ry' },
    },
    {
      id: 'mieli-kriisipuhelin-sv',
      name: text(
        'MIELI Kriisipuhelin (ruotsiksi)',
        'MIELI Kristelefon (på svenska)',
        'MIELI Crisis Helpline (in Swedish)',
      ),
      description: text(
        'Keskusteluapua kriisissä ruotsiksi.',
        'Samtalsstöd i kris på svenska.',
        'Someone to talk to in a crisis, in Swedish.',
      ),
      phone: '09 2525 0112',
      hours: {
        description: text(
          'Katso ajat MIELI ry:n sivuilta.',
          'Se tiderna på MIELI rf:s webbplats.',
          "See the hours on MIELI's website.",
        ),
      },
      languages: ['sv'],
      source: { name: 'MIELI Suomen Mielenterveys ry' },
    },
    {
      id: 'mll-lasten-ja-nuorten-puhelin',
      name: text(
        'MLL:n Lasten ja nuorten puhelin',
        'MLL:s Barn- och ungdomstelefon',
        "MLL's Helpline for Children and Young People",
      ),
      description: text(
        'Lapsille ja nuorille, nimettömästi.',
        'För barn och unga, anonymt.',
        'For children and young people, anonymously.',
      ),
      phone: '116 111',
      hours: {
        description: text(
          'Katso ajat MLL:n sivuilta.',
          'Se tiderna på MLL:s webbplats.',
          "See the hours on MLL's website.",
        ),
      },
      languages: ['fi', 'sv'],
      free_of_charge: true,
      source: { name: 'Mannerheimin Lastensuojeluliitto' },
    },
  ];
}
