// PTV's localized lists (`[{ type, language, value }]`) as Polku texts, and PTV times.
import { type LocalizedText, languageOrder } from '@polku/contract';
import type { PtvContext } from './context.js';
import { objects, str } from './json.js';

/** fi/sv/en texts of a PTV localized list, of `type` when given; other languages reported. */
export function localized(
  context: PtvContext,
  value: unknown,
  type: string | undefined,
  label: string,
  field: string,
): LocalizedText {
  const text: Record<string, string> = {};
  for (const item of objects(value)) {
    if (type !== undefined && item.type !== type) continue;
    const language = str(item.language);
    const content = str(item.value);
    if (!language || !content) continue;
    if ((languageOrder as readonly string[]).includes(language)) {
      text[language] ??= content;
    } else {
      context.omissions.report(
        label,
        field,
        `the ${language} text${type ? ` (${type})` : ''} is left out: Polku holds fi, sv and en`,
      );
    }
  }
  return text as LocalizedText;
}

/** Reports the texts of types Polku has no field for (once per type). */
export function unusedTypes(
  context: PtvContext,
  value: unknown,
  used: string[],
  label: string,
  field: string,
): void {
  // A type whose texts are all null carries nothing to leave out.
  const types = new Set(
    objects(value)
      .filter((item) => str(item.value) !== undefined)
      .map((item) => str(item.type) ?? 'untyped'),
  );
  for (const type of [...types].filter((candidate) => !used.includes(candidate)).sort()) {
    context.omissions.report(
      label,
      field,
      `${type} texts are left out: Polku has no field for them`,
    );
  }
}

export const nonEmpty = (text: LocalizedText): LocalizedText | undefined =>
  Object.keys(text).length > 0 ? text : undefined;

/** A PTV `modified` time as the data format writes it; the import date when it has none. */
export function updatedAt(context: PtvContext, value: unknown): string {
  const raw = str(value);
  if (raw) {
    // PTV gives UTC times, sometimes without a zone designator.
    const withZone = /(Z|[+-]\d\d:\d\d)$/.test(raw) ? raw : `${raw}Z`;
    const time = Date.parse(withZone);
    if (!Number.isNaN(time)) return new Date(time).toISOString().replace('.000Z', 'Z');
  }
  return `${context.importedOn}T00:00:00Z`;
}
