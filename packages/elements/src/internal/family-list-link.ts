// The link a worker gives a family: it opens the finder showing exactly the chosen services.
// It carries the service ids and the family's language and nothing else: never the notes, never
// the worker's search (a query such as "väkivalta" must not travel to the family).
import { isLanguageCode, type LanguageCode } from '@polku/contract';

/** Query parameter holding the comma-separated service ids. */
export const FAMILY_LIST_SERVICES_PARAM = 'polku-services';
/** Query parameter holding the family's language. */
export const FAMILY_LIST_LANG_PARAM = 'polku-lang';
/** The API's `id` filter takes at most this many ids. */
export const FAMILY_LIST_MAX_SERVICES = 100;

/** A service id: a UUID. */
export const serviceIdPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export interface FamilyListLink {
  /** Service ids in the order the worker put them. */
  ids: string[];
  /** The family's language, when the link names a known one. */
  lang: LanguageCode | undefined;
}

/**
 * Builds the link. `base` is the page that will show the list (a finder page); its own query
 * and fragment are dropped so nothing else from the worker's page travels with the link.
 */
export function buildFamilyListLink(
  base: string | URL,
  ids: readonly string[],
  lang: LanguageCode,
): string {
  const url = new URL(base);
  url.search = '';
  url.hash = '';
  // Commas stay readable: ids are UUIDs, so nothing in them needs escaping.
  url.search = `?${FAMILY_LIST_SERVICES_PARAM}=${ids.join(',')}&${FAMILY_LIST_LANG_PARAM}=${lang}`;
  return url.href;
}

/**
 * Reads a family-list link: the ids (valid UUIDs only, deduplicated, at most 100) and the
 * language. `undefined` when the URL carries no service ids.
 */
export function readFamilyListLink(url: string | URL | Location): FamilyListLink | undefined {
  let parsed: URL;
  try {
    parsed = new URL(typeof url === 'string' ? url : url.href);
  } catch {
    return undefined;
  }
  const raw = parsed.searchParams.get(FAMILY_LIST_SERVICES_PARAM);
  if (!raw) return undefined;
  const ids: string[] = [];
  for (const part of raw.split(',')) {
    const id = part.trim().toLowerCase();
    if (serviceIdPattern.test(id) && !ids.includes(id)) ids.push(id);
    if (ids.length === FAMILY_LIST_MAX_SERVICES) break;
  }
  if (ids.length === 0) return undefined;
  const lang = parsed.searchParams.get(FAMILY_LIST_LANG_PARAM);
  return { ids, lang: isLanguageCode(lang) ? lang : undefined };
}
