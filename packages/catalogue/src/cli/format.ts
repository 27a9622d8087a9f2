// What every polku-catalogue command shares: usage errors and how problems are printed.
import { stat } from 'node:fs/promises';
import type { CatalogueProblem } from '../catalogue.js';

export class UsageError extends Error {}

export function formatProblem(problem: CatalogueProblem): string {
  return [problem.file, problem.record, problem.field, problem.message]
    .filter((part) => part !== undefined && part !== '')
    .join(': ');
}

export function plural(count: number, word: string, words = `${word}s`): string {
  return `${count} ${count === 1 ? word : words}`;
}

export async function isFolder(path: string): Promise<boolean> {
  return stat(path).then(
    (stats) => stats.isDirectory(),
    () => false,
  );
}
