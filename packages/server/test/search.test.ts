// searchServices without HTTP: filters (AND across parameters, OR within one), facets over the
// whole result, stable paging, orderings and the tier grouping of the contract.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { Service, ServiceSearchParams } from '@polku/contract';
import { generateCatalogue } from '@polku/generator';
import { buildSearchIndex, searchServices } from '../src/index.js';
import { fixtureCatalogue, validator } from './helpers.js';

const catalogue = fixtureCatalogue();
const index = buildSearchIndex(catalogue);

/** Every matching service, in order, through the pages. */
function all(params: ServiceSearchParams): Service[] {
  const found: Service[] = [];
  for (let page = 1; ; page += 1) {
    const result = searchServices(index, { ...params, page, per_page: 100 });
    assert.deepEqual(validator.validate('ServicePage', result), []);
    found.push(...result.contents);
    if (result.last_page) return found;
  }
}

const ids = (services: Service[]) => services.map((service) => service.id).sort();

describe('filters', () => {
  test('several values of one parameter are OR, different parameters AND', () => {
    const expected = catalogue.services.filter(
      (s) =>
        (s.tiers.includes(2) || s.tiers.includes(3)) &&
        s.municipalities.includes('638') &&
        s.cost.free,
    );
    assert.ok(expected.length > 0);
    assert.deepEqual(ids(all({ tier: [2, 3], municipality: ['638'], free: true })), ids(expected));
  });

  test('each filter selects what the spec says', () => {
    const cases: [ServiceSearchParams, (s: Service) => boolean][] = [
      [
        { provider_type: ['ngo', 'parish'] },
        (s) => s.provider_type === 'ngo' || s.provider_type === 'parish',
      ],
      [
        { channel: ['phone', 'home_visit'] },
        (s) => s.channels.some((c) => c.type === 'phone' || c.type === 'home_visit'),
      ],
      [{ language: ['sv'] }, (s) => s.delivery_languages.includes('sv')],
      [{ free: false }, (s) => !s.cost.free],
      [{ no_referral: true }, (s) => !s.referral.required],
      [{ no_referral: false }, (s) => s.referral.required],
      [
        { age: 3 },
        (s) =>
          (s.audience.child_age_min === undefined || s.audience.child_age_min <= 3) &&
          (s.audience.child_age_max === undefined || s.audience.child_age_max >= 3),
      ],
      [{ chain: [catalogue.chains[0]!.id] }, (s) => s.chains.includes(catalogue.chains[0]!.id)],
      [
        { organization: [catalogue.services[0]!.organization.id] },
        (s) => s.organization.id === catalogue.services[0]!.organization.id,
      ],
      [
        { id: [catalogue.services[1]!.id, catalogue.services[9]!.id] },
        (s) => s === catalogue.services[1] || s === catalogue.services[9],
      ],
    ];
    for (const [params, predicate] of cases) {
      const expected = catalogue.services.filter(predicate);
      assert.ok(
        expected.length > 0 && expected.length < catalogue.services.length,
        JSON.stringify(params),
      );
      assert.deepEqual(ids(all(params)), ids(expected), JSON.stringify(params));
    }
  });

  test('radius keeps services with an in-person address that near, and distance is given', () => {
    const point = { lat: 60.3932, lon: 25.6651 };
    const result = all({ ...point, radius: 20_000, sort: 'distance' });
    assert.ok(result.length > 0);
    for (const service of result)
      assert.ok(service.distance !== undefined && service.distance <= 20_000);
    const distances = result.map((s) => s.distance as number);
    assert.deepEqual(
      distances,
      [...distances].sort((a, b) => a - b),
    );
  });

  test('radius agrees with a plain haversine over every in-person address', () => {
    const generated = generateCatalogue({ services: 1500, seed: 5 });
    const generatedIndex = buildSearchIndex(generated);
    const haversine = (a: { lat: number; lon: number }, b: { lat: number; lon: number }) => {
      const rad = Math.PI / 180;
      const h =
        Math.sin(((b.lat - a.lat) * rad) / 2) ** 2 +
        Math.cos(a.lat * rad) * Math.cos(b.lat * rad) * Math.sin(((b.lon - a.lon) * rad) / 2) ** 2;
      return 2 * 6_371_008.8 * Math.asin(Math.min(1, Math.sqrt(h)));
    };
    const points = [
      { lat: 60.3932, lon: 25.6651 },
      { lat: 60.2, lon: 26.4 },
      { lat: 61.5, lon: 24.0 },
      { lat: 69.9, lon: 27.0 },
    ];
    for (const point of points) {
      for (const radius of [2_000, 15_000, 60_000, 400_000]) {
        const expected = generated.services.filter((service) =>
          service.channels.some(
            (channel) =>
              channel.type === 'in_person' &&
              channel.address.location !== undefined &&
              haversine(point, channel.address.location) <= radius,
          ),
        );
        const found = searchServices(generatedIndex, { ...point, radius, per_page: 100 });
        assert.equal(found.total_items, expected.length, JSON.stringify({ ...point, radius }));
      }
    }
  });

  test('a few services and the whole catalogue get the same distances', () => {
    // Few candidates are measured service by service, many by the points in the radius's
    // latitudes (query/distance.ts): both ways must agree to the metre and on the radius.
    const generated = generateCatalogue({ services: 1500, seed: 11 });
    const generatedIndex = buildSearchIndex(generated);
    const some = generated.services.filter((_, i) => i % 16 === 0).map((service) => service.id);
    for (const point of [
      { lat: 60.3932, lon: 25.6651 },
      { lat: 60.6, lon: 26.2 },
    ]) {
      for (const radius of [15_000, 40_000, undefined]) {
        const params = { ...point, ...(radius ? { radius } : {}), sort: 'distance' as const };
        const distances = (found: Service[]) =>
          found.map((service) => [service.id, service.distance]).sort();
        const wanted = new Set(some);
        const everything = searchServices(generatedIndex, { ...params, per_page: 100, page: 1 });
        let whole: Service[] = [...everything.contents];
        for (let page = 2; page <= everything.total_pages; page += 1)
          whole = whole.concat(
            searchServices(generatedIndex, { ...params, per_page: 100, page }).contents,
          );
        const few = searchServices(generatedIndex, { ...params, id: some, per_page: 100 }).contents;
        assert.ok(few.length > 0, JSON.stringify(params));
        assert.deepEqual(
          distances(few),
          distances(whole.filter((service) => wanted.has(service.id))),
          JSON.stringify(params),
        );
      }
    }
  });

  test('sort=distance puts services with no address last', () => {
    const result = all({ lat: 60.39, lon: 25.66, sort: 'distance' });
    const firstWithout = result.findIndex((s) => s.distance === undefined);
    assert.ok(firstWithout > 0);
    assert.ok(result.slice(firstWithout).every((s) => s.distance === undefined));
    assert.equal(result.length, catalogue.services.length);
  });
});

describe('facets', () => {
  test('count over the whole result, not the page', () => {
    const params = { q: 'perhe', municipality: ['638', '434'] };
    const result = searchServices(index, { ...params, per_page: 5 });
    const everything = all(params);
    assert.equal(result.total_items, everything.length);
    const tierCounts: Record<string, number> = {};
    const channelCounts: Record<string, number> = {};
    for (const service of everything) {
      for (const tier of service.tiers) tierCounts[tier] = (tierCounts[tier] ?? 0) + 1;
      for (const type of new Set(service.channels.map((c) => c.type)))
        channelCounts[type] = (channelCounts[type] ?? 0) + 1;
    }
    assert.deepEqual(result.facets.tier, tierCounts);
    assert.deepEqual(result.facets.channel, channelCounts);
    const providerTotal = Object.values(result.facets.provider_type).reduce((a, b) => a + b, 0);
    assert.equal(providerTotal, everything.length);
  });

  test('of the whole catalogue: right every time, and a caller that changes them changes its own', () => {
    // They are counted once and copied after (facets.ts).
    const municipalities: Record<string, number> = {};
    for (const service of catalogue.services)
      for (const code of new Set(service.municipalities))
        municipalities[code] = (municipalities[code] ?? 0) + 1;
    const first = searchServices(index, {}).facets;
    const second = searchServices(index, { sort: 'name' }).facets;
    for (const facets of [first, second]) {
      assert.deepEqual(facets.municipality, municipalities);
      facets.municipality['638'] = -1;
      delete facets.tier['1'];
    }
    const third = searchServices(index, { page: 2 }).facets;
    assert.deepEqual(third.municipality, municipalities);
    assert.ok((third.tier['1'] ?? 0) > 0);
  });
});

describe('ordering and paging', () => {
  test('without q the order is by name in the language of lang', () => {
    const fi = all({}).map((s) => s.name.fi ?? '');
    const collator = new Intl.Collator('fi', {
      sensitivity: 'base',
      numeric: true,
      ignorePunctuation: true,
    });
    for (let i = 1; i < fi.length; i += 1)
      assert.ok(
        collator.compare(fi[i - 1]!.toLowerCase(), fi[i]!.toLowerCase()) <= 0,
        `${fi[i - 1]} > ${fi[i]}`,
      );
    const sv = all({ sort: 'name', lang: 'sv' }).map((s) => s.name.sv ?? s.name.fi ?? '');
    const svCollator = new Intl.Collator('sv', {
      sensitivity: 'base',
      numeric: true,
      ignorePunctuation: true,
    });
    for (let i = 1; i < sv.length; i += 1)
      assert.ok(svCollator.compare(sv[i - 1]!.toLowerCase(), sv[i]!.toLowerCase()) <= 0);
  });

  test('tier=3,2,1 lists tier 3 services first, then tier 2, then tier 1', () => {
    for (const params of [
      { tier: [3, 2, 1] as (1 | 2 | 3 | 4)[] },
      { tier: [3, 2, 1] as (1 | 2 | 3 | 4)[], q: 'perhe' },
    ]) {
      const result = all(params);
      const groups = result.map((s) => (s.tiers.includes(3) ? 0 : s.tiers.includes(2) ? 1 : 2));
      assert.deepEqual(
        groups,
        [...groups].sort((a, b) => a - b),
      );
      assert.ok(new Set(groups).size >= (params.q ? 2 : 3), `groups ${[...new Set(groups)]}`);
    }
  });

  test('pages partition the result; ties are broken by id', () => {
    const whole = all({ q: 'perhe' }).map((s) => s.id);
    const paged: string[] = [];
    for (let page = 1; page <= Math.ceil(whole.length / 7); page += 1) {
      paged.push(
        ...searchServices(index, { q: 'perhe', page, per_page: 7 }).contents.map((s) => s.id),
      );
    }
    assert.deepEqual(paged, whole);
    const beyond = searchServices(index, { q: 'perhe', page: 1000 });
    assert.equal(beyond.empty, true);
    assert.equal(beyond.contents.length, 0);
    assert.equal(beyond.total_items, whole.length);
    assert.equal(beyond.last_page, true);
  });

  test('a query with no letters finds nothing and repeated queries give the same result', () => {
    assert.equal(searchServices(index, { q: '!!!' }).total_items, 0);
    const a = searchServices(index, { q: 'perheneuvola' });
    searchServices(index, { q: 'vertaistuki', tier: [2] });
    const b = searchServices(index, { q: 'perheneuvola' });
    assert.deepEqual(a, b);
  });

  test('lang projects the returned services', () => {
    const result = searchServices(index, { q: 'familjerådgivning', lang: 'sv', per_page: 3 });
    assert.ok(result.contents.length > 0);
    for (const service of result.contents) assert.deepEqual(Object.keys(service.name), ['sv']);
  });
});
