// The shape of every display string of every Polku element. `fi.ts`, `sv.ts` and `en.ts` (and
// `professional/*.ts`) are typed by it, so a key missing in one language fails the type check.
// Two halves because of the embed's two files: what the family view shows is in the entry, what
// only the professional elements show is in their lazily loaded chunk.
import type { ChannelType, LanguageCode, ProviderType, SelfCheckTheme } from '@polku/contract';

/** One dictionary per language. */
export type Dictionaries<M> = Readonly<Record<LanguageCode, M>>;

/**
 * The strings of the family-view elements (finder, help lines, card, details), in the embed entry
 * (`polku-finder.js`).
 */
export interface Messages {
  /** The first link of the finder, past the help lines, tiers and filters. */
  skipToResults: string;
  introHeading: string;
  /** One short sentence. */
  intro: string;
  /** The label of the tier choice. */
  tierLegend: string;
  /** The disclosure with each tier's name and explanation. */
  tierHelp: string;
  tierAll: string;
  tierLevel: (level: number) => string;
  tierOrder: (level: number) => string;
  searchLabel: string;
  searchHint: string;
  /** The search form's submit button: a verb, short enough to sit beside the field on a phone. */
  searchButton: string;
  filtersHeading: string;
  filtersToggle: (active: number) => string;
  filterMunicipality: string;
  filterProvider: string;
  filterChannel: string;
  filterLanguage: string;
  filterOther: string;
  free: string;
  noReferral: string;
  clearFilters: string;
  providerTypes: Record<ProviderType, string>;
  channelTypes: Record<ChannelType, string>;
  resultsHeading: string;
  resultCount: (total: number) => string;
  loading: string;
  emptyTitle: string;
  emptyHint: string;
  emptyNearest: (level: number, name: string) => string;
  errorTitle: string;
  errorHint: string;
  retry: string;
  showMore: string;
  moreAbout: string;
  tiers: string;
  call: (phone: string) => string;
  openOnline: string;
  noDirectContact: string;
  exampleData: string;
  inLanguage: Record<LanguageCode, string>;
  noChannels: string;
  detailsLoading: string;
  address: string;
  referral: string;
  provider: string;
  helpNowHeading: string;
  helpNowIntro: string;
  /** The disclosure with the help lines beyond 112 and the crisis service. */
  helpNowMore: (count: number) => string;
  freeCall: string;
  /** Professional view: a card's and the details' button, and its state once on the list. */
  addToList: string;
  onList: string;
  /** Professional view: a card's short referral line, "Lähete: ei tarvita". */
  referralNeeded: string;
  referralNotNeeded: string;
  /** Professional view: while the family list and the chain load, and when they fail to. */
  professionalLoading: string;
  professionalError: string;
  /** Professional view, narrow: the way from the results to the family list. */
  familyListJump: (count: number) => string;
  /** Opened from a family-list link: back to the whole finder. */
  showAllServices: string;
  /** The finder's way into the self-check (its own chunk). */
  selfCheckOpen: string;
}

/**
 * The strings of the professional elements (chain, family list, shared list), in the professional
 * chunk.
 */
export interface ProfessionalMessages {
  chain: ChainMessages;
  familyList: FamilyListMessages;
  selfCheckReview: SelfCheckReviewMessages;
}

/** `<polku-chain>`. */
export interface ChainMessages {
  loading: string;
  loadError: string;
  notFound: string;
  retry: string;
  phenomenon: string;
  targetGroup: string;
  goals: string;
  grounds: string;
  mainGoal: string;
  guidingPrinciples: string;
  ladder: string;
  ladderIntro: string;
  tierLevel: (level: number) => string;
  tierGoal: string;
  services: string;
  noServices: string;
  keyMeasures: string;
  risks: string;
  indicators: string;
  effectiveness: string;
  none: string;
  provider: string;
  referralRequired: string;
  referralNotRequired: string;
  openDetails: (name: string) => string;
  addToList: string;
  /** The compact chain (the finder's side column). */
  addShort: string;
  tierMore: string;
  openFull: string;
  close: string;
  exampleData: string;
  source: (name: string) => string;
}

/**
 * `<polku-family-list>`, its printed sheet and `<polku-shared-list>`. The family's language (the
 * sheet, the link) may differ from the worker's (the controls).
 */
export interface FamilyListMessages {
  listTitle: string;
  empty: string;
  loading: string;
  loadError: string;
  retry: string;
  provider: string;
  phone: string;
  email: string;
  web: string;
  address: string;
  hours: string;
  homeVisit: string;
  alwaysOpen: string;
  referralNeeded: string;
  noContacts: string;
  note: string;
  noteHint: (max: number) => string;
  /** Visible button texts; the accessible names add the service's name after a colon. */
  moveUp: string;
  moveDown: string;
  remove: string;
  familyLanguage: string;
  print: string;
  copyLink: string;
  linkLabel: string;
  linkManual: string;
  linkCopied: string;
  linkPrivacy: string;
  announceAdded: (name: string, count: number) => string;
  announceAlready: (name: string) => string;
  announceRemoved: (name: string, count: number) => string;
  announceMoved: (name: string, position: number, count: number) => string;
  count: (count: number) => string;
  serviceFallback: string;
  // The printed sheet and the shared list, in the family's language.
  sheetTitle: string;
  sheetIntro: string;
  sheetDate: (date: string) => string;
  sheetNote: string;
  helpTitle: string;
  sharedTitle: string;
  sharedIntro: string;
  sharedMissing: (count: number) => string;
  exampleData: string;
}

/** `<polku-self-check-review>`: a self-check's questions and rules for professionals to review. */
export interface SelfCheckReviewMessages {
  loading: string;
  loadError: string;
  retry: string;
  none: string;
  draft: string;
  approved: string;
  intro: string;
  notAssessment: string;
  questions: string;
  themes: Record<SelfCheckTheme, string>;
  hint: string;
  danger: string;
  helpLines: (names: string) => string;
  suggests: (levels: string) => string;
  rules: string;
  rulesIntro: (defaultLevel: number) => string;
  ruleWhen: (atLeast: number, count: number) => string;
  tierLevel: (level: number) => string;
  results: string;
  dangerTexts: string;
  talk: string;
  sources: string;
  updated: (date: string) => string;
}

/** `<polku-self-check>`, in its own chunk: the family's guided self-check. */
export interface SelfCheckMessages {
  loading: string;
  loadError: string;
  retry: string;
  unavailable: string;
  draftNote: string;
  privacy: string;
  start: string;
  progress: (current: number, total: number) => string;
  next: string;
  finish: string;
  back: string;
  restart: string;
  close: string;
  chooseAnswer: string;
  dangerAnnounce: string;
  freeCall: string;
  servicesNow: string;
  servicesLighter: string;
  servicesLoading: string;
  servicesError: string;
  noServices: string;
  talkHeading: string;
  sharedIntro: string;
  answerYourself: string;
  copyLink: string;
  linkPrivacy: string;
  linkLabel: string;
  linkCopied: string;
  linkManual: string;
  summaryReady: string;
}

/**
 * The strings only the details dialog shows, in its lazily loaded chunk; it reads them together
 * with `Messages`.
 */
export interface DetailsMessages {
  paid: string;
  referralRequired: string;
  referralNotRequired: string;
  close: string;
  detailsError: string;
  about: string;
  contact: string;
  /** Before the service guidance, when a service publishes no contact. */
  askInstead: string;
  hours: string;
  alwaysOpen: string;
  cost: string;
  languages: string;
  audience: string;
  servicePage: string;
  source: (name: string) => string;
  checked: (date: string) => string;
}

/**
 * What the finder says about how it understood a search (the API's `search` object): the "help
 * first" block, and what a search that found nothing offers instead. In the lazily loaded chunk.
 */
export interface UnderstoodMessages {
  /** Heading of the help lines shown before the results when a search speaks of danger. */
  helpFirstHeading: string;
  /** One calm sentence under it. */
  helpFirstIntro: string;
  /** Said once to screen readers after such a search, after `helpFirstIntro`. */
  helpFirstAnnounce: string;
  /** Before the needs the search recognised (the concepts' labels). */
  understoodAs: string;
  /** Before the words that found nothing. */
  unknownWords: string;
  /** Before the suggested search, a button that runs it. */
  didYouMean: string;
  /** Heading of the nearest services shown when nothing matched; and a line saying what they are. */
  nearestHeading: string;
  nearestHint: string;
  /** Heading of the help lines shown when nothing matched. */
  helpLinesHeading: string;
}
