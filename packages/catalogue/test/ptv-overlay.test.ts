// Re-importing PTV into a catalogue folder keeps the county's overlay and reports what is gone.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { parse, stringify } from 'yaml';
import { loadCatalogue } from '../src/load/index.js';
import { run } from './run-cli.js';

const fixturePath = fileURLToPath(new URL('./fixtures/ptv-services.json', import.meta.url));
const peerGroup = '00000000-0000-4000-8000-00000000b001';
const openDaycare = '00000000-0000-4000-8000-00000000b003';
const folders: string[] = [];
after(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe('polku-catalogue import-ptv with the overlay', () => {
  it('keeps the overlay’s tiers, keywords and priority on re-import; lists new and gone services', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'polku-overlay-'));
    folders.push(dir);
    const out = join(dir, 'catalogue');
    const first = await run(['import-ptv', fixturePath, out]);
    assert.equal(first.code, 0, first.stdout);
    assert.match(first.stdout, new RegExp(`^new in PTV: ${peerGroup}: .*suggested tier`, 'm'));
    const overlay = parse(await readFile(join(out, 'ptv-overlay.yaml'), 'utf8'));
    assert.ok(overlay[peerGroup].suggested_tiers, 'a new service’s tier is marked as a suggestion');
    overlay[peerGroup] = { tiers: [3], keywords: { fi: ['uupunut'] }, priority: 5 };
    await writeFile(join(out, 'ptv-overlay.yaml'), stringify(overlay));

    const input = JSON.parse(await readFile(fixturePath, 'utf8'));
    input.services = input.services.filter((service: { id: string }) => service.id !== openDaycare);
    const smaller = join(dir, 'smaller.json');
    await writeFile(smaller, JSON.stringify(input));
    const second = await run(['import-ptv', smaller, out]);
    assert.equal(second.code, 0, second.stdout);
    assert.match(second.stdout, new RegExp(`^gone from PTV: ${openDaycare}`, 'm'));
    assert.doesNotMatch(second.stdout, new RegExp(`^new in PTV: ${peerGroup}`, 'm'));
    const { catalogue, problems } = await loadCatalogue(out);
    assert.deepEqual(problems, []);
    const placed = catalogue.services.find((service) => service.id === peerGroup);
    assert.deepEqual(placed?.tiers, [3]);
    assert.equal(placed?.priority, 5);
    assert.ok(placed?.keywords.fi?.includes('uupunut'));
    assert.ok(!catalogue.services.some((service) => service.id === openDaycare));
  });
});
