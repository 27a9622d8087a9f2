// The CLI as `npm start` runs it: a catalogue folder, a free port, the listening line, rejected
// records in the JSON log with file, record and field, and a clean exit on SIGTERM.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { writeCatalogueFolder } from '@polku/catalogue';
import { generateCatalogue } from '@polku/generator';

const cli = fileURLToPath(new URL('../src/cli.ts', import.meta.url));

test('serves a catalogue folder, reports bad records and closes on SIGTERM', {
  timeout: 60_000,
}, async () => {
  const dir = mkdtempSync(join(tmpdir(), 'polku-cli-'));
  try {
    const catalogue = generateCatalogue({ services: 30, seed: 3 });
    await writeCatalogueFolder(catalogue, dir);
    // Break one service: an unknown tier.
    const file = readdirSync(join(dir, 'services'))[0] as string;
    const services = JSON.parse(readFileSync(join(dir, 'services', file), 'utf8'));
    services[0].tiers = [9];
    const brokenId = services[0].id as string;
    writeFileSync(join(dir, 'services', file), JSON.stringify(services));

    const child = spawn(
      process.execPath,
      ['--import', 'tsx', cli, '--catalogue', dir, '--port', '0'],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        env: { ...process.env, HOST: '127.0.0.1' },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const url = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`no listening line:\n${stdout}\n${stderr}`)),
        50_000,
      );
      child.stdout.on('data', () => {
        const match = /listening (http:\/\/127\.0\.0\.1:\d+)/.exec(stdout);
        if (match) {
          clearTimeout(timer);
          resolve(match[1] as string);
        }
      });
      child.on('exit', (code) => reject(new Error(`exited ${code}:\n${stderr}`)));
    });
    const health = await fetch(`${url}/healthz`);
    assert.equal(health.status, 200);
    assert.equal((await health.json()).services, 29);
    assert.equal((await fetch(`${url}/v1/services/${brokenId}`)).status, 404);
    await (await fetch(`${url}/v1/services?q=v%C3%A4kivalta`)).arrayBuffer();
    child.kill('SIGTERM');
    const [code] = await once(child, 'exit');
    assert.equal(code, 0);
    // The log is JSON, one object a line: the rejected record, then the requests.
    const entries = stdout
      .split('\n')
      .filter((line) => line.startsWith('{'))
      .map((line) => JSON.parse(line) as Record<string, unknown>);
    assert.ok(
      entries.some(
        (entry) =>
          entry.msg === 'catalogue problem' &&
          entry.file === `services/${file}` &&
          entry.record === brokenId &&
          entry.field === '/tiers/0',
      ),
      stdout,
    );
    assert.ok(
      entries.some(
        (entry) => entry.route === '/v1/services' && entry.status === 200 && entry.method === 'GET',
      ),
    );
    assert.doesNotMatch(stdout + stderr, /väkivalta|v%C3%A4kivalta/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test('rejects a bad port', async () => {
  const child = spawn(process.execPath, ['--import', 'tsx', cli, '--port', 'eighty'], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let stderr = '';
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const [code] = await once(child, 'exit');
  assert.equal(code, 2);
  assert.match(stderr, /not a port/);
});
