// polku-catalogue sync-ptv against a local server that replays PTV Open API v11 responses in their
// real shapes (paging envelopes, records as the list endpoints return them), written here.
import assert from 'node:assert/strict';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { parse, stringify } from 'yaml';
import { loadCatalogue } from '../src/load/index.js';
import { retryAfterMs } from '../src/ptv-sync/http.js';
import { run } from './run-cli.js';

type Json = Record<string, unknown>;
const text = (type: string, language: string, value: string) => ({ type, language, value });
const id = (n: number) => `00000000-0000-4000-8000-0000000ff${String(n).padStart(3, '0')}`;
const porvooOrg = id(1);
const loviisaOrg = id(2);
const [serviceA, serviceB, serviceC] = [id(11), id(12), id(13)];
const [channelA, channelB] = [id(21), id(22)];

function organization(orgId: string, fi: string, sv: string, code: string): Json {
  return {
    id: orgId,
    organizationType: 'Municipality',
    organizationNames: [text('Name', 'fi', fi), text('Name', 'sv', sv)],
    areaType: 'LimitedType',
    areas: [{ type: 'Municipality', municipalities: [{ code }] }],
    publishingStatus: 'Published',
  };
}

function service(
  serviceId: string,
  fi: string,
  sv: string,
  orgId: string,
  channel: string,
  modified: string,
  codes: string[],
): Json {
  return {
    id: serviceId,
    type: 'Service',
    serviceNames: [text('Name', 'fi', fi), text('Name', 'sv', sv)],
    serviceDescriptions: [
      text('Summary', 'fi', `${fi} lapsiperheille.`),
      text('Summary', 'sv', `${sv} för barnfamiljer.`),
      text('Description', 'fi', `${fi}: tukea arkeen.`),
      text('Description', 'sv', `${sv}: stöd i vardagen.`),
    ],
    serviceChargeType: 'FreeOfCharge',
    areaType: 'LimitedType',
    areas: [{ type: 'Municipality', municipalities: codes.map((code) => ({ code })) }],
    languages: ['fi', 'sv'],
    targetGroups: [{ code: 'KR1.2' }],
    organizations: [{ roleType: 'Responsible', organization: { id: orgId } }],
    serviceChannels: [{ serviceChannel: { id: channel }, serviceHours: [], contactDetails: null }],
    publishingStatus: 'Published',
    modified,
  };
}

function phoneChannel(channelId: string, number: string, serviceIds: string[]): Json {
  return {
    id: channelId,
    serviceChannelType: 'Phone',
    serviceChannelNames: [text('Name', 'fi', 'Neuvonta'), text('Name', 'sv', 'Rådgivning')],
    languages: ['fi', 'sv'],
    phoneNumbers: [{ type: 'Phone', prefixNumber: '+358', number, language: 'fi' }],
    services: serviceIds.map((serviceId) => ({ service: { id: serviceId } })),
    publishingStatus: 'Published',
  };
}

const envelope = (itemList: Json[] | null, pageNumber = 1, pageCount = 1) => ({
  pageNumber,
  pageSize: 1,
  pageCount,
  itemList,
});

const list = (kind: string, code: string, page: number) =>
  `/api/v11/${kind}/list/area/Municipality/code/${code}?page=${page}`;

interface Seen {
  path: string;
  ifModifiedSince?: string;
  at: number;
}

/** Each path answers from its queue of responses (the last one repeats). */
type Reply =
  | { status: number; body?: unknown; headers?: Record<string, string> }
  | ((request: IncomingMessage) => {
      status: number;
      body?: unknown;
      headers?: Record<string, string>;
    });

async function replay(
  routes: Record<string, Reply[]>,
): Promise<{ url: string; seen: Seen[]; server: Server }> {
  const seen: Seen[] = [];
  const served = new Map<string, number>();
  const server = createServer((request, response) => {
    const path = request.url ?? '';
    const header = request.headers['if-modified-since'];
    seen.push({
      path,
      ...(typeof header === 'string' ? { ifModifiedSince: header } : {}),
      at: Date.now(),
    });
    const queue = routes[path];
    if (!queue) {
      response
        .writeHead(404, { 'content-type': 'application/json' })
        .end('{"message":"not found"}');
      return;
    }
    const index = served.get(path) ?? 0;
    served.set(path, index + 1);
    const entry = queue[Math.min(index, queue.length - 1)] as Reply;
    const reply = typeof entry === 'function' ? entry(request) : entry;
    response.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers });
    response.end(reply.body === undefined ? '' : JSON.stringify(reply.body));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  servers.push(server);
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, seen, server };
}

const servers: Server[] = [];
const folders: string[] = [];
after(async () => {
  for (const server of servers) server.close();
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

const ok = (body: unknown) => ({ status: 200, body });
const fast = ['--interval-ms', '0', '--backoff-ms', '50'];

describe('polku-catalogue sync-ptv', () => {
  it('pages through the list endpoints, waits out a 429 (Retry-After) and a 503, fetches referenced records, writes through the overlay', async () => {
    const a = service(
      serviceA,
      'Perheneuvola',
      'Familjerådgivning',
      porvooOrg,
      channelA,
      '2026-10-01T08:00:00',
      ['638', '434'],
    );
    const b = service(
      serviceB,
      'Kotipalvelu',
      'Hemservice',
      loviisaOrg,
      channelB,
      '2026-10-02T08:00:00',
      ['638'],
    );
    const c = service(
      serviceC,
      'Perhekahvila',
      'Familjecafé',
      loviisaOrg,
      channelB,
      '2026-10-03T08:00:00',
      ['434'],
    );
    const first = {
      [list('Organization', '638', 1)]: [
        ok(envelope([organization(porvooOrg, 'Porvoon kaupunki', 'Borgå stad', '638')])),
      ],
      [list('Service', '638', 1)]: [
        { status: 429, headers: { 'retry-after': '1' } },
        ok(envelope([a], 1, 2)),
      ],
      [list('Service', '638', 2)]: [{ status: 503 }, ok(envelope([b], 2, 2))],
      [list('ServiceChannel', '638', 1)]: [
        ok(envelope([phoneChannel(channelA, '401234567', [serviceA])])),
      ],
      [list('Organization', '434', 1)]: [ok(envelope(null, 1, 0))],
      [list('Service', '434', 1)]: [ok(envelope([a, c]))],
      [list('ServiceChannel', '434', 1)]: [ok(envelope([]))],
      [`/api/v11/ServiceChannel/list?guids=${channelB}`]: [
        ok([phoneChannel(channelB, '407654321', [serviceB, serviceC])]),
      ],
      [`/api/v11/Organization/list?guids=${loviisaOrg}`]: [
        ok([organization(loviisaOrg, 'Loviisan kaupunki', 'Lovisa stad', '434')]),
      ],
    };
    const ptv = await replay(first);
    const dir = await mkdtemp(join(tmpdir(), 'polku-sync-'));
    folders.push(dir);
    const out = join(dir, 'catalogue');
    const synced = await run([
      'sync-ptv',
      '--municipality',
      '638,434',
      '--api',
      ptv.url,
      ...fast,
      out,
    ]);
    assert.equal(synced.code, 0, synced.stdout + synced.stderr);
    assert.match(
      synced.stdout,
      /^retry: GET .*Service\/list\/area\/Municipality\/code\/638\?page=1: 429.*\(Retry-After\)$/m,
    );
    assert.match(synced.stdout, /^retry: GET .*code\/638\?page=2: 503/m);
    const tries = ptv.seen.filter((seen) => seen.path === list('Service', '638', 1));
    assert.equal(tries.length, 2);
    assert.ok((tries[1]?.at ?? 0) - (tries[0]?.at ?? 0) >= 950, 'waited the Retry-After second');
    assert.ok(
      ptv.seen.every((seen) => seen.ifModifiedSince === undefined),
      'a first sync asks for everything',
    );
    const { catalogue, problems } = await loadCatalogue(out);
    assert.deepEqual(problems, []);
    assert.deepEqual(catalogue.services.map((entry) => entry.id).sort(), [
      serviceA,
      serviceB,
      serviceC,
    ]);
    const home = catalogue.services.find((entry) => entry.id === serviceB);
    assert.ok(
      home?.channels.some(
        (channel) => channel.type === 'phone' && channel.phone === '+358 407654321',
      ),
    );
    assert.equal(home?.organization.id, loviisaOrg);
    const state = JSON.parse(await readFile(join(out, 'ptv-sync.json'), 'utf8'));
    assert.equal(state.modified, '2026-10-03T08:00:00');
    assert.deepEqual(state.municipalities, ['638', '434']);

    // The county places service A; the next sync keeps that, reuses 304 pages, reports B as gone.
    const overlay = parse(await readFile(join(out, 'ptv-overlay.yaml'), 'utf8'));
    overlay[serviceA] = { tiers: [2], keywords: { sv: ['trött'] } };
    await writeFile(join(out, 'ptv-overlay.yaml'), stringify(overlay));
    const c2 = { ...c, modified: '2026-11-20T08:00:00' };
    const notModified = (body: unknown) => (request: IncomingMessage) =>
      request.headers['if-modified-since'] ? { status: 304 } : ok(body);
    const second = await replay({
      ...first,
      [list('Organization', '638', 1)]: [notModified(first[list('Organization', '638', 1)]?.[0])],
      [list('Service', '638', 1)]: [notModified(envelope([a], 1, 2))],
      [list('Service', '638', 2)]: [ok(envelope([], 2, 2))],
      [list('Service', '434', 1)]: [ok(envelope([a, c2]))],
      [`/api/v11/ServiceChannel/list?guids=${channelB}`]: [
        ok([phoneChannel(channelB, '407654321', [serviceC])]),
      ],
    });
    const again = await run([
      'sync-ptv',
      '--municipality',
      '638,434',
      '--api',
      second.url,
      ...fast,
      out,
    ]);
    assert.equal(again.code, 0, again.stdout + again.stderr);
    assert.ok(
      second.seen
        .filter((seen) => seen.path.includes('/list/area/'))
        .every((seen) => seen.ifModifiedSince === new Date(state.synced_at).toUTCString()),
      'every list page asks If-Modified-Since the previous sync',
    );
    assert.match(again.stdout, /2 not modified since/);
    assert.match(again.stdout, /1 modified since the last sync \(2026-10-03T08:00:00\)/);
    assert.match(again.stdout, new RegExp(`^gone from PTV: ${serviceB}: Kotipalvelu`, 'm'));
    const reloaded = await loadCatalogue(out);
    assert.deepEqual(reloaded.problems, []);
    const placed = reloaded.catalogue.services.find((entry) => entry.id === serviceA);
    assert.deepEqual(placed?.tiers, [2]);
    assert.ok(placed?.keywords.sv?.includes('trött'));
    assert.ok(!reloaded.catalogue.services.some((entry) => entry.id === serviceB));
    // Porvoo's organization came only from a 304 page: rebuilt from ptv-records.json.
    assert.ok(reloaded.catalogue.organizations.some((entry) => entry.id === porvooOrg));
  });

  it('exits 1 naming the request when PTV keeps failing, and leaves the folder as it was', async () => {
    const ptv = await replay({
      [list('Organization', '638', 1)]: [ok(envelope([]))],
      [list('Service', '638', 1)]: [{ status: 500 }],
    });
    const dir = await mkdtemp(join(tmpdir(), 'polku-sync-'));
    folders.push(dir);
    const out = join(dir, 'catalogue');
    const failed = await run([
      'sync-ptv',
      '--municipality',
      '638',
      '--api',
      ptv.url,
      ...fast,
      '--retries',
      '2',
      out,
    ]);
    assert.equal(failed.code, 1, failed.stdout);
    assert.match(
      failed.stdout,
      /^error: GET .*Service\/list\/area\/Municipality\/code\/638\?page=1: 500 Internal Server Error, 3 tries$/m,
    );
    assert.match(failed.stdout, /^FAILED: PTV sync of 638 .* was not changed$/m);
    assert.equal(ptv.seen.filter((seen) => seen.path === list('Service', '638', 1)).length, 3);
    await assert.rejects(readFile(join(out, 'catalogue.yaml')));

    const missing = await replay({});
    const notFound = await run([
      'sync-ptv',
      '--municipality',
      '638',
      '--api',
      missing.url,
      ...fast,
      out,
    ]);
    assert.equal(notFound.code, 1);
    assert.match(
      notFound.stdout,
      /Organization\/list\/area\/Municipality\/code\/638\?page=1: 404 Not Found$/m,
    );
    assert.equal(missing.seen.length, 1, 'a 404 is not retried');
  });

  it('refuses bad municipality codes and base URLs (exit 2)', async () => {
    for (const args of [
      ['--municipality', '63'],
      ['--municipality', '638', '--api', 'ftp://x'],
    ]) {
      const { code, stderr } = await run(['sync-ptv', ...args, '/tmp/polku-never-written']);
      assert.equal(code, 2, stderr);
      assert.match(stderr, /Usage:/);
    }
  });

  it('reads Retry-After as seconds or an HTTP date', () => {
    assert.equal(retryAfterMs('3'), 3000);
    assert.equal(
      retryAfterMs('Tue, 01 Dec 2026 10:00:05 GMT', Date.parse('2026-12-01T10:00:00Z')),
      5000,
    );
    assert.equal(retryAfterMs(null), undefined);
    assert.equal(retryAfterMs('soon'), undefined);
  });
});
