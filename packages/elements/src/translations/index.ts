// The family-view elements' dictionaries, one per language (in the embed entry).
import { en } from './en.js';
import { fi } from './fi.js';
import type { Dictionaries, Messages } from './messages.js';
import { sv } from './sv.js';

export const messages: Dictionaries<Messages> = { fi, sv, en };
