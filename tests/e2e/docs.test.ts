// `/docs` is self-contained (issue 20): Redoc comes from node_modules and is served from Polku's
// own origin. In Chromium, with every other origin blocked, the page shows every operation of the
// spec; its strict Content-Security-Policy (scripts from the origin only, plus one inline script
// by its hash) is violated by nothing; and no request is even attempted to another origin.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before, describe, it } from 'node:test';
import { spec } from '@polku/contract/spec';
import { startServer } from '@polku/server';
import { type Browser, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

const docs = new URL('../../dist/docs/index.html', import.meta.url);
let polku: Awaited<ReturnType<typeof startServer>>;
let browser: Browser;

before(async () => {
  assert.ok(existsSync(docs), 'build the docs first: npm run build');
  polku = await startServer({ port: 0, host: '127.0.0.1', logger: false });
  browser = await chromium.launch(chromiumLaunchOptions);
});

after(async () => {
  await browser?.close();
  await polku?.close();
});

interface DocumentedOperation {
  path: string;
  summary: string;
  tag: string;
}

/** Every operation of the spec, with the tag it is listed under. */
function operations(): DocumentedOperation[] {
  const found: DocumentedOperation[] = [];
  for (const [path, pathItem] of Object.entries(
    spec.paths as Record<string, Record<string, { summary?: string; tags?: string[] }>>,
  )) {
    for (const operation of Object.values(pathItem)) {
      if (operation.summary)
        found.push({ path, summary: operation.summary, tag: operation.tags?.[0] ?? '' });
    }
  }
  return found;
}

describe('/docs', () => {
  it('is served with a strict CSP, and its script from the origin with an immutable cache', async () => {
    const response = await fetch(`${polku.url}/docs`);
    assert.equal(response.status, 200);
    const csp = response.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
    assert.doesNotMatch(csp, /script-src[^;]*('unsafe-inline'|'unsafe-eval'|https?:|\*)/);
    assert.match(csp, /connect-src 'self'/);
    const html = await response.text();
    const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]);
    assert.ok(scripts.length > 0);
    for (const src of scripts) {
      assert.match(src as string, /^\/docs\/redoc-[A-Za-z0-9_-]+\.js$/);
      const script = await fetch(`${polku.url}${src}`);
      assert.equal(script.status, 200);
      assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
    }
    assert.match(html, /<meta name="description" content="[^"]{50,}"/);
  });

  it('shows every operation with every other origin blocked, and nothing violates its CSP', async () => {
    const page = await browser.newPage({ viewport: { width: 1350, height: 940 } });
    const elsewhere: string[] = [];
    const problems: string[] = [];
    const origin = new URL(polku.url).origin;
    await page.route('**/*', (route) => {
      const url = route.request().url();
      if (new URL(url).origin === origin || url.startsWith('data:')) return route.continue();
      elsewhere.push(url);
      return route.abort('blockedbyclient');
    });
    page.on('pageerror', (error) => problems.push(`pageerror: ${String(error)}`));
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console: ${message.text()}`);
    });
    await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        );
      });
    });
    const response = await page.goto(`${polku.url}/docs`, { waitUntil: 'networkidle' });
    assert.equal(response?.status(), 200);
    // Each operation, as a reader finds it: its tag in the menu, then the operation itself,
    // whose page the script renders (the server-rendered page holds only the overview).
    const documented = operations();
    assert.equal(documented.length, Object.values(spec.paths).length);
    const literally = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    for (const operation of documented) {
      // The menu's entry reads "<summary>get"; the tag's entry opens its group.
      const entry = page.getByRole('link', {
        name: new RegExp(`^${literally(operation.summary)}`),
      });
      if (!(await entry.first().isVisible()))
        await page.getByRole('link', { name: operation.tag, exact: true }).first().click();
      await entry.first().click();
      const heading = page.getByRole('heading', { name: operation.summary }).first();
      await heading.waitFor({ state: 'visible', timeout: 10_000 });
      const main = await page.locator('main, [role="main"]').first().innerText();
      assert.ok(main.includes(operation.path), `${operation.path} is shown with its operation`);
    }
    assert.deepEqual(elsewhere, [], 'requests to other origins');
    assert.deepEqual(problems, []);
    await page.close();
  });
});
