// Slow clients (issue 17): connections that trickle their headers a byte at a time, and readers
// that never read their response, while others ask as usual. The trickling ones hear 408 within
// seconds of the headers timeout; the others are served as if nothing happened.
import assert from 'node:assert/strict';
import { connect, type Socket } from 'node:net';
import { after, before, test } from 'node:test';
import { type ChildServer, startChildServer } from './lib/child-server.js';
import { report, size } from './lib/mode.js';

const headersTimeout = 2;
let server: ChildServer;
before(async () => {
  server = await startChildServer({ POLKU_HEADERS_TIMEOUT: String(headersTimeout) });
});
after(() => server?.stop());

interface Slow {
  socket: Socket;
  received: string;
  closedAfter?: number;
}

test('slow clients are cut off with 408; everyone else is served', {
  timeout: 300_000,
}, async () => {
  const { port } = new URL(server.url);
  const count = size(60, 600);
  const started = Date.now();
  const slow: Slow[] = [];
  for (let index = 0; index < count; index += 1) {
    const socket = connect(Number(port), '127.0.0.1');
    const entry: Slow = { socket, received: '' };
    socket.on('data', (chunk) => (entry.received += chunk.toString('latin1')));
    socket.on('error', () => {});
    socket.on('close', () => (entry.closedAfter = (Date.now() - started) / 1000));
    socket.write(`GET /v1/services?q=${index} HTTP/1.1\r\nHost: x\r\nX-Slow: `);
    slow.push(entry);
  }
  const trickle = setInterval(() => {
    for (const entry of slow) if (!entry.socket.destroyed) entry.socket.write('a');
  }, 300);

  // Readers that ask for a large answer and never read it.
  const readers = Array.from({ length: size(10, 50) }, () => {
    const socket = connect(Number(port), '127.0.0.1', () =>
      socket.write('GET /v1/services?per_page=100 HTTP/1.1\r\nHost: x\r\n\r\n'),
    );
    socket.on('error', () => {});
    socket.pause();
    return socket;
  });

  // Meanwhile, ordinary requests.
  const latencies: number[] = [];
  let failures = 0;
  while (Date.now() - started < (headersTimeout + 3) * 1000) {
    const begin = Date.now();
    const response = await fetch(`${server.url}/v1/services?q=perhe&municipality=638`).catch(
      () => undefined,
    );
    if (response?.status === 200) await response.arrayBuffer();
    else failures += 1;
    latencies.push(Date.now() - begin);
  }
  clearInterval(trickle);
  const deadline = Date.now() + 5000;
  while (slow.some((entry) => entry.closedAfter === undefined) && Date.now() < deadline)
    await new Promise((resolve) => setTimeout(resolve, 100));
  for (const socket of readers) socket.destroy();

  const answered408 = slow.filter((entry) => /^HTTP\/1\.1 408 /.test(entry.received)).length;
  const closedAfter = slow.map((entry) => entry.closedAfter ?? Number.POSITIVE_INFINITY);
  latencies.sort((a, b) => a - b);
  report('slow clients', {
    trickling: count,
    answered408,
    slowestCutOffSeconds: Math.round(Math.max(...closedAfter) * 10) / 10,
    neverReading: readers.length,
    ordinaryRequests: latencies.length,
    ordinaryFailures: failures,
    ordinaryP99ms: latencies[Math.floor(latencies.length * 0.99)] ?? 0,
  });
  for (const entry of slow) entry.socket.destroy();
  assert.equal(answered408, count, 'every trickling client heard 408');
  assert.ok(Math.max(...closedAfter) < headersTimeout + 4, 'within seconds of the timeout');
  assert.equal(failures, 0);
  assert.ok(latencies.length > 5);
  assert.ok((latencies[Math.floor(latencies.length * 0.99)] ?? 0) < 2000);
});
