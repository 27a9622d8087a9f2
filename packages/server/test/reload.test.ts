// Updating the catalogue without downtime (issue 17): a reload loads the folder in the background
// and swaps it in only when it has no problem; ETags change only where the data changed; no
// request fails while it happens; `watch` reloads on a change to a file.
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { writeCatalogueFolder } from '@polku/catalogue';
import { generateCatalogue } from '@polku/generator';
import { type StartedServer, startServer } from '../src/index.js';

const catalogue = generateCatalogue({ services: 60, seed: 11 });
let dir: string;
let servicesFile: string;
let server: StartedServer;
const log: Record<string, unknown>[] = [];

function editServices(edit: (services: Record<string, unknown>[]) => void): void {
  const services = JSON.parse(readFileSync(servicesFile, 'utf8')) as Record<string, unknown>[];
  edit(services);
  writeFileSync(servicesFile, JSON.stringify(services));
}

before(async () => {
  dir = mkdtempSync(join(tmpdir(), 'polku-reload-'));
  await writeCatalogueFolder(catalogue, dir);
  servicesFile = join(dir, 'services', readdirSync(join(dir, 'services'))[0] as string);
  server = await startServer({
    catalogueDir: dir,
    port: 0,
    logger: (line) => log.push(JSON.parse(line)),
    staticRoot: mkdtempSync(join(tmpdir(), 'polku-empty-')),
  });
});
after(async () => {
  await server.close();
  rmSync(dir, { recursive: true, force: true });
});

const service = catalogue.services[4]!;
const untouched = catalogue.services[9]!;
const paths = [
  '/v1/tiers',
  '/v1/municipalities',
  '/v1/organizations',
  '/v1/urgent-help',
  `/v1/services/${service.id}`,
  `/v1/services/${untouched.id}`,
  '/v1/services?per_page=100',
];

async function etags(): Promise<Record<string, string>> {
  const found: Record<string, string> = {};
  for (const path of paths) {
    const response = await fetch(`${server.url}${path}`);
    assert.equal(response.status, 200, path);
    await response.arrayBuffer();
    found[path] = response.headers.get('etag') ?? '';
  }
  return found;
}

describe('reloading the catalogue folder', () => {
  test('with nothing changed, every ETag stays', async () => {
    const before = await etags();
    const result = await server.reload();
    assert.equal(result.swapped, true);
    assert.deepEqual(await etags(), before);
  });

  test('a changed service changes its ETag and the lists that hold it, nothing else', async () => {
    const before = await etags();
    editServices((services) => {
      const record = services.find((s) => s.id === service.id) as { name: { fi: string } };
      record.name.fi = `${record.name.fi} (uusi nimi)`;
    });
    const result = await server.reload();
    assert.equal(result.swapped, true);
    const now = await etags();
    const changed = paths.filter((path) => now[path] !== before[path]);
    assert.deepEqual(changed, [`/v1/services/${service.id}`, '/v1/services?per_page=100']);
    const body = (await (await fetch(`${server.url}/v1/services/${service.id}`)).json()) as {
      name: { fi: string };
    };
    assert.match(body.name.fi, /\(uusi nimi\)$/);
  });

  test('a folder with a problem is not swapped in: the catalogue served so far stays', async () => {
    const before = await etags();
    editServices((services) => {
      (services[0] as { tiers: number[] }).tiers = [9];
      (services.find((s) => s.id === service.id) as { name: { fi: string } }).name.fi = 'Muuttui';
    });
    const result = await server.reload();
    assert.equal(result.swapped, false);
    assert.ok(result.problems.some((problem) => problem.field === '/tiers/0'));
    assert.deepEqual(await etags(), before);
    const metrics = await (await fetch(`${server.url}/metrics`)).text();
    assert.match(metrics, /polku_catalogue_reloads_total\{result="failure"\} 1/);
    assert.ok(log.some((entry) => entry.msg === 'catalogue problem' && entry.field === '/tiers/0'));
    assert.ok(log.some((entry) => /reload rejected/.test(String(entry.msg))));
  });

  test('a folder that is gone is not swapped in either', async () => {
    const other = await startServer({
      catalogue,
      catalogueDir: join(dir, 'missing'),
      port: 0,
      logger: false,
      staticRoot: mkdtempSync(join(tmpdir(), 'polku-empty-')),
    });
    try {
      const result = await other.reload();
      assert.equal(result.swapped, false);
      assert.match(result.problems[0]?.message ?? '', /missing/);
      assert.equal(other.app.servedCatalogue.catalogue.services.length, catalogue.services.length);
    } finally {
      await other.close();
    }
  });

  test('no request fails while reloads run', async () => {
    editServices((services) => {
      (services[0] as { tiers: number[] }).tiers = [1];
    });
    let stop = false;
    const failures: string[] = [];
    let requests = 0;
    const loop = async (worker: number) => {
      for (let i = 0; !stop; i += 1) {
        const path = paths[(i + worker) % paths.length] as string;
        try {
          const response = await fetch(`${server.url}${path}`);
          await response.arrayBuffer();
          requests += 1;
          if (response.status !== 200) failures.push(`${path}: ${response.status}`);
        } catch (error) {
          failures.push(`${path}: ${(error as Error).message}`);
        }
      }
    };
    const loops = [0, 1, 2, 3].map(loop);
    const results = [];
    for (let i = 0; i < 2; i += 1) results.push(await server.reload());
    stop = true;
    await Promise.all(loops);
    assert.deepEqual(failures, []);
    assert.ok(requests > 20, `${requests} requests`);
    assert.ok(results.every((result) => result.swapped));
  });

  test('asks that come while a reload runs are served by one more run', async () => {
    const runs = await Promise.all([server.reload(), server.reload(), server.reload()]);
    assert.ok(runs.every((run) => run.swapped));
    // The second and the third ask share the run after the first.
    assert.equal(runs[1], runs[2]);
    assert.notEqual(runs[0], runs[1]);
  });
});

describe('watch', () => {
  test('a saved file is served within seconds', async () => {
    const watched = await startServer({
      catalogueDir: dir,
      port: 0,
      logger: false,
      watch: true,
      staticRoot: mkdtempSync(join(tmpdir(), 'polku-empty-')),
    });
    try {
      editServices((services) => {
        (services.find((s) => s.id === untouched.id) as { name: { fi: string } }).name.fi =
          'Tallennettu';
      });
      const deadline = Date.now() + 30_000;
      let name = '';
      while (Date.now() < deadline) {
        const body = (await (await fetch(`${watched.url}/v1/services/${untouched.id}`)).json()) as {
          name: { fi: string };
        };
        name = body.name.fi;
        if (name === 'Tallennettu') break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      assert.equal(name, 'Tallennettu');
    } finally {
      await watched.close();
    }
  });
});
