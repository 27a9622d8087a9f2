// What every module of one HSDS export shares: the file's one language, the texts that fell back
// to another language, the taxonomy terms, and the locations made so far.
import { type LanguageCode, type LocalizedText, languageOrder } from '@polku/contract';
import { derivedId } from './ids.js';
import { type Season, seasons } from './time-zone.js';
import type {
  HsdsAttribute,
  HsdsLanguage,
  HsdsLocation,
  HsdsTaxonomyTerm,
  HsdsTextFallback,
} from './types.js';
import type { Texts, VocabularyTaxonomy } from './vocabulary.js';

export interface ExportContext {
  language: LanguageCode;
  /** The season of the export date and the next one: each weekly period is written for both. */
  seasons: [Season, Season];
  fallbacks: HsdsTextFallback[];
  displayNames: Intl.DisplayNames;
  /** Terms by `taxonomy key/code`. */
  termIndex: Map<string, HsdsTaxonomyTerm>;
  municipalityNames: Map<string, LocalizedText>;
  /** Locations per organization id, keyed by address (or url). */
  locationsByOrganization: Map<string, Map<string, HsdsLocation>>;
}

export function createContext(language: LanguageCode, now: Date): ExportContext {
  return {
    language,
    seasons: seasons(now),
    fallbacks: [],
    displayNames: new Intl.DisplayNames([language], { type: 'language' }),
    termIndex: new Map(),
    municipalityNames: new Map(),
    locationsByOrganization: new Map(),
  };
}

/** The text in the file's language, or the first of fi, sv, en it has (recorded). */
export function text(
  context: ExportContext,
  value: LocalizedText | undefined,
  entity: string,
  id: string,
  field: string,
): string | undefined {
  if (!value) return undefined;
  const own = value[context.language];
  if (own) return own;
  for (const other of languageOrder) {
    const found = value[other];
    if (found) {
      context.fallbacks.push({ entity, id, field, language: other });
      return found;
    }
  }
  return undefined;
}

/** One of the export's own texts in the file's language. */
export const fixed = (context: ExportContext, texts: Texts): string => texts[context.language];

/** An attribute linking an entity to a term the taxonomies define. */
export function attribute(
  context: ExportContext,
  key: VocabularyTaxonomy['key'],
  code: string,
  linkEntity: HsdsAttribute['link_entity'],
  linkId: string,
): HsdsAttribute {
  const term = context.termIndex.get(`${key}/${code}`);
  if (!term) throw new Error(`exportHsds: no ${key} term ${code}`); // the loader guarantees it
  return {
    id: derivedId(`attribute/${linkEntity}/${linkId}/${key}/${code}`),
    link_id: linkId,
    link_entity: linkEntity,
    taxonomy_term_id: term.id,
    taxonomy_term: term,
  };
}

/** HSDS language records of language codes, named in the file's language. */
export function languageRecords(
  context: ExportContext,
  codes: readonly string[] | undefined,
  owner: { service_id?: string; location_id?: string; phone_id?: string },
  ownerId: string,
): HsdsLanguage[] {
  return (codes ?? []).map((code) => ({
    id: derivedId(`language/${ownerId}/${code}`),
    ...owner,
    name: context.displayNames.of(code) ?? code,
    code,
  }));
}
