import assert from 'node:assert/strict';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { generateCatalogue } from '@polku/generator';
import type { Catalogue } from '../src/catalogue.js';
import { demoCatalogueDir, loadDemoCatalogue } from '../src/demo.js';
import { catalogueLanguages, exportHsds } from '../src/hsds/index.js';
import type { HsdsExport } from '../src/hsds/types.js';
import { cleanFiles, writeFolder, writtenService } from './fixture.js';
import { run } from './run-cli.js';

const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Every reference in an export points at an object that is in it; returns what was wrong. */
function brokenReferences(exported: HsdsExport): string[] {
  const wrong: string[] = [];
  const ids = new Set<string>();
  const unique = (id: string, what: string): void => {
    if (!uuid.test(id)) wrong.push(`${what} id ${id} is not a UUID`);
  };
  const organizations = new Map(exported.organizations.map((record) => [record.id, record]));
  const terms = new Map(exported.taxonomy_terms.map((term) => [term.id, term]));
  const taxonomyIds = new Set(exported.taxonomies.map((taxonomy) => taxonomy.id));
  for (const term of exported.taxonomy_terms) {
    unique(term.id, 'term');
    if (!taxonomyIds.has(term.taxonomy_id)) wrong.push(`term ${term.id}: unknown taxonomy`);
  }
  const checkAttribute = (
    attribute: HsdsExport['services'][number]['attributes'][number],
    linkId: string,
    entity: string,
  ): void => {
    unique(attribute.id, 'attribute');
    if (attribute.link_id !== linkId || attribute.link_entity !== entity) {
      wrong.push(`attribute ${attribute.id} links ${attribute.link_entity} ${attribute.link_id}`);
    }
    const term = terms.get(attribute.taxonomy_term_id);
    if (!term) wrong.push(`attribute ${attribute.id}: unknown term`);
    else if (JSON.stringify(term) !== JSON.stringify(attribute.taxonomy_term)) {
      wrong.push(`attribute ${attribute.id}: embedded term differs`);
    }
  };
  for (const organization of exported.organizations) {
    unique(organization.id, 'organization');
    for (const attribute of organization.attributes) {
      checkAttribute(attribute, organization.id, 'organization');
    }
    for (const location of organization.locations) {
      if (location.organization_id !== organization.id) {
        wrong.push(`location ${location.id} listed under another organization`);
      }
    }
  }
  for (const service of exported.services) {
    unique(service.id, 'service');
    if (ids.has(service.id)) wrong.push(`service ${service.id} twice`);
    ids.add(service.id);
    const organization = organizations.get(service.organization_id);
    if (!organization) wrong.push(`service ${service.id}: unknown organization`);
    for (const attribute of service.attributes) checkAttribute(attribute, service.id, 'service');
    for (const phone of service.phones) {
      if (phone.service_id !== service.id) wrong.push(`phone ${phone.id}: wrong service_id`);
      for (const language of phone.languages) {
        if (language.phone_id !== phone.id) wrong.push(`language ${language.id}: wrong phone_id`);
      }
    }
    for (const language of service.languages) {
      if (language.service_id !== service.id) wrong.push(`language ${language.id}: wrong service`);
    }
    for (const schedule of service.schedules) {
      if (schedule.service_id !== service.id) wrong.push(`schedule ${schedule.id}: wrong service`);
    }
    for (const area of service.service_areas) {
      if (area.service_id !== service.id) wrong.push(`area ${area.id}: wrong service`);
      for (const attribute of area.attributes) checkAttribute(attribute, area.id, 'service_area');
    }
    for (const contact of service.contacts) {
      if (contact.service_id !== service.id) wrong.push(`contact ${contact.id}: wrong service`);
    }
    for (const entry of service.service_at_locations) {
      if (entry.service_id !== service.id) wrong.push(`sal ${entry.id}: wrong service`);
      if (entry.location_id !== entry.location.id) wrong.push(`sal ${entry.id}: wrong location`);
      const listed = organization?.locations.find((location) => location.id === entry.location_id);
      if (!listed) wrong.push(`sal ${entry.id}: location not under the service's organization`);
      else if (JSON.stringify(listed) !== JSON.stringify(entry.location)) {
        wrong.push(`sal ${entry.id}: embedded location differs`);
      }
      for (const schedule of entry.schedules) {
        if (schedule.service_at_location_id !== entry.id) {
          wrong.push(`schedule ${schedule.id}: wrong service_at_location_id`);
        }
      }
      for (const address of entry.location.addresses) {
        if (address.location_id !== entry.location.id) wrong.push(`address ${address.id}: wrong`);
      }
    }
  }
  return wrong;
}

let demo: Catalogue;
const folders: string[] = [];
before(async () => {
  const loaded = await loadDemoCatalogue();
  assert.deepEqual(loaded.problems, []);
  demo = loaded.catalogue;
});
after(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe('exportHsds', () => {
  it('exports every service and organization of the demo catalogue, references consistent', () => {
    for (const language of ['fi', 'sv', 'en'] as const) {
      const exported = exportHsds(demo, { language });
      assert.equal(exported.polku_export.hsds_version, '3.0');
      assert.equal(exported.polku_export.language, language);
      assert.deepEqual(
        exported.services.map((service) => service.id).sort(),
        demo.services.map((service) => service.id).sort(),
      );
      assert.deepEqual(
        exported.organizations.map((organization) => organization.id).sort(),
        demo.organizations.map((organization) => organization.id).sort(),
      );
      assert.deepEqual(brokenReferences(exported), []);
    }
  });

  it('writes the chosen language and names the others', () => {
    const sv = exportHsds(demo, { language: 'sv' });
    const source = demo.services[0] as Catalogue['services'][number];
    const service = sv.services.find((candidate) => candidate.id === source.id);
    assert.equal(service?.name, source.name.sv);
    assert.ok(service?.description.startsWith(source.summary.sv as string));
    assert.deepEqual(sv.polku_export.other_languages, ['fi', 'en']);
    assert.deepEqual(catalogueLanguages(demo), ['fi', 'sv', 'en']);
  });

  it('links tiers, provider types and municipalities through taxonomy attributes', () => {
    const exported = exportHsds(demo, { language: 'fi' });
    for (const source of demo.services) {
      const service = exported.services.find((candidate) => candidate.id === source.id);
      const codes = (taxonomy: string) =>
        (service?.attributes ?? [])
          .filter((attribute) => attribute.taxonomy_term.taxonomy_id === taxonomyId(taxonomy))
          .map((attribute) => attribute.taxonomy_term.code);
      const taxonomyId = (name: string) =>
        exported.taxonomies.find((taxonomy) => taxonomy.uri === `urn:polku:taxonomy:${name}`)?.id;
      assert.deepEqual(codes('tiers'), source.tiers.map(String), source.id);
      assert.deepEqual(codes('provider-types'), [source.provider_type]);
      assert.deepEqual(
        service?.service_areas.map((area) => area.attributes[0]?.taxonomy_term.code),
        source.municipalities,
      );
    }
  });

  it('exports addresses with coordinates, phones, schedules and contacts', () => {
    const catalogue = generateCatalogue({ services: 60, seed: 4 });
    const exported = exportHsds(catalogue, { language: 'fi' });
    assert.deepEqual(brokenReferences(exported), []);
    const withAddress = catalogue.services.find((service) =>
      service.channels.some((channel) => channel.type === 'in_person' && channel.address.location),
    );
    assert.ok(withAddress, 'the generated catalogue has an address with a location');
    const channel = withAddress.channels.find((candidate) => candidate.type === 'in_person');
    assert.ok(channel?.type === 'in_person' && channel.address.location);
    const service = exported.services.find((candidate) => candidate.id === withAddress.id);
    const physical = service?.service_at_locations.find(
      (entry) => entry.location.location_type === 'physical',
    );
    assert.equal(physical?.location.latitude, channel.address.location.lat);
    assert.equal(physical?.location.longitude, channel.address.location.lon);
    assert.equal(physical?.location.addresses[0]?.postal_code, channel.address.postal_code);
    assert.equal(physical?.location.addresses[0]?.country, 'FI');
    const phones = catalogue.services.flatMap((candidate) =>
      candidate.channels.filter((entry) => entry.type === 'phone'),
    );
    assert.equal(
      exported.services.reduce((count, candidate) => count + candidate.phones.length, 0),
      phones.length,
    );
    const emails = catalogue.services.flatMap((candidate) =>
      candidate.channels.filter((entry) => entry.type === 'email'),
    );
    assert.equal(
      exported.services.reduce((count, candidate) => count + candidate.contacts.length, 0),
      emails.length,
    );
    const weekly = exported.services
      .flatMap((candidate) => [
        ...candidate.schedules,
        ...candidate.service_at_locations.flatMap((entry) => entry.schedules),
      ])
      .filter((schedule) => schedule.freq === 'WEEKLY');
    assert.ok(weekly.length > 0);
    for (const schedule of weekly) {
      assert.match(schedule.byday ?? '', /^(MO|TU|WE|TH|FR|SA|SU)(,(MO|TU|WE|TH|FR|SA|SU))*$/);
      assert.match(schedule.opens_at ?? '', /^\d\d:\d\d[+-]\d\d:\d\d$/);
      assert.match(schedule.closes_at ?? '', /^(?!24)\d\d:\d\d[+-]\d\d:\d\d$/);
    }
  });

  it('writes each weekly period once per daylight-saving season, with its offset and dates', () => {
    const catalogue = generateCatalogue({ services: 60, seed: 4 });
    const winter = exportHsds(catalogue, { language: 'fi', now: new Date('2026-12-01T10:00:00Z') });
    const all = winter.services.flatMap((service) => [
      ...service.schedules,
      ...service.service_at_locations.flatMap((entry) => entry.schedules),
    ]);
    assert.ok(all.length > 0);
    for (const schedule of all) assert.equal(typeof schedule.timezone, 'number', schedule.id);
    const weekly = all.filter((schedule) => schedule.freq === 'WEEKLY');
    const seasons = new Set(
      weekly.map((schedule) => `${schedule.valid_from}/${schedule.valid_to}/${schedule.timezone}`),
    );
    // Finland left summer time on 2026-10-25 and starts it again on 2027-03-28.
    assert.deepEqual([...seasons].sort(), ['2026-10-25/2027-03-27/2', '2027-03-28/2027-10-30/3']);
    for (const schedule of weekly) {
      const suffix = schedule.timezone === 2 ? '+02:00' : '+03:00';
      assert.ok(
        schedule.opens_at?.endsWith(suffix),
        `${schedule.opens_at} in UTC+${schedule.timezone}`,
      );
      assert.ok(schedule.closes_at?.endsWith(suffix));
    }
    const summer = exportHsds(catalogue, { language: 'fi', now: new Date('2027-06-01T10:00:00Z') });
    const summerSchedule = summer.services
      .flatMap((service) => service.service_at_locations.flatMap((entry) => entry.schedules))
      .find((schedule) => schedule.freq === 'WEEKLY');
    assert.equal(summerSchedule?.valid_from, '2027-03-28');
    assert.equal(summerSchedule?.timezone, 3);
  });

  it('writes round-the-clock hours as 00:00-23:59 every day, never 24:00', () => {
    const catalogue = structuredClone(demo);
    const service = catalogue.services[0] as Catalogue['services'][number];
    service.channels = [{ type: 'phone', phone: '019 5600 150', hours: { always_open: true } }];
    const exported = exportHsds(catalogue, {
      language: 'en',
      now: new Date('2026-07-01T00:00:00Z'),
    });
    const written = exported.services.find((candidate) => candidate.id === service.id)?.schedules;
    assert.deepEqual(
      written?.map((schedule) => [schedule.byday, schedule.opens_at, schedule.closes_at]),
      [
        ['MO,TU,WE,TH,FR,SA,SU', '00:00+03:00', '23:59+03:00'],
        ['MO,TU,WE,TH,FR,SA,SU', '00:00+02:00', '23:59+02:00'],
      ],
    );
    assert.equal(written?.[0]?.description, 'Open 24 hours a day, every day.');
  });

  it('is deterministic', () => {
    assert.equal(
      JSON.stringify(exportHsds(demo, { language: 'fi' })),
      JSON.stringify(exportHsds(demo, { language: 'fi' })),
    );
  });

  it('lists texts written in another language', async () => {
    const files = cleanFiles();
    const id = '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e40';
    (files['services/tier-1.yaml'] as unknown[]).push(
      writtenService(id, {
        name: { fi: 'Vain suomeksi ja ruotsiksi', sv: 'Bara på finska och svenska' },
      }),
    );
    const dir = await writeFolder(files);
    folders.push(dir);
    const { loadCatalogue } = await import('../src/load/index.js');
    const { catalogue, problems } = await loadCatalogue(dir);
    assert.deepEqual(problems, []);
    const exported = exportHsds(catalogue, { language: 'en' });
    assert.equal(
      exported.services.find((service) => service.id === id)?.name,
      'Vain suomeksi ja ruotsiksi',
    );
    assert.ok(
      exported.polku_export.text_fallbacks.some(
        (fallback) =>
          fallback.id === id && fallback.field === '/name' && fallback.language === 'fi',
      ),
    );
  });
});

describe('polku-catalogue export-hsds', () => {
  it('writes one file per language into a folder and exits 0', async () => {
    const out = join(await mkdtemp(join(tmpdir(), 'polku-hsds-')), 'out');
    folders.push(out);
    const { code, stdout, stderr } = await run(['export-hsds', demoCatalogueDir, out]);
    assert.equal(code, 0, stderr);
    assert.match(stdout, new RegExp(`wrote ${demo.services.length} services`));
    assert.deepEqual((await readdir(out)).sort(), [
      'hsds-en',
      'hsds-en.json',
      'hsds-fi',
      'hsds-fi.json',
      'hsds-sv',
      'hsds-sv.json',
    ]);
    const descriptor = JSON.parse(await readFile(join(out, 'hsds-sv', 'datapackage.json'), 'utf8'));
    assert.equal(descriptor.profile, 'tabular-data-package');
    assert.equal(descriptor.language, 'sv');
    const files = (await readdir(join(out, 'hsds-sv'))).sort();
    assert.deepEqual(
      files.filter((file) => file.endsWith('.csv')),
      descriptor.resources.map((resource: { path: string }) => resource.path).sort(),
    );
    const services = await readFile(join(out, 'hsds-sv', 'services.csv'), 'utf8');
    assert.equal(services.trimEnd().split('\r\n').length >= demo.services.length + 1, true);
    const sv = JSON.parse(await readFile(join(out, 'hsds-sv.json'), 'utf8')) as HsdsExport;
    assert.equal(sv.polku_export.language, 'sv');
    assert.equal(sv.services.length, demo.services.length);
  });

  it('writes one file in --language', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'polku-hsds-'));
    folders.push(dir);
    const out = join(dir, 'catalogue.json');
    const { code, stderr } = await run(['export-hsds', '--language', 'en', demoCatalogueDir, out]);
    assert.equal(code, 0, stderr);
    const exported = JSON.parse(await readFile(out, 'utf8')) as HsdsExport;
    assert.equal(exported.polku_export.language, 'en');
  });

  it('exits 1 and writes nothing when the catalogue has problems', async () => {
    const files = cleanFiles();
    (files['services/tier-1.yaml'] as unknown[]).push(
      writtenService('0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e41', { tiers: [4] }),
    );
    const dir = await writeFolder(files);
    folders.push(dir);
    const out = join(dir, 'out.json');
    const { code, stdout } = await run(['export-hsds', dir, out]);
    assert.equal(code, 1, stdout);
    assert.match(stdout, /tier 4 is not defined/);
    await assert.rejects(readFile(out));
  });

  it('exits 2 with the usage for bad arguments', async () => {
    for (const args of [
      ['export-hsds'],
      ['export-hsds', demoCatalogueDir],
      ['export-hsds', '--language', 'de', demoCatalogueDir, '/tmp/x.json'],
      ['export-hsds', '/no/such/folder', '/tmp/x.json'],
    ]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, /Usage:/);
    }
  });
});
