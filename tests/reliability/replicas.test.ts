// Scale out (issue 17): three replicas behind nginx (Debian's nginx-light) as load balancer and
// cache, configured by deploy/nginx/polku.conf itself. The replicas give the same ETags and bodies;
// load runs through nginx (cached answers and searches never asked before) while one replica is
// stopped and another reloads a changed catalogue: no request fails.
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  cpSync,
  existsSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { demoCatalogueDir, loadCatalogue } from '@polku/catalogue';
import { type ChildServer, startChildServer } from './lib/child-server.js';
import { demoPaths, startLoad } from './lib/load.js';
import { report, size } from './lib/mode.js';

const cleanups: (() => unknown)[] = [];
after(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

/** nginx's path, installing Debian's nginx-light where it is missing and we may; else why not. */
function findNginx(): { path?: string; why?: string } {
  const known = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((path) => existsSync(path));
  if (known) return { path: known };
  if (process.getuid?.() !== 0)
    return { why: 'nginx is not installed and this is not root: apt-get install nginx-light' };
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const install = () =>
    spawnSync('apt-get', ['install', '-y', '-qq', '--no-install-recommends', 'nginx-light'], {
      env,
      encoding: 'utf8',
    });
  let result = install();
  if (result.status !== 0) {
    spawnSync('apt-get', ['update', '-qq'], { env });
    result = install();
  }
  const path = ['/usr/sbin/nginx', '/usr/bin/nginx'].find((candidate) => existsSync(candidate));
  return path
    ? { path }
    : { why: `nginx-light could not be installed: ${(result.stderr ?? '').slice(0, 300)}` };
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });
}

/** deploy/nginx/polku.conf with this run's replicas, port and folders, inside a whole nginx.conf. */
function nginxConfig(dir: string, port: number, replicas: string[]): string {
  const site = readFileSync(new URL('../../deploy/nginx/polku.conf', import.meta.url), 'utf8')
    .replace('/var/cache/nginx/polku', join(dir, 'cache'))
    .replace('/var/log/nginx/polku.log', join(dir, 'access.log'))
    .replace(/^\s*server 127\.0\.0\.1:808\d.*\n/gm, '')
    .replace(
      'upstream polku {',
      `upstream polku {\n${replicas.map((r) => `    server ${r} max_fails=1 fail_timeout=5s;`).join('\n')}`,
    )
    .replace('listen 80;', `listen 127.0.0.1:${port};`);
  writeFileSync(join(dir, 'polku.conf'), site);
  return `worker_processes 1;
daemon off;
pid ${join(dir, 'nginx.pid')};
error_log ${join(dir, 'error.log')} warn;
events { worker_connections 2048; }
http {
  client_body_temp_path ${join(dir, 'body')};
  proxy_temp_path ${join(dir, 'proxy')};
  fastcgi_temp_path ${join(dir, 'fastcgi')};
  uwsgi_temp_path ${join(dir, 'uwsgi')};
  scgi_temp_path ${join(dir, 'scgi')};
  include ${join(dir, 'polku.conf')};
}
`;
}

const nginx = findNginx();

test('three replicas behind nginx: the same bytes, and no failed request while one stops and one reloads', {
  timeout: 600_000,
  skip: nginx.path ? false : `skipped: ${nginx.why}`,
}, async () => {
  const { catalogue } = await loadCatalogue(demoCatalogueDir);
  const paths = demoPaths(catalogue.services.map((service) => service.id));
  const folders = [0, 1, 2].map(() => {
    const folder = mkdtempSync(join(tmpdir(), 'polku-replica-'));
    cpSync(demoCatalogueDir, folder, { recursive: true });
    cleanups.push(() => rmSync(folder, { recursive: true, force: true }));
    return folder;
  });
  const replicas: ChildServer[] = await Promise.all(
    folders.map((folder) =>
      startChildServer({ POLKU_CATALOGUE: folder, POLKU_PUBLIC_URL: 'https://palvelut.example' }),
    ),
  );
  cleanups.push(() => Promise.all(replicas.map((replica) => replica.stop())));

  // The same ETag and the same bytes from every replica, in every coding.
  for (const path of paths) {
    for (const encoding of ['identity', 'gzip', 'br']) {
      const answers = await Promise.all(
        replicas.map(async (replica) => {
          const response = await fetch(`${replica.url}${path}`, {
            headers: { 'accept-encoding': encoding },
          });
          return {
            etag: response.headers.get('etag'),
            body: Buffer.from(await response.arrayBuffer()).toString('base64'),
          };
        }),
      );
      assert.ok(
        answers.every((answer) => answer.etag === answers[0]?.etag),
        `ETag of ${path} (${encoding})`,
      );
      assert.ok(
        answers.every((answer) => answer.body === answers[0]?.body),
        `body of ${path} (${encoding})`,
      );
    }
  }

  const dir = mkdtempSync(join(tmpdir(), 'polku-nginx-'));
  chmodSync(dir, 0o777); // nginx's workers run as nobody when the master is root
  cleanups.push(() => rmSync(dir, { recursive: true, force: true }));
  const port = await freePort();
  writeFileSync(
    join(dir, 'nginx.conf'),
    nginxConfig(
      dir,
      port,
      replicas.map((replica) => new URL(replica.url).host),
    ),
  );
  const proxy = spawn(nginx.path as string, ['-p', dir, '-c', join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let nginxErrors = '';
  proxy.stderr.on('data', (chunk) => (nginxErrors += chunk));
  cleanups.push(() => {
    proxy.kill('SIGQUIT');
  });
  const front = `http://127.0.0.1:${port}`;
  const deadline = Date.now() + 10_000;
  for (;;) {
    const ready = await fetch(`${front}/healthz`).then(
      (response) => response.ok,
      () => false,
    );
    if (ready) break;
    assert.ok(Date.now() < deadline, `nginx did not start: ${nginxErrors}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }

  const cache: Record<string, number> = {};
  let index = 0;
  const load = startLoad({
    connections: size(16, 64),
    // Half cached answers, half searches no one asked before (these reach the replicas).
    nextUrl: () => {
      index += 1;
      return index % 2 === 0
        ? `${front}${paths[index % paths.length]}`
        : `${front}/v1/services?q=${encodeURIComponent(`perhe ${index}`)}`;
    },
    onResponse: (_status, headers) => {
      const state = String(headers['x-cache-status'] ?? 'none');
      cache[state] = (cache[state] ?? 0) + 1;
    },
  });
  const seconds = size(6, 45);
  await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 3));
  const stopped = replicas[0] as ChildServer;
  stopped.process.kill('SIGTERM');
  assert.equal(await stopped.exited, 0);
  await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 6));
  const reloaded = replicas[1] as ChildServer;
  const file = join(folders[1] as string, 'services/tier-1.yaml');
  writeFileSync(file, readFileSync(file, 'utf8').replace('fi: "Neuvola"', 'fi: "Neuvola (uusi)"'));
  reloaded.process.kill('SIGHUP');
  const reloadDeadline = Date.now() + 60_000;
  while (
    !reloaded.log.some((entry) => entry.msg === 'catalogue reloaded') &&
    Date.now() < reloadDeadline
  )
    await new Promise((resolve) => setTimeout(resolve, 50));
  await new Promise((resolve) => setTimeout(resolve, (seconds * 1000) / 3));
  const result = await load.stop();
  report('replicas behind nginx', {
    replicas: replicas.length,
    seconds: result.seconds,
    requests: result.requests,
    failed: result.failed,
    refused: result.refused,
    byStatus: result.byStatus,
    cache,
    stoppedOne: true,
    reloadedOne: reloaded.log.some((entry) => entry.msg === 'catalogue reloaded'),
    failures: result.failures,
  });
  assert.ok(
    reloaded.log.some((entry) => entry.msg === 'catalogue reloaded'),
    'the reload happened',
  );
  assert.deepEqual(result.failures, []);
  assert.equal(result.failed, 0);
  assert.equal(result.refused, 0);
  assert.ok((cache.HIT ?? 0) > 0, 'nginx answered from its cache');
  // nginx's own log holds no query text and no address.
  const access = readFileSync(join(dir, 'access.log'), 'utf8');
  assert.ok(access.length > 0);
  assert.doesNotMatch(access, /\?|q=|perhe%20|perhe \d|127\.0\.0\.1/);
});
