// A small catalogue and a stub PolkuClient over it, for tests that need to control the API:
// slow, failing, empty, hostile. The stub follows the contract where the finder relies on it
// (tier grouping order, filters, facets) and records every call.

import type { PolkuClient } from '@polku/client';
import type {
  Municipality,
  Service,
  ServicePage,
  ServiceSearchParams,
  Tier,
  UrgentHelp,
} from '@polku/contract';

export const tiers: Tier[] = [
  {
    level: 1,
    name: {
      fi: 'Itsenäinen vanhemmuus',
      sv: 'Självständigt föräldraskap',
      en: 'Independent parenting',
    },
    label: {
      fi: 'Arki sujuu, etsimme tietoa ja vertaistukea',
      sv: 'Vardagen fungerar, vi söker information och kamratstöd',
      en: 'Everyday life works; we are looking for information and peer support',
    },
    description: {
      fi: 'Perhe löytää itse tuen.',
      sv: 'Familjen hittar själv stöd.',
      en: 'The family finds support.',
    },
    available_languages: ['fi', 'sv', 'en'],
  },
  {
    level: 2,
    name: { fi: 'Tuettu vanhemmuus', sv: 'Föräldraskap med stöd', en: 'Supported parenting' },
    label: {
      fi: 'Tarvitsemme apua arkeen',
      sv: 'Vi behöver hjälp i vardagen',
      en: 'We need help with everyday life',
    },
    description: {
      fi: 'Avuntarpeeseen vastataan.',
      sv: 'Behovet av hjälp möts.',
      en: 'The need is met.',
    },
    available_languages: ['fi', 'sv', 'en'],
  },
  {
    level: 3,
    name: {
      fi: 'Laajasti tuettu vanhemmuus',
      sv: 'Föräldraskap med omfattande stöd',
      en: 'Parenting with extensive support',
    },
    label: { fi: 'Voimat ovat lopussa', sv: 'Krafterna är slut', en: 'We are worn out' },
    description: {
      fi: 'Toimintakyky palautuu.',
      sv: 'Förmågan återkommer.',
      en: 'Coping returns.',
    },
    available_languages: ['fi', 'sv', 'en'],
  },
  {
    level: 4,
    name: {
      fi: 'Vahvasti tuettu vanhemmuus',
      sv: 'Föräldraskap med intensivt stöd',
      en: 'Parenting with intensive support',
    },
    label: {
      fi: 'Tarvitsemme paljon tukea',
      sv: 'Vi behöver mycket stöd',
      en: 'We need a lot of support',
    },
    description: { fi: 'Riittävä toimintakyky.', sv: 'Tillräcklig förmåga.', en: 'Enough coping.' },
    available_languages: ['fi', 'sv', 'en'],
  },
];

export const municipalities: Municipality[] = [
  { code: '434', name: { fi: 'Loviisa', sv: 'Lovisa' }, bilingual: true, majority_language: 'fi' },
  { code: '638', name: { fi: 'Porvoo', sv: 'Borgå' }, bilingual: true, majority_language: 'fi' },
];

export const apiUrgentHelp: UrgentHelp[] = [
  {
    id: 'hatanumero-112',
    name: { fi: 'Hätänumero 112', sv: 'Nödnumret 112', en: 'Emergency number 112' },
    description: { fi: 'Hätätilanteessa.', sv: 'I nödsituationer.', en: 'In an emergency.' },
    phone: '112',
    hours: { always_open: true },
    languages: ['fi', 'sv', 'en'],
    emergency: true,
    source: { name: 'Hätäkeskuslaitos' },
  },
  {
    id: 'api-only-line',
    name: { fi: 'Rajapinnan linja', sv: 'Gränssnittets linje', en: 'The API line' },
    description: {
      fi: 'Vain rajapinnasta.',
      sv: 'Bara från gränssnittet.',
      en: 'Only from the API.',
    },
    phone: '09 123 456',
    hours: {},
    languages: ['fi'],
    source: { name: 'Testi' },
  },
];

const county = {
  id: '6f0b6f7e-8f5c-4f0e-9a57-3f3c1d0a1b01',
  name: {
    fi: 'Itä-Uusimaan hyvinvointialue',
    sv: 'Östra Nylands välfärdsområde',
    en: 'Itä-Uusimaa wellbeing services county',
  },
  type: 'public' as const,
};
const parish = {
  id: '6f0b6f7e-8f5c-4f0e-9a57-3f3c1d0a1b02',
  name: { fi: 'Porvoon seurakunnat', sv: 'Borgå församlingar' },
  type: 'parish' as const,
};

function service(n: number, fields: Partial<Service> & Pick<Service, 'name' | 'tiers'>): Service {
  return {
    id: `0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e${String(n).padStart(2, '0')}`,
    summary: { fi: `Tiivistelmä ${n}`, sv: `Sammanfattning ${n}`, en: `Summary ${n}` },
    description: { fi: `Kuvaus ${n}`, sv: `Beskrivning ${n}`, en: `Description ${n}` },
    available_languages: ['fi', 'sv', 'en'],
    organization: county,
    provider_type: 'public',
    municipalities: ['434', '638'],
    delivery_languages: ['fi', 'sv'],
    channels: [{ type: 'phone', phone: '019 5600 150' }],
    cost: { free: true },
    referral: { required: false },
    audience: { groups: ['parents'] },
    keywords: {},
    chains: ['perheiden-jaksaminen'],
    updated_at: '2026-11-01T00:00:00Z',
    source: { name: 'Testiaineisto', checked: '2026-11-01' },
    example_data: true,
    ...fields,
  };
}

export const services: Service[] = [
  service(1, {
    name: { fi: 'Neuvola', sv: 'Rådgivning', en: 'Child health clinic' },
    tiers: [1],
    keywords: { fi: ['väsynyt'] },
  }),
  service(2, {
    name: { fi: 'Perhekahvila', sv: 'Familjecafé' },
    summary: { fi: 'Kohtaamispaikka vanhemmille.' },
    tiers: [1],
    organization: parish,
    provider_type: 'parish',
    municipalities: ['638'],
    channels: [
      {
        type: 'in_person',
        address: {
          street: { fi: 'Esimerkkikatu 1', sv: 'Exempelgatan 1' },
          postal_code: '06100',
          post_office: { fi: 'Porvoo', sv: 'Borgå' },
          municipality: '638',
        },
        hours: {
          regular: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '15:00' }],
        },
      },
    ],
  }),
  service(3, {
    name: { fi: 'Perheneuvola', sv: 'Familjerådgivning', en: 'Family counselling' },
    tiers: [2],
    channels: [
      { type: 'phone', phone: '019 5600 150', hours: { always_open: true } },
      { type: 'online', url: 'https://www.example.org/e-service' },
      { type: 'email', email: 'perheneuvola@example.org' },
    ],
    url: 'https://www.example.org/perheneuvola',
  }),
  service(4, {
    name: {
      fi: 'Lapsiperheiden kotipalvelu',
      sv: 'Hemservice för barnfamiljer',
      en: 'Home help for families',
    },
    tiers: [2, 3],
    channels: [{ type: 'home_visit' }, { type: 'phone', phone: '040 123 4567' }],
    cost: { free: false, description: { fi: 'Asiakasmaksu tulojen mukaan.' } },
  }),
  service(5, {
    name: {
      fi: 'Lapsiperheiden sosiaalityö',
      sv: 'Socialt arbete för barnfamiljer',
      en: 'Social work for families',
    },
    tiers: [3],
    referral: { required: true, description: { fi: 'Palvelutarpeen arvio tarvitaan.' } },
  }),
  service(6, {
    name: {
      fi: 'Tehostettu perhetyö',
      sv: 'Intensifierat familjearbete',
      en: 'Intensive family work',
    },
    tiers: [4],
    referral: { required: true },
  }),
];

export interface StubOptions {
  services?: Service[];
  /** Every call waits this long (ms) before answering. */
  delay?: number;
  /** Every call fails as if the API were down. */
  down?: boolean;
  /** Search calls never answer (until aborted). */
  hang?: boolean;
}

export interface StubClient {
  client: PolkuClient;
  /** Every search, with its parameters and whether it was aborted before it answered. */
  searches: { params: ServiceSearchParams; aborted: boolean }[];
  options: StubOptions;
}

function wait(ms: number, signal: AbortSignal | undefined): Promise<void> {
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new DOMException('Aborted', 'AbortError'));
    const timer = setTimeout(resolve, ms);
    signal?.addEventListener('abort', () => {
      clearTimeout(timer);
      reject(new DOMException('Aborted', 'AbortError'));
    });
  });
}

function count<T extends string>(values: T[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

function search(all: Service[], params: ServiceSearchParams): ServicePage {
  const q = params.q?.toLowerCase();
  const order = params.tier ?? [];
  let matches = all.filter(
    (s) =>
      (!q || JSON.stringify([s.name, s.keywords]).toLowerCase().includes(q)) &&
      (!params.tier || s.tiers.some((t) => order.includes(t))) &&
      (!params.municipality || s.municipalities.some((m) => params.municipality?.includes(m))) &&
      (!params.provider_type || params.provider_type.includes(s.provider_type)) &&
      (!params.channel || s.channels.some((c) => params.channel?.includes(c.type))) &&
      (!params.language || s.delivery_languages.some((l) => params.language?.includes(l))) &&
      (params.free === undefined || s.cost.free === params.free) &&
      (params.no_referral === undefined || s.referral.required !== params.no_referral),
  );
  if (order.length) {
    const group = (s: Service) => order.findIndex((t) => s.tiers.includes(t));
    matches = [...matches].sort((a, b) => group(a) - group(b));
  }
  const size = params.per_page ?? 20;
  const contents = matches.slice(0, size);
  return {
    total_items: matches.length,
    total_pages: Math.ceil(matches.length / size),
    page_number: 1,
    size,
    first_page: true,
    last_page: matches.length <= size,
    empty: contents.length === 0,
    contents,
    facets: {
      tier: count(matches.flatMap((s) => s.tiers.map(String))),
      municipality: count(matches.flatMap((s) => s.municipalities)),
      provider_type: count(matches.map((s) => s.provider_type)),
      channel: count(matches.flatMap((s) => [...new Set(s.channels.map((c) => c.type))])),
      language: count(matches.flatMap((s) => s.delivery_languages)),
    },
  };
}

function page<T>(contents: T[]) {
  return {
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: 100,
    first_page: true,
    last_page: true,
    empty: contents.length === 0,
    contents,
  };
}

export function stubClient(options: StubOptions = {}): StubClient {
  const searches: StubClient['searches'] = [];
  const answer = async <T>(value: () => T, signal?: AbortSignal): Promise<T> => {
    await wait(options.delay ?? 0, signal);
    if (options.down) throw new TypeError('Failed to fetch');
    return value();
  };
  const client = {
    services: {
      search: async (
        params: ServiceSearchParams = {},
        { signal }: { signal?: AbortSignal } = {},
      ) => {
        const record = { params, aborted: false };
        searches.push(record);
        signal?.addEventListener('abort', () => {
          record.aborted = true;
        });
        if (options.hang) await wait(1e9, signal);
        return answer(() => search(options.services ?? services, params), signal);
      },
      get: (id: string, { signal }: { signal?: AbortSignal } = {}) =>
        answer(() => {
          const found = (options.services ?? services).find((s) => s.id === id);
          if (!found) throw new Error('404');
          return found;
        }, signal),
    },
    tiers: {
      list: ({ signal }: { signal?: AbortSignal } = {}) => answer(() => page(tiers), signal),
    },
    municipalities: {
      list: ({ signal }: { signal?: AbortSignal } = {}) =>
        answer(() => page(municipalities), signal),
    },
    urgentHelp: {
      list: ({ signal }: { signal?: AbortSignal } = {}) =>
        answer(() => page(apiUrgentHelp), signal),
    },
  };
  // The stub implements only what the elements call; the rest of PolkuClient is never reached.
  return { client: client as unknown as PolkuClient, searches, options };
}
