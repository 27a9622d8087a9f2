import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { languageOrder } from '@polku/contract';
import { detailsMessages } from '../src/translations/details/index.js';
import { messages } from '../src/translations/index.js';
import type { Messages } from '../src/translations/messages.js';
import { professionalMessages } from '../src/translations/professional/index.js';
import { selfCheckMessages } from '../src/translations/self-check/index.js';
import { sv } from '../src/translations/sv.js';

/** A dictionary's entries by key path (`chain.loading`), nested objects walked into. */
function entries(value: object, path = ''): [string, unknown][] {
  return Object.entries(value).flatMap(([key, inner]): [string, unknown][] =>
    inner !== null && typeof inner === 'object'
      ? entries(inner, `${path}${key}.`)
      : [[`${path}${key}`, inner]],
  );
}

describe('translations', () => {
  for (const [name, dictionaries] of [
    ['family view', messages],
    ['details dialog', detailsMessages],
    ['professional', professionalMessages],
    ['self-check', selfCheckMessages],
  ] as const) {
    it(`${name}: every language has every key of Finnish, of the same kind, none empty`, () => {
      const shape = (language: 'fi' | 'sv' | 'en') =>
        entries(dictionaries[language]).map(([path, text]) => `${path}: ${typeof text}`);
      for (const language of languageOrder) {
        assert.deepEqual(shape(language), shape('fi'), language);
        for (const [path, text] of entries(dictionaries[language])) {
          assert.ok(typeof text !== 'string' || text.trim() !== '', `${language} ${path} is empty`);
        }
      }
    });
  }

  it('fails the type check when a language lacks a key', () => {
    const { intro: _left, ...withoutIntro } = sv;
    // @ts-expect-error a Swedish dictionary without `intro` is not `Messages`
    const incomplete: Messages = withoutIntro;
    assert.equal('intro' in incomplete, false);
  });
});
