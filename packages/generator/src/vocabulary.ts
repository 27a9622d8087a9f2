// Words the synthetic catalogue is built from (data/vocabulary.json: real places and
// family-service vocabulary in Finnish, Swedish and English, so that text search over synthetic
// data meets real words), and the tiers as the demo catalogue's tiers.yaml defines them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { demoCatalogueDir, languagesOfTexts } from '@polku/catalogue';
import type {
  AudienceGroup,
  ChannelType,
  DeliverySetting,
  ProviderType,
  Tier,
} from '@polku/contract';
import { parse } from 'yaml';

export type Text3 = { fi: string; sv: string; en: string };

export interface Place {
  /** Statistics Finland municipality code. */
  code: string;
  fi: string;
  sv: string;
  /** Finnish genitive, for names such as "Porvoon perheneuvola". */
  fiGenitive: string;
  bilingual: boolean;
  majority: 'fi' | 'sv';
  town: boolean;
  county: boolean;
  /** Approximate centre; the generator scatters addresses a few kilometres around it. */
  lat: number;
  lon: number;
  postalCode: string;
}

export interface ServiceKind {
  /** Lower-case base forms: fi as in "Porvoon perheneuvola", sv and en as in a list. */
  fi: string;
  sv: string;
  en: string;
  tiers: number[];
  providers: ProviderType[];
  channels: ChannelType[];
  settings: DeliverySetting[];
  groups: AudienceGroup[];
  /** The children's ages the kind is for, or null for any. */
  ages: [number, number] | null;
  /** The chance that a service of this kind needs a referral. */
  referral: number;
  summary: Text3;
  keywords: { fi: string[]; sv: string[]; en: string[] };
}

export interface ChainTheme {
  id: string;
  name: Text3;
  phenomenon: Text3;
  target: Text3;
}

export interface Vocabulary {
  places: Place[];
  serviceKinds: ServiceKind[];
  /** Who a service is especially meant for: allative (fi), "för ..." (sv), "for ..." (en). */
  audiences: Text3[];
  descriptionSentences: Text3[];
  /** Lay words people type when they are worried; added to keywords. */
  layWords: { fi: string[]; sv: string[]; en: string[] };
  syntheticStreets: { fi: string; sv: string }[];
  districts: Text3[];
  surnames: string[];
  chainThemes: ChainTheme[];
}

export const vocabulary: Vocabulary = JSON.parse(
  readFileSync(new URL('../data/vocabulary.json', import.meta.url), 'utf8'),
);

/** The four service-need tiers, read from the demo catalogue so the texts never drift from it. */
export function demoTiers(): Tier[] {
  const written = parse(readFileSync(join(demoCatalogueDir, 'tiers.yaml'), 'utf8')) as Omit<
    Tier,
    'available_languages'
  >[];
  return written.map((tier) => ({
    ...tier,
    available_languages: languagesOfTexts([tier.name, tier.label, tier.description]),
  }));
}
