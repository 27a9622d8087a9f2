// The Open Referral (HSDS) page envelope, shared by every list.
import type { PageEnvelope } from '@polku/contract';

export function pageEnvelope(
  totalItems: number,
  page: number,
  perPage: number,
  itemsOnPage: number,
): PageEnvelope {
  const totalPages = Math.ceil(totalItems / perPage);
  return {
    total_items: totalItems,
    total_pages: totalPages,
    page_number: page,
    size: perPage,
    first_page: page === 1,
    last_page: page >= totalPages,
    empty: itemsOnPage === 0,
  };
}

/** One page of an in-memory list. */
export function pageOf<T>(
  items: readonly T[],
  page: number,
  perPage: number,
): PageEnvelope & { contents: T[] } {
  const contents = items.slice((page - 1) * perPage, page * perPage);
  return { ...pageEnvelope(items.length, page, perPage, contents.length), contents };
}
