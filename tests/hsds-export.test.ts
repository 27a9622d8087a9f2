// Every record of the HSDS export (JSON and tabular) against the official HSDS 3.0 schemas, read
// from ../shared/hsds-schema (skips with a message where absent). The tabular package is read back
// with Python's csv module, a standard CSV reader that owes nothing to the writer.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import {
  type Catalogue,
  dataPackage,
  exportHsds,
  type HsdsExport,
  hsdsTables,
  loadDemoCatalogue,
  tableCsv,
} from '@polku/catalogue';
import { generateCatalogue } from '@polku/generator';
import { type HsdsSchemas, loadHsdsSchemas, schemaDir, schemasAbsent } from './hsds-schema.js';

if (schemasAbsent) console.log(`# skipped: ${schemasAbsent}`);

const python = (() => {
  try {
    execFileSync('python3', ['--version']);
    return true;
  } catch {
    return false;
  }
})();
const noPython = python ? false : 'python3 is not installed: the CSV read-back is skipped';
if (noPython) console.log(`# skipped: ${noPython}`);

/** The nested records of an export, each with its HSDS table, as a consumer would walk them. */
function* records(exported: HsdsExport): Generator<[string, unknown]> {
  for (const service of exported.services) yield ['service', service];
  for (const organization of exported.organizations) yield ['organization', organization];
  for (const taxonomy of exported.taxonomies) yield ['taxonomy', taxonomy];
  for (const term of exported.taxonomy_terms) yield ['taxonomy_term', term];
}

let schemas: HsdsSchemas;
let catalogues: [string, Catalogue][];
const folders: string[] = [];
before(async () => {
  if (schemasAbsent) return;
  schemas = loadHsdsSchemas();
  catalogues = [
    ['demo', (await loadDemoCatalogue()).catalogue],
    ['generated', generateCatalogue({ services: 200, seed: 16 })],
  ];
});
after(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe('HSDS export against the official HSDS 3.0 schemas', { skip: schemasAbsent }, () => {
  it('the official examples pass (the schemas are read right)', async () => {
    const { readFileSync } = await import('node:fs');
    const examples = join(schemaDir, '../examples');
    for (const [file, table] of [
      ['service_full.json', 'service'],
      ['organization_full.json', 'organization'],
      ['taxonomy_term.json', 'taxonomy_term'],
    ] as const) {
      const example = JSON.parse(readFileSync(join(examples, file), 'utf8'));
      assert.deepEqual(schemas.errors(table, example), [], file);
    }
    assert.notDeepEqual(schemas.errors('service', { id: 'x' }), [], 'a service without name fails');
    const service = { id: '3d4f1e2a-6b8c-4f0d-9e1a-7c5b2d8f4a61', name: 'n', status: 'active' };
    assert.deepEqual(schemas.errors('service', service), []);
    assert.notDeepEqual(
      schemas.errors('service', {
        ...service,
        phones: [{ id: '3d4f1e2a-6b8c-4f0d-9e1a-7c5b2d8f4a62' }],
      }),
      [],
      'a nested phone without number fails (the refs between files resolve)',
    );
    assert.notDeepEqual(
      schemas.errors('schedule', {
        id: '3d4f1e2a-6b8c-4f0d-9e1a-7c5b2d8f4a63',
        timezone: 'Europe/Helsinki',
      }),
      [],
      'timezone is a number in HSDS 3.0',
    );
    assert.notDeepEqual(schemas.closedErrors('service', { ...service, polku: 1 }), []);
  });

  it('every exported record validates, closed (no field HSDS lacks); every schedule has a time zone', () => {
    let validated = 0;
    let schedules = 0;
    for (const [name, catalogue] of catalogues) {
      for (const language of ['fi', 'sv', 'en'] as const) {
        const exported = exportHsds(catalogue, { language });
        for (const [table, record] of records(exported)) {
          assert.deepEqual(schemas.errors(table, record), [], `${name} ${language} ${table}`);
          assert.deepEqual(schemas.closedErrors(table, record), [], `${name} ${language} ${table}`);
          validated += 1;
        }
        const all = exported.services.flatMap((service) => [
          ...service.schedules,
          ...service.service_at_locations.flatMap((entry) => entry.schedules),
        ]);
        for (const schedule of all) {
          assert.equal(typeof schedule.timezone, 'number', `${schedule.id} has no time zone`);
          assert.doesNotMatch(schedule.closes_at ?? '', /^24/);
        }
        schedules += all.length;
      }
    }
    console.log(`# HSDS: ${validated} top-level records and ${schedules} schedules validated`);
    assert.ok(schedules > 0);
  });

  it('the tabular package: HSDS file names and columns; every row, read back by Python’s csv, validates', {
    skip: noPython,
  }, async () => {
    const [, catalogue] = catalogues[1] as [string, Catalogue];
    const exported = exportHsds(catalogue, { language: 'sv' });
    const tables = hsdsTables(exported);
    const dir = await mkdtemp(join(tmpdir(), 'polku-hsds-tabular-'));
    folders.push(dir);
    for (const table of tables) await writeFile(join(dir, table.path), tableCsv(table));
    const descriptor = dataPackage(exported, tables) as {
      resources: {
        name: string;
        path: string;
        schema: { fields: { name: string; type: string }[] };
      }[];
    };
    await writeFile(join(dir, 'datapackage.json'), JSON.stringify(descriptor));
    const read = JSON.parse(
      execFileSync(
        'python3',
        [
          '-c',
          'import csv, json, sys, os\n' +
            'd = sys.argv[1]\n' +
            'out = {}\n' +
            'for f in sorted(os.listdir(d)):\n' +
            '    if f.endswith(".csv"):\n' +
            '        with open(os.path.join(d, f), newline="", encoding="utf-8") as h:\n' +
            '            out[f] = list(csv.DictReader(h))\n' +
            'print(json.dumps(out))',
          dir,
        ],
        { maxBuffer: 64 * 1024 * 1024 },
      ).toString(),
    ) as Record<string, Record<string, string>[]>;
    let rows = 0;
    for (const resource of descriptor.resources) {
      const official = schemas.tables.get(resource.name);
      assert.ok(official, `${resource.name} is an HSDS table`);
      assert.equal(resource.path, official.path, `${resource.name}'s file name is HSDS's`);
      const columns = resource.schema.fields.map((field) => field.name);
      for (const column of columns) {
        assert.ok(column in official.properties, `${resource.name}.${column} is an HSDS field`);
      }
      const table = tables.find((candidate) => candidate.name === resource.name);
      const parsed = read[resource.path] ?? [];
      assert.equal(parsed.length, table?.rows.length, `${resource.path}: every row read back`);
      parsed.forEach((row, index) => {
        const typed: Record<string, unknown> = {};
        for (const field of resource.schema.fields) {
          const cell = row[field.name];
          if (cell === undefined || cell === '') continue;
          typed[field.name] =
            field.type === 'number'
              ? Number(cell)
              : field.type === 'boolean'
                ? cell === 'true'
                : cell;
          assert.equal(
            String(table?.rows[index]?.[field.name]),
            cell,
            `${resource.path} row ${index} ${field.name}`,
          );
        }
        assert.deepEqual(
          schemas.closedErrors(resource.name, typed),
          [],
          `${resource.path} row ${index}`,
        );
        rows += 1;
      });
    }
    const schedules = read['schedules.csv'] ?? [];
    assert.ok(schedules.length > 0);
    for (const schedule of schedules) assert.match(schedule.timezone ?? '', /^[23]$/);
    // Texts with commas, quotes and line breaks survive the round trip.
    assert.ok(
      (read['services.csv'] ?? []).some((service) => /[,\n"]/.test(service.description ?? '')),
      'some description needs quoting',
    );
    console.log(
      `# HSDS tabular: ${descriptor.resources.length} CSV files, ${rows} rows read back and validated`,
    );
  });
});
