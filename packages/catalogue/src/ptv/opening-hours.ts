// PTV service hours → Polku opening hours: weekly hours valid now, and always open.
import type { components, LocalizedText, OpeningHours } from '@polku/contract';
import type { PtvContext } from './context.js';
import { clockTime, objects, str } from './json.js';
import { localized } from './texts.js';

type Weekday = components['schemas']['Weekday'];
const ptvDays = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const polkuDays: readonly Weekday[] = ['mon', 'tue', 'wed', 'thu', 'fri', 'sat', 'sun'];

/** PTV service hours → OpeningHours; what does not fit is reported against `label`. */
export function openingHours(
  context: PtvContext,
  value: unknown,
  label: string,
  field: string,
): OpeningHours | undefined {
  const hours: OpeningHours = {};
  const regular: NonNullable<OpeningHours['regular']> = [];
  const description: Record<string, string> = {};
  objects(value).forEach((entry, index) => {
    const pointer = `${field}/${index}`;
    const type = str(entry.serviceHourType);
    if (type !== 'DaysOfTheWeek' && type !== 'Standard') {
      context.omissions.report(
        label,
        `${pointer}/serviceHourType`,
        `${type ?? 'untyped'} hours (holidays, exceptions, over midnight) are left out: Polku holds weekly hours`,
      );
      return;
    }
    if (entry.validTo !== undefined && entry.validTo !== null && entry.validForNow !== true) {
      context.omissions.report(
        label,
        `${pointer}/validTo`,
        'hours for a limited period are left out',
      );
      return;
    }
    if (entry.isClosed === true) {
      context.omissions.report(label, `${pointer}/isClosed`, 'a closed period is left out');
      return;
    }
    Object.assign(
      description,
      localized(
        context,
        entry.additionalInformation,
        undefined,
        label,
        `${pointer}/additionalInformation`,
      ),
    );
    if (entry.isAlwaysOpen === true) {
      hours.always_open = true;
      return;
    }
    objects(entry.openingHour).forEach((day, dayIndex) => {
      const from = ptvDays.indexOf(str(day.dayFrom) ?? '');
      const toName = str(day.dayTo);
      const to = toName ? ptvDays.indexOf(toName) : from;
      const opens = clockTime(day.from);
      let closes = clockTime(day.to);
      if (closes === '00:00') closes = '24:00';
      if (from < 0 || to < 0 || !opens || !closes || (closes !== '24:00' && closes <= opens)) {
        context.omissions.report(
          label,
          `${pointer}/openingHour/${dayIndex}`,
          'cannot be read as a weekday with opening and closing times the same day: left out',
        );
        return;
      }
      const days: Weekday[] = [];
      for (let dayNumber = from; ; dayNumber = (dayNumber + 1) % 7) {
        days.push(polkuDays[dayNumber] as Weekday);
        if (dayNumber === to) break;
      }
      const same = regular.find((period) => period.opens === opens && period.closes === closes);
      if (same) {
        for (const dayName of days) if (!same.days.includes(dayName)) same.days.push(dayName);
      } else {
        regular.push({ days, opens, closes });
      }
    });
  });
  for (const period of regular) {
    period.days.sort((a, b) => polkuDays.indexOf(a) - polkuDays.indexOf(b));
  }
  if (!hours.always_open && regular.length > 0) hours.regular = regular;
  if (Object.keys(description).length > 0) hours.description = description as LocalizedText;
  return Object.keys(hours).length > 0 ? hours : undefined;
}
