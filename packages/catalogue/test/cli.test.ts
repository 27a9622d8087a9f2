import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { after, describe, it } from 'node:test';
import { cleanFiles, writeFolder, writtenService } from './fixture.js';
import { run } from './run-cli.js';

const folders: string[] = [];
after(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

describe('polku-catalogue', () => {
  it('check exits 0 on a clean folder', async () => {
    const dir = await writeFolder(cleanFiles());
    folders.push(dir);
    const { code, stdout } = await run(['check', dir]);
    assert.equal(code, 0, stdout);
    assert.match(
      stdout,
      /^OK: 0 problems; loaded 2 services, 1 organization, 1 service chain, 3 tiers/m,
    );
  });

  it('check prints each problem as file: record: field: message and exits 1', async () => {
    const files = cleanFiles();
    const id = '0d7c4a59-5f0e-4a43-9a1e-2a5b8d1c3e30';
    (files['services/tier-1.yaml'] as unknown[]).push(writtenService(id, { tiers: [4] }));
    const dir = await writeFolder(files);
    folders.push(dir);
    const { code, stdout } = await run(['check', dir]);
    assert.equal(code, 1, stdout);
    assert.equal(
      stdout.split('\n')[0],
      `services/tier-1.yaml: ${id}: /tiers/0: tier 4 is not defined in tiers.yaml`,
    );
    assert.match(stdout, /^FAILED: 1 problem in 1 file; loaded 2 services/m);
  });

  it('exits 2 with the usage for bad arguments', async () => {
    for (const args of [
      [],
      ['frobnicate'],
      ['check'],
      ['check', '/no/such/folder'],
      ['generate', '--services', '5', '/tmp/x'],
      ['check', '--colour', '.'],
    ]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, /Usage:/);
    }
  });
});
