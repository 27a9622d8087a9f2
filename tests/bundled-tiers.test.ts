// The tiers bundled into the embed (so the tier choice works when the API is down) are generated
// from the demo catalogue's tiers.yaml by `npm run gen`. This keeps the copy true to it: the same
// levels, names and plain-language labels, and each explanation the start of the catalogue's.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDemoCatalogue } from '@polku/catalogue';
import { languageOrder } from '@polku/contract';
import { bundledTiers } from '../packages/elements/src/generated/tiers.js';

describe('the tiers bundled with the embed', () => {
  it('are the demo catalogue’s tiers, with their names, labels and the start of each explanation', async () => {
    const { catalogue } = await loadDemoCatalogue();
    assert.deepEqual(
      bundledTiers.map(({ level, name, label }) => ({ level, name, label })),
      catalogue.tiers.map(({ level, name, label }) => ({ level, name, label })),
    );
    for (const [index, tier] of bundledTiers.entries()) {
      const full = catalogue.tiers[index];
      for (const language of languageOrder) {
        const bundled = tier.description[language] ?? '';
        assert.ok(bundled.length > 20, `tier ${tier.level} explains itself in ${language}`);
        assert.ok(full?.description[language]?.startsWith(bundled), `${language} is the start`);
      }
    }
  });
});
