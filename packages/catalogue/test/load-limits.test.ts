// What a data file must be besides valid against the schemas (issue 17): UTF-8, within the size
// limits, and free of duplicated ids, whose copies are all left out wherever they stand.
import assert from 'node:assert/strict';
import { truncate, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, it } from 'node:test';
import { stringify } from 'yaml';
import { loadCatalogue } from '../src/load/index.js';
import { firstInvalidUtf8, maxFileBytes } from '../src/load/limits.js';
import { cleanFiles, organizationA, tempFolders, writtenService } from './fixture.js';

const folder = tempFolders();

const twin = '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e31';
const other = '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e32';

describe('UTF-8', () => {
  it('finds the first byte that is not UTF-8', () => {
    const bytes = (text: string) => Buffer.from(text, 'latin1');
    assert.equal(firstInvalidUtf8(Buffer.from('trött 🙂 ok', 'utf8')), -1);
    assert.equal(firstInvalidUtf8(bytes('trött')), 2);
    // Overlong, surrogate, past U+10FFFF, truncated.
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xc0, 0xaf])), 1);
    assert.equal(firstInvalidUtf8(Buffer.from([0xed, 0xa0, 0x80])), 0);
    assert.equal(firstInvalidUtf8(Buffer.from([0xf4, 0x90, 0x80, 0x80])), 0);
    assert.equal(firstInvalidUtf8(Buffer.from([0x61, 0xe2, 0x82])), 1);
  });

  it('reports a Latin-1 file with its byte offset and line, and loads nothing from it', async () => {
    const files = cleanFiles();
    const dir = await folder(files);
    const latin1 = stringify([
      writtenService(other, { name: { fi: 'Päiväkerho', sv: 'Dagklubb' } }),
    ]);
    await writeFile(join(dir, 'services/latin1.yaml'), Buffer.from(latin1, 'latin1'));
    const { catalogue, problems } = await loadCatalogue(dir);
    const offset = Buffer.from(latin1, 'latin1').indexOf(0xe4);
    const line = latin1.slice(0, offset).split('\n').length;
    assert.deepEqual(
      problems.map((problem) => [problem.file, problem.message]),
      [
        [
          'services/latin1.yaml',
          `is not valid UTF-8: byte ${offset} (line ${line}, byte ${offset - latin1.lastIndexOf('\n', offset - 1)} of the line) is 0xe4; save the file as UTF-8`,
        ],
      ],
    );
    assert.ok(!catalogue.services.some((service) => service.id === other));
  });
});

describe('size limits', () => {
  it('reports a 1 MB description, a 3 000-character name and 5 000 keywords by field', async () => {
    const files = cleanFiles();
    (files['services/tier-1.yaml'] as unknown[]).push(
      writtenService(other, {
        name: { fi: 'N'.repeat(3000), sv: 'Namn' },
        description: { fi: 'kuvaus '.repeat(150_000), sv: 'Beskrivning' },
        keywords: { fi: Array.from({ length: 5000 }, (_, index) => `sana${index}`) },
      }),
    );
    const { catalogue, problems } = await loadCatalogue(await folder(files));
    const found = problems
      .filter((problem) => problem.record === other)
      .map((problem) => [problem.field, problem.message]);
    assert.deepEqual(found, [
      ['/name/fi', 'is 3000 characters long; at most 2000 are allowed'],
      ['/description/fi', 'is 1050000 characters long; at most 10000 are allowed'],
      ['/keywords/fi', 'has 5000 items; at most 1000 are allowed'],
    ]);
    assert.ok(!catalogue.services.some((service) => service.id === other));
    assert.equal(catalogue.services.length, 2, 'the other services load');
  });

  it('reports a file larger than the limit without reading it', async () => {
    const dir = await folder(cleanFiles());
    const huge = join(dir, 'services/huge.json');
    await writeFile(huge, '[');
    await truncate(huge, maxFileBytes + 1); // sparse: costs no disk
    const { catalogue, problems } = await loadCatalogue(dir);
    assert.deepEqual(
      problems.map((problem) => problem.file),
      ['services/huge.json'],
    );
    assert.match(problems[0]?.message ?? '', /at most 33554432/);
    assert.equal(catalogue.services.length, 2);
  });
});

describe('duplicate ids', () => {
  // The copy a person meant can stand in either file: neither file name may decide.
  for (const [first, second] of [
    ['services/a-legit.yaml', 'services/b-copy.yaml'],
    ['services/b-legit.yaml', 'services/a-copy.yaml'],
  ] as const) {
    it(`leaves out both copies and names both files (${first}, ${second})`, async () => {
      const files = cleanFiles();
      files[first] = [writtenService(twin, { name: { fi: 'Oikea', sv: 'Rätt' } })];
      files[second] = [
        writtenService(other),
        writtenService(twin, { name: { fi: 'Kopio', sv: 'Kopia' } }),
      ];
      const { catalogue, problems } = await loadCatalogue(await folder(files));
      assert.ok(!catalogue.services.some((service) => service.id === twin));
      assert.ok(catalogue.services.some((service) => service.id === other));
      assert.ok(
        !catalogue.chains[0]?.tiers.some((tier) => tier.services.some((s) => s.id === twin)),
      );
      const [sortsFirst, sortsSecond] = [first, second].sort() as [string, string];
      assert.deepEqual(
        problems
          .filter((problem) => problem.record === twin)
          .map((problem) => [problem.file, problem.message])
          .sort(),
        [
          [sortsFirst, `is also the id of a record in ${sortsSecond}: neither copy is loaded`],
          [sortsSecond, `duplicates the id of a record in ${sortsFirst}: neither copy is loaded`],
        ].sort(),
      );
    });
  }

  it('leaves out a duplicated organization and the services that name it', async () => {
    const files = cleanFiles();
    (files['organizations.yaml'] as unknown[]).push({
      id: organizationA,
      name: { fi: 'Toinen', sv: 'Annan' },
      type: 'ngo',
      municipalities: ['638'],
    });
    const { catalogue, problems } = await loadCatalogue(await folder(files));
    assert.equal(catalogue.organizations.length, 0);
    assert.equal(catalogue.services.length, 0);
    assert.equal(problems.filter((problem) => problem.record === organizationA).length, 2);
    assert.ok(
      problems.some((problem) =>
        /organization .* was rejected \(see its problems in organizations\.yaml\)/.test(
          problem.message,
        ),
      ),
    );
  });

  it('leaves out a duplicated tier level and municipality code', async () => {
    const files = cleanFiles();
    const tiers = files['tiers.yaml'] as Record<string, unknown>[];
    tiers.push({ ...tiers[2], name: { fi: 'Taso kolme', sv: 'Nivå tre' } });
    const municipalities = files['municipalities.yaml'] as Record<string, unknown>[];
    municipalities.push({ ...municipalities[1] });
    const { catalogue, problems } = await loadCatalogue(await folder(files));
    assert.deepEqual(
      catalogue.tiers.map((tier) => tier.level),
      [1, 2],
    );
    assert.deepEqual(
      catalogue.municipalities.map((municipality) => municipality.code),
      ['638'],
    );
    assert.deepEqual(
      problems
        .filter((problem) => problem.field === '/level' || problem.field === '/code')
        .map((problem) => [problem.file, problem.record, problem.field]),
      [
        ['municipalities.yaml', '434', '/code'],
        ['municipalities.yaml', '434', '/code'],
        ['tiers.yaml', '3', '/level'],
        ['tiers.yaml', '3', '/level'],
      ],
    );
  });
});

describe('hostile files', () => {
  it('reports a YAML alias bomb instead of expanding it or throwing', async () => {
    let bomb = '- &a [x, x, x, x, x, x, x, x, x]\n';
    let previous = 'a';
    for (let level = 0; level < 9; level += 1) {
      const name = `b${level}`;
      bomb += `- &${name} [${Array(9).fill(`*${previous}`).join(', ')}]\n`;
      previous = name;
    }
    const dir = await folder({ ...cleanFiles(), 'services/bomb.yaml': bomb });
    const { catalogue, problems } = await loadCatalogue(dir);
    assert.deepEqual(
      problems.map((problem) => problem.file),
      ['services/bomb.yaml'],
    );
    assert.match(problems[0]?.message ?? '', /^YAML cannot be read: .*alias/);
    assert.equal(catalogue.services.length, 2);
  });

  it('reports a record nested 100 000 levels deep', async () => {
    const deep = `${'['.repeat(100_000)}${']'.repeat(100_000)}`;
    const service = JSON.stringify(writtenService(other)).replace(
      '"tiers":[1]',
      `"tiers":[1],"x":${deep}`,
    );
    const dir = await folder({ ...cleanFiles(), 'services/deep.json': `[${service}]` });
    const { catalogue, problems } = await loadCatalogue(dir);
    assert.ok(
      problems.some(
        (problem) => problem.record === other && /nested more than 32/.test(problem.message),
      ),
    );
    assert.equal(catalogue.services.length, 2);
  });
});
