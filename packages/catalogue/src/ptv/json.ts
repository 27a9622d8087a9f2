// Reading PTV JSON values: lists of objects, trimmed strings, web page urls, clock times.
import { languageOrder } from '@polku/contract';
import { isObject } from '../load/checks.js';

export type Json = Record<string, unknown>;

export const uuidPattern =
  /^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$/;

export const sourceName = 'Suomi.fi-palvelutietovaranto (PTV), Open API v11';
export const apiBase = 'https://api.palvelutietovaranto.suomi.fi/api/v11';

export const objects = (value: unknown): Json[] =>
  Array.isArray(value) ? value.filter(isObject) : [];

export const str = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

/** URLs of a PTV record's web pages (`webPages` with url, or `webPage` with the url as value). */
export function webPageUrls(record: Json): string[] {
  const urls: string[] = [];
  const pages = [...objects(record.webPages), ...objects(record.webPage)];
  pages.sort((a, b) => languageRank(a.language) - languageRank(b.language));
  for (const page of pages) {
    const url = str(page.url) ?? str(page.value);
    if (url && !urls.includes(url)) urls.push(url);
  }
  return urls;
}

function languageRank(language: unknown): number {
  const index = (languageOrder as readonly unknown[]).indexOf(language);
  return index === -1 ? languageOrder.length : index;
}

export function isHttpUrl(value: string): boolean {
  return /^https?:\/\/[^\s/?#]/i.test(value) && URL.canParse(value);
}

/** `HH:MM` of a PTV time (`08:00`, `08:00:00`), or undefined. */
export function clockTime(value: unknown): string | undefined {
  if (typeof value !== 'string') return undefined;
  const match = /^(\d{1,2}):(\d{2})(:\d{2}(\.\d+)?)?$/.exec(value.trim());
  if (!match) return undefined;
  const hours = Number(match[1]);
  const minutes = Number(match[2]);
  if (hours > 23 || minutes > 59) return undefined;
  return `${String(hours).padStart(2, '0')}:${String(minutes).padStart(2, '0')}`;
}
