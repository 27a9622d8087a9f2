// A hostile catalogue folder (issue 17): files in the wrong encoding, too large, duplicated ids,
// prototype keys, a YAML alias bomb, nesting 100 000 deep, binary noise, a directory where a
// file should be, thousands of bad records. The loader reports each, never throws and never
// hangs; the server serves what is valid; a reload into such a folder is refused.
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { demoCatalogueDir, loadCatalogue } from '@polku/catalogue';
import { stringify } from 'yaml';
import { startChildServer } from './lib/child-server.js';
import { random, report, size } from './lib/mode.js';

const folders: string[] = [];
after(() => {
  for (const folder of folders) rmSync(folder, { recursive: true, force: true });
});

const demo = await loadCatalogue(demoCatalogueDir);
const victim = demo.catalogue.services[3]!;

/** A service as written in a data file, from a demo one. */
function written(overrides: Record<string, unknown>): Record<string, unknown> {
  const {
    organization,
    available_languages: _languages,
    ...rest
  } = victim as unknown as Record<string, unknown> & { organization: { id: string } };
  return { ...rest, organization: organization.id, ...overrides };
}

const uuid = (n: number) => `0d7c4a59-5f0e-4a43-9a1e-${String(n).padStart(12, '0')}`;

/** The hostile files, by path in the folder, and the file each problem should name. */
function addHostileFiles(dir: string): string[] {
  const files: Record<string, string | Buffer> = {
    'services/latin1.yaml': Buffer.from(
      stringify([written({ id: uuid(1), name: { fi: 'Päiväkerho', sv: 'Dagklubb' } })]),
      'latin1',
    ),
    'services/huge-description.yaml': stringify([
      written({ id: uuid(2), description: { fi: 'x'.repeat(1_048_576) } }),
    ]),
    'services/zz-duplicate.yaml': stringify([
      written({ name: { fi: 'Väärennös', sv: 'Förfalskning' } }),
    ]),
    'services/proto.yaml': `- id: ${uuid(3)}\n  __proto__: { polluted: true }\n  constructor: { prototype: { polluted: true } }\n  name: { fi: a, sv: b }\n`,
    'services/bomb.yaml': (() => {
      let text = '- &a [x, x, x, x, x, x, x, x, x]\n';
      let previous = 'a';
      for (let level = 0; level < 9; level += 1) {
        text += `- &b${level} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
        previous = `b${level}`;
      }
      return text;
    })(),
    'services/deep.json': `[{"id":"${uuid(4)}","x":${'['.repeat(100_000)}${']'.repeat(100_000)}}]`,
    'services/binary.yaml': Buffer.from(
      Array.from({ length: 4096 }, (_, i) => Math.floor(random(i)() * 256)),
    ),
    'services/not-a-list.yaml': 'id: x\nname: y\n',
    'services/many.json': JSON.stringify(
      Array.from({ length: size(500, 20_000) }, (_, i) => ({
        id: uuid(10_000 + i),
        name: 7,
        tiers: 'all',
      })),
    ),
    'services/keywords.yaml': stringify([
      written({ id: uuid(5), keywords: { fi: Array.from({ length: 5000 }, (_, i) => `k${i}`) } }),
    ]),
    'services/script.yaml': stringify([
      written({
        id: uuid(6),
        name: { fi: '<script>alert(1)</script>', sv: '<img src=x onerror=alert(1)>' },
        url: 'javascript:alert(1)',
      }),
    ]),
  };
  for (const [path, content] of Object.entries(files)) writeFileSync(join(dir, path), content);
  mkdirSync(join(dir, 'services/a-directory.yaml'));
  return [...Object.keys(files), 'services/a-directory.yaml'];
}

function folderWithDemo(): string {
  const dir = mkdtempSync(join(tmpdir(), 'polku-hostile-'));
  folders.push(dir);
  cpSync(demoCatalogueDir, dir, { recursive: true });
  return dir;
}

test('the loader reports every hostile file, never throws, and keeps the valid records', {
  timeout: 300_000,
}, async () => {
  const dir = folderWithDemo();
  const hostile = addHostileFiles(dir);
  const started = Date.now();
  const { catalogue, problems } = await loadCatalogue(dir);
  const seconds = (Date.now() - started) / 1000;
  const named = new Set(problems.map((problem) => problem.file));
  const unreported = hostile.filter((file) => !named.has(file));
  report('hostile catalogue', {
    hostileFiles: hostile.length,
    problems: problems.length,
    loadSeconds: Math.round(seconds * 10) / 10,
    servicesLoaded: catalogue.services.length,
    unreported,
  });
  assert.deepEqual(unreported, []);
  assert.ok(seconds < 60, `${seconds} s`);
  // The duplicated demo service is out, both copies; every other demo service is in.
  assert.equal(catalogue.services.length, demo.catalogue.services.length - 1);
  assert.ok(!catalogue.services.some((service) => service.id === victim.id));
  assert.ok(
    problems.some(
      (problem) => problem.record === victim.id && problem.file === 'services/zz-duplicate.yaml',
    ),
  );
  assert.equal(({} as Record<string, unknown>).polluted, undefined, 'Object.prototype untouched');
});

test('the server serves the valid records of a hostile folder, and refuses to reload into one', {
  timeout: 300_000,
}, async () => {
  const dir = folderWithDemo();
  addHostileFiles(dir);
  const served = await startChildServer({ POLKU_CATALOGUE: dir });
  try {
    const health = (await (await fetch(`${served.url}/healthz`)).json()) as { services: number };
    assert.equal(health.services, demo.catalogue.services.length - 1);
    const problems = served.log.filter((entry) => entry.msg === 'catalogue problem');
    assert.equal(problems.length, 200, 'at most 200 problems logged one by one');
    assert.ok(served.log.some((entry) => entry.msg === 'more catalogue problems'));
    const search = await fetch(`${served.url}/v1/services?q=%3Cscript%3E`);
    assert.equal(search.status, 200);
  } finally {
    await served.stop();
  }

  const good = folderWithDemo();
  const server = await startChildServer({ POLKU_CATALOGUE: good });
  try {
    addHostileFiles(good);
    server.process.kill('SIGHUP');
    const deadline = Date.now() + 120_000;
    while (
      !server.log.some((entry) => /reload rejected/.test(String(entry.msg))) &&
      Date.now() < deadline
    )
      await new Promise((resolve) => setTimeout(resolve, 100));
    assert.ok(
      server.log.some((entry) => /reload rejected/.test(String(entry.msg))),
      'the reload was refused',
    );
    const kept = await fetch(`${server.url}/v1/services/${victim.id}`);
    assert.equal(kept.status, 200, 'the catalogue served before stays');
    const health = (await (await fetch(`${server.url}/healthz`)).json()) as { services: number };
    assert.equal(health.services, demo.catalogue.services.length);
  } finally {
    await server.stop();
  }
});
