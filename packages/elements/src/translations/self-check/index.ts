// The self-check's dictionaries, one per language (in the self-check chunk, not the entry).
import type { Dictionaries, SelfCheckMessages } from '../messages.js';
import { en } from './en.js';
import { fi } from './fi.js';
import { sv } from './sv.js';

export const selfCheckMessages: Dictionaries<SelfCheckMessages> = { fi, sv, en };
