// The validating loader: a catalogue folder (DATA-FORMAT.md) in, API-shaped records and every
// problem out. A bad record is reported and left out; the rest load.
import { fillChainServices, sortCatalogue } from '../assemble.js';
import type { Catalogue, CatalogueProblem } from '../catalogue.js';
import { readCatalogueFile } from './catalogue-file.js';
import { loadChains } from './chains.js';
import { createContext } from './context.js';
import { loadMunicipalities, loadTiers, loadUrgentHelp } from './lists.js';
import { loadOrganizations } from './organizations.js';
import { listDataFolder, readListFile } from './read-files.js';
import { loadSelfChecks } from './self-checks.js';
import { loadServices } from './services.js';
import { loadVocabulary } from './vocabulary.js';

export interface LoadResult {
  catalogue: Catalogue;
  problems: CatalogueProblem[];
}

/** Reads and validates the catalogue folder `dir`. Never throws for bad data. */
export async function loadCatalogue(dir: string): Promise<LoadResult> {
  const context = createContext(dir);
  const { catalogue } = context;
  if (!(await readCatalogueFile(context))) return { catalogue, problems: context.problems.entries };

  const [
    municipalityFile,
    tierFile,
    urgentHelpFile,
    organizationFile,
    chainFiles,
    serviceFiles,
    vocabularyFiles,
    selfCheckFiles,
  ] = await Promise.all([
    readListFile(dir, 'municipalities'),
    readListFile(dir, 'tiers'),
    readListFile(dir, 'urgent-help'),
    readListFile(dir, 'organizations'),
    listDataFolder(dir, 'chains'),
    listDataFolder(dir, 'services'),
    listDataFolder(dir, 'vocabulary'),
    listDataFolder(dir, 'self-checks'),
  ]);
  const municipalityCodes = loadMunicipalities(context, municipalityFile);
  const tierLevels = loadTiers(context, tierFile);
  loadUrgentHelp(context, urgentHelpFile);
  const organizations = loadOrganizations(context, organizationFile, municipalityCodes);
  const chains = await loadChains(context, chainFiles, organizations, tierLevels);
  await loadServices(context, serviceFiles, {
    municipalityCodes,
    tierLevels,
    organizations,
    chains,
  });
  await loadVocabulary(context, vocabularyFiles);
  await loadSelfChecks(context, selfCheckFiles, { tierLevels, chainIds: chains.ids });

  sortCatalogue(catalogue);
  fillChainServices(catalogue.chains, catalogue.services);
  return { catalogue, problems: context.problems.entries };
}
