// The loaded catalogue: every record already in its API shape.
import type {
  LanguageCode,
  LocalizedText,
  Municipality,
  Organization,
  SelfCheck,
  Service,
  ServiceChain,
  ServiceGuidance,
  Tier,
  UrgentHelp,
} from '@polku/contract';

export interface Catalogue {
  id: string;
  name: LocalizedText;
  /** Where a family can ask when a service publishes no contact of its own (catalogue.yaml). */
  serviceGuidance?: ServiceGuidance;
  /** Ordered by code. */
  municipalities: Municipality[];
  /** Ordered by level. */
  tiers: Tier[];
  /** Most urgent first, as written. */
  urgentHelp: UrgentHelp[];
  /** Ordered by Finnish name. */
  organizations: Organization[];
  /** Ordered by Finnish name. */
  services: Service[];
  /** Ordered by id; each chain's tiers by level, their services by Finnish name. */
  chains: ServiceChain[];
  /** Guided self-checks (self-checks/), ordered by id. */
  selfChecks: SelfCheck[];
  /** What families' own words mean (vocabulary/): absent when the folder has none. */
  vocabulary?: LayVocabulary;
}

/** The lay vocabulary of a catalogue (DATA-FORMAT.md, "Lay vocabulary"). */
export interface LayVocabulary {
  /** vocabulary/concepts.yaml, as written. */
  concepts: Concept[];
  /** vocabulary/<language>.yaml, one per language. */
  languages: LayLanguage[];
}

/** A need a family may name in many ways ("violence in a close relationship"). */
export interface Concept {
  id: string;
  /** What the finder shows as understood. */
  label: LocalizedText;
  /** Ids of the services that answer it, most fitting first. */
  services: string[];
  /** Words searched for besides the family's own (in any language the catalogue has). */
  search: string[];
  /** Danger to someone's safety: the help lines and these services come before everything else. */
  safety: boolean;
  /** Ids of urgent-help lines (urgent-help.yaml) to show first, most fitting first. */
  helpLines: string[];
}

/** One language's lay words. */
export interface LayLanguage {
  language: LanguageCode;
  /** Words after which the next word means its opposite ("utom hemmet"); and before which. */
  negations: { before: string[]; after: string[] };
  /** Words that never tell a need ("kaipaan", "hela tiden"): left out of a query. */
  ignore: string[];
  entries: LayEntry[];
}

/** Lay words or phrases and what they mean. A word ending in `*` matches any ending. */
export interface LayEntry {
  words: string[];
  concepts: string[];
  services: string[];
  /**
   * The words mean `concepts` only beside one of these concepts, or when the query names no other
   * concept; beside any other, they are that concept's words ("pelkään" beside a partner is fear
   * of violence; "pelkään synnytystä" is the fear of childbirth). Empty: always.
   */
  with: string[];
}

/** One thing wrong in a catalogue folder. */
export interface CatalogueProblem {
  /** Path relative to the catalogue folder, with `/` separators. */
  file: string;
  /** The record's id, or `#<index>` when it has no usable id. */
  record?: string;
  /** A JSON pointer into the record as written (`/name/sv`). */
  field?: string;
  /** What is wrong, in plain English. */
  message: string;
}
