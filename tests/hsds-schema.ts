// The official Open Referral HSDS 3.0 schemas (../shared/hsds-schema/3.0/schema, never copied into
// the repository) in Ajv. They carry no $schema; their OpenAPI file declares JSON Schema 2020-12, so
// Ajv2020. They also carry Frictionless keys (name, constraints, core, datapackage_type...) that are
// not JSON Schema keywords, hence strict: false. Each file gets the $id it is published under, so the
// refs between files and the OpenAPI file's absolute refs resolve to these copies.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Ajv2020, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule.default;

export const schemaDir = fileURLToPath(
  new URL('../../shared/hsds-schema/3.0/schema', import.meta.url),
);
/** Why the HSDS suites skip, or false when the schemas are there. */
export const schemasAbsent = existsSync(join(schemaDir, 'service.json'))
  ? false
  : `the official HSDS 3.0 schemas are not at ${schemaDir} (../shared/hsds-schema/3.0/schema beside the repository): HSDS validation skipped`;

const published = 'https://raw.githubusercontent.com/openreferral/specification/3.0/schema/';

type Schema = Record<string, unknown> & { properties: Record<string, unknown> };

export interface HsdsSchemas {
  /** The file's own schema (`service`, `schedule`...) as published. */
  tables: Map<string, Schema>;
  /** Violations of `value` against the named table's schema ("<pointer> <message>"). */
  errors(table: string, value: unknown): string[];
  /** The same, with every object closed (`additionalProperties: false`): no field HSDS lacks. */
  closedErrors(table: string, value: unknown): string[];
  /** Violations against a 200 response schema of the official openapi.json. */
  responseErrors(path: string, value: unknown): string[];
}

function build(closed: boolean, files: Map<string, Schema>, openapi: Record<string, unknown>) {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addFormat('csv', true); // a Frictionless resource format named at each file's top
  for (const [name, schema] of files) {
    ajv.addSchema({
      ...schema,
      $id: `${published}${name}.json`,
      ...(closed ? { additionalProperties: false } : {}),
    });
  }
  // The API's list and nested schemas are built ("compiled") from the same files: the files here.
  for (const compiled of ['service', 'organization', 'service_at_location']) {
    for (const suffix of ['', '_list']) {
      ajv.addSchema({
        $id: `${published}compiled/${compiled}${suffix}.json`,
        $ref: `${published}${compiled}.json`,
      });
    }
  }
  ajv.addSchema({ ...openapi, $id: `${published}openapi.json` });
  return ajv;
}

const format = (validate: ValidateFunction): string[] =>
  (validate.errors ?? []).map((error) => `${error.instancePath || '/'} ${error.message}`);

export function loadHsdsSchemas(): HsdsSchemas {
  const files = new Map<string, Schema>();
  for (const file of readdirSync(schemaDir)) {
    if (!file.endsWith('.json') || file === 'openapi.json') continue;
    files.set(
      file.replace(/\.json$/, ''),
      JSON.parse(readFileSync(join(schemaDir, file), 'utf8')) as Schema,
    );
  }
  const openapi = JSON.parse(readFileSync(join(schemaDir, 'openapi.json'), 'utf8')) as Record<
    string,
    unknown
  >;
  const open = build(false, files, openapi);
  const closedAjv = build(true, files, openapi);
  const check = (ajv: Ajv2020, table: string, value: unknown): string[] => {
    const validate = ajv.getSchema(`${published}${table}.json`);
    if (!validate) throw new Error(`no HSDS schema ${table}`);
    return validate(value) ? [] : format(validate);
  };
  return {
    tables: files,
    errors: (table, value) => check(open, table, value),
    closedErrors: (table, value) => check(closedAjv, table, value),
    responseErrors(path, value) {
      const pointer = `#/paths/${path.replaceAll('~', '~0').replaceAll('/', '~1')}/get/responses/200/content/application~1json/schema`;
      const validate = open.getSchema(`${published}openapi.json${pointer}`);
      if (!validate) throw new Error(`no response schema for ${path}`);
      return validate(value) ? [] : format(validate);
    },
  };
}
