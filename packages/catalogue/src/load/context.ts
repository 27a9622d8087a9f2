// What every module of one catalogue load shares: the folder, the catalogue as it fills, the
// catalogue-wide defaults, and the one problem log; and the steps every record goes through.
import { basename, resolve } from 'node:path';
import {
  getSchemaValidator,
  type SchemaError,
  type SchemaValidator,
} from '@polku/contract/validator';
import type { Catalogue } from '../catalogue.js';
import { ProblemLog } from '../problem-log.js';
import { type FieldProblem, isObject } from './checks.js';
import type { DataFile } from './read-files.js';

export type JsonObject = Record<string, unknown>;

export interface LoadContext {
  dir: string;
  catalogue: Catalogue;
  problems: ProblemLog;
  validator: SchemaValidator;
  /** `defaults` of catalogue.yaml: filled into records that leave them out. */
  defaults: JsonObject;
}

const defaultableFields = ['updated_at', 'source', 'example_data'] as const;

export function createContext(dir: string): LoadContext {
  return {
    dir,
    catalogue: {
      id: basename(resolve(dir)),
      name: {},
      municipalities: [],
      tiers: [],
      urgentHelp: [],
      organizations: [],
      services: [],
      chains: [],
      selfChecks: [],
    },
    problems: new ProblemLog(),
    validator: getSchemaValidator(),
    defaults: {},
  };
}

/** A record's label in problems: its id, or `#<index>` when it has none. */
export function recordLabel(record: unknown, index: number, idField: string): string {
  const id = isObject(record) ? record[idField] : undefined;
  return (typeof id === 'string' && id !== '') || typeof id === 'number' ? String(id) : `#${index}`;
}

/**
 * Reports a record's problems: `found` (the extra checks) and the schema's, minus errors at
 * pointers the extra checks already explained or that `skip` says are consequences of them.
 * Returns whether the record is clean.
 */
export function report(
  context: LoadContext,
  where: { file: string; record: string },
  schemaName: string,
  value: unknown,
  found: FieldProblem[],
  skip: (pointer: string) => boolean = () => false,
): boolean {
  const { file, record } = where;
  const explained = new Set(found.map((problem) => problem.field));
  const schemaErrors: SchemaError[] = context.validator
    .errors(schemaName, value)
    .filter((error) => !explained.has(error.pointer) && !skip(error.pointer));
  for (const problem of found) context.problems.add({ file, record, ...problem });
  for (const error of schemaErrors) {
    context.problems.add({
      file,
      record,
      field: error.pointer || undefined,
      message: error.message,
    });
  }
  return found.length === 0 && schemaErrors.length === 0;
}

/**
 * Calls `visit` with each mapping of a list file and its label; reports a missing or non-list
 * file and records that are not mappings.
 */
export function eachListRecord(
  context: LoadContext,
  dataFile: DataFile | undefined,
  expected: string,
  idField: string,
  visit: (raw: JsonObject, where: { file: string; record: string }) => void,
): void {
  const { problems } = context;
  if (!dataFile) {
    problems.add({
      file: `${expected}.yaml`,
      message: `is missing: a catalogue folder needs ${expected}.yaml`,
    });
    return;
  }
  if (dataFile.problems.length > 0) {
    problems.add(...dataFile.problems);
    return;
  }
  if (dataFile.value === null || dataFile.value === undefined) return; // an empty file is an empty list
  if (!Array.isArray(dataFile.value)) {
    problems.add({
      file: dataFile.file,
      message: 'must be a list (a YAML sequence) at the top level',
    });
    return;
  }
  eachRecord(context, dataFile.file, dataFile.value, idField, visit);
}

/** Calls `visit` with each record of `list` that is a mapping; reports the others. */
export function eachRecord(
  context: LoadContext,
  file: string,
  list: unknown[],
  idField: string,
  visit: (raw: JsonObject, where: { file: string; record: string }) => void,
): void {
  list.forEach((raw, index) => {
    const record = recordLabel(raw, index, idField);
    if (!isObject(raw)) {
      context.problems.add({ file, record, message: 'must be a mapping of fields (an object)' });
      return;
    }
    visit(raw, { file, record });
  });
}

/** Where each id was first seen, per kind, to report duplicates. */
export function duplicateOf(
  seen: Map<string, string>,
  id: unknown,
  where: string,
): FieldProblem | undefined {
  if (typeof id !== 'string' && typeof id !== 'number') return undefined;
  const key = String(id);
  const first = seen.get(key);
  if (first !== undefined) return { field: '/id', message: `duplicates the id of ${first}` };
  seen.set(key, where);
  return undefined;
}

/** A copy of the record with the catalogue's defaults filled in where it leaves them out. */
export function withDefaults(context: LoadContext, raw: JsonObject): JsonObject {
  const record = { ...raw };
  for (const field of defaultableFields) {
    if (record[field] === undefined && context.defaults[field] !== undefined)
      record[field] = context.defaults[field];
  }
  return record;
}
