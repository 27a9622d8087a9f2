// One PTV service channel → Polku channels: Phone, EChannel, ServiceLocation (with its phones and
// emails) and WebPage (the service's url).
import type { Channel } from '@polku/contract';
import { visitingAddress } from './address.js';
import type { PtvContext } from './context.js';
import { type Json, objects, str, webPageUrls } from './json.js';
import { openingHours } from './opening-hours.js';
import { languageCodes } from './service-parts.js';
import { localized, nonEmpty } from './texts.js';

/** One PTV channel → Polku channels (and a web page url for the service). */
export function mapChannel(
  context: PtvContext,
  record: Json,
  label: string,
  connectionHours: unknown,
): { channels: Channel[]; webPage?: string } {
  const result: Channel[] = [];
  const name = nonEmpty(
    localized(context, record.serviceChannelNames, 'Name', label, '/serviceChannelNames'),
  );
  const languages = languageCodes(record.languages);
  const hoursSource =
    objects(connectionHours).length > 0
      ? { value: connectionHours, field: '(connection)/serviceHours' }
      : { value: record.serviceHours, field: '/serviceHours' };
  const hours = openingHours(context, hoursSource.value, label, hoursSource.field);
  const common = {
    ...(name ? { label: name } : {}),
    ...(languages.length > 0 ? { languages: [...new Set(languages)] } : {}),
  };
  const phones = (field: 'phoneNumbers' | 'supportPhones'): void => {
    objects(record[field]).forEach((phone, index) => {
      const type = str(phone.type) ?? 'Phone';
      if (type !== 'Phone') {
        context.omissions.report(
          label,
          `/${field}/${index}`,
          `${type} numbers are left out: Polku holds phone numbers to call`,
        );
        return;
      }
      const number = str(phone.number);
      if (!number) return;
      const prefix = str(phone.prefixNumber);
      const full = prefix && phone.isFinnishServiceNumber !== true ? `${prefix} ${number}` : number;
      result.push({ type: 'phone', phone: full, ...common, ...(hours ? { hours } : {}) });
    });
  };
  const emails = (): void => {
    for (const email of objects(record.supportEmails)) {
      const address = str(email.value);
      if (address) result.push({ type: 'email', email: address, ...common });
    }
  };
  const type = str(record.serviceChannelType);
  let webPage: string | undefined;
  switch (type) {
    case 'Phone':
      phones('phoneNumbers');
      phones('supportPhones');
      emails();
      break;
    case 'EChannel':
      for (const url of webPageUrls(record)) {
        result.push({ type: 'online', url, ...common, ...(hours ? { hours } : {}) });
      }
      phones('supportPhones');
      emails();
      break;
    case 'WebPage': {
      const [first, ...rest] = webPageUrls(record);
      webPage = first;
      if (rest.length > 0) {
        context.omissions.report(
          label,
          '/webPages',
          `only one web page becomes the service's url; ${rest.join(', ')} left out`,
        );
      }
      break;
    }
    case 'ServiceLocation':
      objects(record.addresses).forEach((address, index) => {
        const pointer = `/addresses/${index}`;
        const mapped = visitingAddress(context, address, label, pointer);
        if (mapped) {
          result.push({
            type: 'in_person',
            address: mapped,
            ...common,
            ...(hours ? { hours } : {}),
          });
        }
      });
      phones('phoneNumbers');
      phones('supportPhones');
      emails();
      break;
    default:
      context.omissions.report(
        label,
        '/serviceChannelType',
        `${type ?? 'untyped'} channels have no Polku channel type: left out`,
      );
  }
  return { channels: result, ...(webPage ? { webPage } : {}) };
}
