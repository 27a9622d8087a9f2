// Shared by the server tests: a small synthetic catalogue, a server on port 0, and a check of
// every response against the contract.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Catalogue } from '@polku/catalogue';
import { createSchemaValidator } from '@polku/contract/validator';
import { generateCatalogue } from '@polku/generator';
import { type StartedServer, startServer } from '../src/index.js';

export const validator = createSchemaValidator();

/** Text as the server escaped it in HTML, back as it was. */
export const decodeEntities = (html: string) =>
  html
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');

let cached: Catalogue | undefined;
/** 400 synthetic services over the real county municipalities and more (deterministic). */
export function fixtureCatalogue(): Catalogue {
  cached ??= generateCatalogue({ services: 400, seed: 7 });
  return cached;
}

/** A static root with a bundle, docs, one example with headers.json, and a home page. */
export function fixtureStaticRoot(): string {
  const root = mkdtempSync(join(tmpdir(), 'polku-static-'));
  mkdirSync(join(root, 'packages/elements/dist'), { recursive: true });
  writeFileSync(
    join(root, 'packages/elements/dist/polku-finder.js'),
    `export const bundle = "${'x'.repeat(5000)}";\n`,
  );
  mkdirSync(join(root, 'dist/docs'), { recursive: true });
  writeFileSync(join(root, 'dist/docs/index.html'), '<!doctype html><title>Docs</title>');
  mkdirSync(join(root, 'examples/intranet'), { recursive: true });
  writeFileSync(
    join(root, 'examples/intranet/index.html'),
    '<!doctype html><title>Intranet</title>',
  );
  writeFileSync(join(root, 'examples/intranet/app.js'), 'console.log(1);');
  writeFileSync(
    join(root, 'examples/intranet/headers.json'),
    JSON.stringify({
      'Content-Security-Policy': "default-src 'self'; require-trusted-types-for 'script'",
      'Bad\nName': 'x',
    }),
  );
  writeFileSync(
    join(root, 'examples/index.html'),
    '<!doctype html><title>Polku examples</title><polku-finder></polku-finder>',
  );
  writeFileSync(join(root, 'secret.txt'), 'do not serve');
  return root;
}

export interface TestServer extends StartedServer {
  log: string[];
  get(path: string, headers?: Record<string, string>): Promise<Response>;
}

export async function startTestServer(
  options: { catalogue?: Catalogue; staticRoot?: string } = {},
): Promise<TestServer> {
  const log: string[] = [];
  const server = await startServer({
    catalogue: options.catalogue ?? fixtureCatalogue(),
    port: 0,
    logger: (line) => log.push(line),
    staticRoot: options.staticRoot ?? fixtureStaticRoot(),
    warn: () => {},
  });
  return {
    ...server,
    log,
    get: (path, headers) => fetch(`${server.url}${path}`, { headers }),
  };
}

/** The schema each operation's 200 body must satisfy, by path pattern. */
const successSchemas: [RegExp, string][] = [
  [/^\/v1\/?$/, 'ApiRoot'],
  [/^\/v1\/services\/[^/]+$/, 'Service'],
  [/^\/v1\/services$/, 'ServicePage'],
  [/^\/v1\/organizations\/[^/]+$/, 'Organization'],
  [/^\/v1\/organizations$/, 'OrganizationPage'],
  [/^\/v1\/tiers$/, 'TierPage'],
  [/^\/v1\/service-chains\/[^/]+$/, 'ServiceChain'],
  [/^\/v1\/service-chains$/, 'ServiceChainPage'],
  [/^\/v1\/municipalities$/, 'MunicipalityPage'],
  [/^\/v1\/urgent-help$/, 'UrgentHelpPage'],
  [/^\/v1\/self-checks\/[^/]+$/, 'SelfCheck'],
  [/^\/v1\/self-checks$/, 'SelfCheckPage'],
];

/**
 * Checks a response against the spec: JSON bodies against their schema, errors as
 * problem+json with the Problem schema, and the headers every response carries. Returns the body.
 */
export async function checkResponse(response: Response, path: string): Promise<unknown> {
  const pathname = new URL(path, 'http://x').pathname;
  assert.equal(response.headers.get('access-control-allow-origin'), '*', `CORS on ${path}`);
  if (response.status === 304) return undefined;
  const text = await response.text();
  if (response.status >= 400) {
    assert.match(
      response.headers.get('content-type') ?? '',
      /^application\/problem\+json/,
      `problem type on ${path}`,
    );
    const problem = JSON.parse(text);
    assert.deepEqual(validator.validate('Problem', problem), [], `Problem of ${path}`);
    assert.equal(problem.status, response.status);
    return problem;
  }
  if (!pathname.startsWith('/v1')) return text;
  assert.equal(response.status, 200, `${path}: ${text.slice(0, 300)}`);
  assert.match(response.headers.get('content-type') ?? '', /^application\/json/);
  assert.match(response.headers.get('etag') ?? '', /^"[^"]+"$/, `strong ETag on ${path}`);
  assert.match(response.headers.get('cache-control') ?? '', /^public, max-age=\d+/);
  const schema = successSchemas.find(([pattern]) => pattern.test(pathname))?.[1];
  assert.ok(schema, `no schema for ${pathname}`);
  const body = JSON.parse(text);
  assert.deepEqual(validator.validate(schema, body), [], `${schema} of ${path}`);
  const lang = new URL(path, 'http://x').searchParams.get('lang');
  if (lang)
    assert.equal(response.headers.get('content-language'), lang, `Content-Language on ${path}`);
  else
    assert.equal(response.headers.get('content-language'), null, `no Content-Language on ${path}`);
  return body;
}
