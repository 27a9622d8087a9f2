// Fuzz cases from the spec: for each operation, its parameters with values that fit their schema
// and values that do not (wrong types, huge, Unicode edge cases, prototype names, broken
// percent-encoding), unknown and repeated names, odd paths; and raw requests with bad methods
// and headers. Everything is drawn from a seeded generator, so a seed replays its cases.
import { spec } from '@polku/contract/spec';

type JsonObject = Record<string, unknown>;

export interface FuzzOperation {
  operationId: string;
  path: string;
  parameters: { name: string; in: string; schema: JsonObject; example?: unknown }[];
  /** The component schema of its 200 body. */
  successSchema: string;
}

function resolve<T>(node: unknown): T {
  const ref = (node as { $ref?: string } | null)?.$ref;
  if (typeof ref !== 'string') return node as T;
  const [, , kind, name] = ref.split('/');
  const components = (spec as unknown as { components: Record<string, JsonObject> }).components;
  return resolve(components[kind as string]?.[name as string]);
}

export const operations: FuzzOperation[] = Object.entries(
  spec.paths as Record<string, Record<string, JsonObject>>,
).map(([path, item]) => {
  const operation = item.get as JsonObject;
  const ok = resolve<JsonObject>((operation.responses as JsonObject)['200']);
  const schemaRef = (
    ((ok.content as JsonObject)['application/json'] as JsonObject).schema as { $ref: string }
  ).$ref;
  return {
    operationId: operation.operationId as string,
    path,
    parameters: ((operation.parameters ?? []) as unknown[]).map((parameter) => {
      const resolved = resolve<JsonObject>(parameter);
      return {
        name: resolved.name as string,
        in: resolved.in as string,
        schema: resolve<JsonObject>(resolved.schema),
        example: resolved.example,
      };
    }),
    successSchema: schemaRef.split('/').pop() as string,
  };
});

export const prototypeNames = [
  '__proto__',
  'constructor',
  'prototype',
  'toString',
  'hasOwnProperty',
  'valueOf',
  'isPrototypeOf',
  'propertyIsEnumerable',
  'toLocaleString',
  '__defineGetter__',
  '__lookupSetter__',
  'then',
];

/** Already percent-encoded texts that a value or a name can be. */
const hostileEncoded = [
  '',
  '%',
  '%4',
  '%G0',
  '%00',
  '%ED%A0%80', // a lone surrogate, as UTF-8
  '%ED%B0%80',
  '%C0%AF', // overlong "/"
  '%F5%80%80%80', // past U+10FFFF
  '%F4%8F%BF%BF', // U+10FFFF
  '%EF%BF%BF', // a noncharacter
  '%EF%BB%BF', // a BOM
  '%E2%80%AE', // right-to-left override
  '%E2%80%8B', // zero-width space
  '%F0%9F%91%A8%E2%80%8D%F0%9F%91%A9%E2%80%8D%F0%9F%91%A7', // a ZWJ family emoji
  `a${'%CC%88'.repeat(500)}`, // a thousand combining marks
  '%F0%9D%90%80'.repeat(80), // letters outside the BMP
  '+',
  '%2C',
  ',',
  ',,,,',
  `${'1,'.repeat(3000)}1`,
  'a'.repeat(10_000),
  '%C3%A4'.repeat(2000),
  '9'.repeat(400),
  '1e309',
  '-1e309',
  'NaN',
  'Infinity',
  '-0',
  '0x10',
  '%D9%A3', // an Arabic-Indic digit
  '%EF%BC%91', // a full-width 1
  '+1',
  '00001',
  '1.5',
  '-1',
  'true',
  'null',
  'undefined',
  '%22%3Cscript%3E',
  "'%20OR%201%3D1%20--",
  '..%2F..%2Fetc%2Fpasswd',
  '%5B%5D',
  '%7B%22a%22%3A1%7D',
  ...prototypeNames,
];

export type Random = () => number;

function pick<T>(random: Random, list: readonly T[]): T {
  return list[Math.floor(random() * list.length)] as T;
}

/** A value that fits `schema` (percent-encoded), or undefined when none can be made up. */
function validValue(random: Random, schema: JsonObject, example: unknown): string | undefined {
  const item = (schema.type === 'array' ? resolve<JsonObject>(schema.items) : schema) as JsonObject;
  const one = (): string | undefined => {
    if (Array.isArray(item.enum)) return String(pick(random, item.enum));
    if (item.type === 'integer' || item.type === 'number') {
      const min = typeof item.minimum === 'number' ? item.minimum : 0;
      const max = typeof item.maximum === 'number' ? item.maximum : min + 100;
      const value = min + random() * (Math.min(max, min + 1000) - min);
      return String(item.type === 'integer' ? Math.round(value) : Number(value.toFixed(4)));
    }
    if (item.type === 'boolean') return random() < 0.5 ? 'true' : 'false';
    return undefined;
  };
  if (example !== undefined && random() < 0.4)
    return encodeURIComponent(Array.isArray(example) ? example.join(',') : String(example));
  const first = one();
  if (first === undefined) {
    if (schema.type === 'string' && !schema.pattern && !schema.format)
      return encodeURIComponent(
        pick(random, ['perhe', 'väsynyt', 'trött', 'ero', 'neuvola', 'a b']),
      );
    return example === undefined ? undefined : encodeURIComponent(String(example));
  }
  if (schema.type !== 'array') return first;
  const count = 1 + Math.floor(random() * 3);
  return [...new Set(Array.from({ length: count }, () => one() ?? first))].join(',');
}

/** One request path with a query, drawn at random for `operation`. */
export function fuzzPath(
  random: Random,
  operation: FuzzOperation,
  ids: Record<string, string[]>,
): string {
  let path = operation.path;
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    const real = ids[operation.path] ?? [];
    const value =
      random() < 0.6 && real.length > 0
        ? encodeURIComponent(pick(random, real))
        : pick(random, hostileEncoded);
    path = path.replace(`{${parameter.name}}`, value === '' ? '%20' : value);
  }
  const query = operation.parameters.filter((p) => p.in === 'query');
  const pairs: string[] = [];
  const count = Math.floor(random() * 4);
  for (let index = 0; index < count; index += 1) {
    const roll = random();
    if (roll < 0.1 || query.length === 0) {
      // An unknown name, of any spelling.
      pairs.push(
        `${pick(random, [...prototypeNames, ...hostileEncoded.slice(0, 20), 'colour'])}=${pick(random, hostileEncoded)}`,
      );
      continue;
    }
    const parameter = pick(random, query);
    const valid = validValue(random, parameter.schema, parameter.example);
    const value = roll < 0.55 && valid !== undefined ? valid : pick(random, hostileEncoded);
    pairs.push(random() < 0.03 ? parameter.name : `${parameter.name}=${value}`);
    if (random() < 0.05) pairs.push(`${parameter.name}=${value}`); // repeated
  }
  if (random() < 0.03) pairs.push(pick(random, ['&', '==', '=x', '&&&', '?', ';x=1', '#frag']));
  return pairs.length > 0 ? `${path}?${pairs.join('&')}` : path;
}

/** Paths that are not operations, or are operations written oddly. */
export const oddPaths = [
  '/v1//services',
  '/v1/services/',
  '/V1/SERVICES',
  '/v1/services;x=1',
  '/v1/services%3Fq=x',
  '/v1/./services',
  '/v1/../v1/services',
  '/%2e%2e/%2e%2e/etc/passwd',
  '/v1/services/%2e%2e',
  '/v1/services/..%2F..%2Fpackage.json',
  '/examples/../package.json',
  '/examples/%2e%2e/package.json',
  '/docs/../package.json',
  '/polku-finder.js/..',
  `/${'a'.repeat(5000)}`,
  `/v1/services/${'f'.repeat(8000)}`,
  '/v1/services/%00',
  '/v1/%F0%9F%99%82',
  '/.git/config',
  '/node_modules/fastify/package.json',
  '/metrics?x=1',
  '/healthz/',
  '/readyz?__proto__=1',
  '//v1',
  '/v1?',
  '/v1?&&',
  '/*',
];

/** Raw requests: odd methods, odd headers, odd framing. Each ends the connection. */
export function rawCase(random: Random, path: string): { label: string; text: string | Buffer } {
  const base: Record<string, string> = { Host: 'polku.test', Connection: 'close' };
  const method = pick(random, [
    'GET',
    'GET',
    'GET',
    'HEAD',
    'OPTIONS',
    'TRACE',
    'QUERY',
    'PUT',
    'POST',
    'DELETE',
    'PATCH',
    'PROPFIND',
    'PURGE',
    'LINK',
    'M-SEARCH',
    'get',
    'FOO',
    'X'.repeat(100),
    'CONNECT',
  ]);
  const headerCases: [string, Record<string, string>][] = [
    ['Accept garbage', { Accept: '*/*;q=x, text/html;;; ,,' }],
    ['Accept-Encoding odd', { 'Accept-Encoding': 'br;q=x, gzip;q=-1, *;q=0, identity;q=0' }],
    ['Accept-Encoding huge', { 'Accept-Encoding': 'gzip, '.repeat(2000) }],
    ['If-None-Match star', { 'If-None-Match': '*' }],
    ['If-None-Match odd', { 'If-None-Match': 'W/"x", "unbalanced, ,,, "' }],
    ['If-None-Match huge', { 'If-None-Match': '"abc", '.repeat(3000) }],
    ['Range', { Range: 'bytes=0-10' }],
    ['Accept-Language', { 'Accept-Language': 'sv-FI;q=0.9, *;q=x' }],
    ['Host odd', { Host: 'a b' }],
    ['Host bracket', { Host: '[::1' }],
    ['Host long', { Host: 'x'.repeat(300) }],
    ['Host empty', { Host: '' }],
    ['Content-Length negative', { 'Content-Length': '-1' }],
    ['Content-Length text', { 'Content-Length': 'abc' }],
    ['Expect odd', { Expect: 'the-unexpected' }],
    ['Expect continue', { Expect: '100-continue' }],
    ['Upgrade', { Upgrade: 'websocket', Connection: 'Upgrade, close' }],
    [
      'Upgrade h2c',
      {
        Upgrade: 'h2c',
        Connection: 'Upgrade, HTTP2-Settings, close',
        'HTTP2-Settings': 'AAMAAABkAARAAAAAAAIAAAAA',
      },
    ],
    [
      'X-Forwarded odd',
      {
        'X-Forwarded-For': '1.2.3.4, <script>',
        'X-Forwarded-Proto': 'gopher',
        'X-Forwarded-Host': 'evil.example',
      },
    ],
    ['Origin null', { Origin: 'null' }],
    ['Cookie big', { Cookie: `a=${'b'.repeat(8000)}` }],
    ['Transfer-Encoding', { 'Transfer-Encoding': 'gzip, chunked' }],
    [
      'Content-Type odd',
      { 'Content-Type': 'application/json; charset=ebcdic', 'Content-Length': '5' },
    ],
    ['many headers', Object.fromEntries(Array.from({ length: 500 }, (_, i) => [`X-H${i}`, 'v']))],
  ];
  const [label, headers] = random() < 0.6 ? pick(random, headerCases) : ['', {}];
  const all = { ...base, ...headers };
  if (label === 'Host empty') all.Host = '';
  const lines = Object.entries(all)
    .map(([name, value]) => `${name}: ${value}\r\n`)
    .join('');
  let body = '';
  if (all['Content-Length'] === '5') body = '{"a":';
  if (all['Transfer-Encoding']) body = 'zz\r\nnot a chunk\r\n0\r\n\r\n';
  // Now and then a header value with a byte outside ASCII (obs-text), as old clients send.
  const latin1 = random() < 0.05 ? 'X-Name: caf\xe9\r\n' : '';
  return {
    label: `${method} ${label || '(plain)'}${latin1 ? ' latin-1 header' : ''}`,
    text: Buffer.from(`${method} ${path} HTTP/1.1\r\n${lines}${latin1}\r\n${body}`, 'latin1'),
  };
}

/** The HSDS API's endpoints (its own parameters, not in the /v1 spec) and what they take. */
const hsdsEndpoints: [string, string[]][] = [
  ['/hsds/', []],
  [
    '/hsds/services',
    ['page', 'per_page', 'full', 'organization_id', 'taxonomy_id', 'taxonomy_term_id'],
  ],
  ['/hsds/service_at_locations', ['page', 'per_page', 'full', 'organization_id', 'taxonomy_id']],
  ['/hsds/organizations', ['page', 'per_page', 'full']],
  ['/hsds/taxonomies', ['page', 'per_page']],
  ['/hsds/taxonomy_terms', ['page', 'per_page', 'taxonomy_id']],
  ['/hsds/services/{id}', []],
  ['/hsds/organizations/{id}', []],
];

/** One /hsds/ request path with a query, good and hostile values alike. */
export function fuzzHsdsPath(random: Random, ids: Record<string, string[]>): string {
  const [template, names] = pick(random, hsdsEndpoints);
  const real = ids[template.replace('/hsds/', '/v1/')] ?? [];
  const path = template.replace(
    '{id}',
    random() < 0.6 && real.length > 0 ? pick(random, real) : pick(random, hostileEncoded) || 'x',
  );
  const good: Record<string, () => string> = {
    lang: () => pick(random, ['fi', 'sv', 'en']),
    page: () => String(1 + Math.floor(random() * 3)),
    per_page: () => String(1 + Math.floor(random() * 500)),
    full: () => pick(random, ['true', 'false']),
  };
  const pairs: string[] = [];
  for (let index = Math.floor(random() * 4); index > 0; index -= 1) {
    const name = random() < 0.15 ? pick(random, prototypeNames) : pick(random, ['lang', ...names]);
    const value =
      random() < 0.5 && Object.hasOwn(good, name)
        ? (good[name] as () => string)()
        : pick(random, hostileEncoded);
    pairs.push(`${name}=${value}`);
  }
  return pairs.length > 0 ? `${path}?${pairs.join('&')}` : path;
}
