// A PTV service's connected channels → its Polku channels (each once, each valid) and its url.
import type { Channel } from '@polku/contract';
import { checkUrlsAndPhones, isObject } from '../load/checks.js';
import { mapChannel } from './channel.js';
import type { PtvContext } from './context.js';
import type { Found } from './find.js';
import { apiBase, isHttpUrl, type Json, objects, str } from './json.js';

export type ChannelsById = Map<string, { record: Json; label: string }>;

/** The published channels of the input by id; duplicates and records without an id reported. */
export function channelsById(context: PtvContext, found: Found[]): ChannelsById {
  const channels: ChannelsById = new Map();
  for (const { record, label } of found.filter((entry) => entry.kind === 'channel')) {
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
      channels.set(id, { record, label });
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

export function serviceChannels(
  context: PtvContext,
  record: Json,
  label: string,
  channels: ChannelsById,
): { channels: Channel[]; url?: string } {
  const mappedChannels: Channel[] = [];
  const seenChannels = new Set<string>();
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
    const mapped = mapChannel(context, channel.record, channel.label, connection.serviceHours);
    if (mapped.webPage && !url) {
      if (isHttpUrl(mapped.webPage)) url = mapped.webPage;
      else
        context.omissions.report(
          channel.label,
          '/webPages',
          `${mapped.webPage} is not an http(s) address: left out`,
        );
    }
    for (const candidate of mapped.channels) {
      const key = JSON.stringify(candidate);
      if (seenChannels.has(key)) continue;
      seenChannels.add(key);
      const problem = channelProblem(context, candidate);
      if (problem) {
        context.omissions.report(
          channel.label,
          undefined,
          `a ${candidate.type} channel is left out: ${problem}`,
        );
        continue;
      }
      mappedChannels.push(candidate);
    }
  });
  return { channels: mappedChannels, ...(url ? { url } : {}) };
}
