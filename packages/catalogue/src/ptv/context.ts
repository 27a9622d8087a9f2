// What every module of one PTV import shares: the options, the base catalogue's municipalities,
// and the problem logs (records not imported, parts left out).
import { getSchemaValidator, type SchemaValidator } from '@polku/contract/validator';
import type { Catalogue } from '../catalogue.js';
import { ProblemLog } from '../problem-log.js';
import type { Overlay } from './overlay.js';

export interface PtvImportOptions {
  /** Where municipalities, tiers and urgent help lines come from (PTV has none of them). */
  base: Pick<Catalogue, 'id' | 'name' | 'municipalities' | 'tiers' | 'urgentHelp'> &
    Partial<Pick<Catalogue, 'chains' | 'selfChecks'>>;
  /** The tier every imported service is put in (PTV has no tiers); default 1. */
  tier?: number;
  /** The input's file name, as problems name it; default `ptv.json`. */
  file?: string;
  /** The county's layer (ptv-overlay.yaml); without it every service is new. */
  overlay?: Overlay;
  /** Ids of the services the catalogue had before this import, to report those gone from PTV. */
  previousIds?: Iterable<string>;
  /** The import date (YYYY-MM-DD) written as `source.checked`; default today (UTC). */
  importedOn?: string;
}

export interface PtvContext {
  base: PtvImportOptions['base'];
  tier: number;
  importedOn: string;
  municipalityCodes: Set<string>;
  validator: SchemaValidator;
  /** PTV records that could not be imported at all, and why. */
  problems: ProblemLog;
  /** Parts of imported records that Polku cannot represent and left out, and why. */
  omissions: ProblemLog;
  /** Imported records whose texts lack Finnish or Swedish: published, but to be completed. */
  missingLanguages: ProblemLog;
  /** Ids already seen in the input, to report duplicates. */
  seenIds: Set<string>;
}

export function createContext(options: PtvImportOptions): PtvContext {
  const file = options.file ?? 'ptv.json';
  const tier = options.tier ?? 1;
  const { base } = options;
  if (!base.tiers.some((defined) => defined.level === tier)) {
    throw new Error(
      `importPtv: tier ${tier} is not defined in the base catalogue (it has ${base.tiers.map((defined) => defined.level).join(', ') || 'none'})`,
    );
  }
  return {
    base,
    tier,
    importedOn: options.importedOn ?? new Date().toISOString().slice(0, 10),
    municipalityCodes: new Set(base.municipalities.map((municipality) => municipality.code)),
    validator: getSchemaValidator(),
    problems: new ProblemLog(file),
    omissions: new ProblemLog(file),
    missingLanguages: new ProblemLog(file),
    seenIds: new Set(),
  };
}
