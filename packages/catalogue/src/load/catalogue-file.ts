// catalogue.yaml: the catalogue's id, name, service guidance and the defaults its records may leave out.
import { schemaRef } from '@polku/contract/validator';
import type { Catalogue } from '../catalogue.js';
import type { JsonObject, LoadContext } from './context.js';
import { readDataFile } from './read-files.js';

/** What `catalogue.yaml` may hold. */
const catalogueFileSchema = {
  type: 'object',
  additionalProperties: false,
  required: ['id', 'name'],
  properties: {
    id: { type: 'string', pattern: '^[a-z0-9][a-z0-9-]{0,63}$' },
    name: { $ref: schemaRef('LocalizedText') },
    service_guidance: { $ref: schemaRef('ServiceGuidance') },
    defaults: {
      type: 'object',
      additionalProperties: false,
      properties: {
        updated_at: { type: 'string', format: 'date-time' },
        source: { $ref: schemaRef('Source') },
        example_data: { type: 'boolean' },
      },
    },
  },
};

/** Reads catalogue.yaml into the context; false (after reporting why) when it cannot be used. */
export async function readCatalogueFile(context: LoadContext): Promise<boolean> {
  const { problems } = context;
  const catalogueFile = await readDataFile(context.dir, 'catalogue.yaml');
  if (!catalogueFile) {
    problems.add({
      file: 'catalogue.yaml',
      message: 'is missing: a catalogue folder needs catalogue.yaml (id, name, defaults)',
    });
    return false;
  }
  if (catalogueFile.problems.length > 0) {
    problems.add(...catalogueFile.problems);
    return false;
  }
  const metaErrors = context.validator.errorsFor(catalogueFileSchema, catalogueFile.value);
  for (const error of metaErrors) {
    problems.add({
      file: 'catalogue.yaml',
      field: error.pointer || undefined,
      message: error.message,
    });
  }
  if (metaErrors.length > 0) return false;
  const meta = catalogueFile.value as {
    id: string;
    name: Catalogue['name'];
    service_guidance?: Catalogue['serviceGuidance'];
    defaults?: JsonObject;
  };
  context.catalogue.id = meta.id;
  context.catalogue.name = meta.name;
  if (meta.service_guidance) context.catalogue.serviceGuidance = meta.service_guidance;
  context.defaults = meta.defaults ?? {};
  return true;
}
