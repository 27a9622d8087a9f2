// Names for the contract's schemas, so code reads `Service` rather than a schema path.
// Every shape comes from the generated types: nothing here restates a schema.
import type { components, operations } from './generated/openapi.js';

type Schemas = components['schemas'];

/** A display language of the catalogue: `'fi'`, `'sv'` or `'en'`. */
export type LanguageCode = Schemas['LanguageCode'];
/** A display text keyed by language (`{ fi, sv, en }`, at least one); pick one with `pickText`. */
export type LocalizedText = Schemas['LocalizedText'];
/** Search keywords keyed by language. */
export type LocalizedKeywords = Schemas['LocalizedKeywords'];
/** A service-need tier level, 1 (lightest) to 4. */
export type TierLevel = Schemas['TierLevel'];
/** A three-digit Statistics Finland municipality code (`'638'` = Porvoo). */
export type MunicipalityCode = Schemas['MunicipalityCode'];
/** The kind of provider: public, NGO, parish or private. */
export type ProviderType = Schemas['ProviderType'];
/** A way to reach or receive a service (phone, online, chat, email, in person, home visit). */
export type ChannelType = Schemas['ChannelType'];
/** Where a service is delivered. */
export type DeliverySetting = Schemas['DeliverySetting'];
/** A group a service is meant for. */
export type AudienceGroup = Schemas['AudienceGroup'];
/** When a channel or help line is open. */
export type OpeningHours = Schemas['OpeningHours'];
/** A postal or visiting address. */
export type Address = Schemas['Address'];
/** A WGS84 point. */
export type GeoPoint = Schemas['GeoPoint'];
/** One way to reach or receive a service; one of the channel types below, told apart by `type`. */
export type Channel = Schemas['Channel'];
/** A phone channel. */
export type PhoneChannel = Schemas['PhoneChannel'];
/** An online (web) channel. */
export type OnlineChannel = Schemas['OnlineChannel'];
/** A chat channel. */
export type ChatChannel = Schemas['ChatChannel'];
/** An email channel. */
export type EmailChannel = Schemas['EmailChannel'];
/** An in-person channel, with its address. */
export type InPersonChannel = Schemas['InPersonChannel'];
/** A home-visit channel. */
export type HomeVisitChannel = Schemas['HomeVisitChannel'];
/** What a service costs. */
export type Cost = Schemas['Cost'];
/** Whether a service needs a referral, and from whom. */
export type Referral = Schemas['Referral'];
/** Who a service is for (groups, child ages). */
export type Audience = Schemas['Audience'];
/** Where a record's facts come from. */
export type Source = Schemas['Source'];
/** A reference to the organization that provides a service. */
export type OrganizationRef = Schemas['OrganizationRef'];
/** A family-support service, as `GET /v1/services/{id}` returns it. */
export type Service = Schemas['Service'];
/** A service in short, as a service chain lists it. */
export type ServiceSummary = Schemas['ServiceSummary'];
/** An organization that provides services. */
export type Organization = Schemas['Organization'];
/** A service-need tier with its names and plain-language description. */
export type Tier = Schemas['Tier'];
/** One tier of a service chain. */
export type ChainTier = Schemas['ChainTier'];
/** A service chain (palveluketju) as the county drew it. */
export type ServiceChain = Schemas['ServiceChain'];
/** A municipality the catalogue covers. */
export type Municipality = Schemas['Municipality'];
/** A help line that must always be reachable (112, crisis lines). */
export type UrgentHelp = Schemas['UrgentHelp'];
/** Where a contact was read and when. */
export type ContactSource = Schemas['ContactSource'];
/** Where a family can ask when a service publishes no contact of its own. */
export type ServiceGuidance = Schemas['ServiceGuidance'];
/** A guided self-check: questions, answers, rules to a suggested tier, and the family's texts. */
export type SelfCheck = Schemas['SelfCheck'];
/** One question of a self-check, with its answers. */
export type SelfCheckQuestion = Schemas['SelfCheckQuestion'];
/** One answer of a self-check question (`danger` shows the help lines at once). */
export type SelfCheckAnswer = Schemas['SelfCheckAnswer'];
/** A rule from a self-check's answers to a suggested tier. */
export type SelfCheckRule = Schemas['SelfCheckRule'];
/** What a family reads when a self-check suggests a tier. */
export type SelfCheckResult = Schemas['SelfCheckResult'];
/** What a question of a self-check is about. */
export type SelfCheckTheme = Schemas['SelfCheckTheme'];
/** The API root (`GET /v1`). */
export type ApiRoot = Schemas['ApiRoot'];
/** Counts over a whole search result, keyed by value. */
export type Facets = Schemas['Facets'];
/** The Open Referral (HSDS) page envelope around every list. */
export type PageEnvelope = Schemas['PageEnvelope'];
/** A page of services with facets (`GET /v1/services`). */
export type ServicePage = Schemas['ServicePage'];
/** How a search's free text was understood (`ServicePage.search`). */
export type SearchUnderstanding = Schemas['SearchUnderstanding'];
/** A need of the catalogue's lay vocabulary that a query names. */
export type MatchedConcept = Schemas['MatchedConcept'];
/** A page of organizations. */
export type OrganizationPage = Schemas['OrganizationPage'];
/** The tiers, in one page. */
export type TierPage = Schemas['TierPage'];
/** A page of service chains. */
export type ServiceChainPage = Schemas['ServiceChainPage'];
/** The municipalities, in one page. */
export type MunicipalityPage = Schemas['MunicipalityPage'];
/** The urgent help lines, in one page. */
export type UrgentHelpPage = Schemas['UrgentHelpPage'];
/** The self-checks, in one page. */
export type SelfCheckPage = Schemas['SelfCheckPage'];
/** An error body (RFC 9457 problem details) with `errors` naming each bad parameter. */
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

/** The name of one operation of the contract (its `operationId`), such as `'searchServices'`. */
export type OperationId = keyof operations;
/** The query parameters of an operation, as the spec defines them (`{}` when it has none). */
export type OperationQuery<Op extends OperationId> = NonNullable<
  operations[Op]['parameters']['query']
>;
/** The JSON body of an operation's `200` response. */
export type OperationResult<Op extends OperationId> =
  operations[Op]['responses'][200]['content']['application/json'];
