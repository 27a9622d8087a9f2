import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type Catalogue,
  demoCatalogueDir,
  loadCatalogue,
  writeCatalogueFolder,
} from '@polku/catalogue';
import { generateCatalogue } from '../src/generate.js';

const folders: string[] = [];
async function written(catalogue: Catalogue): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'polku-generated-'));
  folders.push(dir);
  await writeCatalogueFolder(catalogue, dir);
  return dir;
}
after(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

async function folderContents(dir: string): Promise<Map<string, string>> {
  const contents = new Map<string, string>();
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const path = join(entry.parentPath, entry.name);
    contents.set(path.slice(dir.length), await readFile(path, 'utf8'));
  }
  return contents;
}

describe('generateCatalogue', () => {
  let catalogue: Catalogue;
  before(() => {
    catalogue = generateCatalogue({ services: 1000, seed: 42 });
  });

  it('makes the services asked for, from a few dozen organizations, with every channel type', () => {
    assert.equal(catalogue.services.length, 1000);
    assert.ok(
      catalogue.organizations.length >= 30,
      `${catalogue.organizations.length} organizations`,
    );
    const providerTypes = new Set(catalogue.organizations.map((organization) => organization.type));
    assert.deepEqual([...providerTypes].sort(), ['ngo', 'parish', 'private', 'public']);
    const channelTypes = new Set(
      catalogue.services.flatMap((service) => service.channels.map((channel) => channel.type)),
    );
    assert.deepEqual([...channelTypes].sort(), [
      'chat',
      'email',
      'home_visit',
      'in_person',
      'online',
      'phone',
    ]);
    const tiers = new Set(catalogue.services.flatMap((service) => service.tiers));
    assert.deepEqual([...tiers].sort(), [1, 2, 3, 4]);
  });

  it('fills every field in fi, sv and en, marks every record as example data and names itself as source', () => {
    for (const service of catalogue.services) {
      for (const text of [service.name, service.summary, service.description]) {
        assert.ok(text.fi && text.sv && text.en, JSON.stringify(text));
      }
      assert.equal(service.example_data, true);
      assert.match(service.source.name, /synthetic catalogue generator/);
      assert.ok(service.url && service.keywords.fi?.length && service.audience.groups.length);
    }
  });

  it('puts in-person addresses inside Finland, in municipalities the catalogue lists', () => {
    const codes = new Set(catalogue.municipalities.map((municipality) => municipality.code));
    let addresses = 0;
    for (const service of catalogue.services) {
      for (const code of service.municipalities) assert.ok(codes.has(code), code);
      for (const channel of service.channels) {
        if (channel.type !== 'in_person') continue;
        addresses += 1;
        const { lat, lon } = channel.address.location ?? { lat: 0, lon: 0 };
        assert.ok(lat > 59.7 && lat < 70.1 && lon > 19.4 && lon < 31.6, `${lat},${lon}`);
        assert.ok(codes.has(channel.address.municipality));
      }
    }
    assert.ok(addresses > 100, `${addresses} addresses`);
  });

  it('is deterministic: the same input gives byte-identical output, another seed another catalogue', async () => {
    const again = generateCatalogue({ services: 1000, seed: 42 });
    assert.equal(JSON.stringify(again), JSON.stringify(catalogue));
    const other = generateCatalogue({ services: 1000, seed: 43 });
    assert.notEqual(JSON.stringify(other), JSON.stringify(catalogue));
    const [first, second] = await Promise.all([written(catalogue), written(again)]);
    const firstContents = await folderContents(first);
    assert.ok(firstContents.size > 5);
    assert.deepEqual(await folderContents(second), firstContents);
  });

  it('writes a folder that loads back with zero problems to the same catalogue', async () => {
    const dir = await written(catalogue);
    const { catalogue: loaded, problems } = await loadCatalogue(dir);
    assert.deepEqual(problems, []);
    assert.equal(loaded.services.length, 1000);
    assert.deepEqual(loaded.services, catalogue.services);
    assert.deepEqual(loaded.organizations, catalogue.organizations);
    assert.deepEqual(loaded.chains, catalogue.chains);
    assert.deepEqual(loaded, catalogue);
    assert.ok(
      loaded.chains.every((chain) => chain.tiers.every((tier) => tier.services.length > 0)),
    );
  });

  it('refuses to write into a folder that already holds files', async () => {
    const dir = await written(generateCatalogue({ services: 5 }));
    await assert.rejects(writeCatalogueFolder(catalogue, dir), /is not empty/);
  });
});

describe('generated tiers', () => {
  it('are the demo catalogue’s tiers, as tiers.yaml writes them', async () => {
    const { catalogue: demo } = await loadCatalogue(demoCatalogueDir);
    assert.deepEqual(generateCatalogue({ services: 3 }).tiers, demo.tiers);
  });
});
