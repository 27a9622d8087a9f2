/**
 * An attempt got no response headers within the client's `timeout` (milliseconds, per attempt).
 * A timed-out attempt is not retried.
 */
export class PolkuTimeoutError extends Error {
  /** The timeout that ran out, in milliseconds. */
  readonly timeout: number;

  /**
   * @param timeout - the timeout that ran out, in milliseconds
   * @param options - `cause`: ky's `TimeoutError`
   */
  constructor(timeout: number, options?: ErrorOptions) {
    super(`Polku API did not answer within ${timeout} ms`, options);
    this.name = 'PolkuTimeoutError';
    this.timeout = timeout;
  }
}
