// Events of the family list. Cards anywhere on the page (the finder's results, the chain ladder)
// ask a family list to add a service by dispatching `polku-list-add`; it crosses shadow roots
// (composed) and reaches `document`, where every <polku-family-list> listens.

/** Detail of `polku-list-add`: only the service id, no personal data. */
export interface FamilyListAddDetail {
  id: string;
}

/** Detail of `polku-list-change`: only how many services the list holds, never the notes. */
export interface FamilyListChangeDetail {
  count: number;
}

export const FAMILY_LIST_ADD_EVENT = 'polku-list-add';
export const FAMILY_LIST_CHANGE_EVENT = 'polku-list-change';

/**
 * Asks the family lists on the page to add a service, as the user's action. Call it from the
 * click handler of an "Add to family list" button. Returns `false` when a listener cancelled it.
 */
export function requestAddToFamilyList(from: Element, id: string): boolean {
  return from.dispatchEvent(
    new CustomEvent<FamilyListAddDetail>(FAMILY_LIST_ADD_EVENT, {
      detail: { id },
      bubbles: true,
      composed: true,
      cancelable: true,
    }),
  );
}

declare global {
  interface GlobalEventHandlersEventMap {
    'polku-list-add': CustomEvent<FamilyListAddDetail>;
    'polku-list-change': CustomEvent<FamilyListChangeDetail>;
  }
}
