// The API client of an element: a ready `client` (set by code, or provided through context by a
// `<polku-finder>` around the element), else one for its `api` attribute. One client per base
// URL, so several elements on a page share it.
import { ContextConsumer } from '@lit/context';
import { createPolkuClient, type PolkuClient } from '@polku/client';
import type { ReactiveElement } from 'lit';
import { clientContext } from './context.js';
import { defaultApi } from './default-api.js';
import { fetchOrEarly } from './early-requests.js';

/** An element with the `client` property and the `api` attribute. */
export interface ClientHost extends ReactiveElement {
  client: PolkuClient | undefined;
  api: string | undefined;
}

const clients = new Map<string, PolkuClient>();

export { defaultApi };

export function clientForApi(baseUrl: string): PolkuClient {
  let client = clients.get(baseUrl);
  if (!client) {
    // A first search the embed's entry started (early-requests.ts) is taken, not made again.
    client = createPolkuClient({ baseUrl, fetch: fetchOrEarly });
    clients.set(baseUrl, client);
  }
  return client;
}

export class ClientController {
  readonly #host: ClientHost;

  /** `fromContext: false` for the finder, which provides the client rather than consuming it. */
  constructor(host: ClientHost, fromContext = true) {
    this.#host = host;
    if (fromContext) {
      // What `@consume({ context: clientContext, subscribe: true })` on `client` would do.
      new ContextConsumer(host, {
        context: clientContext,
        subscribe: true,
        callback: (client) => {
          host.client = client;
        },
      });
    }
  }

  /** `client` when there is one, else the shared client for `api` (default: the script's origin). */
  get value(): PolkuClient {
    return this.#host.client ?? clientForApi(this.#host.api || defaultApi());
  }
}
