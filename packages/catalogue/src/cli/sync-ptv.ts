// polku-catalogue sync-ptv: the county's municipalities' services, channels and organizations from
// the PTV Open API v11, written into a catalogue folder through the same merge as import-ptv. On a
// failed request nothing is written (a partial list would report live services as gone).
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { fetchMunicipalities } from '../ptv-sync/fetch.js';
import { createPoliteClient, PtvHttpError } from '../ptv-sync/http.js';
import {
  modifiedSince,
  readSyncState,
  recordsFile,
  type SyncState,
  stateFile,
} from '../ptv-sync/state.js';
import { plural, UsageError } from './format.js';
import { mergeIntoFolder } from './ptv-merge.js';

export const defaultPtvApi = 'https://api.palvelutietovaranto.suomi.fi';

function count(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value))
    throw new UsageError(`--${name} must be a whole number (got "${value}")`);
  return Number(value);
}

export async function syncPtvCommand(args: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args,
    allowPositionals: true,
    options: {
      municipality: { type: 'string' },
      api: { type: 'string' },
      'interval-ms': { type: 'string' },
      'backoff-ms': { type: 'string' },
      retries: { type: 'string' },
      tier: { type: 'string' },
      base: { type: 'string' },
    },
  });
  if (positionals.length !== 1) throw new UsageError('sync-ptv takes one catalogue folder');
  const municipalities = (values.municipality ?? '').split(',').map((code) => code.trim());
  if (municipalities.some((code) => !/^\d{3}$/.test(code))) {
    throw new UsageError(
      `--municipality takes three-digit municipality codes separated by commas (got "${values.municipality ?? ''}")`,
    );
  }
  const api = values.api ?? process.env.POLKU_PTV_API ?? defaultPtvApi;
  if (!/^https?:\/\//.test(api))
    throw new UsageError(`--api must be an http(s) URL (got "${api}")`);
  const out = resolve(positionals[0] as string);
  const previous = await readSyncState(out);
  const startedAt = new Date();
  const client = createPoliteClient({
    baseUrl: api,
    intervalMs: count(values['interval-ms'], 'interval-ms', 250),
    backoffMs: count(values['backoff-ms'], 'backoff-ms', 1000),
    retries: count(values.retries, 'retries', 4),
    onRetry: (message) => console.log(`retry: ${message}`),
  });
  let fetched: Awaited<ReturnType<typeof fetchMunicipalities>>;
  try {
    fetched = await fetchMunicipalities(client, municipalities, previous);
  } catch (error) {
    const reason = error instanceof PtvHttpError ? error.message : (error as Error).message;
    console.log(`error: ${reason}`);
    console.log(
      `FAILED: PTV sync of ${municipalities.join(', ')} from ${api} stopped after ${plural(client.requests, 'request')}; ${out} was not changed`,
    );
    return 1;
  }
  const records = [...fetched.records.values()];
  const { newest, changed, undated } = modifiedSince(records, previous.state?.modified);
  const state: SyncState = {
    api,
    municipalities,
    synced_at: startedAt.toISOString(),
    ...(newest ? { modified: newest } : {}),
    page_counts: fetched.pageCounts,
    pages: fetched.pages,
  };
  console.log(
    `fetched ${plural(records.length, 'PTV record')} from ${api} in ${plural(client.requests, 'request')} (${plural(fetched.pagesFetched, 'page')} fetched, ${fetched.pagesNotModified} not modified since ${previous.state?.synced_at ?? 'never'}); ${previous.state ? `${changed} modified since the last sync (${previous.state.modified ?? 'no cursor'})` : 'first sync'}${undated > 0 ? `, ${undated} without a modified date` : ''}`,
  );
  return mergeIntoFolder({
    inputs: fetched.inputs,
    readProblems: [],
    out,
    ...(values.base !== undefined ? { base: resolve(values.base) } : {}),
    ...(values.tier !== undefined ? { tier: values.tier } : {}),
    extraFiles: {
      [stateFile]: `${JSON.stringify(state, null, 2)}\n`,
      [recordsFile]: `${JSON.stringify(records, null, 2)}\n`,
    },
  });
}
