// The Open Referral HSDS 3.0 objects the exporter writes, with HSDS's own field names (schema/*.json
// of openreferral/specification, branch 3.0). Only the fields Polku fills are declared. These are
// HSDS's shapes, not Polku's: Polku's own shapes come from the generated OpenAPI types.
import type { LanguageCode } from '@polku/contract';

export interface HsdsTaxonomy {
  id: string;
  name: string;
  description: string;
  uri?: string;
  version?: string;
}

export interface HsdsTaxonomyTerm {
  id: string;
  code: string;
  name: string;
  description: string;
  taxonomy: string;
  taxonomy_id: string;
  language: LanguageCode;
}

export interface HsdsAttribute {
  id: string;
  link_id: string;
  link_entity: 'service' | 'organization' | 'service_area';
  taxonomy_term_id: string;
  taxonomy_term: HsdsTaxonomyTerm;
  value?: string;
}

export interface HsdsLanguage {
  id: string;
  service_id?: string;
  location_id?: string;
  phone_id?: string;
  name: string;
  code: string;
}

export interface HsdsPhone {
  id: string;
  service_id?: string;
  number: string;
  type: 'voice';
  description?: string;
  languages: HsdsLanguage[];
}

export interface HsdsContact {
  id: string;
  service_id: string;
  name?: string;
  email: string;
}

export interface HsdsSchedule {
  id: string;
  service_id?: string;
  service_at_location_id?: string;
  /** Local dates (YYYY-MM-DD) of the daylight-saving season the times are written for. */
  valid_from?: string;
  valid_to?: string;
  dtstart?: string;
  until?: string;
  /** The season's UTC offset in hours (HSDS 3.0 has a number here, not an IANA zone). */
  timezone: number;
  freq?: 'WEEKLY';
  byday?: string;
  opens_at?: string;
  closes_at?: string;
  description?: string;
  notes?: string;
}

export interface HsdsAddress {
  id: string;
  location_id: string;
  address_1: string;
  city: string;
  state_province: string;
  postal_code: string;
  country: 'FI';
  address_type: 'physical';
}

export interface HsdsLocation {
  id: string;
  location_type: 'physical' | 'virtual';
  url?: string;
  organization_id: string;
  name?: string;
  latitude?: number;
  longitude?: number;
  external_identifier?: string;
  external_identifier_type?: string;
  languages: HsdsLanguage[];
  addresses: HsdsAddress[];
}

export interface HsdsServiceAtLocation {
  id: string;
  service_id: string;
  location_id: string;
  description?: string;
  schedules: HsdsSchedule[];
  location: HsdsLocation;
}

export interface HsdsServiceArea {
  id: string;
  service_id: string;
  name: string;
  extent_type?: string;
  attributes: HsdsAttribute[];
}

export interface HsdsService {
  id: string;
  organization_id: string;
  name: string;
  description: string;
  url?: string;
  email?: string;
  status: 'active';
  application_process?: string;
  fees_description?: string;
  eligibility_description?: string;
  assured_date?: string;
  last_modified?: string;
  phones: HsdsPhone[];
  schedules: HsdsSchedule[];
  service_areas: HsdsServiceArea[];
  service_at_locations: HsdsServiceAtLocation[];
  languages: HsdsLanguage[];
  contacts: HsdsContact[];
  attributes: HsdsAttribute[];
}

export interface HsdsOrganization {
  id: string;
  name: string;
  description: string;
  website?: string;
  locations: HsdsLocation[];
  attributes: HsdsAttribute[];
}

/** A text that lacked the export language and was written in another one. */
export interface HsdsTextFallback {
  /** `service`, `organization` or `taxonomy_term`. */
  entity: string;
  id: string;
  /** The Polku field, as a JSON pointer into the Polku record (`/name`, `/channels/0/label`). */
  field: string;
  /** The language the text was written in instead. */
  language: LanguageCode;
}

/**
 * One export file. HSDS 3.0 defines no file that bundles many records (its `Page` belongs to the
 * API), so the top level is Polku's: `polku_export` says what the file is, the other members are
 * lists of HSDS 3.0 objects, dereferenced (nested) as HSDS's serialization guidance asks.
 */
export interface HsdsExport {
  polku_export: {
    format: 'Open Referral HSDS';
    hsds_version: '3.0';
    catalogue: string;
    /** Every text in this file is in this language, except those listed in `text_fallbacks`. */
    language: LanguageCode;
    /** Languages the catalogue also has texts in: export those to sibling files. */
    other_languages: LanguageCode[];
    text_fallbacks: HsdsTextFallback[];
    notes: string[];
  };
  organizations: HsdsOrganization[];
  services: HsdsService[];
  taxonomies: HsdsTaxonomy[];
  taxonomy_terms: HsdsTaxonomyTerm[];
}
