import { type QueryValue, toSearchParams } from './search-params.js';

/**
 * The URL of one request: the base URL without its trailing slashes, the spec's path under `/v1`
 * (`{id}` filled in), the query as {@link toSearchParams} writes it. Every request of a client
 * goes to this URL, so a page that starts the same request early (a preload) can meet it.
 *
 * @example requestUrl('https://palvelut.example/v1', '/v1/services', { per_page: 20, lang: 'fi' })
 * // → 'https://palvelut.example/v1/services?per_page=20&lang=fi'
 */
export function requestUrl(
  baseUrl: string | URL,
  path: `/v1${string}`,
  query: Readonly<Record<string, QueryValue | null | undefined>>,
  id = '',
): string {
  const search = toSearchParams(query);
  const url =
    String(baseUrl).replace(/\/+$/, '') + path.slice(3).replace('{id}', encodeURIComponent(id));
  return url + (search && `?${search}`);
}
