// The help lines: the API's `/v1/urgent-help`, else the copy bundled in the script (no client
// yet, or an API without lines), so they show even when the API is down.
import type { PolkuClient } from '@polku/client';
import type { LanguageCode, UrgentHelp } from '@polku/contract';
import { bundledUrgentHelp } from '../generated/urgent-help.js';

export async function fetchUrgentHelp(
  client: PolkuClient | undefined,
  signal: AbortSignal,
  lang?: LanguageCode,
): Promise<readonly UrgentHelp[]> {
  if (!client) return bundledUrgentHelp;
  const page = await client.urgentHelp.list({ signal, lang });
  return page.contents.length > 0 ? page.contents : bundledUrgentHelp;
}
