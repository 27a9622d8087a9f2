// The data format's checks besides the schemas that look inside one record as written.
import type { LanguageCode } from '@polku/contract';
import { languagesOfTexts } from '../texts.js';

/** A problem inside one record: a JSON pointer into the record as written, and why. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** A record as read from a data file: a mapping of fields. */
export type JsonObject = Record<string, unknown>;

export function isObject(value: unknown): value is JsonObject {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

const phoneCharacters = /^[0-9 +\-()]*$/;

/**
 * Every `url` is http(s) and every `phone` holds only the characters people dial. The schemas
 * allow URLs and phone numbers only on the record itself, in its `source` and in its channels.
 */
export function checkUrlsAndPhones(record: JsonObject): FieldProblem[] {
  const found: FieldProblem[] = [];
  const check = (holder: unknown, pointer: string): void => {
    if (!isObject(holder)) return;
    if (typeof holder.url === 'string') {
      const message = urlProblem(holder.url);
      if (message) found.push({ field: `${pointer}/url`, message });
    }
    if (typeof holder.phone === 'string' && !phoneCharacters.test(holder.phone)) {
      found.push({
        field: `${pointer}/phone`,
        message: `may hold only digits, spaces, "+", "-", "(" and ")" (got ${JSON.stringify(holder.phone)})`,
      });
    }
  };
  check(record, '');
  check(record.source, '/source');
  if (Array.isArray(record.channels)) {
    for (let index = 0; index < record.channels.length; index++) {
      check(record.channels[index], `/channels/${index}`);
    }
  }
  return found;
}

const httpPrefix = /^https?:\/\/[^\s/?#]/i;

function urlProblem(value: string): string | undefined {
  if (httpPrefix.test(value) && URL.canParse(value)) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `is not a valid absolute URL (got ${JSON.stringify(value)})`;
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return `must be an http: or https: address (got ${JSON.stringify(value)})`;
  }
  return undefined;
}

/**
 * Fills a record's `available_languages` from its required display texts when it is left out,
 * or checks that the written one says what the texts hold.
 */
export function resolveAvailableLanguages(
  record: JsonObject,
  textFields: readonly string[],
  found: FieldProblem[],
): void {
  const texts = textFields.map((field) => record[field]);
  const derived: LanguageCode[] = languagesOfTexts(texts);
  const written = record.available_languages;
  const allTextsPresent = texts.every(isObject);
  if (written === undefined) {
    record.available_languages = derived;
    if (derived.length === 0 && allTextsPresent) {
      found.push({
        field: '/available_languages',
        message: `cannot be derived: ${textFields.join(', ')} have no language in common`,
      });
    }
    return;
  }
  if (!Array.isArray(written) || !allTextsPresent) return; // the schema reports these
  const writtenSet = new Set(written);
  if (writtenSet.size !== derived.length || derived.some((language) => !writtenSet.has(language))) {
    found.push({
      field: '/available_languages',
      message: `says [${written.join(', ')}] but ${textFields.join(', ')} are all written in [${derived.join(', ')}]; fix it or leave it out to have it derived`,
    });
  }
}

/** `audience.child_age_min <= audience.child_age_max`. */
export function checkAgeRange(record: JsonObject, found: FieldProblem[]): void {
  const audience = record.audience;
  if (!isObject(audience)) return;
  const { child_age_min: min, child_age_max: max } = audience;
  if (typeof min === 'number' && typeof max === 'number' && min > max) {
    found.push({
      field: '/audience/child_age_max',
      message: `is ${max}, below child_age_min ${min}`,
    });
  }
}

/** Each municipality code at `pointer` (a list of codes) is one of `known`. */
export function checkMunicipalityList(
  codes: unknown,
  pointer: string,
  known: ReadonlySet<string>,
  found: FieldProblem[],
): void {
  if (!Array.isArray(codes)) return;
  codes.forEach((code, index) => {
    if (typeof code === 'string' && /^[0-9]{3}$/.test(code) && !known.has(code)) {
      found.push({ field: `${pointer}/${index}`, message: unknownMunicipality(code) });
    }
  });
}

export function unknownMunicipality(code: string): string {
  return `municipality ${code} is not in municipalities.yaml`;
}

/** The municipality of each channel's address is one of `known`. */
export function checkChannelAddresses(
  record: JsonObject,
  known: ReadonlySet<string>,
  found: FieldProblem[],
): void {
  const channels = record.channels;
  if (!Array.isArray(channels)) return;
  channels.forEach((channel, index) => {
    if (!isObject(channel) || !isObject(channel.address)) return;
    const code = channel.address.municipality;
    if (typeof code === 'string' && /^[0-9]{3}$/.test(code) && !known.has(code)) {
      found.push({
        field: `/channels/${index}/address/municipality`,
        message: unknownMunicipality(code),
      });
    }
  });
}

/** Each tier level in the list at `pointer` is defined in tiers.yaml. */
export function checkTierLevels(
  levels: unknown,
  pointer: string,
  known: ReadonlySet<number>,
  found: FieldProblem[],
): void {
  if (!Array.isArray(levels)) return;
  levels.forEach((level, index) => {
    if (Number.isInteger(level) && level >= 1 && level <= 4 && !known.has(level)) {
      found.push({
        field: `${pointer}/${index}`,
        message: `tier ${level} is not defined in tiers.yaml`,
      });
    }
  });
}
