// Files the server serves besides the API: the embed bundle, the rendered spec, the examples
// and the home page. Everything is read into memory at start from an allow-list of folders, so
// no request path ever reaches the file system (no traversal is possible). A file that is not
// built yet is answered 404 (problem+json) or, for the home page, a page that says what to build.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { extname, join, relative, sep } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  immutableCacheControl,
  makeRepresentation,
  type Representation,
  shortCacheControl,
  useBrotliFile,
} from './cache.js';

/** The repository root, from `packages/server/src/http` or `packages/server/dist/http` alike. */
export const defaultStaticRoot: string = fileURLToPath(new URL('../../../../', import.meta.url));

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
  '.md': 'text/markdown; charset=utf-8',
  '.yaml': 'application/yaml; charset=utf-8',
  '.woff2': 'font/woff2',
};

const maxFileBytes = 8 * 1024 * 1024;
const maxFilesPerExample = 500;

export interface StaticFiles {
  /** URL path → representation. */
  files: Map<string, Representation>;
  /** URL path → where a request for it should be redirected (`/examples/x` → `/examples/x/`). */
  redirects: Map<string, string>;
  /** Files that were looked for and are missing, by URL path, with what builds them. */
  missing: Map<string, string>;
  /**
   * URL paths of the embed's files at the root: `/polku-finder.js`, its lazily loaded chunks
   * (`/polku-finder-professional-<hash>.js`) and their source maps. Each needs a route.
   */
  embed: string[];
}

function readIfFile(path: string): Buffer | undefined {
  try {
    const stat = statSync(path);
    if (!stat.isFile() || stat.size > maxFileBytes) return undefined;
    return readFileSync(path);
  } catch {
    return undefined;
  }
}

/** Extra headers from a folder's `headers.json`: only valid names and single-line values. */
function readExampleHeaders(
  folder: string,
  warn: (message: string) => void,
): Record<string, string> {
  const bytes = readIfFile(join(folder, 'headers.json'));
  if (!bytes) return {};
  try {
    const parsed: unknown = JSON.parse(bytes.toString('utf8'));
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
      throw new Error('not an object');
    const headers: Record<string, string> = {};
    for (const [name, value] of Object.entries(parsed)) {
      if (
        !/^[A-Za-z0-9!#$%&'*+.^_`|~-]+$/.test(name) ||
        typeof value !== 'string' ||
        /[\r\n\0]/.test(value)
      ) {
        warn(`${join(folder, 'headers.json')}: ignoring header ${JSON.stringify(name)}`);
        continue;
      }
      headers[name.toLowerCase()] = value;
    }
    return headers;
  } catch (error) {
    warn(`${join(folder, 'headers.json')}: ${(error as Error).message}`);
    return {};
  }
}

/** The names in a folder, sorted; none where it cannot be read. */
function sortedNames(dir: string): string[] {
  try {
    return readdirSync(dir).sort();
  } catch {
    return [];
  }
}

function filesUnder(folder: string, limit: number): string[] {
  const found: string[] = [];
  const walk = (dir: string, depth: number): void => {
    if (depth > 6 || found.length >= limit) return;
    for (const entry of sortedNames(dir)) {
      if (entry.startsWith('.') || entry === 'node_modules') continue;
      const path = join(dir, entry);
      let stat: ReturnType<typeof statSync>;
      try {
        stat = statSync(path);
      } catch {
        continue;
      }
      if (stat.isDirectory()) walk(path, depth + 1);
      else if (stat.isFile() && found.length < limit) found.push(path);
    }
  };
  walk(folder, 0);
  return found;
}

function representationOf(
  path: string,
  bytes: Buffer,
  extraHeaders: Record<string, string> = {},
  hashed = false,
): Representation {
  const type = contentTypes[extname(path).toLowerCase()] ?? 'application/octet-stream';
  return makeRepresentation(bytes, {
    'content-type': type,
    'cache-control': hashed ? immutableCacheControl : shortCacheControl,
    ...extraHeaders,
  });
}

/**
 * The embed's chunks: rollup names each `polku-finder-[name]-[hash].js` (rollup.config.mjs), so
 * every file beside the entry but the entry itself and its map is named after its content.
 */
function isHashedChunk(name: string): boolean {
  return name.startsWith('polku-finder-');
}

const homeHeaders = {
  'content-security-policy':
    "default-src 'self'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'referrer-policy': 'no-referrer',
};

/** A home page for a tree where `examples/index.html` is not written yet: it says what to build. */
function fallbackHome(hasBundle: boolean): string {
  return `<!doctype html>
<html lang="fi">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Polku</title>
${hasBundle ? '<script type="module" src="/polku-finder.js"></script>' : ''}
</head>
<body>
<main>
<h1>Polku</h1>
<p>The Polku service catalogue API is running: <a href="/v1">/v1</a>, <a href="/openapi.yaml">/openapi.yaml</a>, <a href="/docs">/docs</a>.</p>
${hasBundle ? '<polku-finder api="/v1"></polku-finder>' : '<p>The embed bundle is not built yet: run <code>npm run build</code>.</p>'}
</main>
</body>
</html>
`;
}

/**
 * The embed: polku-finder.js and the chunks it imports relative to itself
 * (polku-finder-professional-<hash>.js), with their source maps, all at the root. Each script
 * goes out in the brotli the build wrote beside it (`.js.br`, the highest quality), its map named
 * by a `SourceMap` header.
 */
function addEmbed(table: StaticFiles, root: string): void {
  const distPath = join(root, 'packages/elements/dist');
  const names = sortedNames(distPath);
  for (const name of names) {
    if (!/^polku-finder(-[A-Za-z0-9_-]+)?\.js(\.map)?$/.test(name)) continue;
    const path = join(distPath, name);
    const bytes = readIfFile(path);
    if (!bytes) continue;
    const script = name.endsWith('.js');
    // The build writes no source map comment into the scripts: the header names the map.
    const map: Record<string, string> =
      script && names.includes(`${name}.map`) ? { sourcemap: `${name}.map` } : {};
    const representation = representationOf(path, bytes, map, isHashedChunk(name));
    if (script) useBrotliFile(representation, readIfFile(`${path}.br`));
    table.files.set(`/${name}`, representation);
    table.embed.push(`/${name}`);
  }
  if (!table.files.has('/polku-finder.js')) {
    table.missing.set('/polku-finder.js', 'the embed bundle is not built: run `npm run build`');
    table.embed.push('/polku-finder.js');
  }
}

/**
 * The rendered spec (scripts/build-docs.mjs): the script-free `index.html` at `/docs` and `/docs/`
 * and Redoc's `interactive.html` at `/docs/interactive`, with the headers of `headers.json` (their
 * Content-Security-Policy), and Redoc's script beside them, named after its content
 * (`redoc-<hash>.js`).
 */
function addDocs(table: StaticFiles, root: string, warn: (message: string) => void): void {
  const docsFolder = join(root, 'dist/docs');
  const docs = readIfFile(join(docsFolder, 'index.html'));
  if (!docs) {
    table.missing.set('/docs', 'the rendered spec is not built: run `npm run build`');
    table.missing.set('/docs/', table.missing.get('/docs') as string);
    return;
  }
  const headers = readExampleHeaders(docsFolder, warn);
  const page = representationOf('index.html', docs, headers);
  table.files.set('/docs', page);
  table.files.set('/docs/', page);
  for (const name of sortedNames(docsFolder)) {
    if (name === 'index.html' || name === 'headers.json' || name.startsWith('.')) continue;
    const bytes = readIfFile(join(docsFolder, name));
    if (!bytes) continue;
    // Another page (Redoc's `interactive.html`) is served without its extension, with the CSP.
    if (name.endsWith('.html'))
      table.files.set(`/docs/${name.slice(0, -5)}`, representationOf(name, bytes, headers));
    else
      table.files.set(
        `/docs/${name}`,
        representationOf(name, bytes, {}, /^redoc-[A-Za-z0-9_-]{8,}\.js$/.test(name)),
      );
  }
}

/** The home page (`examples/index.html`, or a page that says what to build) and each example. */
function addExamples(table: StaticFiles, root: string, warn: (message: string) => void): void {
  const examplesRoot = join(root, 'examples');
  const home = readIfFile(join(examplesRoot, 'index.html'));
  table.files.set(
    '/',
    home
      ? representationOf('index.html', home)
      : representationOf(
          'index.html',
          Buffer.from(fallbackHome(table.files.has('/polku-finder.js'))),
          homeHeaders,
        ),
  );
  if (home) table.files.set('/examples/', table.files.get('/') as Representation);

  for (const name of sortedNames(examplesRoot)) {
    const folder = join(examplesRoot, name);
    if (name.startsWith('.') || !/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name)) continue;
    try {
      if (!statSync(folder).isDirectory()) continue;
    } catch {
      continue;
    }
    const headers = readExampleHeaders(folder, warn);
    for (const path of filesUnder(folder, maxFilesPerExample)) {
      const inside = relative(folder, path).split(sep).join('/');
      if (inside === 'headers.json') continue;
      const bytes = readIfFile(path);
      if (!bytes) continue;
      const representation = representationOf(path, bytes, headers);
      table.files.set(`/examples/${name}/${inside}`, representation);
      if (inside === 'index.html') table.files.set(`/examples/${name}/`, representation);
    }
    table.redirects.set(`/examples/${name}`, `/examples/${name}/`);
  }
}

export function loadStaticFiles(
  root: string,
  warn: (message: string) => void = () => {},
): StaticFiles {
  const table: StaticFiles = {
    files: new Map(),
    redirects: new Map(),
    missing: new Map(),
    embed: [],
  };
  addEmbed(table, root);
  addDocs(table, root, warn);
  addExamples(table, root, warn);
  return table;
}
