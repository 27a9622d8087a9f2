// The details dialog's dictionaries, one per language: the family view's strings with the ones only
// the dialog shows (in its lazily loaded chunk, so they do not weigh on the embed entry).
import { messages } from '../index.js';
import type { DetailsMessages, Dictionaries, Messages } from '../messages.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';

export const detailsMessages: Dictionaries<Messages & DetailsMessages> = {
  fi: { ...messages.fi, ...fi },
  sv: { ...messages.sv, ...sv },
  en: { ...messages.en, ...en },
};
