// The professional elements' dictionaries, one per language (in the professional chunk).
import type { Dictionaries, ProfessionalMessages } from '../messages.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';

export const professionalMessages: Dictionaries<ProfessionalMessages> = { fi, sv, en };
