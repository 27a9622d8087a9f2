// A compact, deduplicated copy of an immutable catalogue. A loaded catalogue holds every string
// and every nested object once per record: the same organization, address, opening hours,
// referral text, language list and boilerplate sentence thousands of times over. The server
// never changes the catalogue, so equal values can be one value: strings are interned and equal
// subtrees (objects and arrays) are shared, bottom-up, and frozen so that sharing stays safe.
// At 100 000 synthetic services this takes the catalogue from ~470 MB of heap to a fraction of it.

import type { Catalogue } from '@polku/catalogue';
import { buildSearchIndex, type SearchIndex } from '../search/index.js';
import { type DescriptionStore, DescriptionStoreBuilder } from './descriptions.js';

/**
 * Deduplicates JSON-like values: equal strings and equal subtrees become one (frozen) value.
 * Bottom-up: a node's children are shared first, so two nodes are equal when their keys (in
 * order) and their children are identical; a numeric hash finds the candidates.
 */
export class Interner {
  readonly #strings = new Map<string, number>();
  readonly #stringValues: string[] = [];
  readonly #nodes = new Map<number, object[]>();
  /** Hash of the value the last `#visit` returned. */
  #hash = 0;

  /** `freeze: false` leaves the shared values mutable (for `boxRepeatedStrings`, then a copy). */
  constructor(readonly freeze = true) {}

  /** The shared, frozen equivalent of `value` (a JSON-like tree). */
  intern<T>(value: T): T {
    return this.#visit(value) as T;
  }

  #string(value: string): string {
    let id = this.#strings.get(value);
    if (id === undefined) {
      id = this.#stringValues.length;
      this.#strings.set(value, id);
      this.#stringValues.push(value);
    }
    this.#hash = Math.imul(id + 1, 0x9e3779b1);
    return this.#stringValues[id] as string;
  }

  #visit(value: unknown): unknown {
    if (typeof value === 'string') return this.#string(value);
    if (value === null || typeof value !== 'object') {
      this.#hash =
        typeof value === 'number'
          ? Math.imul((value * 1000) | 0, 0x85ebca6b) ^ 0x5bd1e995
          : value === true
            ? 1
            : value === false
              ? 2
              : 3;
      return value;
    }
    let hash: number;
    let copy: unknown[] | Record<string, unknown>;
    if (Array.isArray(value)) {
      const items: unknown[] = new Array(value.length);
      hash = 0x27d4eb2f;
      for (let i = 0; i < value.length; i += 1) {
        items[i] = this.#visit(value[i]);
        hash = Math.imul(hash ^ this.#hash, 0x01000193);
      }
      copy = items;
    } else {
      // A spread copy keeps the object's fast shape (members added one by one through computed
      // keys would turn a 20-member record into a hash table, ~1.4 kB per service).
      const record: Record<string, unknown> = { ...(value as Record<string, unknown>) };
      hash = 0x165667b1;
      for (const name in record) {
        const child = this.#visit(record[name]);
        if (child === undefined) {
          delete record[name]; // as JSON: an undefined member is no member
          continue;
        }
        const childHash = this.#hash;
        this.#string(name);
        hash = Math.imul(hash ^ this.#hash ^ (childHash << 1), 0x01000193);
        record[name] = child;
      }
      copy = record;
    }
    const bucket = this.#nodes.get(hash);
    if (bucket) {
      for (const candidate of bucket) {
        if (sameShallow(candidate, copy)) {
          this.#hash = hash;
          return candidate;
        }
      }
      bucket.push(this.freeze ? Object.freeze(copy) : copy);
    } else {
      this.#nodes.set(hash, [this.freeze ? Object.freeze(copy) : copy]);
    }
    this.#hash = hash;
    return copy;
  }
}

/** Same kind, same keys in the same order, identical children (children are already shared). */
function sameShallow(a: object, b: object): boolean {
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    if (a.length !== other.length) return false;
    for (let i = 0; i < a.length; i += 1) if (a[i] !== other[i]) return false;
    return true;
  }
  const keysA = Object.keys(a);
  const keysB = Object.keys(b);
  if (keysA.length !== keysB.length) return false;
  for (let i = 0; i < keysA.length; i += 1) {
    const key = keysA[i] as string;
    if (key !== keysB[i]) return false;
    if ((a as Record<string, unknown>)[key] !== (b as Record<string, unknown>)[key]) return false;
  }
  return true;
}

/**
 * A copy of `catalogue` in which equal strings and equal subtrees are shared and frozen. Ids
 * and order are unchanged; only identity differs (compare records by id). With `descriptions`,
 * each service's description is added to it and the service holds the description's number
 * instead (descriptions.ts).
 */
export function compactCatalogue(
  catalogue: Catalogue,
  descriptions?: DescriptionStoreBuilder,
  freeze = true,
): Catalogue {
  const interner = new Interner(freeze);
  return {
    id: catalogue.id,
    name: interner.intern(catalogue.name),
    ...(catalogue.serviceGuidance
      ? { serviceGuidance: interner.intern(catalogue.serviceGuidance) }
      : {}),
    municipalities: catalogue.municipalities.map((record) => interner.intern(record)),
    tiers: catalogue.tiers.map((record) => interner.intern(record)),
    urgentHelp: catalogue.urgentHelp.map((record) => interner.intern(record)),
    organizations: catalogue.organizations.map((record) => interner.intern(record)),
    services: catalogue.services.map((record) => {
      const number = descriptions?.add(record.description);
      // Spread, then the member replaced in place: the same members in the same order.
      return interner.intern(
        number === undefined ? record : { ...record, description: number as never },
      );
    }),
    chains: catalogue.chains.map((record) => interner.intern(record)),
    selfChecks: catalogue.selfChecks.map((record) => interner.intern(record)),
    ...(catalogue.vocabulary ? { vocabulary: interner.intern(catalogue.vocabulary) } : {}),
  };
}

/** The catalogue as the server keeps it: deduplicated, descriptions in a `DescriptionStore`. */
export function compactForServing(
  catalogue: Catalogue,
  freeze = true,
): {
  catalogue: Catalogue;
  descriptions: DescriptionStore;
} {
  const builder = new DescriptionStoreBuilder();
  const compacted = compactCatalogue(catalogue, builder, freeze);
  return { catalogue: compacted, descriptions: builder.finish() };
}

/**
 * The index of the catalogue as the server keeps it: a caller that loaded `catalogue` and lets go
 * of it (startServer, the CLI) leaves only the compact copy in memory. `freeze: false` leaves the
 * copy's records mutable (the loader boxes their strings in place before handing them over).
 */
export function indexForServing(catalogue: Catalogue, freeze = true): SearchIndex {
  const compact = compactForServing(catalogue, freeze);
  return buildSearchIndex(compact.catalogue, compact.descriptions);
}

// Structured clone (`v8.serialize`, `postMessage`) keeps shared objects shared but copies a string
// at every place it occurs: a compacted catalogue of 100 000 services arrived with 690 000 extra
// copies of strings such as "in_person" and "ngo" (22 MB). Boxing each repeated string in one
// shared object before the clone, and unboxing after, gives each of them a single copy.

const boxKey = '\u0000polku:string';
type Box = { [boxKey]: string };

function isBox(value: unknown): value is Box {
  return typeof value === 'object' && value !== null && boxKey in value;
}

/**
 * Replaces, in the (mutable) tree `root`, every string that occurs more than once by one shared
 * box. Returns the objects and arrays that now hold a box, for `unboxStrings`.
 */
export function boxRepeatedStrings(root: object): object[] {
  const objects: object[] = [];
  const seen = new Set<object>();
  const counts = new Map<string, number>();
  const visit = (value: unknown): void => {
    if (typeof value === 'string') {
      counts.set(value, (counts.get(value) ?? 0) + 1);
      return;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) return;
    seen.add(value);
    objects.push(value);
    for (const key in value) visit((value as Record<string, unknown>)[key]);
  };
  visit(root);
  const boxes = new Map<string, Box>();
  const holders: object[] = [];
  for (const object of objects) {
    const record = object as Record<string, unknown>;
    let holds = false;
    for (const key in record) {
      const value = record[key];
      if (typeof value !== 'string' || (counts.get(value) as number) < 2) continue;
      let box = boxes.get(value);
      if (!box) {
        box = { [boxKey]: value };
        boxes.set(value, box);
      }
      record[key] = box;
      holds = true;
    }
    if (holds) holders.push(object);
  }
  return holders;
}

/** Undoes `boxRepeatedStrings` on the clone: `holders` as it returned them, cloned with the tree. */
export function unboxStrings(holders: readonly object[]): void {
  for (const object of holders) {
    const record = object as Record<string, unknown>;
    for (const key in record) {
      const value = record[key];
      if (isBox(value)) record[key] = value[boxKey];
    }
  }
}
