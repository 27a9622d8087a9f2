/** A query parameter value as the spec's types allow it: a scalar or an array of scalars. */
export type QueryValue = string | number | boolean | readonly (string | number | boolean)[];

/**
 * Serialises query parameters as the spec says: arrays comma-separated (`style: form`,
 * `explode: false`: `tier=3,2,1`, each value percent-encoded but the commas kept), booleans as
 * `true`/`false`. `undefined`, `null` and empty arrays are left out, so an unset filter filters
 * nothing.
 *
 * @param params - the parameters of one request
 * @returns the query string without its `?` (`''` when there is nothing to send)
 */
export function toSearchParams(
  params: Readonly<Record<string, QueryValue | null | undefined>>,
): string {
  const parts: string[] = [];
  for (const [name, value] of Object.entries(params)) {
    if (value == null) continue;
    const values = Array.isArray(value) ? value : [value];
    if (values.length === 0) continue;
    parts.push(
      `${encodeURIComponent(name)}=${values.map((v) => encodeURIComponent(String(v))).join(',')}`,
    );
  }
  return parts.join('&');
}
