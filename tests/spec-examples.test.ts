// The spec's examples work (issue 20): every id in an example is a real id of the demo catalogue,
// and every operation, called with its parameters' documented examples, answers its documented
// success status, so "try it" in /docs never meets a 404.
import assert from 'node:assert/strict';
import { after, before, describe, it } from 'node:test';
import { demoCatalogueDir, loadCatalogue } from '@polku/catalogue';
import { spec } from '@polku/contract/spec';
import { startServer } from '@polku/server';

type JsonObject = Record<string, unknown>;

interface ExampleParameter {
  name: string;
  in: string;
  example: unknown;
}

let polku: Awaited<ReturnType<typeof startServer>>;
before(async () => {
  polku = await startServer({ port: 0, host: '127.0.0.1', logger: false });
});
after(() => polku?.close());

function resolve<T>(node: T | { $ref: string }): T {
  if (node && typeof node === 'object' && '$ref' in node) {
    const [, , kind, name] = node.$ref.split('/');
    return resolve(
      ((spec as unknown as JsonObject).components as Record<string, JsonObject>)[kind as string]?.[
        name as string
      ] as T,
    );
  }
  return node as T;
}

/** The text of a parameter's example, as a client writes it (arrays comma-separated). */
function text(example: unknown): string {
  return Array.isArray(example) ? example.join(',') : String(example);
}

const operations = Object.entries(spec.paths as Record<string, Record<string, JsonObject>>).map(
  ([path, item]) => {
    const operation = item.get as JsonObject;
    const parameters = ((operation.parameters ?? []) as JsonObject[]).map((parameter) =>
      resolve(parameter as unknown as ExampleParameter),
    );
    const success = Object.keys(operation.responses as JsonObject).find((status) =>
      /^2\d\d$/.test(status),
    );
    return { path, id: operation.operationId as string, parameters, success: Number(success) };
  },
);

/** The request path with the path parameters' examples and the given query parameters. */
function url(operation: (typeof operations)[number], query: ExampleParameter[]): string {
  let path = operation.path;
  for (const parameter of operation.parameters.filter((p) => p.in === 'path')) {
    assert.ok(parameter.example !== undefined, `${operation.id}: ${parameter.name} has an example`);
    path = path.replace(`{${parameter.name}}`, encodeURIComponent(text(parameter.example)));
  }
  const search = query
    .map((parameter) => `${parameter.name}=${encodeURIComponent(text(parameter.example))}`)
    .join('&');
  return search ? `${path}?${search}` : path;
}

/** Parameters that only stand together (lat with lon; radius and sort=distance with both). */
function withCompanions(parameter: ExampleParameter, all: ExampleParameter[]): ExampleParameter[] {
  const needsPoint = ['lat', 'lon', 'radius'].includes(parameter.name);
  const point = all.filter((p) => p.name === 'lat' || p.name === 'lon');
  return needsPoint ? [...new Set([...point, parameter])] : [parameter];
}

describe('the spec examples', () => {
  it('every UUID and chain id in an example is a record of the demo catalogue', async () => {
    const { catalogue } = await loadCatalogue(demoCatalogueDir);
    const ids = new Set([
      ...catalogue.services.map((service) => service.id),
      ...catalogue.organizations.map((organization) => organization.id),
      ...catalogue.chains.map((chain) => chain.id),
    ]);
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
    const found: string[] = [];
    const walk = (node: unknown, inExample: boolean, key: string): void => {
      if (typeof node === 'string') {
        if (inExample && (uuid.test(node) || (key === 'chains' && node !== ''))) found.push(node);
      } else if (Array.isArray(node)) {
        for (const item of node) walk(item, inExample, key);
      } else if (node && typeof node === 'object') {
        for (const [name, value] of Object.entries(node))
          walk(
            value,
            inExample || name === 'example' || name === 'examples',
            name === 'id' ? key : name,
          );
      }
    };
    walk(spec, false, '');
    assert.ok(found.length >= 8, `${found.length} example ids found`);
    const missing = [...new Set(found)].filter((id) => !ids.has(id));
    assert.deepEqual(missing, [], 'example ids not in the demo catalogue');
  });

  for (const operation of operations) {
    it(`${operation.id}: each example answers ${operation.success}`, async () => {
      const query = operation.parameters.filter(
        (parameter) => parameter.in === 'query' && parameter.example !== undefined,
      );
      const requests = [
        url(operation, []),
        ...(query.length > 0 ? [url(operation, query)] : []),
        ...query.map((parameter) => url(operation, withCompanions(parameter, query))),
      ];
      for (const path of [...new Set(requests)]) {
        const response = await fetch(`${polku.url}${path}`);
        const body = await response.text();
        assert.equal(response.status, operation.success, `${path}: ${body.slice(0, 300)}`);
      }
    });
  }
});
