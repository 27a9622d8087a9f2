// The real check of the shipped demo catalogue (data/itauusimaa).
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { before, describe, it } from 'node:test';
import { parse } from 'yaml';
import { demoCatalogueDir, loadDemoCatalogue } from '../src/demo.js';
import type { LoadResult } from '../src/load/index.js';

describe('the demo catalogue', () => {
  let result: LoadResult;
  before(async () => {
    result = await loadDemoCatalogue();
  });

  it('loads with zero problems', () => {
    const lines = result.problems.map((p) =>
      [p.file, p.record, p.field, p.message].filter(Boolean).join(': '),
    );
    assert.deepEqual(lines, []);
    assert.ok(result.catalogue.services.length > 0);
  });

  it('names and summarises every service in Finnish and Swedish, as written in the files', async () => {
    const folder = join(demoCatalogueDir, 'services');
    const files = (await readdir(folder)).filter((name) => /\.(ya?ml|json)$/.test(name));
    assert.ok(files.length > 0, 'no service files');
    let services = 0;
    for (const file of files) {
      const records = parse(await readFile(join(folder, file), 'utf8')) as Record<
        string,
        Record<string, unknown>
      >[];
      for (const record of records) {
        services += 1;
        for (const field of ['name', 'summary']) {
          for (const language of ['fi', 'sv']) {
            const text = record[field]?.[language];
            assert.ok(
              typeof text === 'string' && text.trim() !== '',
              `${file}: ${String(record.id)}: ${field}.${language}`,
            );
          }
        }
      }
    }
    assert.ok(services > 0);
  });

  it('has the four tiers, each with services', () => {
    const { tiers, services } = result.catalogue;
    assert.deepEqual(
      tiers.map((tier) => tier.level),
      [1, 2, 3, 4],
    );
    for (const tier of tiers) {
      const count = services.filter((service) => service.tiers.includes(tier.level)).length;
      assert.ok(count > 0, `tier ${tier.level} has no services`);
    }
  });

  it('has a service chain with all four tiers filled', () => {
    const chain =
      result.catalogue.chains.find((candidate) => candidate.id === 'perheiden-jaksaminen') ??
      result.catalogue.chains[0];
    assert.ok(chain, 'no service chain');
    assert.deepEqual(
      chain.tiers.map((tier) => tier.level),
      [1, 2, 3, 4],
    );
    for (const tier of chain.tiers) {
      const where = `${chain.id} tier ${tier.level}`;
      assert.ok(tier.goal.fi && tier.goal.sv, `${where}: goal in fi and sv`);
      assert.ok(tier.services.length > 0, `${where}: services`);
      assert.ok(tier.key_measures.length > 0, `${where}: key measures`);
      assert.ok(tier.risks.length > 0, `${where}: risks`);
      assert.ok(tier.indicators.length > 0, `${where}: indicators`);
      assert.ok(tier.effectiveness_measures.length > 0, `${where}: effectiveness measures`);
    }
    for (const field of ['goals', 'grounds', 'guiding_principles'] as const) {
      assert.ok(chain[field].length > 0, `${chain.id}: ${field}`);
    }
  });

  it('lists the seven municipalities of the county and the urgent help lines', () => {
    assert.deepEqual(
      result.catalogue.municipalities.map((municipality) => municipality.code),
      ['018', '407', '434', '504', '616', '638', '753'],
    );
    assert.ok(result.catalogue.urgentHelp.some((line) => line.phone === '112'));
  });
});
