#!/usr/bin/env node
// The rendered spec (`/docs`), self-contained: Redoc from @redocly/cli in node_modules, never from
// a CDN. `redocly build-docs --inlineBundle` writes one page with the Redoc bundle and the spec
// inline; this moves that script into a file named after its content
// (`dist/docs/redoc-<hash>.js`, served from Polku's own origin and cached for a year) and writes
// the page's Content-Security-Policy to `dist/docs/headers.json`: scripts from the origin only,
// plus the one tiny inline script Redoc renders into the page (colour mode), by its hash.
// Redoc's page is `interactive.html` (`/docs/interactive`); `/docs` itself is the script-free
// rendering of docs-static.mjs, readable at once on a phone, under the same CSP.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { renderStaticDocs } from './docs-static.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = join(root, 'dist/docs');
const spec = parse(readFileSync(join(root, 'openapi/catalogue.yaml'), 'utf8'));
const scratch = join(tmpdir(), `polku-docs-${process.pid}.html`);

const result = spawnSync(
  join(root, 'node_modules/.bin/redocly'),
  [
    'build-docs',
    'openapi/catalogue.yaml',
    '--inlineBundle',
    '--template',
    'scripts/docs-template.hbs',
    '--openapi',
    JSON.stringify({ disableTelemetry: true }),
    '--output',
    scratch,
  ],
  {
    cwd: root,
    encoding: 'utf8',
    // No telemetry from the build either: it must work without internet access.
    env: { ...process.env, REDOCLY_TELEMETRY: 'off' },
  },
);
if (result.status !== 0) {
  process.stderr.write(result.stdout + result.stderr);
  process.exit(result.status ?? 1);
}
let html = readFileSync(scratch, 'utf8');
rmSync(scratch, { force: true });

/** Every top-level script element: its attributes, its text, and where it stands. */
function scripts(page) {
  const found = [];
  const open = /<script([^>]*)>/g;
  for (let match = open.exec(page); match; match = open.exec(page)) {
    const end = page.indexOf('</script>', open.lastIndex);
    found.push({
      start: match.index,
      end: end + '</script>'.length,
      attributes: match[1],
      text: page.slice(open.lastIndex, end),
    });
    open.lastIndex = end;
  }
  return found;
}

const hash = (text, length) =>
  createHash('sha256').update(text).digest('base64url').slice(0, length);

const all = scripts(html);
const bundle = all.find((script) => /type="module"/.test(script.attributes));
if (!bundle || bundle.text.length < 100_000) {
  console.error('build-docs: no inline Redoc bundle in the page redocly wrote');
  process.exit(1);
}
mkdirSync(outDir, { recursive: true });
for (const name of readdirSync(outDir)) {
  if (/^redoc-.*\.js$|\.html$/.test(name)) rmSync(join(outDir, name));
}
// Redoc's attribution logo and its icon set are images on Redocly's CDN: an address that cannot
// load (`data:,`) makes Redoc hide the logo (its own fallback), and keeps the text and the link.
// Its search probes `Function(...)` to run in a worker and searches in the page where that throws;
// under the CSP (no 'unsafe-eval') the probe is a reported violation, so the page skips it.
const evalProbe = /[\w$]+\._factory\?\?=Function\([\w$]+\),!0/;
if (!evalProbe.test(bundle.text))
  console.warn(
    "build-docs: Redoc's search-worker probe not found (a new Redoc?): /docs may report an eval",
  );
const bundleText = bundle.text
  .replace(/https:\/\/cdn\.(redoc\.ly|redocly\.com)\/[A-Za-z0-9./_-]*/g, 'data:,')
  .replace(evalProbe, '!1');
const bundleName = `redoc-${hash(bundleText, 12)}.js`;
writeFileSync(join(outDir, bundleName), bundleText);
html = `${html.slice(0, bundle.start)}<script type="module" src="/docs/${bundleName}"></script>${html.slice(bundle.end)}`;

const inlineHashes = scripts(html)
  .filter((script) => !/\ssrc=/.test(script.attributes))
  .map((script) => `'sha256-${createHash('sha256').update(script.text).digest('base64')}'`);
if (/(src|href)="https?:/.test(html.replace(/<a [^>]*>/g, ''))) {
  console.error('build-docs: the page still loads something from another origin');
  process.exit(1);
}
writeFileSync(join(outDir, 'interactive.html'), html);
// `/docs` itself is the script-free rendering; Redoc's page is one link away (`/docs/interactive`).
const head = [
  '<meta charset="utf-8">',
  `<title>${spec.info.title}</title>`,
  '<meta name="viewport" content="width=device-width, initial-scale=1">',
  '<link rel="icon" href="data:,">',
  ...(html.match(/<meta name="description"[^>]*>/) ?? []),
  `<style>${readFileSync(join(root, 'scripts/docs-static.css'), 'utf8')}</style>`,
].join('\n');
writeFileSync(
  join(outDir, 'index.html'),
  renderStaticDocs(spec, { interactive: '/docs/interactive', head }),
);
const csp = [
  "default-src 'none'",
  `script-src 'self' ${inlineHashes.join(' ')}`.trim(),
  // Redoc's server-rendered markup carries style attributes and <style> blocks.
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  // Redoc's own icon font is inline.
  "font-src 'self' data:",
  "connect-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
writeFileSync(
  join(outDir, 'headers.json'),
  `${JSON.stringify({ 'Content-Security-Policy': csp, 'Referrer-Policy': 'no-referrer' }, null, 2)}\n`,
);
