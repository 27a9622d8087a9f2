// One Polku server (the demo catalogue, a free port) and one Chromium per test file: started
// before the file's tests, closed after them.
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { after, before } from 'node:test';
import { fileURLToPath } from 'node:url';
import { startServer } from '@polku/server';
import { type Browser, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';

export type RunningPolku = Awaited<ReturnType<typeof startServer>>;

/** The embed bundle the pages load: the tests need a build. */
export const embedBundle = new URL('../../packages/elements/dist/polku-finder.js', import.meta.url);

/**
 * Registers the file's `before` and `after`; `started` receives the server and the browser once
 * they run. `built` is a file of the build the tests need (default the embed bundle).
 */
export function serverAndBrowser(
  started: (running: { polku: RunningPolku; browser: Browser }) => void,
  built: URL = embedBundle,
): void {
  let polku: RunningPolku | undefined;
  let browser: Browser | undefined;
  before(async () => {
    assert.ok(existsSync(built), `build first, npm run build: ${fileURLToPath(built)} is missing`);
    polku = await startServer({ port: 0, host: '127.0.0.1', logger: false });
    browser = await chromium.launch(chromiumLaunchOptions);
    started({ polku, browser });
  });
  after(async () => {
    await browser?.close();
    await polku?.close();
  });
}
