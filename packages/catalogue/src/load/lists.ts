// The list files every catalogue has: municipalities, tiers and urgent help lines.
import type { Municipality, Tier, UrgentHelp } from '@polku/contract';
import { checkUrlsAndPhones, type FieldProblem, resolveAvailableLanguages } from './checks.js';
import { DuplicateIds, eachListRecord, type LoadContext, report } from './context.js';
import type { DataFile } from './read-files.js';

/** Loads municipalities.yaml; returns the codes it defines. */
export function loadMunicipalities(
  context: LoadContext,
  dataFile: DataFile | undefined,
): Set<string> {
  const codes = new Set<string>();
  const seen = new DuplicateIds('/code');
  eachListRecord(context, dataFile, 'municipalities', 'code', (raw, where) => {
    const found: FieldProblem[] = [];
    seen.check(raw.code, where.file, found);
    if (report(context, where, 'Municipality', raw, found)) {
      context.catalogue.municipalities.push(raw as unknown as Municipality);
      codes.add(raw.code as string);
    }
  });
  const { municipalities } = context.catalogue;
  for (const code of seen.dropFirstCopies(context, municipalities, (m) => m.code).keys())
    codes.delete(code);
  return codes;
}

/** Loads tiers.yaml; returns the levels it defines. */
export function loadTiers(context: LoadContext, dataFile: DataFile | undefined): Set<number> {
  const levels = new Set<number>();
  const seen = new DuplicateIds('/level');
  eachListRecord(context, dataFile, 'tiers', 'level', (raw, where) => {
    const tier = { ...raw };
    const found: FieldProblem[] = [];
    seen.check(raw.level, where.file, found);
    resolveAvailableLanguages(tier, ['name', 'label', 'description'], found);
    if (report(context, where, 'Tier', tier, found)) {
      context.catalogue.tiers.push(tier as unknown as Tier);
      levels.add(tier.level as number);
    }
  });
  for (const level of seen.dropFirstCopies(context, context.catalogue.tiers, (t) => t.level).keys())
    levels.delete(Number(level));
  return levels;
}

/** Loads urgent-help.yaml. */
export function loadUrgentHelp(context: LoadContext, dataFile: DataFile | undefined): void {
  const seen = new DuplicateIds();
  eachListRecord(context, dataFile, 'urgent-help', 'id', (raw, where) => {
    const found = checkUrlsAndPhones(raw);
    seen.check(raw.id, where.file, found);
    if (report(context, where, 'UrgentHelp', raw, found))
      context.catalogue.urgentHelp.push(raw as unknown as UrgentHelp);
  });
  seen.dropFirstCopies(context, context.catalogue.urgentHelp, (line) => line.id);
}
