// Finds the PTV records in what was read: one record as GET /api/v11/Service/{id} (or
// ServiceChannel/{id}, Organization/{id}) returns it, a list, a paging envelope (itemList,
// pageNumber, pageCount), an object of lists (services, serviceChannels, organizations) or an
// object keyed by PTV id; tells services, channels and organizations apart.
import { isObject } from '../load/checks.js';
import type { PtvContext } from './context.js';
import { type Json, str, uuidPattern } from './json.js';

/** A PTV record found in the input, with the file it came from and the label problems use. */
export interface Found {
  kind: 'service' | 'channel' | 'organization';
  record: Json;
  label: string;
  file: string;
}

/** One input file, already parsed. */
export interface PtvInput {
  file: string;
  json: unknown;
}

function kindOf(item: Json): Found['kind'] | undefined {
  // A real record carries lists named like a wrapper's (a service's `serviceChannels` and
  // `organizations`, a channel's `services`): its own type fields decide.
  if (item.serviceChannelType !== undefined) return 'channel';
  if (item.serviceNames !== undefined) return 'service';
  if (item.organizationNames !== undefined || item.organizationType !== undefined)
    return 'organization';
  return undefined;
}

function classify(
  context: PtvContext,
  found: Found[],
  item: unknown,
  index: number,
  listName: string,
): void {
  const label = isObject(item) && str(item.id) ? (str(item.id) as string) : `${listName}#${index}`;
  const kind = isObject(item) ? kindOf(item) : undefined;
  if (!isObject(item)) {
    context.problems.report(label, undefined, 'is not a PTV record (an object)');
  } else if (kind) {
    found.push({ kind, record: item, label, file: context.problems.file });
  } else {
    context.problems.report(
      label,
      undefined,
      'is neither a PTV service (serviceNames), service channel (serviceChannelType) nor organization (organizationNames)',
    );
  }
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value
    : isObject(value) && Array.isArray(value.itemList)
      ? value.itemList
      : [];

/** An object whose every key is a PTV id and every value a record (a loader's cache). */
function isKeyedById(json: Json): boolean {
  const keys = Object.keys(json);
  return (
    keys.length > 0 &&
    keys.every((key) => uuidPattern.test(key) && isObject(json[key]) && kindOf(json[key] as Json))
  );
}

function findIn(context: PtvContext, json: unknown, found: Found[]): void {
  const each = (list: unknown[], listName: string): void => {
    list.forEach((item, index) => {
      classify(context, found, item, index, listName);
    });
  };
  if (Array.isArray(json)) {
    each(json, '');
  } else if (isObject(json) && kindOf(json)) {
    classify(context, found, json, 0, '');
  } else if (isObject(json) && Array.isArray(json.itemList)) {
    each(json.itemList, 'itemList');
  } else if (
    isObject(json) &&
    (json.services !== undefined ||
      json.serviceChannels !== undefined ||
      json.organizations !== undefined)
  ) {
    for (const listName of ['organizations', 'serviceChannels', 'services']) {
      each(asList(json[listName]), listName);
    }
  } else if (isObject(json) && isKeyedById(json)) {
    each(Object.values(json), '');
  } else if (isObject(json)) {
    classify(context, found, json, 0, '');
  } else {
    context.problems.report(
      '#0',
      undefined,
      'the file holds no PTV records: expected a record, a list, a paging envelope (itemList) or { services, serviceChannels, organizations }',
    );
  }
}

/** The PTV records of every input, in input order; what is not a record is reported. */
export function findRecords(context: PtvContext, inputs: readonly PtvInput[]): Found[] {
  const found: Found[] = [];
  for (const input of inputs) {
    readingFrom(context, input.file);
    findIn(context, input.json, found);
  }
  return found;
}

/** Points the problem logs at the file a record came from. */
export function readingFrom(context: PtvContext, file: string): void {
  context.problems.file = file;
  context.omissions.file = file;
  context.missingLanguages.file = file;
}
