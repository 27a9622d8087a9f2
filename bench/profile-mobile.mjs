#!/usr/bin/env node
// Where a page's time to first results goes on the benchmark's phone (first-results.mjs): loads one
// kind of page (`finder`, `floor`, `preload`, `static`, or `hosted`) a few times in fresh contexts
// under the mobile profile, prints each load's first-result time and its requests (start and end,
// bytes on the wire), and writes the last load's main-thread CPU profile (sampled every 200 µs)
// for Chrome DevTools' Performance panel. Not part of `npm run bench`; the REPORT's findings cite it.
//   node bench/profile-mobile.mjs finder [runs] [out.cpuprofile]
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '@polku/server';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium.mjs';
import { emulatePhone, hostPages, mobileProfile, startHost } from './first-results.mjs';
import { firstResult, firstResultProbe } from './lib/first-result-probe.mjs';
import { readmePreloadLines } from './lib/readme-preload.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const [kind = 'finder', runs = '3', out = `${kind}.cpuprofile`] = process.argv.slice(2);

async function loadOnce(browser, url, keepProfile) {
  const context = await browser.newContext({
    viewport: mobileProfile.viewport,
    isMobile: true,
    hasTouch: true,
    deviceScaleFactor: 2,
  });
  const tab = await context.newPage();
  const cdp = await emulatePhone(context, tab);
  const requests = new Map();
  cdp.on('Network.requestWillBeSent', (e) => requests.set(e.requestId, { url: e.request.url }));
  cdp.on('Network.loadingFinished', (e) => {
    const request = requests.get(e.requestId);
    if (request) request.bytes = e.encodedDataLength;
  });
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 200 });
  await cdp.send('Profiler.start');
  await tab.addInitScript(firstResultProbe);
  const first = firstResult(tab);
  await tab.goto(url);
  await first;
  const { profile } = await cdp.send('Profiler.stop');
  if (keepProfile) writeFileSync(out, JSON.stringify(profile));
  const timings = await tab.evaluate(() => ({
    first: window.__polkuFirstResult,
    resources: performance
      .getEntriesByType('resource')
      .map((entry) => [entry.name, entry.startTime, entry.responseEnd]),
  }));
  await context.close();
  const bytes = new Map([...requests.values()].map((request) => [request.url, request.bytes]));
  return { ...timings, bytes };
}

const demo = await startServer({ host: '127.0.0.1', port: 0, logger: false });
const page = await (await fetch(`${demo.url}/v1/services?lang=fi&per_page=20`)).json();
const preload = readmePreloadLines(readFileSync(`${root}/README.md`, 'utf8'), demo.url);
const host = await startHost(hostPages(demo.url, page, preload));
const browser = await chromium.launch({ executablePath: chromiumExecutable, args: chromiumArgs });
try {
  const url = kind === 'hosted' ? `${demo.url}/fi/` : `${host.url}/${kind}.html`;
  for (let run = 0; run < Number(runs); run += 1) {
    const load = await loadOnce(browser, url, run === Number(runs) - 1);
    console.log(`${kind} run ${run + 1}: first result at ${Math.round(load.first)} ms`);
    for (const [name, start, end] of load.resources) {
      const path = name.replace(/^https?:\/\/[^/]+/, '');
      const bytes = load.bytes.get(name) ?? '?';
      console.log(`  ${Math.round(start)}–${Math.round(end)} ms  ${bytes} B  ${path}`);
    }
  }
  console.log(`CPU profile of the last load: ${out}`);
} finally {
  await browser.close();
  host.close();
  await demo.close();
}
