// What the finder says about how it understood a search, one dictionary per language: the family
// view's strings with these (in the lazily loaded chunk, so they do not weigh on the embed entry).
import { messages } from '../index.js';
import type { Dictionaries, Messages, UnderstoodMessages } from '../messages.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';

export const understoodMessages: Dictionaries<Messages & UnderstoodMessages> = {
  fi: { ...messages.fi, ...fi },
  sv: { ...messages.sv, ...sv },
  en: { ...messages.en, ...en },
};
