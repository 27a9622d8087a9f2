import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { spec } from '../src/generated/spec.js';
import {
  createSchemaValidator,
  getSchemaValidator,
  validateAgainstSchema,
} from '../src/validator.js';

describe('createSchemaValidator', () => {
  const validator = createSchemaValidator();

  it("accepts every example the spec's schemas give", () => {
    let checked = 0;
    for (const [name, schema] of Object.entries(spec.components.schemas)) {
      for (const example of (schema.examples as unknown[] | undefined) ?? []) {
        assert.deepEqual(validator.validate(name, example), [], `${name} example`);
        checked += 1;
      }
    }
    assert.ok(checked >= 20, `${checked} examples`);
  });

  it('reports every error with a JSON pointer and a readable reason', () => {
    const messages = validator.validate('Municipality', {
      code: 638,
      name: { fi: '', de: 'Porvoo' },
      colour: 'red',
    });
    assert.deepEqual(messages.sort(), [
      '/bilingual: is required',
      "/code: must be a string (got the number 638: quote it in YAML so that leading zeros stay, as in '018')",
      '/colour: is not a field of this record (unknown or misspelt)',
      '/name/de: is not a field of this record (unknown or misspelt)',
      '/name/fi: must not be empty',
    ]);
  });

  it("uses the discriminator: a channel's errors come from its own type only", () => {
    assert.deepEqual(
      validator.validate('Channel', { type: 'phone', phone: 'call me', url: 'https://x.example' }),
      [
        '/url: is not a field of this record (unknown or misspelt)',
        '/phone: must match the pattern ^\\+?[0-9][0-9 ()-]{1,24}$ (got "call me")',
      ],
    );
    assert.deepEqual(validator.validate('Channel', { type: 'fax' }), [
      '/type: must be one of phone, online, chat, email, in_person, home_visit',
    ]);
  });

  it('checks formats and composed page schemas', () => {
    assert.deepEqual(validator.validate('Source', { name: 'x', checked: '2026-02-30' }), [
      '/checked: must be a valid date (got "2026-02-30")',
    ]);
    const page = {
      total_items: 0,
      total_pages: 0,
      page_number: 1,
      size: 20,
      first_page: true,
      last_page: true,
      empty: true,
      contents: [],
    };
    assert.deepEqual(validator.validate('TierPage', page), []);
    assert.deepEqual(validator.validate('TierPage', { ...page, contents: [{ level: 9 }] }).sort(), [
      '/contents/0/available_languages: is required',
      '/contents/0/description: is required',
      '/contents/0/label: is required',
      '/contents/0/level: must be <= 4 (got 9)',
      '/contents/0/name: is required',
    ]);
  });

  it('throws for a schema the spec does not have', () => {
    assert.throws(() => validator.validate('Nope', {}), /No schema named "Nope"/);
  });

  it('shares one validator through validateAgainstSchema', () => {
    assert.equal(getSchemaValidator(), getSchemaValidator());
    assert.deepEqual(validateAgainstSchema('TierLevel', 5), ['/: must be <= 4 (got 5)']);
  });
});
