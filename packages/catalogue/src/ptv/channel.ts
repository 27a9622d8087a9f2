// One PTV service channel → Polku channels: Phone (phones), EChannel (online, one per url with its
// languages), ServiceLocation (in person, with its phones, emails and web pages) and WebPage
// (the service's url; further pages as online channels).
import type { Channel, LocalizedText } from '@polku/contract';
import { visitingAddress } from './address.js';
import {
  type ChannelCommon,
  emailChannels,
  phoneChannels,
  type WebPage,
  webPageChannels,
  webPages,
} from './contacts.js';
import type { PtvContext } from './context.js';
import { type Json, objects, str } from './json.js';
import { openingHours } from './opening-hours.js';
import { languageCodes } from './service-parts.js';
import { localized, nonEmpty } from './texts.js';

export interface MappedChannel {
  channels: Channel[];
  /** A WebPage channel's pages: the first may become the service's url. */
  pages?: WebPage[];
  /** The channel's name. */
  name?: LocalizedText;
}

/** One PTV channel → Polku channels; `connectionHours` (the connection's) win over its own. */
export function mapChannel(
  context: PtvContext,
  record: Json,
  label: string,
  connectionHours: unknown,
): MappedChannel {
  const name = nonEmpty(
    localized(context, record.serviceChannelNames, 'Name', label, '/serviceChannelNames'),
  );
  const languages = [...new Set(languageCodes(record.languages))];
  const hoursSource =
    objects(connectionHours).length > 0
      ? { value: connectionHours, field: '(connection)/serviceHours' }
      : { value: record.serviceHours, field: '/serviceHours' };
  const hours = openingHours(context, hoursSource.value, label, hoursSource.field);
  const common: ChannelCommon = {
    ...(name ? { label: name } : {}),
    ...(languages.length > 0 ? { languages } : {}),
  };
  const phones = (field: 'phoneNumbers' | 'supportPhones') =>
    phoneChannels(context, record[field], { label, field: `/${field}` }, common, hours);
  const emails = () => emailChannels([record.emails, record.supportEmails], common);
  // v11 names the list webPages; older saves of EChannels have webPage.
  const pages = () =>
    webPages(context, [...objects(record.webPages), ...objects(record.webPage)], {
      label,
      field: record.webPages ? '/webPages' : '/webPage',
    });
  const type = str(record.serviceChannelType);
  switch (type) {
    case 'Phone':
      return {
        channels: [
          ...phones('phoneNumbers'),
          ...phones('supportPhones'),
          ...emails(),
          ...webPageChannels(pages(), common),
        ],
      };
    case 'EChannel':
      return {
        channels: [
          ...webPageChannels(pages(), common, hours, true),
          ...phones('supportPhones'),
          ...emails(),
        ],
      };
    case 'WebPage':
      return { channels: [], pages: pages(), ...(name ? { name } : {}) };
    case 'ServiceLocation': {
      const places: Channel[] = [];
      objects(record.addresses).forEach((address, index) => {
        const mapped = visitingAddress(context, address, label, `/addresses/${index}`);
        if (mapped)
          places.push({
            type: 'in_person',
            address: mapped,
            ...common,
            ...(hours ? { hours } : {}),
          });
      });
      return {
        channels: [
          ...places,
          ...phones('phoneNumbers'),
          ...phones('supportPhones'),
          ...emails(),
          ...webPageChannels(pages(), common),
        ],
      };
    }
    default:
      context.omissions.report(
        label,
        '/serviceChannelType',
        `${type ?? 'untyped'} channels have no Polku channel type: left out`,
      );
      return { channels: [] };
  }
}
