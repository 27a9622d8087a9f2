/**
 * The request never got an HTTP answer: the server could not be reached, the connection broke,
 * DNS failed or (in a browser) CORS refused the response. `cause` holds the error `fetch`
 * threw (a `TypeError`). The client has already retried it as its `retry` option says.
 */
export class PolkuNetworkError extends Error {
  /** @param cause - the error `fetch` threw */
  constructor(cause: unknown) {
    super('Could not reach the Polku API', { cause });
    this.name = 'PolkuNetworkError';
  }
}
