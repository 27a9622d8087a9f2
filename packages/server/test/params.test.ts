// Parameter parsing from the spec's definitions, without HTTP.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { operationParameters, parseQuery } from '../src/http/params.js';

const search = operationParameters.get('searchServices')!;

test('every operation of the spec has its parameters compiled', () => {
  assert.deepEqual([...operationParameters.keys()].sort(), [
    'getApiRoot',
    'getOrganization',
    'getSelfCheck',
    'getService',
    'getServiceChain',
    'listMunicipalities',
    'listOrganizations',
    'listSelfChecks',
    'listServiceChains',
    'listTiers',
    'listUrgentHelp',
    'searchServices',
  ]);
  assert.equal(search.query.size, 19);
});

test('arrays are comma-separated and typed, scalars coerced', () => {
  const { values, errors } = parseQuery(
    search,
    'tier=3,2,1&municipality=638,434&free=true&age=3&lat=60.5&lon=25&q=v%C3%A4synyt+vanhempi',
  );
  assert.deepEqual({ ...errors }, {});
  assert.deepEqual(values, {
    tier: [3, 2, 1],
    municipality: ['638', '434'],
    free: true,
    age: 3,
    lat: 60.5,
    lon: 25,
    q: 'väsynyt vanhempi',
  });
});

test('all errors of all parameters are collected', () => {
  const { errors } = parseQuery(
    search,
    'tier=0,9&per_page=1000&colour=red&free=maybe&municipality=1,22,333',
  );
  assert.deepEqual(Object.keys(errors).sort(), [
    'colour',
    'free',
    'municipality',
    'per_page',
    'tier',
  ]);
  assert.equal(errors.tier?.length, 2);
  assert.equal(errors.municipality?.length, 2);
  assert.deepEqual(errors.colour, ['unknown parameter']);
});

test('repeated and badly encoded parameters are errors', () => {
  assert.deepEqual(Object.keys(parseQuery(search, 'tier=1&tier=2').errors), ['tier']);
  assert.deepEqual(Object.keys(parseQuery(search, 'q=%FF').errors), ['q']);
  assert.deepEqual(Object.keys(parseQuery(search, '%FF=1').errors).length, 1);
});
