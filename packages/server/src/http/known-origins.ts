// The origins the hosted pages are made for when no public URL is configured. Each request's Host
// names one, and each one costs a render of its own (the `hreflang` links are absolute), so a
// client sending ever new Host headers could make the server render page after page and push the
// real ones out of the cache. A deployment answers to a few names (localhost, its address, its
// name): the first `limit` are kept, and a request naming another gets the first one's links.
export class KnownOrigins {
  readonly #seen = new Set<string>();
  readonly #limit: number;
  readonly #warn: (message: string) => void;
  #warned = false;

  constructor(limit: number, warn: (message: string) => void) {
    this.#limit = limit;
    this.#warn = warn;
  }

  /** `requested`, when it is one of the first `limit` origins asked for; else the first. */
  pick(requested: string): string {
    if (this.#seen.has(requested)) return requested;
    if (this.#seen.size < this.#limit) {
      this.#seen.add(requested);
      return requested;
    }
    if (!this.#warned) {
      this.#warned = true;
      this.#warn(
        `pages were asked for under more than ${this.#limit} host names; the others get the links of the first (set --public-url / POLKU_PUBLIC_URL)`,
      );
    }
    return this.#seen.values().next().value ?? requested;
  }
}
