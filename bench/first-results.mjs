// Time to first results in headless Chromium: from navigation start to the first frame in which a
// result heading is on screen, for a host page with the embedded finder, against a static HTML
// page listing the same results (rendered once from the same API). Runs alternate; medians.
//
// A third page is the floor of any script-rendered embed: a 13-line module script that fetches
// the same page of results from the same server and appends plain headings, no framework, no
// styles. What the finder costs beyond that is the finder's; what the floor costs beyond the static
// page is the price of rendering in the browser at all.
import { createServer } from 'node:http';
import { chromium } from 'playwright-core';
import { chromiumArgs, chromiumExecutable } from '../scripts/chromium.mjs';
import { summary } from './lib/stats.mjs';

/** Finds, every animation frame, the first result heading (through open shadow roots). */
const probeScript = `(() => {
  // A result heading: the name heading inside a <polku-service-card>, or the static page's h3.
  const find = (root) => {
    const fromStatic = root.querySelector('.static-result h3');
    if (fromStatic) return fromStatic;
    for (const el of root.querySelectorAll('*')) {
      if (!el.shadowRoot) continue;
      if (el.localName === 'polku-service-card') {
        const heading = el.shadowRoot.querySelector('[part="heading"]');
        if (heading) return heading;
      }
      const inner = find(el.shadowRoot);
      if (inner) return inner;
    }
    return null;
  };
  const tick = () => {
    const heading = find(document);
    if (heading && heading.getBoundingClientRect().height > 0) {
      window.__polkuFirstResult = performance.now();
      return;
    }
    requestAnimationFrame(tick);
  };
  requestAnimationFrame(tick);
})();`;

const escapeHtml = (text) => String(text).replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

export async function measureFirstResults(polkuUrl, { runs }) {
  // What the finder shows first: the default search of its first page, in Finnish.
  const response = await fetch(`${polkuUrl}/v1/services?lang=fi&per_page=20`);
  const page = await response.json();
  const items = page.contents
    .map(
      (service) =>
        `<li class="static-result"><h3>${escapeHtml(service.name.fi ?? Object.values(service.name)[0])}</h3><p>${escapeHtml(service.summary.fi ?? '')}</p></li>`,
    )
    .join('');
  const staticPage = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Palvelut</title></head><body><main><h1>Palvelut</h1><ul>${items}</ul></main></body></html>`;
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
  const floorPage = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Palvelut</title></head><body><main><h1>Palvelut</h1></main><script type="module" src="/floor.js"></script></body></html>`;
  const finderPage = `<!doctype html><html lang="fi"><head><meta charset="utf-8"><title>Palvelut</title></head><body><main><h1>Palvelut</h1><polku-finder api="${polkuUrl}/v1"></polku-finder></main><script type="module" src="${polkuUrl}/polku-finder.js"></script></body></html>`;

  const bodies = {
    '/finder.html': finderPage,
    '/floor.html': floorPage,
    '/static.html': staticPage,
    '/floor.js': floorScript,
  };
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
  const hostUrl = `http://127.0.0.1:${host.address().port}`;

  const browser = await chromium.launch({
    executablePath: chromiumExecutable,
    args: chromiumArgs,
  });
  const kinds = ['finder', 'floor', 'static'];
  const times = { finder: [], floor: [], static: [] };
  try {
    for (let run = 0; run < runs + 1; run += 1) {
      for (const kind of run % 2 === 0 ? kinds : [...kinds].reverse()) {
        // A fresh context each time: no HTTP cache, as a first visit.
        const context = await browser.newContext();
        const tab = await context.newPage();
        await tab.addInitScript(probeScript);
        await tab.goto(`${hostUrl}/${kind}.html`);
        await tab.waitForFunction(() => window.__polkuFirstResult !== undefined, null, {
          timeout: 30_000,
        });
        const ms = await tab.evaluate(() => window.__polkuFirstResult);
        await context.close();
        if (run > 0) times[kind].push(ms); // run 0 warms the servers and the browser
      }
    }
  } finally {
    await browser.close();
    host.close();
  }
  const ratio = (a, b) => times[a].map((ms, i) => ms / times[b][i]);
  return {
    first_results_ratio_vs_static: summary(ratio('finder', 'static')),
    first_results_floor_ratio_vs_static: summary(ratio('floor', 'static')),
    first_results_ratio_vs_floor: summary(ratio('finder', 'floor')),
    first_results_ms_finder: summary(times.finder),
    first_results_ms_floor: summary(times.floor),
    first_results_ms_static: summary(times.static),
  };
}
