// Time to first results in headless Chromium (how "first results" is defined: lib/first-result-probe.mjs)
// for the pages a family may meet, each in a fresh browser context (no cache: a first visit), the
// kinds alternated run by run (forwards, then backwards) and each reported as a median:
// - static: an HTML page listing the same results (rendered once from the same API);
// - floor: a 13-line module script that fetches the same page of results and appends plain
//   headings, no framework, no styles: the floor of any script-rendered embed;
// - finder: a host page with the embed (`<polku-finder>` and its script tag);
// - preload: the same host page with the README's `<link rel="modulepreload">`/`preload` lines;
// - hosted: Polku's own server-rendered family page `/fi/`.
// Two profiles: the desktop as before (no throttling), and a phone as CDP emulates one (4× CPU
// slowdown, 150 ms round trip, 1.6 Mbit/s down, 375×812, touch).
import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium.mjs';
import { firstResult, firstResultProbe } from './lib/first-result-probe.mjs';
import { readmePreloadLines } from './lib/readme-preload.mjs';
import { summary } from './lib/stats.mjs';

export const mobileProfile = {
  cpuSlowdown: 4,
  latencyMs: 150,
  downloadBytesPerSecond: 1_600_000 / 8,
  uploadBytesPerSecond: 750_000 / 8,
  viewport: { width: 375, height: 812 },
};

/** The phone's CPU and network on `tab`, through Chromium's CDP; returns the CDP session. */
export async function emulatePhone(context, tab) {
  const cdp = await context.newCDPSession(tab);
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: mobileProfile.cpuSlowdown });
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: mobileProfile.latencyMs,
    downloadThroughput: mobileProfile.downloadBytesPerSecond,
    uploadThroughput: mobileProfile.uploadBytesPerSecond,
  });
  return cdp;
}

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export function hostPages(polkuUrl, page, preloadLines) {
  const head =
    '<meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>Palvelut</title>';
  const items = page.contents
    .map(
      (service) =>
        `<li class="static-result"><h3>${escapeHtml(service.name.fi ?? Object.values(service.name)[0])}</h3><p>${escapeHtml(service.summary.fi ?? '')}</p></li>`,
    )
    .join('');
  const floorScript = `const page = await (await fetch(${JSON.stringify(`${polkuUrl}/v1/services?lang=fi&per_page=20`)})).json();
const list = document.createElement('ul');
for (const service of page.contents) {
  const item = document.createElement('li');
  item.className = 'static-result';
  const heading = document.createElement('h3');
  heading.textContent = service.name.fi;
  const summary = document.createElement('p');
  summary.textContent = service.summary.fi ?? '';
  item.append(heading, summary);
  list.append(item);
}
document.querySelector('main').append(list);`;
  const embed = `<polku-finder api="${polkuUrl}/v1"></polku-finder>`;
  const script = `<script type="module" src="${polkuUrl}/polku-finder.js"></script>`;
  return {
    '/static.html': `<!doctype html><html lang="fi"><head>${head}</head><body><main><h1>Palvelut</h1><ul>${items}</ul></main></body></html>`,
    '/floor.html': `<!doctype html><html lang="fi"><head>${head}</head><body><main><h1>Palvelut</h1></main><script type="module" src="/floor.js"></script></body></html>`,
    '/floor.js': floorScript,
    '/finder.html': `<!doctype html><html lang="fi"><head>${head}</head><body><main><h1>Palvelut</h1>${embed}</main>${script}</body></html>`,
    '/preload.html': `<!doctype html><html lang="fi"><head>${head}\n${preloadLines}</head><body><main><h1>Palvelut</h1>${embed}</main>${script}</body></html>`,
  };
}

export async function startHost(bodies) {
  const host = createServer((request, reply) => {
    const body = bodies[request.url];
    if (body === undefined) {
      reply.writeHead(404).end();
      return;
    }
    reply.writeHead(200, {
      'content-type': request.url.endsWith('.js')
        ? 'text/javascript; charset=utf-8'
        : 'text/html; charset=utf-8',
      'cache-control': 'no-store',
    });
    reply.end(body);
  });
  await new Promise((done) => host.listen(0, '127.0.0.1', done));
  return { url: `http://127.0.0.1:${host.address().port}`, close: () => host.close() };
}

/** One load in a fresh context: ms from navigation start to the first result on screen. */
export async function loadOnce(browser, url, mobile) {
  const context = await browser.newContext(
    mobile
      ? { viewport: mobileProfile.viewport, isMobile: true, hasTouch: true, deviceScaleFactor: 2 }
      : {},
  );
  try {
    const tab = await context.newPage();
    if (mobile) await emulatePhone(context, tab);
    await tab.addInitScript(firstResultProbe);
    const first = firstResult(tab);
    await tab.goto(url);
    return await first;
  } finally {
    await context.close();
  }
}

/** `runs` alternated rounds over `urls` (kind → URL), after one round that warms everything up. */
export async function measureKinds(browser, urls, { runs, mobile }) {
  const kinds = Object.keys(urls);
  const times = Object.fromEntries(kinds.map((kind) => [kind, []]));
  for (let run = 0; run < runs + 1; run += 1) {
    for (const kind of run % 2 === 0 ? kinds : [...kinds].reverse()) {
      const ms = await loadOnce(browser, urls[kind], mobile);
      if (run > 0) times[kind].push(ms);
    }
  }
  return times;
}

const ratio = (times, a, b) => summary(times[a].map((ms, i) => ms / times[b][i]));

export async function measureFirstResults(polkuUrl, { runs, root, mobileRuns = runs }) {
  // What the finder shows first: the default search of its first page, in Finnish.
  const page = await (await fetch(`${polkuUrl}/v1/services?lang=fi&per_page=20`)).json();
  const preloadLines = readmePreloadLines(readFileSync(`${root}/README.md`, 'utf8'), polkuUrl);
  const host = await startHost(hostPages(polkuUrl, page, preloadLines));
  const at = (path) => `${host.url}${path}`;
  // A fresh browser for each profile: the phone's loads do not follow a hundred desktop ones.
  const inBrowser = async (measure) => {
    const browser = await chromium.launch({
      executablePath: chromiumExecutable,
      args: chromiumArgs,
    });
    try {
      return await measure(browser);
    } finally {
      await browser.close();
    }
  };
  try {
    const desktop = await inBrowser((browser) =>
      measureKinds(
        browser,
        { finder: at('/finder.html'), floor: at('/floor.html'), static: at('/static.html') },
        { runs, mobile: false },
      ),
    );
    const mobile = await inBrowser((browser) =>
      measureKinds(
        browser,
        {
          static: at('/static.html'),
          hosted: `${polkuUrl}/fi/`,
          floor: at('/floor.html'),
          finder: at('/finder.html'),
          preload: at('/preload.html'),
        },
        { runs: mobileRuns, mobile: true },
      ),
    );
    return {
      first_results_ratio_vs_static: ratio(desktop, 'finder', 'static'),
      first_results_floor_ratio_vs_static: ratio(desktop, 'floor', 'static'),
      first_results_ratio_vs_floor: ratio(desktop, 'finder', 'floor'),
      first_results_ms_finder: summary(desktop.finder),
      first_results_ms_floor: summary(desktop.floor),
      first_results_ms_static: summary(desktop.static),
      first_results_hosted_ratio_vs_static_mobile: ratio(mobile, 'hosted', 'static'),
      first_results_ratio_vs_floor_mobile: ratio(mobile, 'finder', 'floor'),
      first_results_preload_ratio_vs_floor_mobile: ratio(mobile, 'preload', 'floor'),
      first_results_floor_ratio_vs_static_mobile: ratio(mobile, 'floor', 'static'),
      first_results_ms_mobile: Object.fromEntries(
        Object.entries(mobile).map(([kind, values]) => [kind, summary(values)]),
      ),
    };
  } finally {
    host.close();
  }
}
