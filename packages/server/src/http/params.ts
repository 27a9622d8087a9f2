// Query and path parameters, parsed and validated from the spec's own parameter definitions:
// comma-separated arrays (`style: form, explode: false`), integer/number/boolean coercion, and
// Ajv over each parameter's schema for enum, pattern, minimum, maximum and lengths. Unknown and
// repeated parameters are errors; every error of every parameter is collected.
import { spec } from '@polku/contract/spec';
import { getSchemaValidator, schemaRef } from '@polku/contract/validator';
import { truncate } from './truncate.js';

type JsonObject = Record<string, unknown>;

interface ParameterDefinition {
  name: string;
  in: 'query' | 'path';
  schema: JsonObject;
  style?: string;
  explode?: boolean;
}

interface CompiledParameter {
  name: string;
  array: boolean;
  /** The JSON type of the value, or of each item of an array. */
  scalarType: string;
  /** The parameter's schema with refs made absolute, validated by the shared Ajv. */
  schema: JsonObject;
}

export interface ParsedParameters {
  values: Record<string, unknown>;
  errors: Record<string, string[]>;
}

const components = spec.components as unknown as {
  parameters: Record<string, ParameterDefinition>;
  schemas: Record<string, JsonObject>;
};

function resolveRef<T>(node: T | { $ref: string }): T {
  if (node && typeof node === 'object' && '$ref' in node && typeof node.$ref === 'string') {
    const [, , kind, name] = node.$ref.split('/');
    const target = (components as unknown as Record<string, Record<string, unknown>>)[
      kind as string
    ]?.[name as string];
    if (!target) throw new Error(`spec: cannot resolve ${node.$ref}`);
    return resolveRef(target as T);
  }
  return node as T;
}

/** A copy of a schema whose `#/components/schemas/X` refs point into the shared validator. */
function absoluteRefs(node: unknown): unknown {
  if (Array.isArray(node)) return node.map(absoluteRefs);
  if (node === null || typeof node !== 'object') return node;
  const copy: JsonObject = {};
  for (const [key, value] of Object.entries(node)) {
    if (key === 'example' || key === 'examples' || key === 'description') continue;
    copy[key] =
      key === '$ref' && typeof value === 'string' && value.startsWith('#/components/schemas/')
        ? schemaRef(value.slice('#/components/schemas/'.length))
        : absoluteRefs(value);
  }
  return copy;
}

function scalarTypeOf(schema: JsonObject): string {
  const resolved = resolveRef(schema) as JsonObject;
  return typeof resolved.type === 'string' ? resolved.type : 'string';
}

function compile(definition: ParameterDefinition): CompiledParameter {
  const schema = definition.schema;
  const array = schema.type === 'array';
  if (array && (definition.style ?? 'form') !== 'form' && definition.explode !== false) {
    throw new Error(`spec: parameter ${definition.name} is an array but not form/explode=false`);
  }
  return {
    name: definition.name,
    array,
    scalarType: array ? scalarTypeOf(schema.items as JsonObject) : scalarTypeOf(schema),
    schema: absoluteRefs(schema) as JsonObject,
  };
}

export interface OperationParameters {
  query: ReadonlyMap<string, CompiledParameter>;
  path: ReadonlyMap<string, CompiledParameter>;
}

/** Parameters of every operation, by operationId, compiled once. */
export const operationParameters: ReadonlyMap<string, OperationParameters> = (() => {
  const byOperation = new Map<string, OperationParameters>();
  for (const pathItem of Object.values(spec.paths as Record<string, Record<string, JsonObject>>)) {
    for (const operation of Object.values(pathItem)) {
      const operationId = operation.operationId as string | undefined;
      if (!operationId) continue;
      const query = new Map<string, CompiledParameter>();
      const path = new Map<string, CompiledParameter>();
      for (const reference of (operation.parameters ?? []) as JsonObject[]) {
        const definition = resolveRef(reference as unknown as ParameterDefinition);
        (definition.in === 'path' ? path : query).set(definition.name, compile(definition));
      }
      byOperation.set(operationId, { query, path });
    }
  }
  return byOperation;
})();

const integerText = /^[+-]?\d+$/;
const numberText = /^[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?$/;

/** Text → the JSON value the schema expects; left as text (so Ajv names the type) when it is not one. */
function coerce(text: string, type: string): unknown {
  switch (type) {
    case 'integer':
      return integerText.test(text) ? Number(text) : text;
    case 'number':
      return numberText.test(text) ? Number(text) : text;
    case 'boolean':
      return text === 'true' ? true : text === 'false' ? false : text;
    default:
      return text;
  }
}

function describe(pointer: string, message: string, items: string[] | undefined): string {
  if (pointer === '') return message;
  const position = Number(pointer.split('/')[1]);
  const raw = items?.[position];
  return `value ${position + 1}${raw === undefined ? '' : ` (${JSON.stringify(truncate(raw, 64))})`} ${message}`;
}

function validateValue(
  parameter: CompiledParameter,
  text: string,
  values: Record<string, unknown>,
  errors: Record<string, string[]>,
): void {
  const items = parameter.array ? text.split(',') : undefined;
  const value = items
    ? items.map((item) => coerce(item, parameter.scalarType))
    : coerce(text, parameter.scalarType);
  const found = getSchemaValidator().errorsFor(parameter.schema, value);
  if (found.length === 0) {
    values[parameter.name] = value;
    return;
  }
  // Ajv reports a wrong type and the keywords behind it separately; say each thing once.
  errors[parameter.name] = [
    // Messages quote the value they reject; a client's value can be as long as a URL.
    ...new Set(
      found.map(({ pointer, message }) => truncate(describe(pointer, message, items), 300)),
    ),
  ];
}

/**
 * Errors by parameter name, without a prototype: a client's `__proto__`, `constructor` or
 * `toString` is then a name like any other, never a member inherited from Object.
 */
export function parameterErrors(): Record<string, string[]> {
  return Object.create(null) as Record<string, string[]>;
}

export function addError(errors: Record<string, string[]>, name: string, message: string): void {
  const previous = Object.hasOwn(errors, name) ? errors[name] : undefined;
  errors[name] = [...(previous ?? []), message];
}

/** The name as shown in `errors`: printable and bounded, since it comes from the client. */
function safeName(name: string): string {
  const printable = name.replace(/[^\p{L}\p{N}_.\-[\]]/gu, '?');
  return truncate(printable, 64) || '(empty name)';
}

function decode(text: string): string | undefined {
  try {
    return decodeURIComponent(text.replace(/\+/g, ' '));
  } catch {
    return undefined;
  }
}

/** Parses a raw query string (without `?`) against an operation's query parameters. */
export function parseQuery(operation: OperationParameters, rawQuery: string): ParsedParameters {
  const values: Record<string, unknown> = {};
  const errors = parameterErrors();
  if (rawQuery === '') return { values, errors };
  const seen = new Map<string, string>();
  for (const pair of rawQuery.split('&')) {
    if (pair === '') continue;
    const equals = pair.indexOf('=');
    const rawName = equals < 0 ? pair : pair.slice(0, equals);
    const rawValue = equals < 0 ? '' : pair.slice(equals + 1);
    const name = decode(rawName);
    if (name === undefined) {
      addError(errors, safeName(rawName), 'the parameter name is not valid percent-encoded UTF-8');
      continue;
    }
    if (!operation.query.has(name)) {
      addError(errors, safeName(name), 'unknown parameter');
      continue;
    }
    const value = decode(rawValue);
    if (value === undefined) {
      addError(errors, name, 'is not valid percent-encoded UTF-8');
      continue;
    }
    if (seen.has(name)) {
      if (!errors[name]?.includes('must be given once (several values are comma-separated)')) {
        addError(errors, name, 'must be given once (several values are comma-separated)');
      }
      continue;
    }
    seen.set(name, value);
  }
  for (const [name, text] of seen) {
    if (errors[name]) continue;
    validateValue(operation.query.get(name) as CompiledParameter, text, values, errors);
  }
  return { values, errors };
}

/** Validates path parameters (already decoded by the router). */
export function parsePath(
  operation: OperationParameters,
  params: Record<string, string>,
): ParsedParameters {
  const values: Record<string, unknown> = {};
  const errors = parameterErrors();
  for (const [name, parameter] of operation.path) {
    const text = params[name];
    if (text === undefined) addError(errors, name, 'is required');
    else validateValue(parameter, text, values, errors);
  }
  return { values, errors };
}

/** Compiles every parameter's validator now, so the first request does not pay for it. */
export function warmParameterValidators(): void {
  const validator = getSchemaValidator();
  for (const operation of operationParameters.values()) {
    for (const parameter of [...operation.query.values(), ...operation.path.values()]) {
      validator.errorsFor(parameter.schema, null);
    }
  }
}
