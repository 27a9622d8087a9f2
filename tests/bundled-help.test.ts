// The help lines bundled into the embed (shown when the API is down) are a deliberate second copy
// of the demo catalogue's urgent-help.yaml. This keeps the two from drifting apart: the same lines
// in the same order, with the same numbers, names, languages and hours.
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loadDemoCatalogue } from '@polku/catalogue';
import { bundledUrgentHelp } from '../packages/elements/src/generated/urgent-help.js';

describe('the help lines bundled with the embed', () => {
  it('are the demo catalogue’s urgent help lines, in its order, with its numbers and names', async () => {
    const { catalogue } = await loadDemoCatalogue();
    const essentials = (lines: typeof bundledUrgentHelp) =>
      lines.map(({ id, name, phone, languages, hours, emergency, free_of_charge }) => ({
        id,
        name,
        phone,
        languages,
        always_open: hours?.always_open ?? false,
        emergency: emergency ?? false,
        free_of_charge: free_of_charge ?? false,
      }));
    assert.deepEqual(essentials(bundledUrgentHelp), essentials(catalogue.urgentHelp));
  });
});
