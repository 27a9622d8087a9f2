// The loaded catalogue: every record already in its API shape.
import type {
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
