// Reading a catalogue folder's YAML and JSON files, with syntax errors reported by file and line.
import { isUtf8 } from 'node:buffer';
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDocument } from 'yaml';
import type { CatalogueProblem } from '../catalogue.js';
import { firstInvalidUtf8, lineOfByte, maxFileBytes } from './limits.js';

export type DataFile =
  | { file: string; value: unknown; problems: [] }
  | { file: string; value?: undefined; problems: CatalogueProblem[] };

const dataFilePattern = /\.(ya?ml|json)$/;

function lineAndColumn(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (
    let index = text.indexOf('\n');
    index !== -1 && index < offset;
    index = text.indexOf('\n', index + 1)
  ) {
    line += 1;
    lineStart = index + 1;
  }
  return { line, column: offset - lineStart + 1 };
}

function parseJson(file: string, text: string): DataFile {
  try {
    return { file, value: JSON.parse(text), problems: [] };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    // Node 20 says "... at position N"; newer versions say "(line L column C)".
    const position = /position (\d+)/.exec(message);
    const lineColumn = /line (\d+) column (\d+)/.exec(message);
    const where = lineColumn
      ? { line: Number(lineColumn[1]), column: Number(lineColumn[2]) }
      : position
        ? lineAndColumn(text, Number(position[1]))
        : undefined;
    const reason = message
      .replace(/\s*(in JSON )?at position \d+.*$/, '')
      .replace(/\s*\(line \d+ column \d+\)$/, '');
    return {
      file,
      problems: [
        {
          file,
          message: where
            ? `JSON syntax error at line ${where.line}, column ${where.column}: ${reason}`
            : `JSON syntax error: ${reason}`,
        },
      ],
    };
  }
}

function parseYaml(file: string, text: string): DataFile {
  const document = parseDocument(text);
  if (document.errors.length === 0) {
    try {
      return { file, value: document.toJS(), problems: [] };
    } catch (error) {
      // An alias bomb ("billion laughs"): the yaml package refuses to expand it.
      return {
        file,
        problems: [{ file, message: `YAML cannot be read: ${(error as Error).message}` }],
      };
    }
  }
  return {
    file,
    problems: document.errors.map((error) => {
      const position = error.linePos?.[0];
      const reason = (error.message.split('\n')[0] ?? error.code).replace(
        / at line \d+, column \d+:?$/,
        '',
      );
      return {
        file,
        message: position
          ? `YAML syntax error at line ${position.line}, column ${position.col}: ${reason}`
          : `YAML syntax error: ${reason}`,
      };
    }),
  };
}

/** Reads and parses one data file; `file` is relative to `dir`. `undefined` when it does not exist. */
export async function readDataFile(dir: string, file: string): Promise<DataFile | undefined> {
  let bytes: Buffer;
  try {
    const { size } = await stat(join(dir, file));
    if (size > maxFileBytes) {
      const message = `is ${size} bytes; a data file may hold at most ${maxFileBytes} (split it in several)`;
      return { file, problems: [{ file, message }] };
    }
    bytes = await readFile(join(dir, file));
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    return { file, problems: [{ file, message: `cannot be read: ${(error as Error).message}` }] };
  }
  // Decoding would replace bad bytes silently, and a Latin-1 file would be served as mojibake.
  const invalid = isUtf8(bytes) ? -1 : firstInvalidUtf8(bytes);
  if (invalid >= 0) {
    const { line, column } = lineOfByte(bytes, invalid);
    const message = `is not valid UTF-8: byte ${invalid} (line ${line}, byte ${column} of the line) is 0x${bytes[invalid]?.toString(16).padStart(2, '0')}; save the file as UTF-8`;
    return { file, problems: [{ file, message }] };
  }
  // Buffer, then one decode: readFile's own 'utf8' decodes chunk by chunk, markedly slower.
  let text = bytes.toString('utf8');
  if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
  return file.endsWith('.json') ? parseJson(file, text) : parseYaml(file, text);
}

/**
 * The file that holds the list `base` (`tiers` → `tiers.yaml`, `tiers.yml` or `tiers.json`).
 * More than one of them is a problem: which one counts would be a guess.
 */
export async function readListFile(dir: string, base: string): Promise<DataFile | undefined> {
  const candidates = [`${base}.yaml`, `${base}.yml`, `${base}.json`];
  const found = (await Promise.all(candidates.map((file) => readDataFile(dir, file)))).filter(
    (dataFile): dataFile is DataFile => dataFile !== undefined,
  );
  const [first, ...others] = found;
  if (first && others.length > 0) {
    return {
      file: first.file,
      problems: [
        {
          file: first.file,
          message: `${found.map((dataFile) => dataFile.file).join(' and ')} both exist; keep one of them`,
        },
      ],
    };
  }
  return first;
}

/** Names (`folder/name`) of the data files directly in `dir/folder`, ordered; `undefined` when it is missing. */
export async function listDataFolder(dir: string, folder: string): Promise<string[] | undefined> {
  let names: string[];
  try {
    names = await readdir(join(dir, folder));
  } catch (error) {
    const { code } = error as NodeJS.ErrnoException;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    throw error;
  }
  return names
    .filter((name) => dataFilePattern.test(name))
    .sort()
    .map((name) => `${folder}/${name}`);
}

/**
 * Reads the files one after another, reading the next while the caller handles the current one,
 * so a large folder is never held in memory as text all at once.
 */
export async function* readDataFiles(
  dir: string,
  files: readonly string[],
): AsyncGenerator<DataFile> {
  let next = files[0] === undefined ? undefined : readDataFile(dir, files[0]);
  for (let index = 0; next; index++) {
    const current = await next;
    const following = files[index + 1];
    next = following === undefined ? undefined : readDataFile(dir, following);
    if (current) yield current;
  }
}
