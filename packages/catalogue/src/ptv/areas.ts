// Where a PTV record is available, as municipality codes of the base catalogue.
import { isObject } from '../load/checks.js';
import type { PtvContext } from './context.js';
import { type Json, objects, str } from './json.js';

/**
 * Municipality codes of a PTV record's area fields, kept when the base catalogue has them
 * (Nationwide: all of them); `undefined` when the record says nothing about its area.
 */
export function areaMunicipalities(
  context: PtvContext,
  record: Json,
  label: string,
): string[] | undefined {
  const { municipalityCodes } = context;
  const areaType = str(record.areaType);
  if (areaType === 'Nationwide' || areaType === 'NationwideExceptAlandIslands') {
    return [...municipalityCodes].sort();
  }
  const codes = new Map<string, string>(); // code → pointer
  const add = (municipality: unknown, pointer: string): void => {
    if (!isObject(municipality)) return;
    const code = str(municipality.code) ?? str(String(municipality.code ?? ''));
    if (code && /^\d{1,3}$/.test(code)) codes.set(code.padStart(3, '0'), pointer);
  };
  objects(record.areas).forEach((area, index) => {
    if (area.type === 'Municipality') add(area, `/areas/${index}/code`);
    objects(area.municipalities).forEach((municipality, inner) => {
      add(municipality, `/areas/${index}/municipalities/${inner}`);
    });
  });
  objects(record.municipalities).forEach((municipality, index) => {
    add(municipality, `/municipalities/${index}`);
  });
  if (isObject(record.municipality)) add(record.municipality, '/municipality');
  if (codes.size === 0 && areaType === undefined) return undefined;
  const kept: string[] = [];
  for (const [code, pointer] of codes) {
    if (municipalityCodes.has(code)) kept.push(code);
    else
      context.omissions.report(
        label,
        pointer,
        `municipality ${code} is not in the catalogue: left out`,
      );
  }
  return kept.sort();
}
