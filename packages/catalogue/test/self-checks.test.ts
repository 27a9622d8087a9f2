// self-checks/: one self-check a file, validated against the spec's SelfCheck and against the
// rest of the folder (answers the rules name, tiers, help lines, the chain), a bad file reported
// by file, record and field and left out while the good ones load; and written back as it loads.
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import type { CatalogueProblem } from '../src/catalogue.js';
import { loadDemoCatalogue } from '../src/demo.js';
import { loadCatalogue } from '../src/load/index.js';
import { writeCatalogueFolder } from '../src/write.js';
import { chainId, cleanFiles, writeFolder } from './fixture.js';

const folders: string[] = [];
after(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

const text = (fi: string) => ({ fi, sv: `${fi} (sv)`, en: `${fi} (en)` });

function question(id: string, answers: Record<string, unknown>[], theme = 'everyday') {
  return { id, theme, text: text(`Kysymys ${id}`), answers };
}

const answer = (id: string, extra: Record<string, unknown> = {}) => ({
  id,
  text: text(`Vastaus ${id}`),
  ...extra,
});

/** A valid self-check of five questions whose rules suggest tiers 1-3 of the fixture folder. */
function selfCheck(id = 'testi', overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    id,
    chain: chainId,
    draft: true,
    name: text('Nimi'),
    intro: text('Johdanto'),
    not_assessment: text('Ei arvio'),
    talk_to_professional: text('Puhu'),
    questions: [
      question('arki', [answer('hyvin'), answer('raskasta')]),
      question('pari', [answer('hyvin'), answer('riitoja')], 'couple'),
      question('verkosto', [answer('on'), answer('ei')], 'network'),
      question('lapset', [answer('hyvin'), answer('ei')], 'children'),
      question(
        'pelko',
        [answer('ei'), answer('kylla', { danger: true, help: ['hatanumero-112'] })],
        'safety',
      ),
    ],
    rules: [
      { tier: 3, answers: ['pelko/kylla', 'lapset/ei'], reason: text('Syy 3') },
      { tier: 2, at_least: 2, answers: ['arki/raskasta', 'pari/riitoja'], reason: text('Syy 2') },
    ],
    default_tier: 1,
    results: [1, 2, 3].map((tier) => ({
      tier,
      heading: text(`Otsikko ${tier}`),
      text: text(`Teksti ${tier}`),
    })),
    danger: { heading: text('Vaara'), text: text('Soita') },
    sources: [{ name: 'Palveluketjukuvaus', checked: '2026-12-01' }],
    ...overrides,
  };
}

async function load(files: Record<string, unknown>) {
  const dir = await writeFolder({ ...cleanFiles(), ...files });
  folders.push(dir);
  return loadCatalogue(dir);
}

/** Loads the fixture folder with `bad` beside a good self-check; the bad one is left out. */
async function problemsOf(bad: unknown, file = 'self-checks/x-huono.yaml') {
  const { catalogue, problems } = await load({
    'self-checks/hyva.yaml': selfCheck('hyva'),
    [file]: bad,
  });
  assert.deepEqual(
    catalogue.selfChecks.map((check) => check.id),
    ['hyva'],
    JSON.stringify(problems),
  );
  for (const problem of problems) assert.equal(problem.file, file, JSON.stringify(problem));
  return problems;
}

function has(problems: CatalogueProblem[], field: string | undefined, message: RegExp): void {
  assert.ok(
    problems.some((problem) => problem.field === field && message.test(problem.message)),
    `no problem at ${field} matching ${message}: ${JSON.stringify(problems)}`,
  );
}

describe('self-checks/ in a catalogue folder', () => {
  it('loads a good self-check with the catalogue defaults and derived languages, ordered by id', async () => {
    const { catalogue, problems } = await load({
      'self-checks/b.yaml': selfCheck('b'),
      'self-checks/a.json': selfCheck('a'),
    });
    assert.deepEqual(problems, []);
    assert.deepEqual(
      catalogue.selfChecks.map((check) => check.id),
      ['a', 'b'],
    );
    const [check] = catalogue.selfChecks;
    assert.deepEqual(check?.available_languages, ['fi', 'sv', 'en']);
    assert.equal(check?.updated_at, '2026-11-01T00:00:00Z');
    assert.equal(check?.example_data, true);
    assert.equal('source' in (check ?? {}), false, 'a self-check names its own sources');
  });

  it('is optional: a folder without self-checks/ has none and no problem', async () => {
    const { catalogue, problems } = await load({});
    assert.deepEqual(problems, []);
    assert.deepEqual(catalogue.selfChecks, []);
  });

  it('reports a syntax error by line, and a file that is not one mapping', async () => {
    has(await problemsOf('id: x\nname: [unclosed\n'), undefined, /YAML syntax error at line \d+/);
    has(await problemsOf([selfCheck('lista')]), undefined, /must hold one self-check/);
  });

  it('reports the schema: too few questions, an unknown field, an answer with no text', async () => {
    const short = selfCheck('lyhyt');
    short.questions = (short.questions as unknown[]).slice(0, 4);
    has(await problemsOf(short), '/questions', /must have at least 5 items/);
    has(
      await problemsOf(selfCheck('x', { send_answers: true })),
      '/send_answers',
      /is not a field of this record/,
    );
    const noText = selfCheck('y');
    (noText.questions as { answers: Record<string, unknown>[] }[])[0]?.answers.push({ id: 'z' });
    has(await problemsOf(noText), '/questions/0/answers/2/text', /is required/);
  });

  it('reports rules that name answers that do not exist, undefined tiers, and rules that can never hold', async () => {
    const unknown = selfCheck('u');
    (unknown.rules as { answers: string[] }[])[0]?.answers.push('arki/ei-ole');
    has(
      await problemsOf(unknown),
      '/rules/0/answers/2',
      /no question of this self-check has the answer arki\/ei-ole/,
    );
    const tier4 = selfCheck('t', {
      rules: [{ tier: 4, answers: ['arki/raskasta'], reason: text('Syy') }],
    });
    const problems = await problemsOf(tier4);
    has(problems, '/rules/0/tier', /tier 4 is not defined in tiers.yaml/);
    has(problems, '/results', /no summary for tier 4/);
    const never = selfCheck('n');
    (never.rules as { at_least?: number }[])[1] = {
      ...(never.rules as Record<string, unknown>[])[1],
      at_least: 3,
    };
    has(await problemsOf(never), '/rules/1/at_least', /can never hold/);
  });

  it('reports a missing summary, two summaries for a tier, and duplicate question and answer ids', async () => {
    const missing = selfCheck('m');
    missing.results = (missing.results as { tier: number }[]).filter((result) => result.tier !== 2);
    has(await problemsOf(missing), '/results', /no summary for tier 2/);
    const twice = selfCheck('k');
    (twice.results as unknown[]).push((twice.results as unknown[])[0]);
    has(await problemsOf(twice), '/results/3/tier', /tier 1 has two summaries/);
    const duplicates = selfCheck('d');
    const questions = duplicates.questions as { id: string; answers: { id: string }[] }[];
    questions.push({ ...(questions[0] as { id: string; answers: { id: string }[] }) });
    (questions[1] as { answers: { id: string }[] }).answers.push(answer('hyvin'));
    const problems = await problemsOf(duplicates);
    has(problems, '/questions/5/id', /question arki appears twice/);
    has(problems, '/questions/1/answers/2/id', /answer hyvin appears twice in question pari/);
  });

  it('requires a danger answer, and help lines and a chain that exist', async () => {
    const calm = selfCheck('c');
    const questions = calm.questions as { answers: Record<string, unknown>[] }[];
    (questions[4] as { answers: Record<string, unknown>[] }).answers = [
      answer('ei'),
      answer('kylla'),
    ];
    calm.rules = [{ tier: 2, answers: ['arki/raskasta'], reason: text('Syy') }];
    has(await problemsOf(calm), '/questions', /must ask about safety/);
    const line = selfCheck('l');
    (
      (line.questions as { answers: { help?: string[] }[] }[])[4]?.answers[1] as { help: string[] }
    ).help = ['ei-ole-numero'];
    has(
      await problemsOf(line),
      '/questions/4/answers/1/help/0',
      /no help line has the id ei-ole-numero/,
    );
    has(
      await problemsOf(selfCheck('h', { chain: 'ei-ole' })),
      '/chain',
      /no service chain has the id ei-ole/,
    );
  });

  it('reports a second self-check with the same id, and loads neither copy', async () => {
    const { catalogue, problems } = await load({
      'self-checks/hyva.yaml': selfCheck('hyva'),
      'self-checks/x-huono.yaml': selfCheck('hyva'),
    });
    assert.deepEqual(catalogue.selfChecks, []);
    has(problems, '/id', /duplicates the id of a record in self-checks\/hyva.yaml: neither copy/);
    assert.deepEqual(problems.map((problem) => problem.file).sort(), [
      'self-checks/hyva.yaml',
      'self-checks/x-huono.yaml',
    ]);
  });

  it('is written back by writeCatalogueFolder and reads back the same', async () => {
    const { catalogue } = await load({ 'self-checks/testi.yaml': selfCheck() });
    const out = await mkdtemp(join(tmpdir(), 'polku-written-'));
    folders.push(out);
    const target = join(out, 'catalogue');
    await writeCatalogueFolder(catalogue, target);
    const again = await loadCatalogue(target);
    assert.deepEqual(again.problems, []);
    assert.deepEqual(again.catalogue.selfChecks, catalogue.selfChecks);
  });
});

describe('the demo self-check', () => {
  it('loads with no problem, a draft with sources, fi, sv and en', async () => {
    const { catalogue, problems } = await loadDemoCatalogue();
    assert.deepEqual(problems, []);
    const [check] = catalogue.selfChecks;
    assert.equal(check?.id, 'perheen-jaksaminen');
    assert.equal(check?.draft, true);
    assert.ok(check?.review_note?.sv);
    assert.deepEqual(check?.available_languages, ['fi', 'sv', 'en']);
    // Every text of it in Swedish too (Swedish as good as Finnish: never a missing key).
    const missing: string[] = [];
    const walk = (value: unknown, path: string): void => {
      if (Array.isArray(value)) {
        for (const [index, item] of value.entries()) walk(item, `${path}/${index}`);
      } else if (value && typeof value === 'object') {
        const record = value as Record<string, unknown>;
        if (typeof record.fi === 'string' && typeof record.sv !== 'string') missing.push(path);
        for (const [key, inner] of Object.entries(record)) walk(inner, `${path}/${key}`);
      }
    };
    walk(check, '');
    assert.deepEqual(missing, []);
  });
});
