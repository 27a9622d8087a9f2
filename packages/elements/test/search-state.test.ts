import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { nearestTier } from '../src/finder/search.js';
import { noFilters, searchParams, splitList, tierOrder } from '../src/finder/search-state.js';
import { readUrlState, serviceLink, writeUrlState } from '../src/finder/url-state.js';

const facets = (tier: Record<string, number>) => ({
  tier,
  municipality: {},
  provider_type: {},
  channel: {},
  language: {},
});

describe('search state', () => {
  it('asks for the chosen tier first and every lighter one after it', () => {
    assert.deepEqual(tierOrder(3), [3, 2, 1]);
    assert.deepEqual(tierOrder(1), [1]);
    assert.deepEqual(
      searchParams({
        query: '  väsynyt ',
        tier: 2,
        filters: { ...noFilters, free: true },
        chain: [],
        perPage: 20,
      }),
      { per_page: 20, q: 'väsynyt', tier: [2, 1], free: true },
    );
  });

  it('sends no empty parameter', () => {
    assert.deepEqual(
      searchParams({ query: ' ', tier: undefined, filters: noFilters, chain: [], perPage: 20 }),
      {
        per_page: 20,
      },
    );
  });

  it('splits code lists written with commas or spaces', () => {
    assert.deepEqual(splitList('638, 434 018'), ['638', '434', '018']);
    assert.deepEqual(splitList(null), []);
  });

  it('offers the nearest tier that has services', () => {
    assert.equal(nearestTier(2, facets({ '4': 3, '3': 1 })), 3);
    assert.equal(nearestTier(3, facets({ '1': 2, '4': 0 })), 1);
    assert.equal(nearestTier(2, facets({ '2': 5 })), undefined);
    assert.equal(nearestTier(2, undefined), undefined);
  });

  it('round-trips through namespaced URL parameters and leaves the host page’s own alone', () => {
    const state = {
      query: 'ero',
      tier: 3 as const,
      filters: {
        ...noFilters,
        municipality: ['638'],
        channel: ['phone' as const],
        noReferral: true,
      },
    };
    const url = writeUrlState(new URL('https://host.example/page?page=2'), state);
    assert.equal(url.searchParams.get('page'), '2');
    assert.equal(url.searchParams.get('polku-q'), 'ero');
    assert.equal(url.searchParams.get('polku-tier'), '3');
    assert.deepEqual(readUrlState(url.searchParams), state);
    const cleared = writeUrlState(url, { query: '', tier: undefined, filters: noFilters });
    assert.equal(cleared.href, 'https://host.example/page?page=2');
  });

  it('keeps the host page’s own parameters as they were written', () => {
    const state = {
      query: 'väsynyt äiti',
      tier: 2 as const,
      filters: { ...noFilters, municipality: ['638'] },
    };
    const host = 'https://host.example/page?page=a%20b&flag&x=1+2&polku-q=old&empty=&ä=%C3%B6#top';
    const url = writeUrlState(new URL(host), state);
    assert.equal(
      url.href,
      'https://host.example/page?page=a%20b&flag&x=1+2&empty=&%C3%A4=%C3%B6&polku-q=v%C3%A4synyt+%C3%A4iti&polku-tier=2&polku-municipality=638#top',
    );
    assert.deepEqual(readUrlState(url.searchParams), state);
    // Written again with the same state: the same URL (no history entry to replace).
    assert.equal(writeUrlState(url, state).href, url.href);
    // Nothing of ours left to say: the host's URL as it came, less our parameters.
    const cleared = (href: string) =>
      writeUrlState(new URL(href), { query: '', tier: undefined, filters: noFilters }).href;
    assert.equal(
      cleared(url.href),
      'https://host.example/page?page=a%20b&flag&x=1+2&empty=&%C3%A4=%C3%B6#top',
    );
    // An encoded name of ours is ours all the same, as URLSearchParams reads it.
    assert.equal(cleared('https://host.example/?polku%2Dq=x&a=1'), 'https://host.example/?a=1');
    assert.equal(cleared('https://host.example/?flag'), 'https://host.example/?flag');
  });

  it('ignores what the URL has no business saying', () => {
    assert.deepEqual(readUrlState(new URLSearchParams('q=x')), {});
    const state = readUrlState(
      new URLSearchParams(
        'polku-tier=9&polku-municipality=638,<x>&polku-provider=evil,ngo&polku-language=sv,xxx',
      ),
    );
    assert.equal(state.tier, undefined);
    assert.deepEqual(state.filters?.municipality, ['638']);
    assert.deepEqual(state.filters?.providerType, ['ngo']);
    assert.deepEqual(state.filters?.language, ['sv']);
  });

  it('links a service’s own page from the details-link template, and only to a web page', () => {
    const id = '5ef47629-4c67-4c1f-a972-c12691cef34d';
    assert.equal(serviceLink('/fi/palvelu/{id}', id), `/fi/palvelu/${id}`);
    assert.equal(
      serviceLink('https://kunta.example/palvelu?id={id}', 'a b/c'),
      'https://kunta.example/palvelu?id=a%20b%2Fc',
    );
    assert.equal(serviceLink('', id), undefined, 'no template: a button');
    assert.equal(serviceLink('/fi/palvelu/', id), undefined, 'no {id}: no link');
    assert.equal(serviceLink('javascript:alert({id})', id), undefined);
    assert.equal(serviceLink(' JavaScript:alert({id})', id), undefined);
    assert.equal(serviceLink('data:text/html,{id}', id), undefined);
  });
});
