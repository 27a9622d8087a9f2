// The export's taxonomies and their terms: tiers (from the catalogue), provider types, channel
// types, municipalities and service properties.
import type { Catalogue } from '../catalogue.js';
import { type ExportContext, fixed, text } from './context.js';
import { derivedId } from './ids.js';
import type { HsdsTaxonomy, HsdsTaxonomyTerm } from './types.js';
import {
  channelTypeTerms,
  phrases,
  providerTypeTerms,
  servicePropertyTerms,
  taxonomies,
  type VocabularyTaxonomy,
  type VocabularyTerm,
} from './vocabulary.js';

export function buildTaxonomies(
  context: ExportContext,
  catalogue: Catalogue,
): { taxonomies: HsdsTaxonomy[]; terms: HsdsTaxonomyTerm[] } {
  const taxonomyRecords = new Map<VocabularyTaxonomy['key'], HsdsTaxonomy>();
  for (const taxonomy of taxonomies) {
    taxonomyRecords.set(taxonomy.key, {
      id: derivedId(`taxonomy/${taxonomy.key}`),
      name: fixed(context, taxonomy.name),
      description: fixed(context, taxonomy.description),
      uri: `urn:polku:taxonomy:${taxonomy.key}`,
      version: '1',
    });
  }
  const terms: HsdsTaxonomyTerm[] = [];
  const addTerm = (
    key: VocabularyTaxonomy['key'],
    code: string,
    name: string,
    description: string,
  ): void => {
    const taxonomy = taxonomyRecords.get(key) as HsdsTaxonomy;
    const term: HsdsTaxonomyTerm = {
      id: derivedId(`taxonomy/${key}/term/${code}`),
      code,
      name,
      description,
      taxonomy: taxonomy.name,
      taxonomy_id: taxonomy.id,
      language: context.language,
    };
    terms.push(term);
    context.termIndex.set(`${key}/${code}`, term);
  };
  for (const tier of catalogue.tiers) {
    const where = `tier ${tier.level}`;
    addTerm(
      'tiers',
      String(tier.level),
      text(context, tier.name, 'taxonomy_term', where, '/name') ?? String(tier.level),
      text(context, tier.description, 'taxonomy_term', where, '/description') ?? '',
    );
  }
  const addFixed = (
    key: VocabularyTaxonomy['key'],
    vocabularyTerms: Record<string, Omit<VocabularyTerm, 'code'>>,
  ): void => {
    for (const [code, term] of Object.entries(vocabularyTerms)) {
      addTerm(key, code, fixed(context, term.name), fixed(context, term.description));
    }
  };
  addFixed('provider-types', providerTypeTerms);
  addFixed('channel-types', channelTypeTerms);
  for (const municipality of catalogue.municipalities) {
    context.municipalityNames.set(municipality.code, municipality.name);
    addTerm(
      'municipalities',
      municipality.code,
      text(
        context,
        municipality.name,
        'taxonomy_term',
        `municipality ${municipality.code}`,
        '/name',
      ) ?? municipality.code,
      `${fixed(context, phrases.municipalityCode)} ${municipality.code}`,
    );
  }
  addFixed('service-properties', servicePropertyTerms);
  return { taxonomies: [...taxonomyRecords.values()], terms };
}
