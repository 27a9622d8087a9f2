// Filter columns: per document, the values the filters and facets test, as typed arrays. A column
// is one line below, in `columns` (one number per service) or `lists` (several): its array and
// how to find a service's value. Its type, its place in the index and its transfer between
// processes follow from that line; the filter that reads it is in query/filters.ts.
import type { Catalogue } from '@polku/catalogue';
import { channelTypeValues, providerTypeValues, type Service } from '@polku/contract';
import { numberer } from '../numberer.js';
import { buildLists, type Lists } from './lists.js';

/** Values that lists hold as compact numbers, numbered in the order first seen. */
type Numbered = 'municipality' | 'language' | 'chain' | 'organization';
type Numberers = Record<Numbered, ReturnType<typeof numberer>>;

const u8 = (length: number) => new Uint8Array(length);
const i8 = (length: number) => new Int8Array(length);
const i32 = (length: number) => new Int32Array(length);
const u16 = (length: number) => new Uint16Array(length);
const f64 = (length: number) => new Float64Array(length);

function column<A extends Uint8Array | Int8Array | Int32Array>(
  make: (length: number) => A,
  value: (service: Service, numbers: Numberers) => number,
) {
  return { make, value };
}

function list<A extends Uint16Array | Float64Array>(
  make: (length: number) => A,
  values: (service: Service, numbers: Numberers) => number[],
) {
  return { make, values };
}

const degrees = Math.PI / 180;

/**
 * 0: a tier 1-2 service, free (or cost not stated), no referral; 1: tier 1-2 with a referral or a
 * fee; 2: lightest tier 3, no referral; 3: lightest tier 4, or tier 3 with a referral (what a
 * professional arranges: sijaishuolto, MARAK, OT-keskus, lastensuojelu).
 */
function threshold(service: Service): number {
  const lightest = Math.min(...service.tiers);
  const referral = service.referral.required;
  if (lightest >= 4 || (lightest === 3 && referral)) return 3;
  if (lightest === 3) return 2;
  return referral || service.cost.free === false ? 1 : 0;
}

/** One number per document. */
const columns = {
  /** Bit `level - 1` for each tier the service serves. */
  tierMask: column(u8, (s) => s.tiers.reduce((mask, level) => mask | (1 << (level - 1)), 0)),
  /** Position in the spec's provider types. */
  providerType: column(u8, (s) => Math.max(0, providerTypeValues.indexOf(s.provider_type))),
  /** Bit `i` for a channel of the spec's `i`th channel type. */
  channelMask: column(u8, (s) =>
    s.channels.reduce((mask, channel) => mask | (1 << channelTypeValues.indexOf(channel.type)), 0),
  ),
  free: column(u8, (s) => (s.cost.free ? 1 : 0)),
  referralRequired: column(u8, (s) => (s.referral.required ? 1 : 0)),
  /** -1 where the audience states no bound. */
  ageMin: column(i8, (s) =>
    s.audience.child_age_min === undefined ? -1 : s.audience.child_age_min,
  ),
  ageMax: column(i8, (s) =>
    s.audience.child_age_max === undefined ? -1 : s.audience.child_age_max,
  ),
  organization: column(i32, (s, numbers) => numbers.organization.number(s.organization.id)),
  /** How high the threshold is to use it (query/rank.ts): 0 lowest … 3 highest. */
  threshold: column(u8, (s) => threshold(s)),
};

/** Several numbers per document. */
const lists = {
  municipalities: list(u16, (s, numbers) =>
    s.municipalities.map((code) => numbers.municipality.number(code)),
  ),
  deliveryLanguages: list(u16, (s, numbers) =>
    s.delivery_languages.map((code) => numbers.language.number(code)),
  ),
  chains: list(u16, (s, numbers) => s.chains.map((id) => numbers.chain.number(id))),
  /** Locations of in-person addresses as lat, lon pairs (radians). */
  locations: list(f64, (s) => {
    const points: number[] = [];
    for (const channel of s.channels) {
      if (channel.type === 'in_person' && channel.address.location) {
        points.push(channel.address.location.lat * degrees, channel.address.location.lon * degrees);
      }
    }
    return points;
  }),
};

export type FilterColumns = {
  readonly [K in keyof typeof columns]: ReturnType<(typeof columns)[K]['make']>;
};
export type FilterLists = {
  readonly [K in keyof typeof lists]: Lists<ReturnType<(typeof lists)[K]['make']>>;
};
/** Each numbered value (a municipality code, a language, a chain or organization id) → its number. */
export type ValueNumbers = Readonly<Record<Numbered, ReadonlyMap<string, number>>>;

function numberedFrom(keys: readonly string[]): ReturnType<typeof numberer> {
  const numbers = numberer();
  for (const key of keys) numbers.number(key);
  return numbers;
}

/** The columns and lists of `services` (in document order). */
export function buildFilterColumns(
  catalogue: Catalogue,
  services: readonly Service[],
): { columns: FilterColumns; lists: FilterLists; numbers: ValueNumbers } {
  // The catalogue's own municipalities, chains and organizations first, in its order.
  const numberers: Numberers = {
    municipality: numberedFrom(catalogue.municipalities.map((municipality) => municipality.code)),
    language: numberer(),
    chain: numberedFrom(catalogue.chains.map((chain) => chain.id)),
    organization: numberedFrom(catalogue.organizations.map((organization) => organization.id)),
  };
  const builtColumns: Record<string, Uint8Array | Int8Array | Int32Array> = {};
  for (const [name, { make, value }] of Object.entries(columns)) {
    const array = make(services.length);
    for (let doc = 0; doc < services.length; doc += 1)
      array[doc] = value(services[doc] as Service, numberers);
    builtColumns[name] = array;
  }
  const builtLists: Record<string, Lists<Uint16Array | Float64Array>> = {};
  for (const [name, { make, values }] of Object.entries(lists)) {
    const perDocument = services.map((service) => values(service, numberers));
    builtLists[name] = buildLists<Uint16Array | Float64Array>(perDocument, make);
  }
  return {
    columns: builtColumns as FilterColumns,
    lists: builtLists as FilterLists,
    numbers: {
      municipality: numberers.municipality.map,
      language: numberers.language.map,
      chain: numberers.chain.map,
      organization: numberers.organization.map,
    },
  };
}
