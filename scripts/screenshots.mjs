#!/usr/bin/env node
// `npm run screenshots`: the README's pictures, taken from the real example pages in headless
// Chromium, so they show what the code does today. Starts the server (demo catalogue, built
// embed bundle) on a free port and writes PNGs to docs/images/.
//   node scripts/screenshots.mjs            CHROME_PATH=/path/to/chromium for another browser
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@polku/server';
import { chromium } from 'playwright-core';
import { chromiumLaunchOptions } from './chromium.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outDir = resolve(root, 'docs/images');
const bundle = resolve(root, 'packages/elements/dist/polku-finder.js');
/**
 * Each shot: a page, a viewport, and what to frame. `from` is a Playwright selector (it pierces
 * open shadow roots) whose top edge is the top of the picture; `height` is the picture's height
 * in CSS pixels; `across`, when set, is the selector whose left and right edges bound it (else the
 * viewport's); `prepare` does what a person would do first.
 */
const shots = [
  {
    file: 'finder-third-sector-desktop.png',
    path: '/examples/third-sector/',
    viewport: { width: 1200, height: 900 },
    scale: 1,
    from: '#apua',
    height: 1800,
  },
  {
    file: 'finder-third-sector-phone.png',
    path: '/examples/third-sector/',
    viewport: { width: 375, height: 812 },
    scale: 2,
    // The finder's first screen on a phone: intro, help lines, search, tiers, the first result.
    from: 'polku-finder',
    height: 1100,
  },
  {
    file: 'intranet-professional.png',
    path: '/examples/intranet/',
    viewport: { width: 1280, height: 900 },
    scale: 1,
    from: 'polku-finder [part="tiers"]',
    across: '#haku',
    height: 1250,
    // Tier 3: the services that need a referral, which the professional view spells out.
    prepare: async (page) => {
      await page.locator('polku-finder select#tier').selectOption('3');
      await page.locator('polku-finder .group-heading').first().waitFor({ state: 'visible' });
    },
  },
];

if (!existsSync(bundle)) {
  console.error('The embed bundle is not built: run `npm run build` first.');
  process.exit(1);
}

const server = await startServer({ port: 0, host: '127.0.0.1', logger: false });
const browser = await chromium.launch(chromiumLaunchOptions);
let failed = false;
try {
  mkdirSync(outDir, { recursive: true });
  for (const shot of shots) {
    const context = await browser.newContext({
      viewport: shot.viewport,
      deviceScaleFactor: shot.scale,
      reducedMotion: 'reduce',
      locale: 'fi-FI',
    });
    const page = await context.newPage();
    const errors = [];
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(`${server.url}${shot.path}`);
    // Results in, fonts loaded, nothing pending: the page as a person sees it after a moment.
    await page
      .locator('polku-finder polku-service-card [role="heading"]')
      .first()
      .waitFor({ state: 'visible', timeout: 20_000 });
    await shot.prepare?.(page);
    await page.waitForLoadState('networkidle');
    await page.evaluate(() => document.fonts.ready);
    const box = await page.locator(shot.from).first().boundingBox();
    const top = (box?.y ?? 0) + (await page.evaluate(() => window.scrollY));
    const pageHeight = await page.evaluate(() => document.documentElement.scrollHeight);
    const y = Math.max(0, Math.round(top));
    const height = Math.min(shot.height, pageHeight - y);
    const bounds = shot.across ? await page.locator(shot.across).first().boundingBox() : null;
    const x = Math.round(bounds?.x ?? 0);
    const width = Math.round(bounds?.width ?? shot.viewport.width);
    const file = resolve(outDir, shot.file);
    await page.screenshot({
      path: file,
      fullPage: true,
      clip: { x, y, width, height },
      animations: 'disabled',
      caret: 'hide',
    });
    if (errors.length) {
      failed = true;
      console.error(`${shot.path}: ${errors.join(' | ')}`);
    }
    console.log(
      `${relative(root, file)}  ${width}×${height} @${shot.scale}x  ${Math.round(statSync(file).size / 1024)} kB`,
    );
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
process.exit(failed ? 1 : 0);
