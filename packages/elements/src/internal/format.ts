// Dates, weekdays and language names through Intl, in the element's language.
import type { LanguageCode, OpeningHours } from '@polku/contract';

const weekdays = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'] as const;

// Intl objects are slow to make (the filter panel alone asked for one per language on every
// render, ~25 ms before the first results): one per kind and language, made when first used.
const made = new Map<string, Intl.DateTimeFormat | Intl.DisplayNames>();

function cached<T extends Intl.DateTimeFormat | Intl.DisplayNames>(key: string, make: () => T): T {
  let value = made.get(key) as T | undefined;
  if (!value) {
    value = make();
    made.set(key, value);
  }
  return value;
}

function weekdayName(day: string, language: LanguageCode): string {
  const index = weekdays.indexOf(day as (typeof weekdays)[number]);
  if (index < 0) return day;
  // 1 January 2024 was a Monday.
  return cached(
    `w${language}`,
    () => new Intl.DateTimeFormat(language, { weekday: 'short', timeZone: 'UTC' }),
  ).format(Date.UTC(2024, 0, 1 + index));
}

function dayRange(days: readonly string[], language: LanguageCode): string {
  const indexes = days.map((day) => weekdays.indexOf(day as (typeof weekdays)[number]));
  const consecutive =
    days.length > 2 && indexes.every((value, i) => i === 0 || value === (indexes[i - 1] ?? -2) + 1);
  if (consecutive) {
    return `${weekdayName(days[0] ?? '', language)}–${weekdayName(days.at(-1) ?? '', language)}`;
  }
  return days.map((day) => weekdayName(day, language)).join(', ');
}

/** Weekly hours as lines such as "ma–pe 09:00–15:00" (the free-text description is apart). */
export function regularHours(hours: OpeningHours | undefined, language: LanguageCode): string[] {
  return (hours?.regular ?? []).map(
    (period) => `${dayRange(period.days, language)} ${period.opens}–${period.closes}`,
  );
}

// The languages every finder lists, named here: the first Intl.DisplayNames loads ICU data for
// ~20 ms, which the filter panel would spend before the first results. Same words as Intl's.
const ownNames: Record<string, string> = {
  fifi: 'suomi',
  fisv: 'ruotsi',
  fien: 'englanti',
  svfi: 'finska',
  svsv: 'svenska',
  sven: 'engelska',
  enfi: 'Finnish',
  ensv: 'Swedish',
  enen: 'English',
};

/** "ruotsi", "svenska", "Swedish"; the code itself when Intl does not know it. */
export function languageName(code: string, language: LanguageCode): string {
  const own = ownNames[language + code];
  if (own) return own;
  try {
    return (
      cached(`l${language}`, () => new Intl.DisplayNames(language, { type: 'language' })).of(
        code,
      ) ?? code
    );
  } catch {
    return code;
  }
}

/** A date from the catalogue (`2026-11-01`) in the reader's language, or `undefined`. */
export function formatDate(value: string | undefined, language: LanguageCode): string | undefined {
  if (!value) return undefined;
  const date = new Date(value);
  if (Number.isNaN(date.getTime())) return undefined;
  return cached(
    `d${language}`,
    () => new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeZone: 'UTC' }),
  ).format(date);
}
