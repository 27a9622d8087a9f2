// The suite's two sizes: the short one in `npm test`, the full one in `npm run test:reliability`
// (POLKU_RELIABILITY=full). `size(short, full)` picks a number for the current one.
import { appendFileSync } from 'node:fs';

export const full = process.env.POLKU_RELIABILITY === 'full';

export function size<T>(short: T, long: T): T {
  return full ? long : short;
}

/**
 * Records a test's figures: printed as a line, and added to the file the runner reads
 * (scripts/reliability.mjs) to print them all at the end.
 */
export function report(name: string, figures: Record<string, unknown>): void {
  const line = JSON.stringify({ name, ...figures });
  process.stdout.write(`# figures ${line}\n`);
  const file = process.env.POLKU_RELIABILITY_REPORT;
  if (file) appendFileSync(file, `${line}\n`);
}

/** A small seeded generator (mulberry32): the same seed, the same cases. */
export function random(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
