// The list files every catalogue has: municipalities, tiers and urgent help lines.
import type { Municipality, Tier, UrgentHelp } from '@polku/contract';
import { checkUrlsAndPhones, type FieldProblem, resolveAvailableLanguages } from './checks.js';
import { duplicateOf, eachListRecord, type LoadContext, report } from './context.js';
import type { DataFile } from './read-files.js';

/** Loads municipalities.yaml; returns the codes it defines. */
export function loadMunicipalities(
  context: LoadContext,
  dataFile: DataFile | undefined,
): Set<string> {
  const codes = new Set<string>();
  const seen = new Map<string, string>();
  eachListRecord(context, dataFile, 'municipalities', 'code', (raw, where) => {
    const found: FieldProblem[] = [];
    const duplicate = duplicateOf(seen, raw.code, `${where.file} (${where.record})`);
    if (duplicate) found.push({ field: '/code', message: duplicate.message });
    if (report(context, where, 'Municipality', raw, found)) {
      context.catalogue.municipalities.push(raw as unknown as Municipality);
      codes.add(raw.code as string);
    }
  });
  return codes;
}

/** Loads tiers.yaml; returns the levels it defines. */
export function loadTiers(context: LoadContext, dataFile: DataFile | undefined): Set<number> {
  const levels = new Set<number>();
  const seen = new Map<string, string>();
  eachListRecord(context, dataFile, 'tiers', 'level', (raw, where) => {
    const tier = { ...raw };
    const found: FieldProblem[] = [];
    const duplicate = duplicateOf(seen, raw.level, `${where.file} (${where.record})`);
    if (duplicate)
      found.push({ field: '/level', message: duplicate.message.replace('id', 'level') });
    resolveAvailableLanguages(tier, ['name', 'label', 'description'], found);
    if (report(context, where, 'Tier', tier, found)) {
      context.catalogue.tiers.push(tier as unknown as Tier);
      levels.add(tier.level as number);
    }
  });
  return levels;
}

/** Loads urgent-help.yaml. */
export function loadUrgentHelp(context: LoadContext, dataFile: DataFile | undefined): void {
  const seen = new Map<string, string>();
  eachListRecord(context, dataFile, 'urgent-help', 'id', (raw, where) => {
    const found = checkUrlsAndPhones(raw);
    const duplicate = duplicateOf(seen, raw.id, `${where.file} (${where.record})`);
    if (duplicate) found.push(duplicate);
    if (report(context, where, 'UrgentHelp', raw, found))
      context.catalogue.urgentHelp.push(raw as unknown as UrgentHelp);
  });
}
