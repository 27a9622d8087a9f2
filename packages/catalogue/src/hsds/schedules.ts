// Opening hours → HSDS schedules: one weekly RRULE-style schedule (freq WEEKLY, byday) per period,
// in Finnish local time; always open = every day 00:00-24:00; a free-text description alone.
import type { components, OpeningHours } from '@polku/contract';
import { type ExportContext, fixed, text } from './context.js';
import { derivedId } from './ids.js';
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
  const timed = (index: number, days: string, opens: string, closes: string): HsdsSchedule => ({
    id: derivedId(`schedule/${key}/${index}`),
    ...owner,
    freq: 'WEEKLY',
    byday: days,
    opens_at: opens,
    closes_at: closes,
    ...(description ? { description } : {}),
    notes: [note, fixed(context, phrases.localTime)].filter(Boolean).join(' '),
  });
  if (hours.always_open) {
    return [
      {
        ...timed(0, Object.values(rruleDays).join(','), '00:00', '24:00'),
        description: description ?? fixed(context, phrases.alwaysOpen),
      },
    ];
  }
  if (hours.regular && hours.regular.length > 0) {
    return hours.regular.map((period, index) =>
      timed(index, period.days.map((day) => rruleDays[day]).join(','), period.opens, period.closes),
    );
  }
  if (description) {
    return [
      {
        id: derivedId(`schedule/${key}/0`),
        ...owner,
        description,
        ...(note ? { notes: note } : {}),
      },
    ];
  }
  return [];
}
