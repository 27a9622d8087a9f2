import assert from 'node:assert/strict';
import { before, describe, it } from 'node:test';
import type { CatalogueProblem } from '../src/catalogue.js';
import { loadCatalogue } from '../src/load/index.js';
import {
  chainId,
  cleanFiles,
  organizationA,
  organizationB,
  tempFolders,
  writtenService,
} from './fixture.js';

const folder = tempFolders();

const ids = {
  good: '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e01',
  goodToo: '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e02',
  badTier: '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e10',
  undefinedTier: '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e11',
  unknownOrganization: '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e12',
  rejectedOrganization: '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e13',
  missingSwedish: '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e14',
  javascriptUrl: '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e15',
  ageOrder: '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e16',
  unknownMunicipality: '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e17',
  badPhone: '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e18',
  json: '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e19',
};

describe('loadCatalogue on a clean folder', () => {
  it('loads every record with zero problems, derived fields filled and lists ordered', async () => {
    const dir = await folder(cleanFiles());
    const { catalogue, problems } = await loadCatalogue(dir);
    assert.deepEqual(problems, []);
    assert.equal(catalogue.id, 'test');
    assert.deepEqual(
      catalogue.tiers.map((tier) => tier.level),
      [1, 2, 3],
    );
    assert.deepEqual(
      catalogue.municipalities.map((municipality) => municipality.code),
      ['434', '638'],
    );
    // Services ordered by Finnish name: "Avoin ..." before "Perhekahvila".
    assert.deepEqual(
      catalogue.services.map((service) => service.id),
      [ids.goodToo, ids.good],
    );
    const service = catalogue.services[1];
    assert.ok(service);
    assert.deepEqual(service.organization, {
      id: organizationA,
      name: { fi: 'Hyvinvointialue', sv: 'Välfärdsområde' },
      type: 'public',
    });
    assert.equal(service.provider_type, 'public');
    assert.deepEqual(service.available_languages, ['fi', 'sv', 'en']);
    assert.equal(service.updated_at, '2026-11-01T00:00:00Z');
    assert.deepEqual(service.source, { name: 'Test fixture' });
    assert.equal(service.example_data, true);
    assert.deepEqual(catalogue.organizations[0]?.available_languages, ['fi', 'sv']);
  });

  it("fills the chain's tiers with its services as summaries, by Finnish name", async () => {
    const dir = await folder(cleanFiles());
    const { catalogue } = await loadCatalogue(dir);
    const chain = catalogue.chains[0];
    assert.ok(chain);
    assert.equal(chain.organization.id, organizationA);
    assert.deepEqual(
      chain.tiers.map((tier) => [tier.level, tier.services.map((summary) => summary.id)]),
      [
        [1, [ids.goodToo, ids.good]],
        [2, [ids.goodToo]],
      ],
    );
    assert.deepEqual(Object.keys(chain.tiers[0]?.services[0] ?? {}).sort(), [
      'id',
      'name',
      'organization',
      'provider_type',
      'referral',
      'summary',
      'tiers',
    ]);
  });
});

describe('loadCatalogue on a folder with broken records', () => {
  let problems: CatalogueProblem[];
  let loadedIds: string[];
  let chainTierIds: string[][];

  before(async () => {
    const files = cleanFiles();
    (files['organizations.yaml'] as unknown[]).push({
      id: organizationB,
      name: { fi: 'Yhdistys', sv: 'Förening' },
      type: 'ngo',
      municipalities: ['638'],
      url: 'ftp://example.org/',
    });
    (files['services/tier-1.yaml'] as unknown[]).push(
      writtenService(ids.badTier, { tiers: [5] }),
      writtenService(ids.undefinedTier, { tiers: [4] }),
      writtenService(ids.unknownOrganization, {
        organization: '11111111-2222-4333-8444-555555555555',
      }),
      writtenService(ids.rejectedOrganization, { organization: organizationB }),
      writtenService(ids.missingSwedish, { name: { fi: 'Perhekerho', en: 'Family club' } }),
      writtenService(ids.javascriptUrl, { url: 'javascript:alert(1)' }),
      writtenService(ids.good, { name: { fi: 'Kaksoiskappale', sv: 'Dubblett' } }),
      writtenService(ids.ageOrder, {
        audience: { groups: ['parents'], child_age_min: 10, child_age_max: 3 },
      }),
      writtenService(ids.unknownMunicipality, { municipalities: ['638', '091'] }),
      writtenService(ids.badPhone, { channels: [{ type: 'phone', phone: '019 5600 150 <b>' }] }),
      { name: { fi: 'Ei tunnistetta', sv: 'Utan id' } },
    );
    files['services/broken.yaml'] =
      '- id: 0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e20\n  name: { fi: Rikki\n  tiers: [1]\n';
    files['services/from-json.json'] = [
      writtenService(ids.json, { name: { fi: 'Ö-palvelu', sv: 'Ö-tjänst' } }),
    ];
    const dir = await folder(files);
    const result = await loadCatalogue(dir);
    problems = result.problems;
    loadedIds = result.catalogue.services.map((service) => service.id);
    chainTierIds =
      result.catalogue.chains[0]?.tiers.map((tier) => tier.services.map((s) => s.id)) ?? [];
  });

  const problemsOf = (record: string) => problems.filter((problem) => problem.record === record);
  const onlyProblem = (record: string): CatalogueProblem => {
    const found = problemsOf(record);
    assert.equal(found.length, 1, `one problem for ${record}, got ${JSON.stringify(found)}`);
    return found[0] as CatalogueProblem;
  };

  it('keeps the good records and leaves out every bad one', () => {
    assert.deepEqual(
      loadedIds.filter((id) => id !== ids.missingSwedish),
      [ids.goodToo, ids.json],
    );
    assert.deepEqual(chainTierIds, [[ids.goodToo, ids.missingSwedish, ids.json], [ids.goodToo]]);
  });

  it('reports a tier out of range with its pointer', () => {
    const problem = onlyProblem(ids.badTier);
    assert.equal(problem.file, 'services/tier-1.yaml');
    assert.equal(problem.field, '/tiers/0');
    assert.match(problem.message, /must be <= 4 \(got 5\)/);
  });

  it('reports a tier that tiers.yaml does not define', () => {
    const problem = onlyProblem(ids.undefinedTier);
    assert.equal(problem.field, '/tiers/0');
    assert.equal(problem.message, 'tier 4 is not defined in tiers.yaml');
  });

  it('reports an unknown organization, once, at /organization', () => {
    const problem = onlyProblem(ids.unknownOrganization);
    assert.equal(problem.field, '/organization');
    assert.equal(
      problem.message,
      'no organization has the id 11111111-2222-4333-8444-555555555555',
    );
  });

  it('rejects an organization with a non-http URL, and the services it provides', () => {
    const organizationProblem = onlyProblem(organizationB);
    assert.equal(organizationProblem.file, 'organizations.yaml');
    assert.equal(organizationProblem.field, '/url');
    assert.match(organizationProblem.message, /must be an http: or https: address/);
    const serviceProblem = onlyProblem(ids.rejectedOrganization);
    assert.equal(serviceProblem.field, '/organization');
    assert.match(
      serviceProblem.message,
      /organization .* was rejected \(see its problems in organizations\.yaml\)/,
    );
  });

  it('loads a service without a Swedish name: a missing language hides no help', () => {
    assert.deepEqual(problemsOf(ids.missingSwedish), []);
    assert.ok(loadedIds.includes(ids.missingSwedish));
  });

  it('reports a javascript: URL once, in plain words', () => {
    const problem = onlyProblem(ids.javascriptUrl);
    assert.equal(problem.field, '/url');
    assert.equal(problem.message, 'must be an http: or https: address (got "javascript:alert(1)")');
  });

  it('reports a duplicate id on both copies and loads neither', () => {
    const duplicates = problemsOf(ids.good);
    assert.equal(duplicates.length, 2);
    assert.deepEqual(
      duplicates.map((problem) => [problem.file, problem.field, problem.message]),
      [
        [
          'services/tier-1.yaml',
          '/id',
          'duplicates the id of a record in services/tier-1.yaml: neither copy is loaded',
        ],
        [
          'services/tier-1.yaml',
          '/id',
          'is also the id of a record in services/tier-1.yaml: neither copy is loaded',
        ],
      ],
    );
    assert.ok(!loadedIds.includes(ids.good));
  });

  it('reports an age range in the wrong order', () => {
    const problem = onlyProblem(ids.ageOrder);
    assert.equal(problem.field, '/audience/child_age_max');
    assert.equal(problem.message, 'is 3, below child_age_min 10');
  });

  it('reports a municipality missing from municipalities.yaml', () => {
    const problem = onlyProblem(ids.unknownMunicipality);
    assert.equal(problem.field, '/municipalities/1');
    assert.equal(problem.message, 'municipality 091 is not in municipalities.yaml');
  });

  it('reports characters a phone number cannot hold', () => {
    const problem = onlyProblem(ids.badPhone);
    assert.equal(problem.field, '/channels/0/phone');
    assert.match(problem.message, /may hold only digits/);
  });

  it('labels a record without an id by its index and lists every missing field', () => {
    const found = problemsOf('#12');
    assert.ok(found.length >= 5, JSON.stringify(found));
    assert.ok(
      found.some((problem) => problem.field === '/id' && problem.message === 'is required'),
    );
    assert.ok(
      found.some(
        (problem) => problem.field === '/organization' && problem.message === 'is required',
      ),
    );
  });

  it('reports broken YAML with its file and line, and reads the other files', () => {
    const yamlProblems = problems.filter((problem) => problem.file === 'services/broken.yaml');
    assert.equal(yamlProblems.length >= 1, true);
    assert.match(yamlProblems[0]?.message ?? '', /^YAML syntax error at line \d+, column \d+: /);
    assert.equal(yamlProblems[0]?.record, undefined);
    assert.ok(loadedIds.includes(ids.json));
  });

  it('reports nothing else', () => {
    const expectedRecords = new Set([...Object.values(ids), organizationB, '#12']);
    const unexpected = problems.filter(
      (problem) =>
        problem.file !== 'services/broken.yaml' && !expectedRecords.has(problem.record ?? ''),
    );
    assert.deepEqual(unexpected, []);
    assert.equal(problemsOf(ids.goodToo).length, 0);
    assert.equal(problemsOf(ids.json).length, 0);
  });
});

describe('loadCatalogue on a broken folder as a whole', () => {
  it('reports a missing catalogue.yaml and returns an empty catalogue', async () => {
    const files = cleanFiles();
    delete files['catalogue.yaml'];
    const { catalogue, problems } = await loadCatalogue(await folder(files));
    assert.deepEqual(problems, [
      {
        file: 'catalogue.yaml',
        message: 'is missing: a catalogue folder needs catalogue.yaml (id, name, defaults)',
      },
    ]);
    assert.equal(catalogue.services.length, 0);
  });

  it('reports a broken catalogue.yaml with its line and returns an empty catalogue', async () => {
    const files = cleanFiles();
    files['catalogue.yaml'] = 'id: test\nname: [fi: Testi\n';
    const { catalogue, problems } = await loadCatalogue(await folder(files));
    assert.equal(problems[0]?.file, 'catalogue.yaml');
    assert.match(problems[0]?.message ?? '', /^YAML syntax error at line \d+/);
    assert.equal(catalogue.services.length, 0);
  });

  it('reports a bad default in catalogue.yaml with its pointer', async () => {
    const files = cleanFiles();
    files['catalogue.yaml'] = {
      id: 'test',
      name: { fi: 'Testi' },
      defaults: { updated_at: 'yesterday' },
    };
    const { problems } = await loadCatalogue(await folder(files));
    assert.deepEqual(
      problems.map((problem) => [problem.file, problem.field]),
      [['catalogue.yaml', '/defaults/updated_at']],
    );
  });

  it('reports a chain tier that writes its services, and the services that name the rejected chain', async () => {
    const files = cleanFiles();
    const chain = files[`chains/${chainId}.yaml`] as { tiers: Record<string, unknown>[] };
    (chain.tiers[0] as Record<string, unknown>).services = [];
    const { catalogue, problems } = await loadCatalogue(await folder(files));
    assert.deepEqual(problems[0], {
      file: `chains/${chainId}.yaml`,
      record: chainId,
      field: '/tiers/0/services',
      message:
        'is filled by the loader from the services whose tiers and chains include it: leave it out',
    });
    assert.equal(catalogue.chains.length, 0);
    assert.ok(
      problems.some(
        (problem) =>
          problem.field === '/chains/0' &&
          /service chain perheiden-jaksaminen was rejected/.test(problem.message),
      ),
    );
  });

  it('reports an available_languages that disagrees with the texts', async () => {
    const files = cleanFiles();
    const services = files['services/tier-1.yaml'] as Record<string, unknown>[];
    (services[0] as Record<string, unknown>).available_languages = ['fi', 'sv'];
    const { problems } = await loadCatalogue(await folder(files));
    assert.equal(problems.length, 1);
    assert.equal(problems[0]?.field, '/available_languages');
    assert.match(
      problems[0]?.message ?? '',
      /says \[fi, sv\] but name, summary, description are all written in \[fi, sv, en\]/,
    );
  });

  it('reports an unquoted municipality code with a hint to quote it', async () => {
    const files = cleanFiles();
    files['municipalities.yaml'] = '- code: 018\n  name: { fi: Askola }\n  bilingual: false\n';
    const { problems } = await loadCatalogue(await folder(files));
    const problem = problems.find((candidate) => candidate.file === 'municipalities.yaml');
    assert.equal(problem?.field, '/code');
    assert.match(problem?.message ?? '', /quote it in YAML/);
  });
});
