import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import type { Catalogue } from '../src/catalogue.js';
import { loadDemoCatalogue } from '../src/demo.js';
import { loadCatalogue } from '../src/load/index.js';
import { tm35finToWgs84 } from '../src/ptv/coordinates.js';
import { importPtv } from '../src/ptv/index.js';
import { writeCatalogueFolder } from '../src/write.js';
import { repoRoot, run } from './run-cli.js';

const fixturePath = fileURLToPath(new URL('./fixtures/ptv-services.json', import.meta.url));

type Json = Record<string, unknown>;

const ids = {
  peerGroup: '00000000-0000-4000-8000-00000000b001',
  chat: '00000000-0000-4000-8000-00000000b002',
  openDaycare: '00000000-0000-4000-8000-00000000b003',
  draft: '00000000-0000-4000-8000-00000000b004',
  association: '00000000-0000-4000-8000-00000000a001',
};

let base: Catalogue;
let fixture: { organizations: Json[]; serviceChannels: Json[]; services: Json[] };
const folders: string[] = [];
const tempDir = async (): Promise<string> => {
  const dir = await mkdtemp(join(tmpdir(), 'polku-ptv-'));
  folders.push(dir);
  return dir;
};
const fresh = (): typeof fixture => structuredClone(fixture);
const options = () => ({ base, file: 'ptv-services.json', importedOn: '2026-11-01' });

before(async () => {
  const loaded = await loadDemoCatalogue();
  assert.deepEqual(loaded.problems, []);
  base = loaded.catalogue;
  fixture = JSON.parse(await readFile(fixturePath, 'utf8'));
});
after(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe('importPtv', () => {
  it('imports the fixture into a folder the loader loads with zero problems', async () => {
    const result = importPtv(fresh(), options());
    assert.deepEqual(result.problems, []);
    assert.deepEqual(
      result.catalogue.services.map((service) => service.id).sort(),
      [ids.peerGroup, ids.chat, ids.openDaycare].sort(),
    );
    const dir = join(await tempDir(), 'out');
    await writeCatalogueFolder(result.catalogue, dir);
    const loaded = await loadCatalogue(dir);
    assert.deepEqual(loaded.problems, []);
    assert.equal(loaded.catalogue.services.length, 3);
    assert.equal(loaded.catalogue.organizations.length, 2);
    assert.deepEqual(loaded.catalogue.services, result.catalogue.services);
  });

  it('maps texts, organization, municipalities, channels and hours', () => {
    const { catalogue } = importPtv(fresh(), options());
    const service = catalogue.services.find((candidate) => candidate.id === ids.peerGroup);
    assert.ok(service);
    assert.deepEqual(service.name, {
      fi: 'Vertaistukiryhmä vanhemmille (kuvitteellinen)',
      sv: 'Kamratstödsgrupp för föräldrar (fiktiv)',
      en: 'Peer support group for parents (fictional)',
    });
    assert.match(service.summary.sv ?? '', /fiktiv grupp/);
    assert.equal(service.organization.id, ids.association);
    assert.equal(service.provider_type, 'ngo');
    assert.deepEqual(service.municipalities, ['434', '638']);
    assert.deepEqual(service.tiers, [1]);
    assert.equal(service.cost.free, true);
    assert.equal(service.referral.required, false);
    assert.equal(service.url, 'https://perheyhdistys.example/vertaistuki');
    assert.deepEqual(service.keywords, { fi: ['väsynyt', 'vertaistuki'], sv: ['trött'] });
    const phone = service.channels.find((channel) => channel.type === 'phone');
    assert.deepEqual(phone, {
      type: 'phone',
      phone: '+358 000 000 0001',
      // The number's additionalInformation says whose number it is, in its own language.
      label: { fi: 'Kuvitteellinen vanhempainpuhelin: Testinumero', sv: 'Fiktiv föräldratelefon' },
      languages: ['fi', 'sv'],
      hours: {
        regular: [{ days: ['mon', 'tue', 'wed', 'thu', 'fri'], opens: '09:00', closes: '15:00' }],
      },
    });
    const visit = service.channels.find((channel) => channel.type === 'in_person');
    assert.ok(visit?.type === 'in_person');
    assert.deepEqual(visit.address.street, { fi: 'Esimerkkikatu 1', sv: 'Exempelgatan 1' });
    assert.equal(visit.address.municipality, '638');
    assert.ok(visit.address.location);
    assert.ok(Math.abs(visit.address.location.lat - 60.41) < 0.01, `${visit.address.location.lat}`);
    assert.ok(Math.abs(visit.address.location.lon - 25.62) < 0.01, `${visit.address.location.lon}`);
    assert.ok(service.channels.some((channel) => channel.type === 'email'));
    const chat = catalogue.services.find((candidate) => candidate.id === ids.chat);
    assert.equal(chat?.municipalities.length, base.municipalities.length, 'Nationwide = all');
    assert.deepEqual(chat?.channels.find((channel) => channel.type === 'online')?.hours, {
      always_open: true,
    });
  });

  it('reports every part it leaves out', () => {
    const { omissions } = importPtv(fresh(), options());
    const has = (record: string, field: string, message: RegExp) =>
      omissions.some(
        (omission) =>
          omission.file === 'ptv-services.json' &&
          omission.record === record &&
          omission.field === field &&
          message.test(omission.message),
      );
    assert.ok(has(ids.peerGroup, '/areas/2/code', /municipality 091/));
    assert.ok(has(ids.peerGroup, '/serviceNames', /se text/));
    assert.ok(has('00000000-0000-4000-8000-00000000c001', '/phoneNumbers/2', /Fax/));
    assert.ok(
      has('00000000-0000-4000-8000-00000000c001', '/serviceHours/1/serviceHourType', /Exceptional/),
    );
    assert.ok(has('00000000-0000-4000-8000-00000000c002', '/addresses/1/type', /Postal/));
    assert.ok(has(ids.chat, '/serviceChannels/1/serviceChannel/id', /not in the file/));
    assert.ok(has(ids.draft, '/publishingStatus', /Draft/));
  });

  it('reports a broken record precisely and keeps the rest', () => {
    const input = fresh();
    const chat = input.services.find((service) => service.id === ids.chat) as Json;
    chat.serviceDescriptions = (chat.serviceDescriptions as Json[]).filter(
      (text) => text.type !== 'Summary',
    );
    const result = importPtv(input, options());
    assert.equal(result.problems.length, 1, JSON.stringify(result.problems));
    assert.deepEqual(
      { ...result.problems[0], message: undefined },
      {
        file: 'ptv-services.json',
        record: ids.chat,
        field: '/serviceDescriptions',
        message: undefined,
      },
    );
    assert.match(result.problems[0]?.message ?? '', /has no Summary in fi, sv or en/);
    assert.deepEqual(
      result.catalogue.services.map((service) => service.id).sort(),
      [ids.peerGroup, ids.openDaycare].sort(),
    );
  });

  it('reports a service whose organization is missing, and a bad id', () => {
    const input = fresh();
    input.organizations = input.organizations.filter(
      (organization) => organization.id !== ids.association,
    );
    (input.services[2] as Json).id = 'not-a-uuid';
    const result = importPtv(input, options());
    const byRecord = new Map(result.problems.map((problem) => [problem.record, problem]));
    assert.match(byRecord.get(ids.peerGroup)?.message ?? '', /is not in the file/);
    assert.equal(byRecord.get(ids.peerGroup)?.field, '/organizations/0/organization/id');
    assert.equal(byRecord.get('not-a-uuid')?.field, '/id');
    assert.equal(result.catalogue.services.length, 0);
  });

  it('puts services in the tier asked for, and refuses a tier the base lacks', () => {
    const { catalogue } = importPtv(fresh(), { ...options(), tier: 2 });
    assert.ok(catalogue.services.every((service) => service.tiers.join() === '2'));
    assert.throws(
      () =>
        importPtv(fresh(), {
          ...options(),
          base: { ...base, tiers: base.tiers.slice(0, 1) },
          tier: 3,
        }),
      /tier 3 is not defined/,
    );
  });

  it('accepts a plain list and a paging envelope', () => {
    const { organizations, serviceChannels, services } = fresh();
    const list = [...organizations, ...serviceChannels, ...services];
    assert.equal(importPtv(list, options()).catalogue.services.length, 3);
    assert.equal(
      importPtv({ pageNumber: 1, pageCount: 1, itemList: list }, options()).catalogue.services
        .length,
      3,
    );
    const nothing = importPtv(42, options());
    assert.equal(nothing.problems.length, 1);
  });

  it('converts ETRS-TM35FIN to WGS84', () => {
    assert.deepEqual(tm35finToWgs84(6650000, 500000), { lat: 59.98733, lon: 27 });
    const helsinki = tm35finToWgs84(6672000, 385800);
    assert.ok(Math.abs(helsinki.lat - 60.1689) < 0.001 && Math.abs(helsinki.lon - 24.9419) < 0.001);
  });
});

describe('polku-catalogue import-ptv', () => {
  it('imports the fixture, says the default tier, and check passes (exit 0)', async () => {
    const out = join(await tempDir(), 'out');
    const imported = await run(['import-ptv', fixturePath, out]);
    assert.equal(imported.code, 0, imported.stdout + imported.stderr);
    assert.match(imported.stdout, /^OK: imported 3 services and 2 organizations/m);
    assert.match(imported.stdout, /else tier 1 /);
    assert.match(
      imported.stdout,
      /^left out: ptv-services\.json: 00000000-0000-4000-8000-00000000c001: \/phoneNumbers\/2: /m,
    );
    const checked = await run(['check', out]);
    assert.equal(checked.code, 0, checked.stdout);
    assert.match(checked.stdout, /loaded 3 services, 2 organizations/);
  });

  it('exits 1 when a record cannot be imported, and writes the rest', async () => {
    const dir = await tempDir();
    const input = fresh();
    (input.services[0] as Json).serviceNames = [];
    const file = join(dir, 'broken.json');
    await writeFile(file, JSON.stringify(input));
    const out = join(dir, 'out');
    const { code, stdout } = await run(['import-ptv', '--tier', '2', file, out]);
    assert.equal(code, 1, stdout);
    assert.match(
      stdout,
      new RegExp(
        `^broken\\.json: ${ids.peerGroup}: /serviceNames: has no Name in fi, sv or en`,
        'm',
      ),
    );
    assert.match(
      stdout,
      /^FAILED: imported 2 services and 2 organizations into .*; 1 record not imported/m,
    );
    assert.match(stdout, /new in PTV: .*suggested tier 2 \(--tier 2\)/);
    const loaded = await loadCatalogue(out);
    assert.deepEqual(loaded.problems, []);
    assert.ok(loaded.catalogue.services.every((service) => service.tiers.join() === '2'));
  });

  it('exits 2 with the usage for bad arguments', async () => {
    const dir = await tempDir();
    for (const args of [
      ['import-ptv'],
      ['import-ptv', fixturePath],
      ['import-ptv', '--tier', '5', fixturePath, join(dir, 'a')],
      ['import-ptv', '/no/such/file.json', join(dir, 'b')],
      ['import-ptv', '--base', '/no/such/folder', fixturePath, join(dir, 'c')],
      ['import-ptv', fixturePath, repoRoot],
    ]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, /Usage:/);
    }
  });
});
