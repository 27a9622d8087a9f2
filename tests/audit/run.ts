// `npm run audit`: the audits a host runs on a page, on every page Polku serves (issue 20).
// Starts the server on a free port, then
// - Lighthouse, mobile and desktop: accessibility, best practices and SEO must be 1.0 on Polku's
//   own markup (0.95 elsewhere: /docs/interactive is Redoc's), mobile performance at least 0.95;
// - the layout shift in Chromium at 375×812 and 1350×940 after load and after a first search
//   (≤ 0.05), no API request twice, no request to another origin (stability-tools.ts);
// - axe in every state the tests open (axe-states.ts).
// Prints each page's figures and exits non-zero on any miss.
// `-- --only=lighthouse,cls,axe` runs a part, `-- --page=/fi/` the pages whose path contains it,
// `-- --url=http://host:port` audits a Polku already running there instead of starting one;
// `-- --strict` fails on the scores known to stay below (`knownBelow`) too.
import { existsSync } from 'node:fs';
import { startServer } from '@polku/server';
import { type Browser, chromium } from 'playwright-core';
import { chromiumLaunchOptions } from '../../scripts/chromium.mjs';
import { desktop, phone } from '../e2e/page-tools.js';
import { type ServedPage, servedPages } from '../e2e/served-pages.js';
import { measureStability } from '../e2e/stability-tools.js';
import { axeStates } from './axe-states.js';
import {
  type Category,
  categories,
  type FormFactor,
  type LighthouseRun,
  startLighthouse,
} from './lighthouse.js';

const thresholds = {
  /** Accessibility, best practices and SEO on Polku's own markup, and elsewhere. */
  own: 1,
  elsewhere: 0.95,
  mobilePerformance: 0.95,
  cls: 0.05,
};

/**
 * Scores known to stay below their threshold, with the reason: printed as ✗ in the table and
 * listed apart at the end; they fail the run only with `--strict`.
 */
const knownBelow: Record<string, string> = {
  // `/docs` itself is script-free and held to the bar; this is Redoc's page one link from it.
  'mobile /docs/interactive performance':
    "Redoc's 585 KB script hydrates the whole spec on load (about 3 s of blocking time on " +
    "Lighthouse's slowed phone)",
};

const option = (name: string) =>
  process.argv.find((arg) => arg.startsWith(`--${name}=`))?.slice(name.length + 3);
const parts = (option('only') ?? 'lighthouse,cls,axe').split(',');
const pages = servedPages.filter((served) => served.path.includes(option('page') ?? ''));

const failures: string[] = [];
const accepted: string[] = [];
const strict = process.argv.includes('--strict');
const started = Date.now();
const seconds = (since: number) => `${((Date.now() - since) / 1000).toFixed(0)} s`;
const score = (value: number | undefined) => (value === undefined ? '   -' : value.toFixed(2));
const pad = (text: string, width: number) => text.padEnd(width);

const running = option('url')?.replace(/\/+$/, '');
if (
  !running &&
  !existsSync(new URL('../../packages/elements/dist/polku-finder.js', import.meta.url))
) {
  console.error('build first: npm run build');
  process.exit(1);
}
const polku = running
  ? { url: running, close: async () => {} }
  : await startServer({ port: 0, host: '127.0.0.1', logger: false });
console.log(`Polku on ${polku.url}; ${pages.length} pages`);

function required(served: ServedPage, formFactor: FormFactor, category: Category) {
  if (category === 'performance') {
    return formFactor === 'mobile' ? thresholds.mobilePerformance : undefined;
  }
  return served.own ? thresholds.own : thresholds.elsewhere;
}

/** One form factor's cell: each score (✗ below its threshold), Lighthouse's CLS, the runs. */
function lighthouseCell(served: ServedPage, formFactor: FormFactor, run: LighthouseRun) {
  const marks = categories.map((category) => {
    const min = required(served, formFactor, category);
    const below = min !== undefined && run.scores[category] < min;
    if (below) {
      const failure = `Lighthouse ${formFactor} ${served.path}: ${category} ${score(run.scores[category])} < ${min}`;
      const known = knownBelow[`${formFactor} ${served.path} ${category}`];
      if (known && !strict) accepted.push(`${failure}: ${known}`);
      else failures.push(failure);
    }
    return `${score(run.scores[category])}${below ? '✗' : ' '}`;
  });
  const clsBelow = run.cls > thresholds.cls;
  if (clsBelow) failures.push(`Lighthouse ${formFactor} ${served.path}: CLS ${run.cls.toFixed(3)}`);
  const runs = run.tries.length ? ` b${run.tries.length}` : '';
  return pad(`${marks.join(' ')} ${run.cls.toFixed(3)}${clsBelow ? '✗' : ' '}${runs}`, 40);
}

async function lighthouseAudits() {
  const since = Date.now();
  const lighthouse = await startLighthouse();
  const audited = pages.filter((served) => served.lighthouse);
  const width = Math.max(...audited.map((served) => served.path.length)) + 2;
  const head = (name: string) => pad(`${name}: perf  a11y  bp    seo   CLS`, 40);
  console.log(
    `\nLighthouse 12.2.3 (✗ below threshold)\n${pad('page', width)}${head('mobile')}${head('desktop')}`,
  );
  try {
    for (const served of audited) {
      const cells: string[] = [];
      const notes: string[] = [];
      const indices: string[] = [];
      for (const formFactor of ['mobile', 'desktop'] as const) {
        const run = await lighthouse.audit(
          `${polku.url}${served.path}`,
          formFactor,
          formFactor === 'mobile' ? thresholds.mobilePerformance : undefined,
        );
        cells.push(lighthouseCell(served, formFactor, run));
        for (const url of new Set(run.foreign)) failures.push(`${served.path} requested ${url}`);
        const flagged = Object.values(run.flagged).flat();
        if (flagged.length) notes.push(`${formFactor} flags ${flagged.join(', ')}`);
        notes.push(...run.warnings.map((warning) => `${formFactor}: ${warning}`));
        indices.push(`${formFactor} ${Math.round(run.benchmarkIndex)}`);
        if (run.tries.length) {
          const tries = run.tries.map(
            (one) => `${score(one.performance)} (${Math.round(one.benchmarkIndex)})`,
          );
          notes.push(`${formFactor} performance runs ${tries.join(', ')}`);
        }
      }
      console.log(`${pad(served.path, width)}${cells.join('')}`);
      notes.push(`benchmark index ${indices.join(', ')}`);
      for (const note of notes) console.log(`${' '.repeat(width)}${note}`);
    }
  } finally {
    await lighthouse.close();
  }
  console.log(
    `(b3: the best of 3 runs, each with its benchmark index; other processes only slow a run)\nLighthouse took ${seconds(since)}`,
  );
}

async function layoutShiftAudits(browser: Browser) {
  const since = Date.now();
  console.log('\nLayout shift (PerformanceObserver), after load / after a first search');
  for (const served of pages) {
    const cells: string[] = [];
    for (const viewport of [phone, desktop]) {
      const measured = await measureStability(browser, polku.url, served, viewport);
      const where = `${served.path} at ${viewport.width}×${viewport.height}`;
      cells.push(
        `${viewport.width}×${viewport.height} ${measured.afterLoad.toFixed(4)} / ${measured.afterSearch?.toFixed(4) ?? '-'}`,
      );
      const worst = Math.max(measured.afterLoad, measured.afterSearch ?? 0);
      if (worst > thresholds.cls) failures.push(`CLS ${worst.toFixed(3)} ${where}`);
      for (const url of new Set(measured.foreign)) failures.push(`${where} requested ${url}`);
      for (const repeat of measured.repeated) failures.push(`${where} repeated ${repeat}`);
      for (const error of measured.errors) failures.push(`${where}: ${error}`);
    }
    console.log(`  ${served.path}\n    ${cells.join('    ')}`);
  }
  console.log(`layout shift took ${seconds(since)}`);
}

async function axeAudits(browser: Browser) {
  const since = Date.now();
  console.log('\naxe (WCAG 2.1 A/AA; best practices too on Polku’s own markup), by state');
  for (const served of pages) {
    const found = await axeStates(browser, polku.url, served).catch((error: Error) => ({
      'could not open every state': [
        { id: 'audit', impact: null, help: error.message.split('\n')[0] ?? '', targets: [] },
      ],
    }));
    // One line per finding, with every state it was found in.
    const byFinding = new Map<string, string[]>();
    for (const [state, findings] of Object.entries(found)) {
      for (const finding of findings) {
        const line = `${finding.id} (${finding.impact}) ${finding.help} at ${finding.targets.slice(0, 3).join(' ')}`;
        byFinding.set(line, [...(byFinding.get(line) ?? []), state]);
      }
    }
    console.log(`  ${served.path}: ${byFinding.size ? '' : 'nothing found'}`);
    for (const [line, states] of byFinding) {
      console.log(`    ${line}\n      in ${states.join(', ')}`);
      failures.push(`axe ${served.path}: ${line}`);
    }
  }
  console.log(`axe took ${seconds(since)}`);
}

try {
  if (parts.includes('lighthouse')) await lighthouseAudits();
  if (parts.includes('cls') || parts.includes('axe')) {
    const browser = await chromium.launch(chromiumLaunchOptions);
    try {
      if (parts.includes('cls')) await layoutShiftAudits(browser);
      if (parts.includes('axe')) await axeAudits(browser);
    } finally {
      await browser.close();
    }
  }
} finally {
  await polku.close();
}

console.log(`\naudit: ${failures.length} below threshold, in ${seconds(started)}`);
for (const failure of failures) console.log(`  ✗ ${failure}`);
if (accepted.length) console.log(`known below threshold (they fail with --strict):`);
for (const known of accepted) console.log(`  ✗ ${known}`);
process.exit(failures.length ? 1 : 0);
