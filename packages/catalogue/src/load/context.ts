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
import { type FieldProblem, isObject, type JsonObject } from './checks.js';
import { oversized } from './limits.js';
import { type DataFile, readDataFiles } from './read-files.js';

export type { JsonObject };

export interface LoadContext {
  dir: string;
  catalogue: Catalogue;
  problems: ProblemLog;
  validator: SchemaValidator;
  /** `defaults` of catalogue.yaml: filled into records that leave them out. */
  defaults: JsonObject;
}

/** The fields of `defaults` a record takes where it leaves them out. */
export const defaultableFields = ['updated_at', 'source', 'example_data'] as const;
type DefaultableField = (typeof defaultableFields)[number];

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
  found.push(...oversized(value));
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
  holds?: string,
): void {
  list.forEach((raw, index) => {
    const record = recordLabel(raw, index, idField);
    if (!isObject(raw)) {
      const message = holds
        ? `must hold one ${holds} (a mapping of fields)`
        : 'must be a mapping of fields (an object)';
      context.problems.add({ file, record, message });
      return;
    }
    try {
      visit(raw, { file, record });
    } catch (error) {
      // Whatever a hostile record does to a check, the rest of the catalogue still loads.
      context.problems.add({
        file,
        record,
        message: `could not be checked: ${(error as Error).message}`,
      });
    }
  });
}

/**
 * Calls `visit` with the one mapping of each file of a folder of one-record files (`chains/`,
 * `self-checks/`) and its label; reports files that do not hold one mapping of fields.
 */
export async function eachFileRecord(
  context: LoadContext,
  files: string[],
  holds: string,
  visit: (raw: JsonObject, where: { file: string; record: string }) => void,
): Promise<void> {
  for await (const dataFile of readDataFiles(context.dir, files)) {
    if (dataFile.problems.length > 0) context.problems.add(...dataFile.problems);
    else eachRecord(context, dataFile.file, [dataFile.value], 'id', visit, holds);
  }
}

/**
 * The ids of one kind of record, to find duplicates. A duplicated id is an error on every copy:
 * which one is right cannot be told from the files, so neither is served over the other.
 */
export class DuplicateIds {
  /** Id → the file of its first copy. */
  readonly #first = new Map<string, string>();
  /** Id → the files of its later copies. */
  readonly #later = new Map<string, string[]>();

  constructor(readonly field = '/id') {}

  /** Adds to `found` the problem of a later copy of `id` (naming the first copy's file); remembers a first one. */
  check(id: unknown, file: string, found: FieldProblem[]): void {
    if (typeof id !== 'string' && typeof id !== 'number') return;
    const key = String(id);
    const first = this.#first.get(key);
    if (first === undefined) {
      this.#first.set(key, file);
      return;
    }
    this.#later.set(key, [...(this.#later.get(key) ?? []), file]);
    found.push({
      field: this.field,
      message: `duplicates the id of a record in ${first}: neither copy is loaded`,
    });
  }

  /**
   * Takes the first copies of duplicated ids out of `records` (they were loaded before their
   * twin was seen) and reports each where it stands. Returns the ids taken out, each with the
   * file of its first copy.
   */
  dropFirstCopies<T>(
    context: LoadContext,
    records: T[],
    idOf: (record: T) => string | number,
  ): Map<string, string> {
    const dropped = new Map<string, string>();
    if (this.#later.size === 0) return dropped;
    const kept = records.filter((record) => {
      const key = String(idOf(record));
      if (!this.#later.has(key)) return true;
      dropped.set(key, this.#first.get(key) as string);
      return false;
    });
    records.splice(0, records.length, ...kept);
    for (const [key, files] of this.#later) {
      context.problems.add({
        file: this.#first.get(key) as string,
        record: key,
        field: this.field,
        message: `is also the id of a record in ${[...new Set(files)].join(', ')}: neither copy is loaded`,
      });
    }
    return dropped;
  }
}

/** A copy of the record with the catalogue's defaults filled in where it leaves them out. */
export function withDefaults(
  context: LoadContext,
  raw: JsonObject,
  fields: readonly DefaultableField[] = defaultableFields,
): JsonObject {
  const record = { ...raw };
  for (const field of fields) {
    if (record[field] === undefined && context.defaults[field] !== undefined)
      record[field] = context.defaults[field];
  }
  return record;
}
