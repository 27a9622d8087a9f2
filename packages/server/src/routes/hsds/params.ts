// The query parameters the /hsds/ endpoints take, parsed from the raw query string. HSDS defines
// more (search, proximity, modified_after...): one this server does not implement is refused with a
// 400 naming it, never silently ignored (an ignored filter would return the wrong records).
import { isLanguageCode, type LanguageCode } from '@polku/contract';
import { addError as add, parameterErrors } from '../../http/params.js';
import { truncate } from '../../http/truncate.js';
import type { HsdsQuery } from './views.js';

export const maxPerPage = 500;
const defaultPerPage = 50;

export interface ParsedHsdsQuery {
  lang: LanguageCode;
  query: HsdsQuery;
  errors: Record<string, string[]>;
  /** The parameters in a fixed order: the cache key of the response. */
  key: string;
}

/** Which parameters each kind of endpoint takes besides `lang`. */
export const endpointParameters = {
  root: [],
  record: [],
  services: ['page', 'per_page', 'full', 'organization_id', 'taxonomy_id', 'taxonomy_term_id'],
  serviceAtLocations: [
    'page',
    'per_page',
    'full',
    'organization_id',
    'taxonomy_id',
    'taxonomy_term_id',
  ],
  organizations: ['page', 'per_page', 'full'],
  taxonomies: ['page', 'per_page'],
  taxonomyTerms: ['page', 'per_page', 'taxonomy_id'],
} as const satisfies Record<string, readonly string[]>;

function positive(value: string, name: string, errors: Record<string, string[]>, max?: number) {
  if (!/^[1-9]\d{0,6}$/.test(value)) {
    add(errors, name, 'must be a whole number from 1');
    return undefined;
  }
  const number = Number(value);
  if (max !== undefined && number > max) add(errors, name, `must be at most ${max}`);
  return number;
}

export function parseHsdsQuery(rawQuery: string, accepted: readonly string[]): ParsedHsdsQuery {
  // Without a prototype: `__proto__` or `constructor` is a name like any other (http/params.ts).
  const errors = parameterErrors();
  const values = new Map<string, string>();
  for (const [name, value] of new URLSearchParams(rawQuery)) {
    if (name !== 'lang' && !accepted.includes(name)) {
      add(errors, truncate(name, 64), 'is not a parameter of this endpoint on this server');
    } else if (values.has(name)) {
      add(errors, name, 'is given more than once');
    } else {
      values.set(name, value);
    }
  }
  const langValue = values.get('lang') ?? 'fi';
  if (!isLanguageCode(langValue)) add(errors, 'lang', 'must be fi, sv or en');
  const query: HsdsQuery = { page: 1, per_page: defaultPerPage, full: false };
  const page = values.get('page');
  if (page !== undefined) query.page = positive(page, 'page', errors) ?? 1;
  const perPage = values.get('per_page');
  if (perPage !== undefined)
    query.per_page = positive(perPage, 'per_page', errors, maxPerPage) ?? 1;
  const full = values.get('full');
  if (full !== undefined) {
    if (full !== 'true' && full !== 'false') add(errors, 'full', 'must be true or false');
    query.full = full === 'true';
  }
  for (const name of ['organization_id', 'taxonomy_id', 'taxonomy_term_id'] as const) {
    const value = values.get(name);
    if (value === undefined) continue;
    if (value.length === 0 || value.length > 200) add(errors, name, 'must be an id');
    else query[name] = value.toLowerCase();
  }
  const lang = (isLanguageCode(langValue) ? langValue : 'fi') as LanguageCode;
  return { lang, query, errors, key: JSON.stringify([lang, query]) };
}
