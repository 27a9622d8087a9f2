// A client for the `api` attribute of the chain and the lists, when no `<polku-finder>` provides
// one through context. One per base URL, so several elements on a page share it.
import { createPolkuClient, type PolkuClient } from '@polku/client';

const clients = new Map<string, PolkuClient>();

/** Where the API is when `api` is not set: the origin the script came from, plus `/v1`. */
export function defaultApi(): string {
  return new URL('/v1', import.meta.url).href;
}

export function clientForApi(baseUrl: string): PolkuClient {
  let client = clients.get(baseUrl);
  if (!client) {
    client = createPolkuClient({ baseUrl });
    clients.set(baseUrl, client);
  }
  return client;
}
