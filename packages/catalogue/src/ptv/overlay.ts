// The county's own layer over PTV: `ptv-overlay.yaml` in the catalogue folder, keyed by PTV id,
// holds what PTV does not know (tiers, chain membership, lay keywords, priority, hide). An import
// merges PTV's latest facts with it, lists services new in PTV with a suggested tier, and reports
// services that are gone from PTV instead of deleting them silently.
import type { LocalizedKeywords, Service } from '@polku/contract';
import { isObject } from '../load/checks.js';
import type { Json } from './json.js';
import { objects, str } from './json.js';

export const overlayFile = 'ptv-overlay.yaml';

/** What the county says about one PTV service. */
export interface OverlayEntry {
  tiers?: number[];
  chains?: string[];
  keywords?: LocalizedKeywords;
  priority?: number;
  hide?: boolean;
  /** Written by the import for a new service: a suggestion only, until the county sets `tiers`. */
  suggested_tiers?: number[];
  suggested_because?: string;
  /** The service's name when the entry was made, so a reader of the file knows which it is. */
  name?: string;
}

export type Overlay = Record<string, OverlayEntry>;

export interface OverlayReport {
  /** Services PTV has that the overlay does not place yet, with the tier suggested. */
  added: { id: string; name: string; suggested: number[]; because: string }[];
  /** Services the overlay (or the previous catalogue) has that PTV no longer returns. */
  gone: { id: string; name?: string }[];
  /** Services the overlay hides. */
  hidden: string[];
}

/** PTV service classes and target groups that point to a tier (a suggestion, never a decision). */
const tierHints: { code: RegExp; tier: number; why: string }[] = [
  {
    code: /^P5\.7$/,
    tier: 3,
    why: 'service class P5.7 (substance abuse and mental health services)',
  },
  {
    code: /^P4\.(9|13)$/,
    tier: 2,
    why: 'service class P4.9/P4.13 (school social work, social guidance)',
  },
  { code: /^P3\.4$/, tier: 1, why: 'service class P3.4 (day care for children)' },
  { code: /^P6\.[12]$/, tier: 1, why: 'service class P6.1/P6.2 (pre-primary and basic education)' },
  { code: /^P3$/, tier: 2, why: 'service class P3 (family services)' },
  { code: /^KR1\.2$/, tier: 1, why: 'target group KR1.2 (children and families with children)' },
];

/** A suggested tier from the PTV record's service classes and target groups. */
export function suggestTier(record: Json, fallback: number): { tiers: number[]; because: string } {
  const codes = [...objects(record.serviceClasses), ...objects(record.targetGroups)]
    .map((item) => str(item.code))
    .filter((code): code is string => code !== undefined);
  for (const hint of tierHints) {
    const code = codes.find((candidate) => hint.code.test(candidate));
    if (code) return { tiers: [hint.tier], because: `${hint.why}: ${code}` };
  }
  return { tiers: [fallback], because: 'no service class or target group points to a tier' };
}

/** Reads the overlay's entries; what is not an entry is reported in `problems`. */
export function parseOverlay(value: unknown, problems: string[]): Overlay {
  const overlay: Overlay = {};
  if (value === undefined || value === null) return overlay;
  if (!isObject(value)) {
    problems.push(`${overlayFile} must be a mapping of PTV ids to entries`);
    return overlay;
  }
  for (const [id, entry] of Object.entries(value)) {
    if (!isObject(entry)) {
      problems.push(
        `${overlayFile}: ${id}: must be a mapping (tiers, chains, keywords, priority, hide)`,
      );
      continue;
    }
    overlay[id] = entry as OverlayEntry;
  }
  return overlay;
}

/**
 * Applies the overlay to the imported services (in place) and says what changed: a placed service
 * gets the overlay's tiers, chains, keywords (added to PTV's) and priority; a hidden one is left
 * out; a new one gets the suggested tier and an entry that says it is a suggestion.
 */
export function applyOverlay(
  services: Service[],
  records: Map<string, Json>,
  overlay: Overlay,
  options: { fallbackTier: number; fixedTier?: boolean; previousIds?: Iterable<string> },
): { services: Service[]; overlay: Overlay; report: OverlayReport } {
  const report: OverlayReport = { added: [], gone: [], hidden: [] };
  const next: Overlay = { ...overlay };
  const kept: Service[] = [];
  for (const service of services) {
    const entry = overlay[service.id];
    if (entry?.hide) {
      report.hidden.push(service.id);
      continue;
    }
    if (entry?.tiers && entry.tiers.length > 0) {
      service.tiers = [...entry.tiers];
    } else {
      const suggestion = options.fixedTier
        ? { tiers: [options.fallbackTier], because: `--tier ${options.fallbackTier}` }
        : suggestTier(records.get(service.id) ?? {}, options.fallbackTier);
      service.tiers = suggestion.tiers;
      const name = service.name.fi ?? service.name.sv ?? service.name.en ?? service.id;
      report.added.push({
        id: service.id,
        name,
        suggested: suggestion.tiers,
        because: suggestion.because,
      });
      next[service.id] = {
        ...entry,
        name,
        suggested_tiers: suggestion.tiers,
        suggested_because: suggestion.because,
      };
    }
    if (entry?.chains) service.chains = [...entry.chains];
    if (entry?.priority !== undefined) service.priority = entry.priority;
    if (entry?.keywords) service.keywords = mergeKeywords(service.keywords, entry.keywords);
    kept.push(service);
  }
  const present = new Set(services.map((service) => service.id));
  const known = new Set([...Object.keys(overlay), ...(options.previousIds ?? [])]);
  for (const id of [...known].sort()) {
    if (!present.has(id))
      report.gone.push({ id, ...(overlay[id]?.name ? { name: overlay[id]?.name } : {}) });
  }
  return { services: kept, overlay: next, report };
}

function mergeKeywords(ptv: LocalizedKeywords, county: LocalizedKeywords): LocalizedKeywords {
  const merged: Record<string, string[]> = { ...ptv };
  for (const [language, words] of Object.entries(county)) {
    merged[language] = [...new Set([...(merged[language] ?? []), ...(words ?? [])])];
  }
  return merged as LocalizedKeywords;
}
