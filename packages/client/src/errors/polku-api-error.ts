import type { Problem } from '@polku/contract';

/**
 * The API answered with an HTTP error status (4xx or 5xx).
 *
 * `problem` is the RFC 9457 problem details the server sent (`application/problem+json`);
 * for a `400`, `problem.errors` maps each bad parameter to its messages. When the body was not
 * a JSON object (a proxy's HTML error page, say), `problem` is made up from the status:
 * `{ type: 'about:blank', title: <status text>, status }`.
 *
 * @example
 * ```ts
 * try {
 *   await client.services.get(id);
 * } catch (error) {
 *   if (error instanceof PolkuApiError && error.status === 404) showNotFound();
 *   else throw error;
 * }
 * ```
 */
export class PolkuApiError extends Error {
  /** The HTTP status code of the response (`400`, `404`, `503`...). */
  readonly status: number;
  /** The problem details from the body, or a synthetic one when the body had none. */
  readonly problem: Problem;

  /**
   * @param status - the HTTP status of the response
   * @param problem - the problem details the server sent, or one made up from the status
   * @param options - `cause`: ky's `HTTPError`, which holds the `Response`
   */
  constructor(status: number, problem: Problem, options?: ErrorOptions) {
    super(`Polku API answered ${status}: ${problem.detail ?? problem.title}`, options);
    this.name = 'PolkuApiError';
    this.status = status;
    this.problem = problem;
  }
}
