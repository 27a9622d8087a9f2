// What a sync keeps in the catalogue folder for the next one: `ptv-sync.json` (where from, when, the
// `modified` cursor, which ids each list page held) and `ptv-records.json` (the PTV records as
// fetched: a 304 page is rebuilt from it, and `import-ptv` can re-read it offline).
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { isObject } from '../load/checks.js';

export const stateFile = 'ptv-sync.json';
export const recordsFile = 'ptv-records.json';

export interface SyncState {
  api: string;
  municipalities: string[];
  /** When the previous sync started (ISO 8601, UTC): its If-Modified-Since. */
  synced_at: string;
  /** The newest `modified` of any record fetched: records modified after it changed since. */
  modified?: string;
  page_counts: Record<string, number>;
  pages: Record<string, string[]>;
}

type Json = Record<string, unknown>;

/** The previous sync's state and records; empty when there was none (or they do not parse). */
export async function readSyncState(
  dir: string,
): Promise<{ state?: SyncState; records: Map<string, Json> }> {
  const read = async (file: string): Promise<unknown> =>
    JSON.parse(await readFile(join(dir, file), 'utf8'));
  const state = await read(stateFile).catch(() => undefined);
  const records = await read(recordsFile).catch(() => []);
  const byId = new Map<string, Json>();
  for (const record of Array.isArray(records) ? records : []) {
    if (isObject(record) && typeof record.id === 'string') byId.set(record.id, record);
  }
  const valid =
    isObject(state) &&
    typeof state.synced_at === 'string' &&
    isObject(state.pages) &&
    isObject(state.page_counts);
  return valid ? { state: state as unknown as SyncState, records: byId } : { records: new Map() };
}

/** The newest `modified` among the records, how many are newer than `cursor`, how many carry none. */
export function modifiedSince(
  records: Iterable<Json>,
  cursor: string | undefined,
): { newest?: string; changed: number; undated: number } {
  let newest: string | undefined;
  let changed = 0;
  let undated = 0;
  for (const record of records) {
    const modified = typeof record.modified === 'string' ? record.modified : undefined;
    if (!modified) {
      undated += 1;
      continue;
    }
    if (!newest || Date.parse(modified) > Date.parse(newest)) newest = modified;
    if (!cursor || Date.parse(modified) > Date.parse(cursor)) changed += 1;
  }
  return { ...(newest ? { newest } : {}), changed, undated };
}
