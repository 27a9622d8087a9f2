// The data a server rendered a `<polku-finder>` with (Lit SSR: the hosted family pages), handed to
// the same element in the browser, so that its first render there is the server's (hydration
// needs the same templates and values) and nothing it already shows is asked for again. On the
// server the renderer sets `seed` as a property; in the page it is JSON in a
// `<script type="application/json" data-polku-seed>` inside the element.
import type {
  LanguageCode,
  Municipality,
  Service,
  ServicePage,
  Tier,
  TierLevel,
  UrgentHelp,
} from '@polku/contract';

export interface FinderSeed {
  /** The first search: its words, the tier chosen, how many services it shows, the API's answer. */
  search: {
    /** The words searched for (the view link's `polku-q`); none when absent. */
    query?: string | undefined;
    tier?: TierLevel | undefined;
    perPage: number;
    page: ServicePage;
    /** When nothing matched at the tier: the nearest tier with services. */
    nearest?: TierLevel | undefined;
  };
  tiers: Tier[];
  urgentHelp: UrgentHelp[];
  municipalities: Municipality[];
  /** A family-list link's services, in the link's order, and its language. */
  shared?: { ids: string[]; lang: LanguageCode | undefined; services: Service[] } | undefined;
}

/** The attribute of the seed's `<script type="application/json">` inside the finder. */
export const seedAttribute = 'data-polku-seed';

/** The seed inside `host` (a server-rendered finder), or `undefined`. */
export function readSeed(host: Element): FinderSeed | undefined {
  const script = host.querySelector(`:scope > script[${seedAttribute}]`);
  if (!script?.textContent) return undefined;
  try {
    return JSON.parse(script.textContent) as FinderSeed;
  } catch {
    return undefined;
  }
}
