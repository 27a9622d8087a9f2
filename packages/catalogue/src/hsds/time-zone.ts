// Finnish local time for HSDS 3.0 schedules. HSDS 3.0 has no IANA zone field: `timezone` is a number
// (a UTC offset) and `opens_at`/`closes_at` carry an offset suffix. Europe/Helsinki is +2 in winter
// and +3 in summer, so one offset is wrong half the year: each weekly period is written once per
// season, with the season's offset and its dates (`valid_from`/`valid_to`). The seasons are read
// from the platform's time-zone data (Intl), not from a rule written here.

export const catalogueTimeZone = 'Europe/Helsinki';

/** A stretch of days with one UTC offset: `from` and `to` are local dates (YYYY-MM-DD), inclusive. */
export interface Season {
  from: string;
  to: string;
  /** Hours east of UTC (2 or 3 for Helsinki). */
  offsetHours: number;
}

const dayMs = 24 * 60 * 60 * 1000;

const offsetFormat = new Intl.DateTimeFormat('en-GB', {
  timeZone: catalogueTimeZone,
  timeZoneName: 'longOffset',
});

/** The zone's UTC offset in hours at `instant` ("GMT+03:00" → 3). */
export function offsetAt(instant: Date): number {
  const name =
    offsetFormat.formatToParts(instant).find((part) => part.type === 'timeZoneName')?.value ?? '';
  const match = /GMT([+-])(\d\d):(\d\d)/.exec(name);
  if (!match) return 0; // "GMT" alone: UTC itself
  const hours = Number(match[2]) + Number(match[3]) / 60;
  return match[1] === '-' ? -hours : hours;
}

/** The local date (YYYY-MM-DD) at noon UTC of the day `instant` falls on. */
const isoDate = (instant: Date): string => instant.toISOString().slice(0, 10);

/** The UTC noon of the day `instant` falls on: offsets are compared at noon, clear of the switch. */
const noonOf = (instant: Date): Date =>
  new Date(Date.UTC(instant.getUTCFullYear(), instant.getUTCMonth(), instant.getUTCDate(), 12));

/**
 * The season `now` falls in and the one after it. A season starts on the day the offset changes
 * (the switch is at 03:00/04:00 local on a Sunday night, before any opening hour).
 */
export function seasons(now: Date): [Season, Season] {
  const today = noonOf(now);
  const offset = offsetAt(today);
  let start = today;
  // Back to the first day of the current season (at most a year: a zone without DST has one season).
  for (let day = 1; day <= 366; day += 1) {
    const earlier = new Date(today.getTime() - day * dayMs);
    if (offsetAt(earlier) !== offset) break;
    start = earlier;
  }
  const end = (from: Date, fromOffset: number): Date => {
    let last = from;
    for (let day = 1; day <= 366; day += 1) {
      const later = new Date(from.getTime() + day * dayMs);
      if (offsetAt(later) !== fromOffset) break;
      last = later;
    }
    return last;
  };
  const currentEnd = end(today, offset);
  const nextStart = new Date(currentEnd.getTime() + dayMs);
  const nextOffset = offsetAt(nextStart);
  const nextEnd = end(nextStart, nextOffset);
  return [
    { from: isoDate(start), to: isoDate(currentEnd), offsetHours: offset },
    { from: isoDate(nextStart), to: isoDate(nextEnd), offsetHours: nextOffset },
  ];
}

/** "+03:00" for 3, "-05:30" for -5.5. */
export function offsetSuffix(offsetHours: number): string {
  const sign = offsetHours < 0 ? '-' : '+';
  const minutes = Math.round(Math.abs(offsetHours) * 60);
  const hh = String(Math.floor(minutes / 60)).padStart(2, '0');
  const mm = String(minutes % 60).padStart(2, '0');
  return `${sign}${hh}:${mm}`;
}

/**
 * A local HH:MM as HSDS asks for it, with the season's offset. Midnight at the end of a day
 * ("24:00", which HSDS has no way to say) is written 23:59: the last minute the service is open.
 */
export function hsdsTime(localTime: string, offsetHours: number): string {
  const time = localTime === '24:00' ? '23:59' : localTime;
  return `${time}${offsetSuffix(offsetHours)}`;
}
