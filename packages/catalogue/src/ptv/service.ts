// PTV services → Polku services, in the one tier the import was given.
import type { Channel, LocalizedKeywords, LocalizedText, Service } from '@polku/contract';
import { languageOrder } from '@polku/contract';
import { languagesOfTexts } from '../texts.js';
import { admitted, validAsMapped } from './admission.js';
import type { PtvContext } from './context.js';
import { type Found, readingFrom } from './find.js';
import { apiBase, type Json, objects, sourceName, str } from './json.js';
import type { ImportedOrganizations } from './organization.js';
import { type ChannelsById, serviceChannels } from './service-channels.js';
import {
  deliveryLanguages,
  responsibleOrganization,
  serviceMunicipalities,
  serviceTexts,
} from './service-parts.js';
import { localized, nonEmpty, updatedAt } from './texts.js';

/** What the import applied to every service, to say in its output. */
export function serviceDefaults(): string[] {
  return [
    `a service the overlay does not place gets the tier its PTV service class or target group suggests, else tier 1 (--tier N puts every new service in tier N); it is listed as new, and its overlay entry says the tier is a suggestion`,
    'referral.required is false (PTV has no referral flag; its requirements text becomes referral.description)',
    'audience groups come from PTV target groups KR1.2 and KR1.3, else "families"',
    'chains are empty (PTV has no service chains)',
  ];
}

function audienceGroups(record: Json): Service['audience']['groups'] {
  const targetGroups = objects(record.targetGroups).map((group) => str(group.code));
  const groups: Service['audience']['groups'] = [];
  if (targetGroups.includes('KR1.2')) groups.push('families');
  if (targetGroups.includes('KR1.3')) groups.push('young_people');
  if (groups.length === 0) groups.push('families');
  return groups;
}

function keywordsOf(record: Json): LocalizedKeywords {
  const keywords: Record<string, string[]> = {};
  for (const keyword of objects(record.keywords)) {
    const language = str(keyword.language);
    const value = str(keyword.value);
    if (!language || !value) continue;
    if (!(languageOrder as readonly string[]).includes(language)) continue;
    keywords[language] = [...(keywords[language] ?? []), value];
  }
  return keywords as LocalizedKeywords;
}

/** Where the service is delivered, as its channels say. */
function settingsOf(channels: Channel[]): NonNullable<Service['settings']> {
  return [
    ...new Set(
      channels.flatMap((channel) =>
        channel.type === 'in_person'
          ? ['office' as const]
          : channel.type === 'phone'
            ? ['phone' as const]
            : channel.type === 'online' || channel.type === 'chat'
              ? ['online' as const]
              : [],
      ),
    ),
  ];
}

/** PTV's charge type: FreeOfCharge is free, Charged is not; null (or none) says nothing. */
function cost(record: Json, description: LocalizedText | undefined): Service['cost'] {
  const free =
    record.serviceChargeType === 'FreeOfCharge'
      ? true
      : record.serviceChargeType === 'Charged' || record.serviceChargeType === 'Chargeable'
        ? false
        : undefined;
  return { ...(free === undefined ? {} : { free }), ...(description ? { description } : {}) };
}

/** One PTV service, or `undefined` after reporting why it cannot be imported. */
function mapService(
  context: PtvContext,
  found: Found,
  organizations: ImportedOrganizations,
  channels: ChannelsById,
): Service | undefined {
  const { record, label } = found;
  const before = context.problems.size;
  const id = admitted(context, record, label);
  if (!id) return undefined;
  const { name, summary, description } = serviceTexts(context, record, label);
  const organization = responsibleOrganization(context, record, label, organizations);
  const municipalities = serviceMunicipalities(context, record, label);
  const languages = deliveryLanguages(context, record, label);
  if (context.problems.size > before || !organization || !municipalities) return undefined;

  const mapped = serviceChannels(context, found, channels);
  const descriptions = (type: string | undefined, value: unknown, field: string) =>
    nonEmpty(localized(context, value, type, label, field));
  const chargeInfo = descriptions(
    'ChargeTypeAdditionalInfo',
    record.serviceDescriptions,
    '/serviceDescriptions',
  );
  const requirements = descriptions(undefined, record.requirements, '/requirements');
  const settings = settingsOf(mapped.channels);
  const service: Service = {
    id,
    name,
    summary,
    description,
    available_languages: languagesOfTexts([name, summary, description]),
    tiers: [context.tier],
    organization,
    provider_type: organization.type,
    municipalities,
    delivery_languages: languages,
    channels: mapped.channels,
    ...(settings.length > 0 ? { settings } : {}),
    cost: cost(record, chargeInfo),
    referral: { required: false, ...(requirements ? { description: requirements } : {}) },
    audience: { groups: audienceGroups(record) },
    keywords: keywordsOf(record),
    chains: [],
    ...(mapped.url ? { url: mapped.url } : {}),
    updated_at: updatedAt(context, record.modified),
    source: { name: sourceName, url: `${apiBase}/Service/${id}`, checked: context.importedOn },
    example_data: false,
  };
  return validAsMapped(context, 'Service', service, label) ? service : undefined;
}

export function importServices(
  context: PtvContext,
  found: Found[],
  organizations: ImportedOrganizations,
  channels: ChannelsById,
): Service[] {
  const services: Service[] = [];
  for (const entry of found.filter((candidate) => candidate.kind === 'service')) {
    readingFrom(context, entry.file);
    const service = mapService(context, entry, organizations, channels);
    if (service) services.push(service);
  }
  return services;
}
