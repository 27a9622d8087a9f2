// Whether a PTV organization or service is imported at all: a PTV id, not seen before, published.
import type { PtvContext } from './context.js';
import { type Json, str, uuidPattern } from './json.js';

/**
 * The record's id when it is a PTV id, the first record with it, and published; otherwise the
 * problem or the omission is reported and the answer is `undefined` (with the id of an
 * unpublished record in `unpublished`, for whoever needs to know it).
 */
export function admitted(
  context: PtvContext,
  record: Json,
  label: string,
  unpublished?: Set<string>,
): string | undefined {
  const id = str(record.id);
  if (!id || !uuidPattern.test(id)) {
    context.problems.report(label, '/id', 'must be a PTV id (a UUID)');
    return undefined;
  }
  if (context.seenIds.has(id)) {
    context.problems.report(label, '/id', 'appears twice in the file');
    return undefined;
  }
  context.seenIds.add(id);
  if (record.publishingStatus !== undefined && record.publishingStatus !== 'Published') {
    context.omissions.report(
      label,
      '/publishingStatus',
      `is ${String(record.publishingStatus)}: not imported`,
    );
    unpublished?.add(id);
    return undefined;
  }
  return id;
}

/** Whether the mapped record is valid against its schema; each error reported when not. */
export function validAsMapped(
  context: PtvContext,
  schemaName: 'Organization' | 'Service',
  record: unknown,
  label: string,
): boolean {
  const errors = context.validator.errors(schemaName, record);
  for (const error of errors) {
    context.problems.report(
      label,
      undefined,
      `as mapped, ${error.pointer || 'the record'} ${error.message}`,
    );
  }
  return errors.length === 0;
}
