// Names for the contract's schemas, so code reads `Service` rather than a schema path.
// Every shape comes from the generated types: nothing here restates a schema.
import type { components, operations } from './generated/openapi.js';

type Schemas = components['schemas'];

export type LanguageCode = Schemas['LanguageCode'];
export type LocalizedText = Schemas['LocalizedText'];
export type LocalizedKeywords = Schemas['LocalizedKeywords'];
export type TierLevel = Schemas['TierLevel'];
export type MunicipalityCode = Schemas['MunicipalityCode'];
export type ProviderType = Schemas['ProviderType'];
export type ChannelType = Schemas['ChannelType'];
export type DeliverySetting = Schemas['DeliverySetting'];
export type AudienceGroup = Schemas['AudienceGroup'];
export type OpeningHours = Schemas['OpeningHours'];
export type Address = Schemas['Address'];
export type GeoPoint = Schemas['GeoPoint'];
export type Channel = Schemas['Channel'];
export type PhoneChannel = Schemas['PhoneChannel'];
export type OnlineChannel = Schemas['OnlineChannel'];
export type ChatChannel = Schemas['ChatChannel'];
export type EmailChannel = Schemas['EmailChannel'];
export type InPersonChannel = Schemas['InPersonChannel'];
export type HomeVisitChannel = Schemas['HomeVisitChannel'];
export type Cost = Schemas['Cost'];
export type Referral = Schemas['Referral'];
export type Audience = Schemas['Audience'];
export type Source = Schemas['Source'];
export type OrganizationRef = Schemas['OrganizationRef'];
export type Service = Schemas['Service'];
export type ServiceSummary = Schemas['ServiceSummary'];
export type Organization = Schemas['Organization'];
export type Tier = Schemas['Tier'];
export type ChainTier = Schemas['ChainTier'];
export type ServiceChain = Schemas['ServiceChain'];
export type Municipality = Schemas['Municipality'];
export type UrgentHelp = Schemas['UrgentHelp'];
export type ApiRoot = Schemas['ApiRoot'];
export type Facets = Schemas['Facets'];
export type PageEnvelope = Schemas['PageEnvelope'];
export type ServicePage = Schemas['ServicePage'];
export type OrganizationPage = Schemas['OrganizationPage'];
export type TierPage = Schemas['TierPage'];
export type ServiceChainPage = Schemas['ServiceChainPage'];
export type MunicipalityPage = Schemas['MunicipalityPage'];
export type UrgentHelpPage = Schemas['UrgentHelpPage'];
export type Problem = Schemas['Problem'];

/** Query parameters of `GET /v1/services`. */
export type ServiceSearchParams = NonNullable<operations['searchServices']['parameters']['query']>;
/** Query parameters of `GET /v1/organizations`. */
export type OrganizationListParams = NonNullable<
  operations['listOrganizations']['parameters']['query']
>;
/** Query parameters of `GET /v1/service-chains`. */
export type ServiceChainListParams = NonNullable<
  operations['listServiceChains']['parameters']['query']
>;
