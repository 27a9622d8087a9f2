/**
 * Where the API is when `api` is not set: the origin the script came from, plus `/v1`. A server
 * rendering the elements (Lit SSR) has no script origin and no `document`: the page's own `/v1`.
 */
export function defaultApi(): string {
  return typeof document === 'undefined' ? '/v1' : new URL('/v1', import.meta.url).href;
}
