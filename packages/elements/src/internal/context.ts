import { createContext } from '@lit/context';
import type { PolkuClient } from '@polku/client';
import type { LanguageCode, Tier } from '@polku/contract';
import type { FinderSeed } from './seed.js';

/** The API client: `<polku-finder>` provides it, cards, details and help lines consume it. */
export const clientContext = createContext<PolkuClient | undefined>(Symbol('polku-client'));

/** The finder's display language, so elements in its shadow tree speak the same language. */
export const languageContext = createContext<LanguageCode | undefined>(Symbol('polku-language'));

/** The tiers as `/v1/tiers` serves them, so a card can name a service's tiers. */
export const tiersContext = createContext<readonly Tier[] | undefined>(Symbol('polku-tiers'));

/**
 * Ids of the services on the family list of a professional `<polku-finder>`, so a card or the
 * details can show "On the family list" instead of the add button.
 */
export const familyListContext = createContext<readonly string[] | undefined>(
  Symbol('polku-family-list'),
);

/** `family` for families on a public page; `professional` adds referral and provider detail. */
export type FinderView = 'family' | 'professional';

/**
 * What a server rendered a `<polku-finder>` with (internal/seed.ts): the finder provides it, so
 * that the elements inside it draw their first frame from the same data and hydrate.
 */
export const seedContext = createContext<FinderSeed | undefined>(Symbol('polku-seed'));
