import assert from 'node:assert/strict';
import { test } from 'node:test';
import { pickText } from '../src/pick-text.js';

const name = { fi: 'Perheneuvola', sv: 'Familjerådgivning', en: 'Family counselling' };

test('the asked language when the text has it', () => {
  assert.deepEqual(pickText(name, 'sv'), { text: 'Familjerådgivning', lang: 'sv' });
  assert.deepEqual(pickText(name, 'en'), { text: 'Family counselling', lang: 'en' });
});

test('else the first of Finnish, Swedish, English that it has, with that language', () => {
  assert.deepEqual(pickText({ sv: 'Borgå', en: 'Porvoo (en)' }, 'fi'), {
    text: 'Borgå',
    lang: 'sv',
  });
  assert.deepEqual(pickText({ fi: 'Porvoo', sv: 'Borgå' }, 'en'), { text: 'Porvoo', lang: 'fi' });
  assert.deepEqual(pickText({ en: 'Only English' }, 'sv'), { text: 'Only English', lang: 'en' });
});

test('an empty string counts as missing', () => {
  assert.deepEqual(pickText({ sv: '', fi: 'Porvoo' }, 'sv'), { text: 'Porvoo', lang: 'fi' });
});

test('a fallback order of its own, after the asked language', () => {
  assert.deepEqual(pickText(name, 'fi', ['en', 'sv']), { text: 'Perheneuvola', lang: 'fi' });
  assert.deepEqual(pickText({ fi: 'Porvoo', sv: 'Borgå' }, 'en', ['sv', 'fi']), {
    text: 'Borgå',
    lang: 'sv',
  });
  assert.equal(pickText({ fi: 'Porvoo' }, 'sv', ['en']), undefined);
});

test('undefined when there is no text in any of the languages', () => {
  assert.equal(pickText(undefined, 'fi'), undefined);
  // A record that breaks the contract (minProperties: 1) must not make the UI throw.
  assert.equal(pickText({} as never, 'fi'), undefined);
});
