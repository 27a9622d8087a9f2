// GET /v1/self-checks and /v1/self-checks/{id}: the demo catalogue's self-check served whole and
// valid against the spec, after loading in the child process (so the compact copy must carry it),
// projected to one language on request, and the errors of the contract.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoCatalogueDir } from '@polku/catalogue';
import type { SelfCheck, SelfCheckPage } from '@polku/contract';
import { type StartedServer, startServer } from '../src/index.js';
import { checkResponse, fixtureStaticRoot, startTestServer } from './helpers.js';

describe('GET /v1/self-checks on the demo catalogue', () => {
  let server: StartedServer;
  const get = async (path: string, headers?: Record<string, string>) => {
    const response = await fetch(`${server.url}${path}`, { headers });
    return { response, body: await checkResponse(response, path) };
  };

  before(async () => {
    server = await startServer({
      catalogueDir: demoCatalogueDir,
      port: 0,
      logger: false,
      staticRoot: fixtureStaticRoot(),
      warn: () => {},
    });
    assert.deepEqual(server.problems, []);
  });
  after(() => server.close());

  it('lists the self-check, valid against SelfCheckPage, as a draft with its sources', async () => {
    const { body } = await get('/v1/self-checks');
    const page = body as SelfCheckPage;
    assert.equal(page.total_items, 1);
    const [check] = page.contents;
    assert.equal(check?.id, 'perheen-jaksaminen');
    assert.equal(check?.draft, true);
    assert.equal(check?.chain, 'perheiden-jaksaminen');
    assert.ok((check?.questions.length ?? 0) >= 5 && (check?.questions.length ?? 0) <= 8);
    assert.deepEqual(check?.available_languages, ['fi', 'sv', 'en']);
    assert.match(check?.sources[0]?.name ?? '', /palveluketjukuvaus/);
    // Every theme the issue names is asked about, and safety has a danger answer.
    const themes = new Set(check?.questions.map((question) => question.theme));
    for (const theme of ['everyday', 'couple', 'network', 'children', 'safety'] as const)
      assert.ok(themes.has(theme), theme);
    assert.ok(
      check?.questions.some(
        (question) =>
          question.theme === 'safety' && question.answers.some((answer) => answer.danger),
      ),
    );
  });

  it('serves one self-check, and in Swedish alone with lang=sv', async () => {
    const { body } = await get('/v1/self-checks/perheen-jaksaminen');
    const check = body as SelfCheck;
    assert.equal(check.name.fi, 'Millainen tuki sopisi meille nyt?');
    const swedish = (await get('/v1/self-checks/perheen-jaksaminen?lang=sv')).body as SelfCheck;
    assert.deepEqual(swedish.name, { sv: 'Vilket stöd kunde passa oss nu?' });
    assert.deepEqual(Object.keys(swedish.questions[0]?.answers[0]?.text ?? {}), ['sv']);
    assert.deepEqual(
      swedish.rules,
      check.rules.map((rule) => ({ ...rule, reason: { sv: rule.reason.sv } })),
    );
  });

  it('answers 304 to its ETag, 404 to an unknown id, 400 to a bad id or parameter', async () => {
    const { response } = await get('/v1/self-checks/perheen-jaksaminen');
    const etag = response.headers.get('etag') ?? '';
    const again = await get('/v1/self-checks/perheen-jaksaminen', { 'if-none-match': etag });
    assert.equal(again.response.status, 304);
    assert.equal((await get('/v1/self-checks/ei-ole')).response.status, 404);
    const bad = await get('/v1/self-checks/Ei%20Ole');
    assert.equal(bad.response.status, 400);
    assert.ok((bad.body as { errors: Record<string, unknown> }).errors.id);
    const unknown = await get('/v1/self-checks?answers=arki%2Fsujuu');
    assert.equal(unknown.response.status, 400);
    assert.ok((unknown.body as { errors: Record<string, unknown> }).errors.answers);
  });
});

describe('GET /v1/self-checks on a catalogue without any', () => {
  it('is an empty page, valid against the spec', async () => {
    const server = await startTestServer();
    try {
      const path = '/v1/self-checks';
      const page = (await checkResponse(await server.get(path), path)) as SelfCheckPage;
      assert.equal(page.total_items, 0);
      assert.deepEqual(page.contents, []);
    } finally {
      await server.close();
    }
  });
});
