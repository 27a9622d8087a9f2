// What every part of the generator shares: the seeded PRNG, the source every record names, and a
// few string helpers.
import type { LanguageCode, Source } from '@polku/contract';
import { createRandom, type Random } from './random.js';

export interface GeneratorContext {
  random: Random;
  seed: number;
  source: Source;
  /** A random update time in 2026, drawn from `random` (so the call order matters). */
  updatedAt(): string;
}

export const allLanguages: LanguageCode[] = ['fi', 'sv', 'en'];

export function createContext(seed: number): GeneratorContext {
  const random = createRandom(seed);
  return {
    random,
    seed,
    source: { name: `Polku synthetic catalogue generator (seed ${seed})`, checked: '2026-11-01' },
    updatedAt: () =>
      `2026-${pad(random.int(1, 10))}-${pad(random.int(1, 28))}T${pad(random.int(6, 17))}:${pad(random.int(0, 59))}:00Z`,
  };
}

export function capitalize(text: string): string {
  return text.charAt(0).toLocaleUpperCase('fi') + text.slice(1);
}

export function slug(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}
