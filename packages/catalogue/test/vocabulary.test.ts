// The lay vocabulary (vocabulary/ in a catalogue folder): loaded like every other file, every bad
// record reported with its file, record and field, and written back as it was read.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { demoCatalogueDir } from '../src/demo.js';
import { loadCatalogue } from '../src/load/index.js';
import { writeCatalogueFolder } from '../src/write.js';
import { cleanFiles, writeFolder } from './fixture.js';

const folders: string[] = [];
after(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});
async function folder(files: Record<string, unknown>): Promise<string> {
  const dir = await writeFolder(files);
  folders.push(dir);
  return dir;
}

const service = '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e01';
const concept = {
  id: 'exhaustion',
  label: { fi: 'Uupumus', sv: 'Utmattning', en: 'Exhaustion' },
  services: [service],
  search: ['väsynyt'],
};

describe('vocabulary files', () => {
  it('loads concepts and lay words per language, with negations and ignored words', async () => {
    const dir = await folder({
      ...cleanFiles(),
      'vocabulary/concepts.yaml': [
        concept,
        { ...concept, id: 'danger', safety: true, help_lines: ['hatanumero-112'] },
      ],
      'vocabulary/fi.yaml': {
        negations: { before: ['ilman'], after: ['ulkopuolelle'] },
        ignore: ['kaipaan'],
        words: [
          { words: ['väsy*', 'en jaksa'], concepts: ['exhaustion'] },
          { words: ['perhekahvila'], services: [service] },
          { words: ['pelkään'], concepts: ['danger'], with: ['exhaustion'] },
        ],
      },
      'vocabulary/sv.yaml': { words: [{ words: ['trött'], concepts: ['exhaustion'] }] },
    });
    const { catalogue, problems } = await loadCatalogue(dir);
    assert.deepEqual(problems, []);
    const vocabulary = catalogue.vocabulary;
    assert.ok(vocabulary);
    assert.deepEqual(
      vocabulary.concepts.map((c) => [c.id, c.safety, c.helpLines]),
      [
        ['exhaustion', false, []],
        ['danger', true, ['hatanumero-112']],
      ],
    );
    const fi = vocabulary.languages.find((language) => language.language === 'fi');
    assert.deepEqual(fi?.negations, { before: ['ilman'], after: ['ulkopuolelle'] });
    assert.deepEqual(fi?.ignore, ['kaipaan']);
    assert.deepEqual(fi?.entries[1], {
      words: ['perhekahvila'],
      concepts: [],
      services: [service],
      with: [],
    });
    assert.deepEqual(
      fi?.entries[2]?.with,
      ['exhaustion'],
      'words meaning danger beside exhaustion',
    );
    assert.equal(vocabulary.languages.length, 2);
  });

  it('reports each bad record with its file, record and field, and keeps the good ones', async () => {
    const dir = await folder({
      ...cleanFiles(),
      'vocabulary/concepts.yaml': [
        { ...concept, id: 'twice' },
        concept,
        { ...concept, id: 'twice' },
        { ...concept, id: 'gone', services: ['0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3eff'] },
        { ...concept, id: 'no-line', help_lines: ['no-such-line'] },
        { id: 'no-label' },
      ],
      'vocabulary/fi.yaml': {
        words: [
          { words: ['väsy*'], concepts: ['exhaustion'] },
          { words: ['kiukku'], concepts: ['tantrums'] },
          { words: ['pelkkä sana'] },
          { words: ['<b>'], concepts: ['exhaustion'] },
          { words: ['pelottaa'], concepts: ['exhaustion'], with: ['no-such-concept'] },
          { words: ['pelkää'], services: [service], with: ['exhaustion'] },
        ],
      },
      'vocabulary/xx.yaml': { words: [] },
    });
    const { catalogue, problems } = await loadCatalogue(dir);
    const found = problems.map((p) => `${p.file} ${p.record ?? ''} ${p.field ?? ''}`.trim());
    // A duplicated id is reported on both copies, and neither loads.
    assert.equal(
      found.filter((line) => line === 'vocabulary/concepts.yaml twice /id').length,
      2,
      found.join('\n'),
    );
    assert.ok(found.includes('vocabulary/concepts.yaml gone /services/0'));
    assert.ok(found.includes('vocabulary/concepts.yaml no-line /help_lines/0'));
    assert.ok(found.some((line) => line.startsWith('vocabulary/concepts.yaml no-label')));
    assert.ok(found.includes('vocabulary/fi.yaml kiukku /concepts/0'));
    assert.ok(found.some((line) => line.startsWith('vocabulary/fi.yaml pelkkä sana')));
    assert.ok(found.some((line) => line.startsWith('vocabulary/fi.yaml <b> /words/0')));
    assert.ok(found.includes('vocabulary/fi.yaml pelottaa /with/0'), found.join('\n'));
    assert.ok(found.includes('vocabulary/fi.yaml pelkää /with'), 'with says when concepts apply');
    assert.ok(found.some((line) => line.startsWith('vocabulary/xx.yaml')));
    assert.deepEqual(
      catalogue.vocabulary?.concepts.map((c) => c.id),
      ['exhaustion'],
    );
    assert.deepEqual(
      catalogue.vocabulary?.languages[0]?.entries.map((e) => e.words[0]),
      ['väsy*'],
    );
  });

  it('a folder without vocabulary/ loads without one and without a problem', async () => {
    const { catalogue, problems } = await loadCatalogue(await folder(cleanFiles()));
    assert.deepEqual(problems, []);
    assert.equal(catalogue.vocabulary, undefined);
  });

  it("the demo catalogue's vocabulary loads clean and is written back as it was read", async () => {
    const demo = await loadCatalogue(demoCatalogueDir);
    assert.deepEqual(demo.problems, []);
    assert.ok((demo.catalogue.vocabulary?.concepts.length ?? 0) >= 20);
    assert.deepEqual(
      demo.catalogue.vocabulary?.languages.map((language) => language.language).sort(),
      ['en', 'fi', 'sv'],
    );
    const parent = await mkdtemp(join(tmpdir(), 'polku-vocabulary-'));
    folders.push(parent);
    const dir = join(parent, 'out');
    await writeCatalogueFolder(demo.catalogue, dir);
    const again = await loadCatalogue(dir);
    assert.deepEqual(again.problems, []);
    assert.deepEqual(again.catalogue.vocabulary, demo.catalogue.vocabulary);
  });

  it('every service of the demo catalogue has its place in the default order or none', async () => {
    const { catalogue } = await loadCatalogue(demoCatalogueDir);
    const priorities = catalogue.services.flatMap((s) =>
      s.priority === undefined ? [] : [s.priority],
    );
    assert.ok(priorities.length >= 10);
    assert.equal(new Set(priorities).size, priorities.length, 'no two services share a place');
  });
});
