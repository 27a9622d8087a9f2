// Every event a Polku element fires, and the one way they go out (`emit`): bubbling and composed,
// so a host page hears them across shadow roots; fired only for what the person did, never for a
// property set by code. Details carry ids and counts, never personal data or the typed text.
import type { TierLevel } from '@polku/contract';

/** `polku-select`: the person opened a service's details. */
export interface PolkuSelectDetail {
  /** The service's id (a catalogue id, not personal data). */
  id: string;
}

/** `polku-search`: results of a search the person made (typing, a tier, a filter) arrived. */
export interface PolkuSearchDetail {
  /** How many services matched. */
  total: number;
  /** The chosen tier, if any. */
  tier: TierLevel | undefined;
  /** Whether free text was part of the search. The text itself is never sent. */
  hasQuery: boolean;
  /** How many filters were on. */
  filterCount: number;
}

/** `polku-tier-change`: the person chose a tier (or "show everything": `undefined`). */
export interface PolkuTierChangeDetail {
  tier: TierLevel | undefined;
}

/** Detail of `polku-list-add`: only the service id, no personal data. */
export interface FamilyListAddDetail {
  id: string;
}

/** Detail of `polku-list-change`: only how many services the list holds, never the notes. */
export interface FamilyListChangeDetail {
  count: number;
}

// Cards anywhere on the page (the finder's results, the chain ladder) ask a family list to add a
// service with `polku-list-add`; it crosses shadow roots and reaches `document`, where every
// <polku-family-list> listens.
export const FAMILY_LIST_ADD_EVENT = 'polku-list-add';
export const FAMILY_LIST_CHANGE_EVENT = 'polku-list-change';

declare global {
  interface GlobalEventHandlersEventMap {
    'polku-select': CustomEvent<PolkuSelectDetail>;
    'polku-search': CustomEvent<PolkuSearchDetail>;
    'polku-tier-change': CustomEvent<PolkuTierChangeDetail>;
    'polku-list-add': CustomEvent<FamilyListAddDetail>;
    'polku-list-change': CustomEvent<FamilyListChangeDetail>;
    /** The person left the self-check ("Back to the service search"); no answer goes with it. */
    'polku-self-check-close': CustomEvent<Record<string, never>>;
  }
}

type PolkuEventType =
  | 'polku-select'
  | 'polku-search'
  | 'polku-tier-change'
  | 'polku-list-add'
  | 'polku-list-change'
  | 'polku-self-check-close';

/**
 * Fires a Polku event the way every Polku event goes out: bubbling, composed. Returns `false`
 * when a listener cancelled a `cancelable` one.
 */
export function emit<K extends PolkuEventType>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
  cancelable = false,
): boolean {
  return target.dispatchEvent(
    new CustomEvent(type, { detail, bubbles: true, composed: true, cancelable }),
  );
}

/**
 * Asks the family lists on the page to add a service, as the user's action. Call it from the
 * click handler of an "Add to family list" button. Returns `false` when a listener cancelled it.
 */
export function requestAddToFamilyList(from: Element, id: string): boolean {
  return emit(from, FAMILY_LIST_ADD_EVENT, { id }, true);
}
