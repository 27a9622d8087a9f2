// Writes a catalogue back as a data folder (DATA-FORMAT.md), in JSON: organizations as ids,
// chain tiers without their derived service lists.
import { mkdir, readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Service, ServiceChain } from '@polku/contract';
import { stringify } from 'yaml';
import type { Catalogue } from './catalogue.js';

/** Services per file: keeps every file far below V8's string limit at any catalogue size. */
const servicesPerFile = 1000;

function serviceAsWritten(service: Service): unknown {
  const { organization, distance: _distance, ...rest } = service;
  return { ...rest, organization: organization.id };
}

function chainAsWritten(chain: ServiceChain): unknown {
  return {
    ...chain,
    organization: chain.organization.id,
    tiers: chain.tiers.map(({ services: _services, ...tier }) => tier),
  };
}

const json = (value: unknown): string => `${JSON.stringify(value, null, 2)}\n`;

/** The lay vocabulary's files as written (DATA-FORMAT.md, "Lay vocabulary"). */
function vocabularyFiles(catalogue: Catalogue): [string, string][] {
  const vocabulary = catalogue.vocabulary;
  if (!vocabulary) return [];
  const concepts = vocabulary.concepts.map(({ helpLines, ...concept }) => ({
    ...concept,
    help_lines: helpLines,
  }));
  return [
    ['concepts.json', json(concepts)],
    ...vocabulary.languages.map(({ language, ...words }): [string, string] => [
      `${language}.json`,
      json({
        negations: words.negations,
        ignore: words.ignore,
        // An entry lists what it means; empty lists are left out, as a person would write it.
        words: words.entries.map((entry) => ({
          words: entry.words,
          ...(entry.concepts.length > 0 ? { concepts: entry.concepts } : {}),
          ...(entry.services.length > 0 ? { services: entry.services } : {}),
          ...(entry.with.length > 0 ? { with: entry.with } : {}),
        })),
      }),
    ]),
  ];
}

/**
 * Writes `catalogue` into `dir` (created when missing) as a folder `loadCatalogue` reads back to
 * the same records. Refuses a folder that already holds files, so stale files cannot mix in.
 */
export async function writeCatalogueFolder(catalogue: Catalogue, dir: string): Promise<void> {
  await mkdir(dir, { recursive: true });
  const existing = await readdir(dir);
  if (existing.length > 0) {
    throw new Error(`writeCatalogueFolder: ${dir} is not empty; give it an empty or new folder`);
  }
  await mkdir(join(dir, 'chains'));
  await mkdir(join(dir, 'services'));
  const vocabulary = vocabularyFiles(catalogue);
  if (vocabulary.length > 0) await mkdir(join(dir, 'vocabulary'));
  if (catalogue.selfChecks.length > 0) await mkdir(join(dir, 'self-checks'));
  await Promise.all([
    writeFile(
      join(dir, 'catalogue.yaml'),
      `# Written by writeCatalogueFolder (@polku/catalogue).\n${stringify({
        id: catalogue.id,
        name: catalogue.name,
        ...(catalogue.serviceGuidance ? { service_guidance: catalogue.serviceGuidance } : {}),
      })}`,
    ),
    writeFile(join(dir, 'municipalities.json'), json(catalogue.municipalities)),
    writeFile(join(dir, 'tiers.json'), json(catalogue.tiers)),
    writeFile(join(dir, 'urgent-help.json'), json(catalogue.urgentHelp)),
    writeFile(join(dir, 'organizations.json'), json(catalogue.organizations)),
    ...catalogue.chains.map((chain) =>
      writeFile(join(dir, 'chains', `${chain.id}.json`), json(chainAsWritten(chain))),
    ),
    ...vocabulary.map(([file, text]) => writeFile(join(dir, 'vocabulary', file), text)),
    ...catalogue.selfChecks.map((check) =>
      writeFile(join(dir, 'self-checks', `${check.id}.json`), json(check)),
    ),
  ]);
  const fileCount = Math.ceil(catalogue.services.length / servicesPerFile);
  const digits = Math.max(4, String(fileCount).length);
  for (let part = 0; part < fileCount; part++) {
    const slice = catalogue.services.slice(part * servicesPerFile, (part + 1) * servicesPerFile);
    // Compact JSON: these files are for machines; a 100 000-service folder stays quick to read.
    await writeFile(
      join(dir, 'services', `services-${String(part + 1).padStart(digits, '0')}.json`),
      `${JSON.stringify(slice.map(serviceAsWritten))}\n`,
    );
  }
}
