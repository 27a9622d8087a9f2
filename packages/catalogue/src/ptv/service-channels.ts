// A PTV service's connected channels → its Polku channels (each once, each valid) and its url.
import type { Channel } from '@polku/contract';
import { checkUrlsAndPhones, isObject } from '../load/checks.js';
import { mapChannel } from './channel.js';
import { connectionContacts, webPageChannels } from './contacts.js';
import type { PtvContext } from './context.js';
import { type Found, readingFrom } from './find.js';
import { apiBase, type Json, objects, str } from './json.js';

export type ChannelsById = Map<string, { record: Json; label: string; file: string }>;

/** The published channels of the input by id; duplicates and records without an id reported. */
export function channelsById(context: PtvContext, found: Found[]): ChannelsById {
  const channels: ChannelsById = new Map();
  for (const { record, label, file } of found.filter((entry) => entry.kind === 'channel')) {
    readingFrom(context, file);
    const id = str(record.id);
    if (!id) {
      context.problems.report(label, '/id', 'a service channel needs its PTV id');
    } else if (channels.has(id)) {
      context.problems.report(label, '/id', 'appears twice in the file');
    } else if (record.publishingStatus !== undefined && record.publishingStatus !== 'Published') {
      context.omissions.report(
        label,
        '/publishingStatus',
        `is ${String(record.publishingStatus)}: not imported`,
      );
    } else {
      channels.set(id, { record, label, file });
    }
  }
  return channels;
}

/** Why a mapped channel cannot be kept (its first problem), or undefined. */
function channelProblem(context: PtvContext, candidate: Channel): string | undefined {
  const errors = [
    ...checkUrlsAndPhones(candidate as unknown as Json).map(
      (found) => `${found.field.slice(1)} ${found.message}`,
    ),
    ...context.validator
      .errors('Channel', candidate)
      .map((error) => `${error.pointer.slice(1) || 'it'} ${error.message}`),
  ];
  return errors[0];
}

/** Adds each channel once, when it is valid; a channel that is not is reported. */
function keepValid(
  context: PtvContext,
  kept: { channels: Channel[]; seen: Set<string> },
  candidates: Channel[],
  label: string,
): void {
  for (const candidate of candidates) {
    const key = JSON.stringify(candidate);
    if (kept.seen.has(key)) continue;
    kept.seen.add(key);
    const problem = channelProblem(context, candidate);
    if (problem) {
      context.omissions.report(
        label,
        undefined,
        `${/^[aeiou]/.test(candidate.type) ? 'an' : 'a'} ${candidate.type} channel is left out: ${problem}`,
      );
      continue;
    }
    kept.channels.push(candidate);
  }
}

/**
 * The channels of a service's connections (each channel's own contacts, then what the connection's
 * contactDetails add) and its url: the first page of its first WebPage channel; later pages
 * become online channels.
 */
export function serviceChannels(
  context: PtvContext,
  found: Found,
  channels: ChannelsById,
): { channels: Channel[]; url?: string } {
  const { record, label } = found;
  const kept = { channels: [] as Channel[], seen: new Set<string>() };
  let url: string | undefined;
  objects(record.serviceChannels).forEach((connection, index) => {
    const channelId = isObject(connection.serviceChannel)
      ? str(connection.serviceChannel.id)
      : undefined;
    const channel = channelId ? channels.get(channelId) : undefined;
    if (!channel) {
      context.omissions.report(
        label,
        `/serviceChannels/${index}/serviceChannel/id`,
        `service channel ${channelId ?? '(no id)'} is not in the file: left out (GET ${apiBase}/ServiceChannel/${channelId ?? ''})`,
      );
      return;
    }
    readingFrom(context, channel.file);
    const mapped = mapChannel(context, channel.record, channel.label, connection.serviceHours);
    const pages = [...(mapped.pages ?? [])];
    if (!url && pages[0]) url = pages.shift()?.url;
    keepValid(
      context,
      kept,
      [
        ...mapped.channels,
        ...webPageChannels(pages, mapped.name ? { label: mapped.name } : {}, undefined, true),
      ],
      channel.label,
    );
    readingFrom(context, found.file);
    if (isObject(connection.contactDetails)) {
      const where = { label, field: `/serviceChannels/${index}/contactDetails` };
      keepValid(
        context,
        kept,
        connectionContacts(context, connection.contactDetails, where),
        label,
      );
    }
  });
  return { channels: kept.channels, ...(url ? { url } : {}) };
}
