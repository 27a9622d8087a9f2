// Finds the PTV records in what was read: a list, a paging envelope (itemList), an object of
// lists (services, serviceChannels, organizations) or one record; tells services, channels and
// organizations apart.

import { isObject } from '../load/checks.js';
import type { PtvContext } from './context.js';
import { type Json, str } from './json.js';

/** A PTV record found in the input, with the label problems name it by. */
export interface Found {
  kind: 'service' | 'channel' | 'organization';
  record: Json;
  label: string;
}

const asList = (value: unknown): unknown[] =>
  Array.isArray(value)
    ? value
    : isObject(value) && Array.isArray(value.itemList)
      ? value.itemList
      : [];

function classify(
  context: PtvContext,
  found: Found[],
  item: unknown,
  index: number,
  listName: string,
): void {
  const label = isObject(item) && str(item.id) ? (str(item.id) as string) : `${listName}#${index}`;
  if (!isObject(item)) {
    context.problems.report(label, undefined, 'is not a PTV record (an object)');
  } else if (item.serviceChannelType !== undefined) {
    found.push({ kind: 'channel', record: item, label });
  } else if (item.serviceNames !== undefined) {
    found.push({ kind: 'service', record: item, label });
  } else if (item.organizationNames !== undefined || item.organizationType !== undefined) {
    found.push({ kind: 'organization', record: item, label });
  } else {
    context.problems.report(
      label,
      undefined,
      'is neither a PTV service (serviceNames), service channel (serviceChannelType) nor organization (organizationNames)',
    );
  }
}

/** The PTV records of `json`, in input order; what is not a record is reported. */
export function findRecords(context: PtvContext, json: unknown): Found[] {
  const found: Found[] = [];
  const each = (list: unknown[], listName: string): void => {
    list.forEach((item, index) => {
      classify(context, found, item, index, listName);
    });
  };
  if (Array.isArray(json)) {
    each(json, '');
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
  } else if (isObject(json)) {
    classify(context, found, json, 0, '');
  } else {
    context.problems.report(
      '#0',
      undefined,
      'the file holds no PTV records: expected a list, a paging envelope (itemList) or { services, serviceChannels, organizations }',
    );
  }
  return found;
}
