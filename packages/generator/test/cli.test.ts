import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { loadCatalogue } from '@polku/catalogue';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));
const folders: string[] = [];
after(async () => {
  for (const dir of folders) await rm(dir, { recursive: true, force: true });
});

function run(args: string[]): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolveRun, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', cli, ...args]);
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolveRun({ code, stdout, stderr }));
  });
}

describe('polku-generate', () => {
  it('writes a folder that the loader loads with zero problems', async () => {
    const dir = join(await mkdtemp(join(tmpdir(), 'polku-generate-')), 'out');
    folders.push(dir);
    const generated = await run(['--services', '50', '--seed', '9', dir]);
    assert.equal(generated.code, 0, generated.stderr);
    assert.match(generated.stdout, /wrote 50 services/);
    const { catalogue, problems } = await loadCatalogue(dir);
    assert.deepEqual(problems, []);
    assert.equal(catalogue.services.length, 50);
  });

  it('exits 2 with the usage for bad arguments', async () => {
    for (const args of [[], ['--services', 'many', '/tmp/x'], ['/tmp/x'], ['--seed', '-1', '.']]) {
      const { code, stderr } = await run(args);
      assert.equal(code, 2, `${args.join(' ')}: ${stderr}`);
      assert.match(stderr, /Usage:/);
    }
  });
});
