// Opening hours → HSDS schedules: one weekly RRULE-style schedule (freq WEEKLY, byday) per period
// and daylight-saving season (see time-zone.ts), times with the season's UTC offset; always open =
// every day 00:00-23:59; a free-text description alone. Every schedule carries `timezone`.
import type { components, OpeningHours } from '@polku/contract';
import { type ExportContext, fixed, text } from './context.js';
import { derivedId } from './ids.js';
import { hsdsTime, type Season } from './time-zone.js';
import type { HsdsSchedule } from './types.js';
import { phrases } from './vocabulary.js';

type Weekday = components['schemas']['Weekday'];

const rruleDays: Record<Weekday, string> = {
  mon: 'MO',
  tue: 'TU',
  wed: 'WE',
  thu: 'TH',
  fri: 'FR',
  sat: 'SA',
  sun: 'SU',
};

interface Period {
  days: string;
  opens: string;
  closes: string;
}

/** The season's dates and offset, as every timed schedule of that season carries them. */
function seasonFields(
  season: Season,
): Pick<HsdsSchedule, 'valid_from' | 'valid_to' | 'dtstart' | 'until' | 'timezone'> {
  return {
    valid_from: season.from,
    valid_to: season.to,
    dtstart: season.from,
    until: season.to,
    timezone: season.offsetHours,
  };
}

export function schedules(
  context: ExportContext,
  hours: OpeningHours | undefined,
  owner: { service_id?: string; service_at_location_id?: string },
  key: string,
  note: string | undefined,
  where: { id: string; field: string },
): HsdsSchedule[] {
  if (!hours) return [];
  const description = text(
    context,
    hours.description,
    'service',
    where.id,
    `${where.field}/description`,
  );
  const timed = (index: number, period: Period, fallback?: string): HsdsSchedule[] =>
    context.seasons.map((season) => {
      const seasonNote = fixed(
        context,
        season.offsetHours === 3 ? phrases.summerTime : phrases.winterTime,
      );
      const said = description ?? fallback;
      return {
        id: derivedId(`schedule/${key}/${index}/${season.from}`),
        ...owner,
        ...seasonFields(season),
        freq: 'WEEKLY',
        byday: period.days,
        opens_at: hsdsTime(period.opens, season.offsetHours),
        closes_at: hsdsTime(period.closes, season.offsetHours),
        ...(said ? { description: said } : {}),
        notes: [note, fixed(context, phrases.localTime), seasonNote].filter(Boolean).join(' '),
      };
    });
  if (hours.always_open) {
    const everyDay = { days: Object.values(rruleDays).join(','), opens: '00:00', closes: '24:00' };
    return timed(0, everyDay, fixed(context, phrases.alwaysOpen));
  }
  if (hours.regular && hours.regular.length > 0) {
    return hours.regular.flatMap((period, index) =>
      timed(index, {
        days: period.days.map((day) => rruleDays[day]).join(','),
        opens: period.opens,
        closes: period.closes,
      }),
    );
  }
  if (description) {
    // No times to offset: the zone is still said, with the offset in effect on the export date.
    return [
      {
        id: derivedId(`schedule/${key}/0`),
        ...owner,
        timezone: context.seasons[0].offsetHours,
        description,
        notes: [note, fixed(context, phrases.localTime)].filter(Boolean).join(' '),
      },
    ];
  }
  return [];
}
