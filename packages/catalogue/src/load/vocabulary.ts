// vocabulary/: the lay vocabulary (concepts.yaml, and one file of lay words per language), checked
// against the schemas below and against the services and help lines loaded before it.
import { isLanguageCode, type LanguageCode } from '@polku/contract';
import { schemaRef } from '@polku/contract/validator';
import type { Concept, LayEntry, LayLanguage } from '../catalogue.js';
import { type FieldProblem, isObject } from './checks.js';
import { DuplicateIds, eachRecord, type JsonObject, type LoadContext } from './context.js';
import { readDataFiles } from './read-files.js';

/** A lay word or phrase: letters, digits, spaces, hyphens and apostrophes; `*` at a word's end. */
const layWord = {
  type: 'string',
  minLength: 2,
  maxLength: 80,
  pattern: "^[\\p{L}\\p{N}][\\p{L}\\p{N} '’-]*\\*?( [\\p{L}\\p{N}][\\p{L}\\p{N}'’-]*\\*?)*$",
};
const wordList = { type: 'array', items: layWord, uniqueItems: true };
const slug = { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' };
const uuid = {
  type: 'string',
  pattern: '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$',
};

/** One record of vocabulary/concepts.yaml. */
export const conceptSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'label'],
  properties: {
    id: slug,
    label: { $ref: schemaRef('LocalizedText') },
    services: { type: 'array', items: uuid, uniqueItems: true },
    search: { type: 'array', items: { type: 'string', minLength: 2 }, uniqueItems: true },
    safety: { type: 'boolean' },
    help_lines: { type: 'array', items: slug, uniqueItems: true },
  },
};

/** vocabulary/<language>.yaml as a whole, its entries checked one by one (`layEntrySchema`). */
export const layFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['words'],
  properties: {
    negations: {
      type: 'object',
      additionalProperties: false,
      properties: { before: wordList, after: wordList },
    },
    ignore: wordList,
    words: { type: 'array' },
  },
};

/** One entry of a language file's `words`. */
export const layEntrySchema = {
  type: 'object',
  additionalProperties: false,
  required: ['words'],
  properties: {
    words: { ...wordList, minItems: 1 },
    concepts: { type: 'array', items: slug, minItems: 1, uniqueItems: true },
    services: { type: 'array', items: uuid, minItems: 1, uniqueItems: true },
    with: { type: 'array', items: slug, minItems: 1, uniqueItems: true },
  },
};

function schemaProblems(
  context: LoadContext,
  schema: object,
  value: unknown,
  where: { file: string; record?: string },
  found: FieldProblem[] = [],
): boolean {
  const errors = context.validator.errorsFor(schema, value);
  for (const problem of found) context.problems.add({ ...where, ...problem });
  for (const error of errors)
    context.problems.add({ ...where, field: error.pointer || undefined, message: error.message });
  return errors.length === 0 && found.length === 0;
}

/** References to services (`/services/i`) that no loaded service has. */
function unknownServices(raw: JsonObject, serviceIds: ReadonlySet<string>): FieldProblem[] {
  const found: FieldProblem[] = [];
  if (!Array.isArray(raw.services)) return found;
  raw.services.forEach((id, i) => {
    if (typeof id === 'string' && !serviceIds.has(id))
      found.push({ field: `/services/${i}`, message: `no service has the id ${id}` });
  });
  return found;
}

function loadConcepts(context: LoadContext, value: unknown, file: string): Concept[] {
  const concepts: Concept[] = [];
  if (!Array.isArray(value)) {
    context.problems.add({ file, message: 'must be a list (a YAML sequence) at the top level' });
    return concepts;
  }
  const serviceIds = new Set(context.catalogue.services.map((service) => service.id));
  const lineIds = new Set(context.catalogue.urgentHelp.map((line) => line.id));
  const seen = new DuplicateIds();
  eachRecord(context, file, value, 'id', (raw, where) => {
    const found = unknownServices(raw, serviceIds);
    seen.check(raw.id, where.file, found);
    if (Array.isArray(raw.help_lines)) {
      raw.help_lines.forEach((id, i) => {
        if (typeof id === 'string' && !lineIds.has(id))
          found.push({
            field: `/help_lines/${i}`,
            message: `no urgent-help line has the id ${id}`,
          });
      });
    }
    if (!schemaProblems(context, conceptSchema, raw, where, found)) return;
    concepts.push({
      id: raw.id as string,
      label: raw.label as Concept['label'],
      services: (raw.services as string[] | undefined) ?? [],
      search: (raw.search as string[] | undefined) ?? [],
      safety: raw.safety === true,
      helpLines: (raw.help_lines as string[] | undefined) ?? [],
    });
  });
  seen.dropFirstCopies(context, concepts, (concept) => concept.id);
  return concepts;
}

function loadLayFile(
  context: LoadContext,
  value: unknown,
  file: string,
  language: LanguageCode,
  conceptIds: ReadonlySet<string>,
): LayLanguage | undefined {
  if (!isObject(value)) {
    context.problems.add({
      file,
      message: 'must be a mapping with `words` (and `negations`, `ignore`)',
    });
    return undefined;
  }
  if (!schemaProblems(context, layFileSchema, value, { file })) return undefined;
  const serviceIds = new Set(context.catalogue.services.map((service) => service.id));
  const entries: LayEntry[] = [];
  const label = (raw: unknown, index: number): string => {
    const words = isObject(raw) ? raw.words : undefined;
    return Array.isArray(words) && typeof words[0] === 'string' ? words[0] : `#${index}`;
  };
  const list = value.words as unknown[];
  eachRecord(context, file, list, 'words', (raw, where) => {
    const record = label(raw, list.indexOf(raw));
    const found = unknownServices(raw, serviceIds);
    if (raw.concepts === undefined && raw.services === undefined)
      found.push({
        field: '',
        message: 'says what the words mean: give concepts, services or both',
      });
    for (const field of ['concepts', 'with'] as const) {
      const ids = raw[field];
      if (!Array.isArray(ids)) continue;
      ids.forEach((id, i) => {
        if (typeof id === 'string' && !conceptIds.has(id))
          found.push({
            field: `/${field}/${i}`,
            message: `no concept has the id ${id} (concepts.yaml)`,
          });
      });
    }
    if (raw.with !== undefined && raw.concepts === undefined)
      found.push({
        field: '/with',
        message: 'says when the words mean their concepts: give concepts',
      });
    if (!schemaProblems(context, layEntrySchema, raw, { ...where, record }, found)) return;
    entries.push({
      words: raw.words as string[],
      concepts: (raw.concepts as string[] | undefined) ?? [],
      services: (raw.services as string[] | undefined) ?? [],
      with: (raw.with as string[] | undefined) ?? [],
    });
  });
  const negations = (value.negations ?? {}) as { before?: string[]; after?: string[] };
  return {
    language,
    negations: { before: negations.before ?? [], after: negations.after ?? [] },
    ignore: (value.ignore as string[] | undefined) ?? [],
    entries,
  };
}

/**
 * Loads vocabulary/ (`files` as listed in it) into the catalogue, after the services and help
 * lines it refers to. A folder without it has no lay vocabulary; that is no problem.
 */
export async function loadVocabulary(
  context: LoadContext,
  files: readonly string[] | undefined,
): Promise<void> {
  if (!files || files.length === 0) return;
  const read = new Map<string, unknown>();
  for await (const dataFile of readDataFiles(context.dir, files)) {
    if (dataFile.problems.length > 0) context.problems.add(...dataFile.problems);
    else read.set(dataFile.file, dataFile.value);
  }
  const conceptFile = [...read.keys()].find((file) =>
    /^vocabulary\/concepts\.(ya?ml|json)$/.test(file),
  );
  const concepts = conceptFile
    ? loadConcepts(context, read.get(conceptFile) ?? [], conceptFile)
    : [];
  const conceptIds = new Set(concepts.map((concept) => concept.id));
  const languages: LayLanguage[] = [];
  for (const [file, value] of read) {
    if (file === conceptFile) continue;
    const language = /^vocabulary\/([a-z]+)\.(ya?ml|json)$/.exec(file)?.[1];
    if (!language || !isLanguageCode(language)) {
      context.problems.add({
        file,
        message:
          'is not a vocabulary file: name it concepts.yaml or after a language (fi.yaml, sv.yaml, en.yaml)',
      });
      continue;
    }
    if (languages.some((loaded) => loaded.language === language)) {
      context.problems.add({
        file,
        message: `a second file of lay words in ${language}; keep one`,
      });
      continue;
    }
    const loaded = loadLayFile(context, value, file, language, conceptIds);
    if (loaded) languages.push(loaded);
  }
  context.catalogue.vocabulary = { concepts, languages };
}
