// Ajv 2020-12 over the contract's component schemas: the one validator of the catalogue loader
// and of the server's contract tests. Each schema is compiled once, on first use, and cached.
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import addFormatsModule from 'ajv-formats';
import { spec } from './generated/spec.js';

// ajv-formats is CommonJS; under NodeNext its default import is `module.exports`.
const addFormats = addFormatsModule.default;

/** The id under which the spec's components are registered; `#/components/...` refs resolve in it. */
export const specSchemaId = 'https://polku.invalid/openapi/catalogue.json';

/** One schema violation: where (a JSON pointer into the value, `''` for the value itself) and why. */
export interface SchemaError {
  pointer: string;
  message: string;
}

export interface SchemaValidator {
  /** Every violation of `value` against the named schema, as `"<pointer>: <message>"` lines. */
  validate(schemaName: string, value: unknown): string[];
  /** The same violations, structured. */
  errors(schemaName: string, value: unknown): SchemaError[];
  /** Violations against a schema object whose refs point into the spec (see `schemaRef`). */
  errorsFor(schema: object, value: unknown): SchemaError[];
  /** Names of the spec's component schemas. */
  readonly schemaNames: readonly string[];
}

/** An absolute `$ref` to a component schema, for schemas written outside the spec. */
export function schemaRef(schemaName: string): string {
  return `${specSchemaId}#/components/schemas/${schemaName}`;
}

type JsonObject = Record<string, unknown>;

/**
 * Ajv's discriminator support rejects `mapping` (it derives the mapping from each branch's
 * `const`). Drop `mapping` from a copy of the schemas after checking that it says exactly
 * what the branches' consts say, so nothing the spec states is lost. Also states `type: object`
 * beside each discriminator, which strict mode asks for and the branches already imply.
 */
function withoutDiscriminatorMappings(
  schemas: Record<string, JsonObject>,
  discriminatorTags: WeakMap<object, string[]>,
): Record<string, JsonObject> {
  const copy = structuredClone(schemas);
  const resolveLocal = (ref: string): JsonObject | undefined => {
    const name = ref.replace('#/components/schemas/', '');
    return copy[name];
  };
  const visit = (node: unknown): void => {
    if (Array.isArray(node)) {
      for (const child of node) visit(child);
      return;
    }
    if (node === null || typeof node !== 'object') return;
    const schema = node as JsonObject;
    const discriminator = schema.discriminator as JsonObject | undefined;
    if (discriminator && typeof discriminator === 'object') {
      const propertyName = String(discriminator.propertyName);
      const mapping = (discriminator.mapping ?? {}) as Record<string, string>;
      const tags: string[] = [];
      for (const branch of (schema.oneOf ?? []) as JsonObject[]) {
        const target = typeof branch.$ref === 'string' ? resolveLocal(branch.$ref) : branch;
        const tagSchema = (target?.properties as JsonObject | undefined)?.[propertyName] as
          | JsonObject
          | undefined;
        // `const: x` in the YAML; `enum: [x]` in the generated object (openapi-typescript
        // rewrites it while generating types). Both mean the same to Ajv.
        const tag = tagSchema?.const ?? (tagSchema?.enum as unknown[] | undefined)?.[0];
        if (typeof tag !== 'string') continue;
        tags.push(tag);
        if (discriminator.mapping && mapping[tag] !== branch.$ref) {
          throw new Error(
            `spec: discriminator mapping for "${tag}" disagrees with the oneOf branch ${String(branch.$ref)}`,
          );
        }
      }
      if (discriminator.mapping && Object.keys(mapping).length !== tags.length) {
        throw new Error('spec: discriminator mapping names a value no oneOf branch has');
      }
      delete discriminator.mapping;
      // Strict mode wants the type a keyword applies to stated; every branch is an object
      // already, so saying so at the top changes nothing that validates.
      schema.type ??= 'object';
      discriminatorTags.set(schema, tags);
    }
    for (const child of Object.values(schema)) visit(child);
  };
  visit(copy);
  return copy;
}

function article(type: string): string {
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describeError(
  error: ErrorObject,
  discriminatorTags: WeakMap<object, string[]>,
): SchemaError {
  const params = error.params as Record<string, unknown>;
  const at = error.instancePath;
  switch (error.keyword) {
    case 'required':
      return { pointer: `${at}/${String(params.missingProperty)}`, message: 'is required' };
    case 'additionalProperties':
      return {
        pointer: `${at}/${String(params.additionalProperty)}`,
        message: 'is not a field of this record (unknown or misspelt)',
      };
    case 'type': {
      const expected = String(params.type);
      const quoteHint =
        expected === 'string' && typeof error.data === 'number'
          ? ` (got the number ${String(error.data)}: quote it in YAML so that leading zeros stay, as in '018')`
          : '';
      return { pointer: at, message: `must be ${article(expected)}${quoteHint}` };
    }
    case 'enum':
      return {
        pointer: at,
        message: `must be one of ${(params.allowedValues as unknown[]).map((v) => JSON.stringify(v)).join(', ')}`,
      };
    case 'const':
      return { pointer: at, message: `must be ${JSON.stringify(params.allowedValue)}` };
    case 'format':
      return {
        pointer: at,
        message: `must be a valid ${String(params.format)}${error.data === undefined ? '' : ` (got ${JSON.stringify(error.data)})`}`,
      };
    case 'pattern':
      return {
        pointer: at,
        message: `must match the pattern ${String(params.pattern)} (got ${JSON.stringify(error.data)})`,
      };
    case 'minLength':
      return params.limit === 1
        ? { pointer: at, message: 'must not be empty' }
        : { pointer: at, message: `must be at least ${String(params.limit)} characters long` };
    case 'maxLength':
      return { pointer: at, message: `must be at most ${String(params.limit)} characters long` };
    case 'minItems':
      return params.limit === 1
        ? { pointer: at, message: 'must have at least one item' }
        : { pointer: at, message: `must have at least ${String(params.limit)} items` };
    case 'maxItems':
      return { pointer: at, message: `must have at most ${String(params.limit)} items` };
    case 'minProperties':
      return { pointer: at, message: 'must not be empty' };
    case 'uniqueItems':
      return {
        pointer: at,
        message: `must not repeat a value (items ${String(params.j)} and ${String(params.i)} are the same)`,
      };
    case 'minimum':
    case 'maximum':
    case 'exclusiveMinimum':
    case 'exclusiveMaximum':
      return {
        pointer: at,
        message: `must be ${String(params.comparison)} ${String(params.limit)} (got ${JSON.stringify(error.data)})`,
      };
    case 'discriminator': {
      const tagName = String(params.tag);
      const tags = error.parentSchema ? discriminatorTags.get(error.parentSchema) : undefined;
      return {
        pointer: `${at}/${tagName}`,
        message:
          params.error === 'tag'
            ? `is required and must be a string${tags ? ` (one of ${tags.join(', ')})` : ''}`
            : `must be one of ${tags?.join(', ') ?? 'the known kinds'}`,
      };
    }
    default:
      return { pointer: at, message: error.message ?? `fails "${error.keyword}"` };
  }
}

/**
 * A validator over `spec.components.schemas`. Every error is reported (allErrors), each with a
 * JSON pointer into the value.
 */
export function createSchemaValidator(): SchemaValidator {
  const discriminatorTags = new WeakMap<object, string[]>();
  const schemas = withoutDiscriminatorMappings(spec.components.schemas, discriminatorTags);
  const ajv = new Ajv2020({
    allErrors: true,
    discriminator: true,
    // `verbose` puts the failing value and schema on each error: messages quote the bad value
    // and name a discriminator's allowed kinds. It costs nothing while a value is valid.
    verbose: true,
    strict: true,
    // OpenAPI's `example` and `x-*` extensions are annotations, not validation keywords.
    keywords: ['example'],
  });
  addFormats(ajv);
  // The spec's components as one schema document, so `#/components/schemas/X` resolves inside it.
  // `components` is not a JSON Schema keyword; declaring it keeps strict mode on for everything
  // below it, which is compiled (and checked) as ordinary subschemas.
  ajv.addKeyword({ keyword: 'components', schemaType: 'object' });
  ajv.addSchema({ $id: specSchemaId, components: { schemas } });

  const byName = new Map<string, ValidateFunction>();
  const byObject = new WeakMap<object, ValidateFunction>();
  const schemaNames = Object.freeze(Object.keys(schemas));

  const compiled = (schemaName: string): ValidateFunction => {
    let validateFunction = byName.get(schemaName);
    if (validateFunction) return validateFunction;
    if (!Object.hasOwn(schemas, schemaName)) {
      throw new Error(
        `No schema named "${schemaName}" in the spec (known: ${schemaNames.join(', ')})`,
      );
    }
    validateFunction = ajv.getSchema(schemaRef(schemaName));
    if (!validateFunction) throw new Error(`Could not compile schema "${schemaName}"`);
    byName.set(schemaName, validateFunction);
    return validateFunction;
  };

  const run = (validateFunction: ValidateFunction, value: unknown): SchemaError[] => {
    if (validateFunction(value)) return [];
    const ajvErrors = validateFunction.errors ?? [];
    // A value that fails a `format` usually fails the pattern beside it too: say it once.
    const formatFailures = new Set(
      ajvErrors.filter((error) => error.keyword === 'format').map((error) => error.instancePath),
    );
    return ajvErrors
      .filter((error) => !(error.keyword === 'pattern' && formatFailures.has(error.instancePath)))
      .map((error) => describeError(error, discriminatorTags));
  };

  const errors = (schemaName: string, value: unknown): SchemaError[] =>
    run(compiled(schemaName), value);

  return {
    schemaNames,
    errors,
    validate: (schemaName, value) =>
      errors(schemaName, value).map(({ pointer, message }) => `${pointer || '/'}: ${message}`),
    errorsFor(schema, value) {
      let validateFunction = byObject.get(schema);
      if (!validateFunction) {
        validateFunction = ajv.compile(schema);
        byObject.set(schema, validateFunction);
      }
      return run(validateFunction, value);
    },
  };
}

let sharedValidator: SchemaValidator | undefined;

/** One process-wide validator, so schemas are compiled once however many callers there are. */
export function getSchemaValidator(): SchemaValidator {
  sharedValidator ??= createSchemaValidator();
  return sharedValidator;
}

/** Violations of `value` against the spec's schema `schemaName`, as `"<pointer>: <message>"` lines. */
export function validateAgainstSchema(schemaName: string, value: unknown): string[] {
  return getSchemaValidator().validate(schemaName, value);
}
