// The merge that import-ptv and sync-ptv share: PTV records in, a catalogue folder out, merged with
// the county's overlay (ptv-overlay.yaml) when the folder already holds an import; the report
// printed; the folder replaced only as a whole.
import { readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parse, stringify } from 'yaml';
import type { Catalogue, CatalogueProblem } from '../catalogue.js';
import { demoCatalogueDir } from '../demo.js';
import { loadCatalogue } from '../load/index.js';
import {
  importPtvInputs,
  type Overlay,
  overlayFile,
  type PtvImportResult,
  type PtvInput,
  parseOverlay,
} from '../ptv/index.js';
import { writeCatalogueFolder } from '../write.js';
import { formatProblem, isFolder, plural, UsageError } from './format.js';

/** The overlay and the service ids of a previous import in `dir`, if it holds one. */
async function previousImport(
  dir: string,
): Promise<{ catalogue?: Catalogue; overlay: Overlay; problems: string[] }> {
  const problems: string[] = [];
  if (!(await isFolder(dir))) return { overlay: {}, problems };
  const text = await readFile(join(dir, overlayFile), 'utf8').catch(() => undefined);
  const overlay = parseOverlay(text === undefined ? undefined : parse(text), problems);
  const hasCatalogue = await readFile(join(dir, 'catalogue.yaml')).then(
    () => true,
    () => false,
  );
  if (!hasCatalogue) return { overlay, problems };
  const loaded = await loadCatalogue(dir);
  for (const problem of loaded.problems) problems.push(formatProblem(problem));
  return { catalogue: loaded.catalogue, overlay, problems };
}

/** Writes the catalogue and its overlay beside `dir`, then puts them in its place. */
async function writeImport(
  result: PtvImportResult,
  dir: string,
  extraFiles: Record<string, string>,
): Promise<void> {
  const fresh = `${dir}.importing`;
  const old = `${dir}.previous`;
  await rm(fresh, { recursive: true, force: true });
  await writeCatalogueFolder(result.catalogue, fresh);
  const header =
    "# The county's layer over PTV, keyed by PTV service id: tiers, chains, keywords, priority, hide.\n" +
    "# suggested_tiers is the import's suggestion for a new service: set `tiers` to place it.\n";
  await writeFile(join(fresh, overlayFile), header + stringify(result.overlay));
  for (const [name, text] of Object.entries(extraFiles)) await writeFile(join(fresh, name), text);
  if (await isFolder(dir)) await rename(dir, old);
  await rename(fresh, dir);
  await rm(old, { recursive: true, force: true });
}

function printReport(result: PtvImportResult, dir: string): boolean {
  for (const problem of result.problems) console.log(formatProblem(problem));
  for (const omission of result.omissions) console.log(`left out: ${formatProblem(omission)}`);
  for (const missing of result.missingLanguages) {
    console.log(`missing language: ${formatProblem(missing)}`);
  }
  const { added, gone, hidden } = result.overlayReport;
  for (const service of added) {
    console.log(
      `new in PTV: ${service.id}: ${service.name}: suggested tier ${service.suggested.join(', ')} (${service.because}); set its tiers in ${overlayFile}`,
    );
  }
  for (const service of gone) {
    console.log(
      `gone from PTV: ${service.id}${service.name ? `: ${service.name}` : ''}: not in this import, so not in the catalogue; its ${overlayFile} entry is kept until you remove it`,
    );
  }
  for (const id of hidden) console.log(`hidden by ${overlayFile}: ${id}`);
  const notImported = new Set(
    result.problems.map((problem) => `${problem.file}\u0000${problem.record}`),
  ).size;
  const { services, organizations } = result.catalogue;
  console.log(
    `${notImported === 0 ? 'OK' : 'FAILED'}: imported ${plural(services.length, 'service')} and ${plural(organizations.length, 'organization')} into ${dir}; ${plural(notImported, 'record')} not imported (${plural(result.problems.length, 'problem')}), ${plural(result.omissions.length, 'part')} left out, ${plural(result.missingLanguages.length, 'record')} missing Finnish or Swedish texts, ${added.length} new, ${gone.length} gone`,
  );
  for (const note of result.defaults) console.log(`note: ${note}`);
  return notImported === 0;
}

export interface MergeOptions {
  inputs: PtvInput[];
  /** Problems met while reading the inputs (files that do not parse). */
  readProblems: CatalogueProblem[];
  /** The catalogue folder (new, empty, or of an earlier import). */
  out: string;
  base?: string;
  tier?: string;
  /** Files written into the folder with the catalogue (the sync's state). */
  extraFiles?: Record<string, string>;
}

/** Imports `inputs` into `out` through the overlay; prints the report; returns the exit code. */
export async function mergeIntoFolder(options: MergeOptions): Promise<number> {
  const { out } = options;
  if (options.tier !== undefined && !/^[1-4]$/.test(options.tier)) {
    throw new UsageError(`--tier must be a tier level from 1 to 4 (got "${options.tier}")`);
  }
  const tier = options.tier === undefined ? 1 : Number(options.tier);
  const previous = await previousImport(out);
  if ((await isFolder(out)) && !previous.catalogue && (await readdir(out)).length > 0) {
    throw new UsageError(`${out} is neither empty nor a catalogue folder`);
  }
  const baseDir = options.base ?? (previous.catalogue ? out : demoCatalogueDir);
  if (!(await isFolder(baseDir))) throw new UsageError(`--base ${baseDir} is not a folder`);
  const base =
    baseDir === out && previous.catalogue
      ? { catalogue: previous.catalogue, problems: [] }
      : await loadCatalogue(baseDir);
  if (previous.problems.length > 0 || base.problems.length > 0) {
    for (const line of [...previous.problems, ...base.problems.map(formatProblem)])
      console.log(line);
    console.log(`FAILED: ${out} or its base has problems; nothing imported`);
    return 1;
  }
  if (!base.catalogue.tiers.some((defined) => defined.level === tier)) {
    throw new UsageError(`--tier ${tier} is not defined in the base catalogue's tiers`);
  }
  const result = importPtvInputs(options.inputs, {
    base: base.catalogue,
    // Only a --tier given puts every new service in it; otherwise PTV's classes suggest one.
    ...(options.tier !== undefined ? { tier } : {}),
    overlay: previous.overlay,
    ...(previous.catalogue
      ? { previousIds: previous.catalogue.services.map((service) => service.id) }
      : {}),
  });
  result.problems.unshift(...options.readProblems);
  await writeImport(result, out, options.extraFiles ?? {});
  return printReport(result, out) ? 0 : 1;
}
