// Spec-driven fuzzing of every operation (issue 17): random requests built from the spec's
// parameters with good and hostile values, the HSDS API's endpoints likewise, odd paths, bad
// methods and headers, against the server with the demo catalogue. No answer may be a 5xx; every 4xx is a problem+json body valid
// against the Problem schema; every 200 of an operation is valid against its schema; every body
// is well-formed JSON without a lone surrogate. The seed is printed; POLKU_FUZZ_SEED replays it.
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { demoCatalogueDir, loadCatalogue } from '@polku/catalogue';
import { createSchemaValidator } from '@polku/contract/validator';
import { startServer } from '@polku/server';
import { parseResponse, rawRequest } from '../../packages/server/test/raw-http.js';
import { fuzzHsdsPath, fuzzPath, oddPaths, operations, rawCase } from './lib/fuzz-cases.js';
import { random, report, size } from './lib/mode.js';

const validator = createSchemaValidator();
const seed = Number(process.env.POLKU_FUZZ_SEED ?? Math.floor(Math.random() * 2 ** 31));
let polku: Awaited<ReturnType<typeof startServer>>;
const ids: Record<string, string[]> = {};

before(async () => {
  polku = await startServer({ port: 0, host: '127.0.0.1', logger: false });
  const { catalogue } = await loadCatalogue(demoCatalogueDir);
  ids['/v1/services/{id}'] = catalogue.services.map((service) => service.id);
  ids['/v1/organizations/{id}'] = catalogue.organizations.map((organization) => organization.id);
  ids['/v1/service-chains/{id}'] = catalogue.chains.map((chain) => chain.id);
});
after(() => polku?.close());

const loneSurrogate =
  /\\u[dD][89abAB][0-9a-fA-F]{2}(?!\\u[dD][c-fC-F])|(?<!\\u[dD][89abAB][0-9a-fA-F]{2})\\u[dD][c-fC-F]/;

/** What is wrong with one answer, or undefined. */
function check(
  request: string,
  status: number,
  headers: Record<string, string>,
  body: string,
  successSchema: string | undefined,
): string | undefined {
  if (status === 0) return `${request}: no response`;
  if (status >= 500) return `${request}: ${status} ${body.slice(0, 200)}`;
  // A HEAD answer (raw) has no body to check.
  if (/^#\d+ HEAD /.test(request) && body === '') return undefined;
  if (loneSurrogate.test(body)) return `${request}: a lone surrogate in the body`;
  if (status >= 400) {
    if (!/^application\/problem\+json/.test(headers['content-type'] ?? ''))
      return `${request}: ${status} without problem+json (${headers['content-type']})`;
    let problem: unknown;
    try {
      problem = JSON.parse(body);
    } catch {
      return `${request}: ${status} body is not JSON: ${JSON.stringify(body.slice(0, 200))}`;
    }
    const errors = validator.validate('Problem', problem);
    if (errors.length > 0) return `${request}: not a Problem: ${errors.join('; ')}`;
    if ((problem as { status: number }).status !== status)
      return `${request}: status differs in the body`;
    if (status === 405 && headers.allow !== 'GET, HEAD, OPTIONS')
      return `${request}: 405 without Allow`;
  } else if (status === 200 && successSchema && body !== '') {
    const errors = validator.validate(successSchema, JSON.parse(body));
    if (errors.length > 0)
      return `${request}: 200 not a ${successSchema}: ${errors.slice(0, 3).join('; ')}`;
  }
  return undefined;
}

/** Runs `work` on `count` items, `concurrency` at a time. */
async function pool(count: number, concurrency: number, work: (index: number) => Promise<void>) {
  let next = 0;
  await Promise.all(
    Array.from({ length: concurrency }, async () => {
      while (next < count) await work(next++);
    }),
  );
}

test('every operation, fuzzed: no 5xx, every 4xx a problem, every 200 valid', {
  timeout: 600_000,
}, async () => {
  const next = random(seed);
  const counts = { requests: 0, raw: 0, byStatus: {} as Record<string, number> };
  const failures: string[] = [];
  const count = size(2500, 20_000);
  const started = Date.now();
  await pool(count, 16, async (index) => {
    const operation = operations[
      Math.floor(next() * operations.length)
    ] as (typeof operations)[number];
    // Mostly the /v1 operations of the spec; some odd paths; some of the HSDS API.
    const roll = next();
    const odd = roll < 0.04;
    const hsds = !odd && roll < 0.14;
    const path = odd
      ? (oddPaths[Math.floor(next() * oddPaths.length)] as string)
      : hsds
        ? fuzzHsdsPath(next, ids)
        : fuzzPath(next, operation, ids);
    const raw = next() < 0.15;
    let status: number;
    let headers: Record<string, string>;
    let body: string;
    let label = path.length > 120 ? `${path.slice(0, 120)}…` : path;
    if (raw) {
      const request = rawCase(next, path);
      label = `${request.label} ${label}`;
      const response = await rawRequest(polku.url, request.text, { timeoutMs: 5000 }).catch(
        (error: Error) => parseResponse(`error ${error.message}`),
      );
      ({ status, headers, body } = response);
      counts.raw += 1;
    } else {
      const head = next() < 0.05;
      if (head) label = `HEAD ${label}`;
      const response = await fetch(`${polku.url}${path}`, { method: head ? 'HEAD' : 'GET' });
      status = response.status;
      headers = Object.fromEntries(response.headers);
      body = await response.text();
      // A HEAD answer has the GET's headers and no body: check those as the GET's.
      if (head && body === '' && status !== 304) {
        const get = await fetch(`${polku.url}${path}`);
        body = await get.text();
        if (get.status !== status) body = `HEAD ${status} but GET ${get.status}`;
      }
    }
    counts.requests += 1;
    counts.byStatus[status] = (counts.byStatus[status] ?? 0) + 1;
    const apiPath = !odd && !hsds && !raw;
    const problem = check(
      `#${index} ${label}`,
      status,
      headers,
      body,
      apiPath ? operation.successSchema : undefined,
    );
    if (problem && failures.length < 50) failures.push(problem);
  });
  const serverErrors = Object.entries(counts.byStatus)
    .filter(([status]) => Number(status) >= 500)
    .reduce((sum, [, n]) => sum + n, 0);
  report('fuzz', {
    seed,
    requests: counts.requests,
    raw: counts.raw,
    byStatus: counts.byStatus,
    serverErrors,
    failures: failures.length,
    seconds: Math.round((Date.now() - started) / 100) / 10,
  });
  assert.deepEqual(failures, [], `seed ${seed}`);
  assert.equal(serverErrors, 0);
});
