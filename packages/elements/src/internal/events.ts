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

declare global {
  interface GlobalEventHandlersEventMap {
    'polku-select': CustomEvent<PolkuSelectDetail>;
    'polku-search': CustomEvent<PolkuSearchDetail>;
    'polku-tier-change': CustomEvent<PolkuTierChangeDetail>;
  }
}

/** Fires a Polku event the way every Polku event goes out: bubbling, composed. */
export function emit<K extends 'polku-select' | 'polku-search' | 'polku-tier-change'>(
  target: EventTarget,
  type: K,
  detail: GlobalEventHandlersEventMap[K]['detail'],
): void {
  target.dispatchEvent(new CustomEvent(type, { detail, bubbles: true, composed: true }));
}
