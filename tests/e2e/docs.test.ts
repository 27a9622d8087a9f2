// `/docs` is self-contained (issue 20). `/docs` itself is plain HTML written at build time from the
// spec: with JavaScript off and every other origin blocked, a phone shows every operation with its
// path, parameters, responses and examples, and every schema. Redoc's interactive page
// (`/docs/interactive`, from node_modules, served from Polku's own origin) shows every operation
// with every other origin blocked too. Both strict Content-Security-Policies (scripts from the
// origin only, plus one inline script by its hash) are violated by nothing, and no request is
// even attempted to another origin.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spec } from '@polku/contract/spec';
import type { Browser, Locator, Page } from 'playwright-core';
import { type RunningPolku, serverAndBrowser } from './harness.js';

const docs = new URL('../../dist/docs/index.html', import.meta.url);
let polku: RunningPolku;
let browser: Browser;
serverAndBrowser((running) => {
  ({ polku, browser } = running);
}, docs);

interface DocumentedOperation {
  path: string;
  summary: string;
  tag: string;
  /** Its parameters' names, its responses' status codes, its responses' examples as JSON. */
  parameters: string[];
  statuses: string[];
  examples: string[];
}

type Node = Record<string, unknown> & { $ref?: string };

/** A local `$ref` of the spec, resolved. */
function resolve(node: Node): Node {
  if (typeof node.$ref !== 'string') return node;
  return node.$ref
    .slice(2)
    .split('/')
    .reduce<Node>((at, key) => at[key] as Node, spec as unknown as Node);
}

/** Every operation of the spec, with the tag it is listed under and what it documents. */
function operations(): DocumentedOperation[] {
  const found: DocumentedOperation[] = [];
  for (const [path, pathItem] of Object.entries(
    spec.paths as unknown as Record<string, Record<string, Node>>,
  )) {
    for (const operation of Object.values(pathItem)) {
      if (typeof operation.summary !== 'string') continue;
      const responses = Object.entries((operation.responses ?? {}) as Record<string, Node>);
      const media = responses.flatMap(([, response]) =>
        Object.values((resolve(response).content ?? {}) as Record<string, Node>),
      );
      found.push({
        path,
        summary: operation.summary,
        tag: (operation.tags as string[] | undefined)?.[0] ?? '',
        parameters: ((operation.parameters ?? []) as Node[]).map(
          (parameter) => resolve(parameter).name as string,
        ),
        statuses: responses.map(([status]) => status),
        examples: media
          .filter((one) => one.example !== undefined)
          .map((one) => JSON.stringify(one.example, null, 2)),
      });
    }
  }
  return found;
}

/** Blocks and records requests to other origins; records page errors and console errors. */
function watch(page: Page) {
  const watched = { elsewhere: [] as string[], problems: [] as string[] };
  const origin = new URL(polku.url).origin;
  void page.route('**/*', (route) => {
    const url = route.request().url();
    if (new URL(url).origin === origin || url.startsWith('data:')) return route.continue();
    watched.elsewhere.push(url);
    return route.abort('blockedbyclient');
  });
  page.on('pageerror', (error) => watched.problems.push(`pageerror: ${String(error)}`));
  page.on('console', (message) => {
    if (message.type() === 'error') watched.problems.push(`console: ${message.text()}`);
  });
  return watched;
}

async function inViewport(locator: Locator): Promise<boolean> {
  const box = await locator.boundingBox();
  const size = locator.page().viewportSize();
  // A heading scrolled to the top may stand a fraction of a pixel above it.
  return !!box && !!size && box.y > -1 && box.y < size.height;
}

describe('/docs', () => {
  it("serves both pages with a strict CSP, /docs with no script, Redoc's from the origin with an immutable cache", async () => {
    for (const path of ['/docs', '/docs/interactive']) {
      const response = await fetch(`${polku.url}${path}`);
      assert.equal(response.status, 200);
      const csp = response.headers.get('content-security-policy') ?? '';
      assert.match(csp, /default-src 'none'/);
      assert.match(csp, /script-src 'self'( 'sha256-[A-Za-z0-9+/=]+')*;/);
      assert.doesNotMatch(csp, /script-src[^;]*('unsafe-inline'|'unsafe-eval'|https?:|\*)/);
      assert.match(csp, /connect-src 'self'/);
      const html = await response.text();
      assert.match(html, /<meta name="description" content="[^"]{50,}"/);
      const scripts = [...html.matchAll(/<script[^>]*\ssrc="([^"]+)"/g)].map((match) => match[1]);
      if (path === '/docs') {
        assert.doesNotMatch(html, /<script/i, '/docs runs no script');
        assert.match(html, /<a href="\/docs\/interactive">/, "Redoc's page is one link away");
        continue;
      }
      assert.ok(scripts.length > 0);
      for (const src of scripts) {
        assert.match(src as string, /^\/docs\/redoc-[A-Za-z0-9_-]+\.js$/);
        const script = await fetch(`${polku.url}${src}`);
        assert.equal(script.status, 200);
        assert.equal(script.headers.get('cache-control'), 'public, max-age=31536000, immutable');
      }
    }
  });

  it('shows on a phone, with no script and every other origin blocked, every operation with its parameters, responses and examples', async () => {
    const context = await browser.newContext({
      viewport: { width: 320, height: 640 },
      javaScriptEnabled: false,
    });
    const page = await context.newPage();
    const watched = watch(page);
    const response = await page.goto(`${polku.url}/docs`, { waitUntil: 'load' });
    assert.equal(response?.status(), 200);
    const fits = await page.evaluate(
      () => document.documentElement.scrollWidth <= document.documentElement.clientWidth,
    );
    assert.ok(fits, 'no sideways scrolling at 320 px');
    const documented = operations();
    assert.equal(documented.length, Object.values(spec.paths).length);
    for (const operation of documented) {
      // The reader's way in: the operation's entry in the page's list of operations.
      await page
        .getByRole('navigation', { name: 'Operations' })
        .getByRole('link', { name: operation.summary, exact: true })
        .click();
      const heading = page.getByRole('heading', { name: operation.summary, exact: true });
      await heading.waitFor({ state: 'visible', timeout: 5_000 });
      assert.ok(await inViewport(heading), `${operation.summary} is scrolled to`);
      const section = page.locator('section.operation', { has: heading });
      const text = await section.innerText();
      assert.ok(text.includes(operation.path), `${operation.path} is shown with its operation`);
      for (const name of operation.parameters)
        assert.ok(text.includes(name), `${operation.path}: parameter ${name}`);
      for (const status of operation.statuses)
        assert.ok(text.includes(status), `${operation.path}: response ${status}`);
      for (const example of operation.examples)
        assert.ok(text.includes(example), `${operation.path}: example ${example}`);
    }
    const schemas = Object.keys((spec.components?.schemas ?? {}) as Record<string, unknown>);
    assert.ok(schemas.length > 10);
    for (const name of schemas) {
      assert.equal(await page.getByRole('heading', { name, exact: true }).count(), 1, name);
    }
    assert.deepEqual(watched.elsewhere, [], 'requests to other origins');
    assert.deepEqual(watched.problems, []);
    await context.close();
  });

  it("shows in Redoc's page every operation with every other origin blocked, and nothing violates its CSP", async () => {
    const page = await browser.newPage({ viewport: { width: 1350, height: 940 } });
    const { elsewhere, problems } = watch(page);
    await page.exposeFunction('reportViolation', (text: string) => problems.push(text));
    await page.addInitScript(() => {
      document.addEventListener('securitypolicyviolation', (event) => {
        (window as unknown as { reportViolation(text: string): void }).reportViolation(
          `CSP violation: ${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber}`,
        );
      });
    });
    const response = await page.goto(`${polku.url}/docs/interactive`, {
      waitUntil: 'networkidle',
    });
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
