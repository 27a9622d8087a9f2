#!/usr/bin/env node
// Records what the built server answers over every route of the contract, in each language,
// for the relevance queries and for a set of bad requests: one line per request with its status,
// the headers a client reads and a hash of the body. A refactor that must keep behaviour byte for
// byte compares two records:
//   node scripts/api-snapshot.mjs > before.jsonl     (on the old tree, after `npm run build`)
//   node scripts/api-snapshot.mjs --compare before.jsonl
// It starts the server itself on a free port with the demo catalogue.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const { startServer } = await import(
  pathToFileURL(resolve(root, 'packages/server/dist/index.js')).href
);

/** Every `q: '...'` of the relevance suites, so the ranking is compared too. */
function relevanceQueries() {
  const dir = resolve(root, 'packages/server/test');
  const queries = new Set();
  for (const name of readdirSync(dir).filter((file) => file.startsWith('relevance'))) {
    const source = readFileSync(join(dir, name), 'utf8');
    for (const match of source.matchAll(/\bq: '((?:[^'\\]|\\.)*)'/g)) queries.add(match[1]);
  }
  return [...queries];
}

function paths(catalogue) {
  const list = ['/', '/v1', '/openapi.yaml', '/healthz', '/polku-finder.js', '/docs'];
  const languages = ['', 'fi', 'sv', 'en'];
  const collections = [
    '/v1/services',
    '/v1/organizations',
    '/v1/tiers',
    '/v1/service-chains',
    '/v1/municipalities',
    '/v1/urgent-help',
  ];
  for (const lang of languages) {
    const suffix = lang ? `?lang=${lang}` : '';
    for (const path of collections) list.push(`${path}${suffix}`);
    for (const service of catalogue.services) list.push(`/v1/services/${service.id}${suffix}`);
    for (const org of catalogue.organizations) list.push(`/v1/organizations/${org.id}${suffix}`);
    for (const chain of catalogue.chains) list.push(`/v1/service-chains/${chain.id}${suffix}`);
  }
  for (const q of relevanceQueries()) {
    list.push(`/v1/services?q=${encodeURIComponent(q)}`);
    list.push(`/v1/services?q=${encodeURIComponent(q)}&lang=sv&per_page=5`);
  }
  list.push(
    '/v1/services?tier=3,2,1',
    '/v1/services?tier=2&municipality=638&per_page=5&page=2',
    '/v1/services?channel=phone&free=true',
    '/v1/services?lat=60.39&lon=25.66&radius=20&sort=distance',
    '/v1/services?provider_type=ngo,parish',
    '/v1/services?q=perhe&tier=1&facets=true',
    '/v1/services?tier=9',
    '/v1/services?page=0',
    '/v1/services?lat=60',
    '/v1/services?unknown=1',
    '/v1/services/no-such-service',
    '/v1/organizations/no-such',
    '/v1/nothing-here',
    '/examples/',
    '/examples/third-sector/',
    '/examples/intranet/',
  );
  return list;
}

const interesting = [
  'content-type',
  'content-language',
  'etag',
  'cache-control',
  'vary',
  'link',
  'access-control-allow-origin',
  'content-security-policy',
];

const server = await startServer({ port: 0, logger: false });
const lines = [];
try {
  const all = async (path) => {
    const items = [];
    for (let page = 1; ; page += 1) {
      const body = await (await fetch(`${server.url}${path}?per_page=50&page=${page}`)).json();
      items.push(...body.contents);
      if (page >= body.total_pages) return items;
    }
  };
  const catalogue = {
    services: await all('/v1/services'),
    organizations: await all('/v1/organizations'),
    chains: await all('/v1/service-chains'),
  };
  for (const path of paths(catalogue)) {
    const response = await fetch(`${server.url}${path}`, {
      headers: { 'accept-encoding': 'identity' },
    });
    // The API root names its own origin, and its ETag follows: the port differs run to run.
    const raw = Buffer.from(await response.arrayBuffer()).toString('latin1');
    const host = new URL(server.url).host;
    const body = Buffer.from(raw.replaceAll(host, 'HOST'), 'latin1');
    const headers = Object.fromEntries(
      interesting
        .filter((name) => response.headers.has(name))
        .filter((name) => name !== 'etag' || !raw.includes(host))
        .map((name) => [name, response.headers.get(name)]),
    );
    lines.push(
      JSON.stringify({
        path,
        status: response.status,
        headers,
        bytes: body.length,
        sha256: createHash('sha256').update(body).digest('hex').slice(0, 16),
      }),
    );
  }
} finally {
  await server.close();
}

const compareIndex = process.argv.indexOf('--compare');
if (compareIndex === -1) {
  process.stdout.write(`${lines.join('\n')}\n`);
} else {
  const before = new Map(
    readFileSync(process.argv[compareIndex + 1], 'utf8')
      .trim()
      .split('\n')
      .map((line) => [JSON.parse(line).path, line]),
  );
  let differ = 0;
  for (const line of lines) {
    const { path } = JSON.parse(line);
    const old = before.get(path);
    if (old !== line) {
      differ += 1;
      console.log(`differs: ${path}\n  before: ${old ?? '(absent)'}\n  after:  ${line}`);
    }
  }
  console.log(`${lines.length} requests compared, ${differ} differ`);
  process.exit(differ ? 1 : 0);
}
