// The `lang` projection of the contract: every language-keyed text keeps its shape but carries
// only the asked language, or the first of fi, sv, en it has, under that language's own key.
import { languageOrder as fallbackOrder, isLanguageCode, type LanguageCode } from '@polku/contract';

function isLanguageKeyed(value: Record<string, unknown>): 'text' | 'keywords' | undefined {
  let kind: 'text' | 'keywords' | undefined;
  let keys = 0;
  for (const key in value) {
    if (!isLanguageCode(key)) return undefined;
    const member = value[key];
    const memberKind =
      typeof member === 'string' ? 'text' : Array.isArray(member) ? 'keywords' : undefined;
    if (!memberKind || (kind && kind !== memberKind)) return undefined;
    kind = memberKind;
    keys += 1;
  }
  return keys > 0 ? kind : undefined;
}

/**
 * A copy of `value` with every LocalizedText and LocalizedKeywords object projected to
 * `language`. Language-keyed objects are recognised by shape: only fi/sv/en keys, all strings
 * (texts) or all arrays (keywords). Nothing else in the contract has that shape (facet counts are
 * numbers), and the input is never modified.
 */
export function localize<T>(value: T, language: LanguageCode): T {
  return project(value, language) as T;
}

function project(value: unknown, language: LanguageCode): unknown {
  if (Array.isArray(value)) return value.map((item) => project(item, language));
  if (value === null || typeof value !== 'object') return value;
  const record = value as Record<string, unknown>;
  if (isLanguageKeyed(record)) {
    if (record[language] !== undefined) return { [language]: record[language] };
    for (const fallback of fallbackOrder) {
      if (record[fallback] !== undefined) return { [fallback]: record[fallback] };
    }
    return {};
  }
  const copy: Record<string, unknown> = {};
  for (const key in record) copy[key] = project(record[key], language);
  return copy;
}

/**
 * The collator that orders names in `language`: case and accents aside, numbers by value, and
 * punctuation ignored so that '"Neljän tuulen" ehkäisevä työ' sorts under N.
 */
export function nameCollator(language: LanguageCode): Intl.Collator {
  return new Intl.Collator(language, {
    sensitivity: 'base',
    numeric: true,
    ignorePunctuation: true,
  });
}
