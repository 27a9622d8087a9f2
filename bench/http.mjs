// HTTP throughput: the real Polku server (child process, synthetic catalogue) against a bare
// node:http server (child process) answering every request with the same bytes, both driven by
// autocannon from this process with the same connections and duration, alternated.
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { resolve } from 'node:path';
import autocannon from 'autocannon';
import { summary } from './lib/stats.mjs';

export const httpPath = '/v1/services?q=perheneuvola&per_page=20';

/** Starts a child that prints `listening <url>` on its first line; resolves with its URL. */
export async function startChild(root, args) {
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'inherit'] });
  let buffered = '';
  const url = await new Promise((resolveUrl, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`no listening line from ${args.join(' ')}`)),
      120_000,
    );
    child.stdout.on('data', (chunk) => {
      buffered += chunk;
      const match = /listening (http:\/\/\S+)/.exec(buffered);
      if (match) {
        clearTimeout(timer);
        resolveUrl(match[1]);
      }
    });
    child.on('exit', (code) => reject(new Error(`child exited with ${code}: ${args.join(' ')}`)));
  });
  child.stdout.resume();
  return {
    url,
    pid: child.pid,
    async stop() {
      if (child.exitCode !== null) return;
      child.kill('SIGTERM');
      await once(child, 'exit');
    },
  };
}

function drive(url, { connections, duration, requests }) {
  return new Promise((resolveRun, reject) => {
    autocannon({ url, connections, duration, requests }, (error, result) => {
      if (error) reject(error);
      else resolveRun(result);
    });
  });
}

/**
 * Returns requests/second of both servers and their ratio (median over `rounds`), latency p99,
 * and the same for unique, uncacheable queries (every request a different `q` and page).
 */
export async function measureHttp(root, { catalogueDir, rounds, duration, connections }) {
  const polku = await startChild(root, [
    resolve(root, 'bench/children/polku-server.mjs'),
    catalogueDir,
  ]);
  try {
    const probe = await fetch(`${polku.url}${httpPath}`);
    if (!probe.ok) throw new Error(`the Polku server answered ${probe.status} to ${httpPath}`);
    const body = Buffer.from(await probe.arrayBuffer());
    const bare = await startChild(root, [resolve(root, 'bench/children/bare-server.mjs')]);
    try {
      // The bare server learns the bytes over its stdin-less control route.
      await fetch(`${bare.url}/__set-body`, { method: 'PUT', body });
      const ratios = [];
      const polkuRps = [];
      const bareRps = [];
      const polkuP99 = [];
      const bareP99 = [];
      for (let round = 0; round < rounds; round += 1) {
        const b = await drive(`${bare.url}${httpPath}`, { connections, duration });
        const p = await drive(`${polku.url}${httpPath}`, { connections, duration });
        if (p.non2xx > 0 || p.errors > 0)
          throw new Error(`Polku server: ${p.non2xx} non-2xx, ${p.errors} errors`);
        bareRps.push(b.requests.average);
        polkuRps.push(p.requests.average);
        bareP99.push(b.latency.p99);
        polkuP99.push(p.latency.p99);
        ratios.push(p.requests.average / b.requests.average);
      }
      // Uncached: every request a new query, so no response cache can answer it.
      const words = [
        'perhe',
        'neuvola',
        'tuki',
        'koti',
        'familj',
        'stöd',
        'ryhmä',
        'työ',
        'palvelu',
      ];
      let counter = 0;
      const uncachedRps = [];
      const uncachedP99 = [];
      for (let round = 0; round < rounds; round += 1) {
        const u = await drive(`${polku.url}/v1/services`, {
          connections,
          duration,
          requests: [
            {
              setupRequest: (request) => {
                counter += 1;
                const word = words[counter % words.length];
                return {
                  ...request,
                  path: `/v1/services?q=${encodeURIComponent(`${word}${counter % 97}`)}&page=${1 + (counter % 3)}`,
                };
              },
            },
          ],
        });
        if (u.non2xx > 0 || u.errors > 0)
          throw new Error(`uncached: ${u.non2xx} non-2xx, ${u.errors} errors`);
        uncachedRps.push(u.requests.average);
        uncachedP99.push(u.latency.p99);
      }
      return {
        http_ratio_vs_bare: summary(ratios),
        http_rps_polku: summary(polkuRps),
        http_rps_bare: summary(bareRps),
        http_latency_p99_ms_polku: summary(polkuP99),
        http_latency_p99_ms_bare: summary(bareP99),
        http_response_bytes: body.length,
        http_uncached_ratio_vs_bare: summary(
          uncachedRps.map((rps, i) => rps / bareRps[i % bareRps.length]),
        ),
        http_uncached_rps_polku: summary(uncachedRps),
        http_uncached_latency_p99_ms: summary(uncachedP99),
      };
    } finally {
      await bare.stop();
    }
  } finally {
    await polku.stop();
  }
}

/** Resident memory (MB) of the real server process holding the catalogue in `catalogueDir`. */
export async function measureRss(root, catalogueDir) {
  const polku = await startChild(root, [
    resolve(root, 'bench/children/polku-server.mjs'),
    catalogueDir,
  ]);
  try {
    // A few searches first, so lazily built structures are counted.
    for (const q of ['perhe', 'familjerådgivning', 'väsynyt']) {
      await (await fetch(`${polku.url}/v1/services?q=${encodeURIComponent(q)}`)).arrayBuffer();
    }
    const { readFile } = await import('node:fs/promises');
    const status = await readFile(`/proc/${polku.pid}/status`, 'utf8');
    const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1]);
    return Math.round((kb / 1024) * 10) / 10;
  } finally {
    await polku.stop();
  }
}
