// What a catalogue file may be besides valid against the schemas: UTF-8, and within sizes that no
// honest catalogue comes near (PTV itself allows 2 500 characters of description), so that a
// broken export or a hostile file is reported instead of served.
import type { FieldProblem } from './checks.js';

/** Bytes of one data file (1 000 services, as `writeCatalogueFolder` writes them, are ~2 MB). */
export const maxFileBytes = 32 * 1024 * 1024;
/** Characters of one text: a description (in one language), or anything else. */
export const maxDescriptionLength = 10_000;
export const maxTextLength = 2_000;
/** Items of one list (keywords, channels, municipalities...). */
export const maxListLength = 1_000;
/** Levels of nesting in a record (the deepest the schemas allow is well under 10). */
export const maxDepth = 32;

/** The byte offset of the first byte that is not well-formed UTF-8, or -1. */
export function firstInvalidUtf8(bytes: Uint8Array): number {
  let index = 0;
  while (index < bytes.length) {
    const lead = bytes[index] as number;
    if (lead < 0x80) {
      index += 1;
      continue;
    }
    // The length of the sequence and the range its second byte must fall in (RFC 3629, table 3-7).
    let length: number;
    let low = 0x80;
    let high = 0xbf;
    if (lead >= 0xc2 && lead <= 0xdf) length = 2;
    else if (lead >= 0xe0 && lead <= 0xef) {
      length = 3;
      if (lead === 0xe0) low = 0xa0;
      if (lead === 0xed) high = 0x9f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      length = 4;
      if (lead === 0xf0) low = 0x90;
      if (lead === 0xf4) high = 0x8f;
    } else return index;
    for (let next = 1; next < length; next += 1) {
      const byte = bytes[index + next];
      if (byte === undefined) return index;
      if (next === 1 ? byte < low || byte > high : byte < 0x80 || byte > 0xbf) return index;
    }
    index += length;
  }
  return -1;
}

/** Where a byte offset stands, as a person counts: line and column (bytes) from 1. */
export function lineOfByte(bytes: Uint8Array, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let index = 0; index < offset; index += 1) {
    if (bytes[index] === 0x0a) {
      line += 1;
      lineStart = index + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Texts and lists of a record past the limits, by JSON pointer (at most `max` of them). */
export function oversized(record: unknown, max = 10): FieldProblem[] {
  const found: FieldProblem[] = [];
  const visit = (value: unknown, pointer: string, underDescription: boolean, depth = 0): void => {
    if (found.length >= max) return;
    if (depth > maxDepth) {
      found.push({ field: pointer, message: `is nested more than ${maxDepth} levels deep` });
      return;
    }
    if (typeof value === 'string') {
      const limit = underDescription ? maxDescriptionLength : maxTextLength;
      if (value.length > limit)
        found.push({
          field: pointer,
          message: `is ${value.length} characters long; at most ${limit} are allowed`,
        });
    } else if (Array.isArray(value)) {
      if (value.length > maxListLength) {
        found.push({
          field: pointer,
          message: `has ${value.length} items; at most ${maxListLength} are allowed`,
        });
        return;
      }
      for (let index = 0; index < value.length; index += 1)
        visit(value[index], `${pointer}/${index}`, underDescription, depth + 1);
    } else if (value !== null && typeof value === 'object') {
      for (const [key, member] of Object.entries(value)) {
        const escaped = key.replace(/~/g, '~0').replace(/\//g, '~1');
        visit(
          member,
          `${pointer}/${escaped}`,
          underDescription || key === 'description',
          depth + 1,
        );
      }
    }
  };
  visit(record, '', false);
  return found;
}
