// Reads PTV JSON saved from the API: files, or every .json/.jsonc file of a folder (DVV's
// example documents carry `//` comment lines, hence .jsonc).
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import type { CatalogueProblem } from '../catalogue.js';
import type { PtvInput } from '../ptv/index.js';
import { isFolder, UsageError } from './format.js';

async function files(path: string): Promise<string[]> {
  if (!(await isFolder(path))) return [path];
  const entries = await readdir(path, { recursive: true, withFileTypes: true });
  return entries
    .filter((entry) => entry.isFile() && /\.jsonc?$/.test(entry.name))
    .map((entry) => join(entry.parentPath, entry.name))
    .sort();
}

/** The parsed inputs, each named relative to the folder it was found in (or by its base name). */
export async function readPtvInputs(
  paths: string[],
): Promise<{ inputs: PtvInput[]; problems: CatalogueProblem[] }> {
  const inputs: PtvInput[] = [];
  const problems: CatalogueProblem[] = [];
  for (const path of paths) {
    const folder = await isFolder(path);
    for (const file of await files(path)) {
      const name = folder ? relative(path, file) : basename(file);
      let text: string;
      try {
        text = await readFile(file, 'utf8');
      } catch (error) {
        throw new UsageError(`cannot read ${file}: ${(error as Error).message}`);
      }
      if (file.endsWith('.jsonc')) text = text.replace(/^\s*\/\/.*$/gm, '');
      try {
        inputs.push({ file: name, json: JSON.parse(text) });
      } catch (error) {
        problems.push({ file: name, message: `JSON syntax error: ${(error as Error).message}` });
      }
    }
  }
  return { inputs, problems };
}
