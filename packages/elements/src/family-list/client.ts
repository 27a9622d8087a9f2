// A client for the `api` attribute of the chain and the lists, when no `<polku-finder>` provides
// one through context. One per base URL, so several elements on a page share it.
import { createPolkuClient, type PolkuClient } from '@polku/client';

const clients = new Map<string, PolkuClient>();

export function clientForApi(baseUrl: string): PolkuClient {
  let client = clients.get(baseUrl);
  if (!client) {
    client = createPolkuClient({ baseUrl });
    clients.set(baseUrl, client);
  }
  return client;
}
