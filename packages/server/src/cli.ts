#!/usr/bin/env node
// `npm start`: serves a catalogue folder (the demo catalogue by default) on HOST:PORT.
//   polku-server [--catalogue <dir>] [--port N] [--host H]     env: POLKU_CATALOGUE, PORT, HOST
import { parseArgs } from 'node:util';
import { startServer } from './server.js';

function fail(message: string): never {
  process.stderr.write(`polku-server: ${message}\n`);
  process.exit(2);
}

let values: { catalogue?: string; port?: string; host?: string; help?: boolean; quiet?: boolean };
try {
  ({ values } = parseArgs({
    options: {
      catalogue: { type: 'string' },
      port: { type: 'string' },
      host: { type: 'string' },
      quiet: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
  }));
} catch (error) {
  fail((error as Error).message);
}
if (values.help) {
  process.stdout.write(
    'Usage: polku-server [--catalogue <dir>] [--port N] [--host H] [--quiet]\n' +
      'Environment: POLKU_CATALOGUE, PORT, HOST. Default: the demo catalogue on 127.0.0.1:8080.\n' +
      '--quiet turns the access log off.\n',
  );
  process.exit(0);
}

const portText = values.port ?? process.env.PORT ?? '8080';
if (!/^\d{1,5}$/.test(portText) || Number(portText) > 65535) fail(`not a port: ${portText}`);
const catalogueDir = values.catalogue ?? (process.env.POLKU_CATALOGUE || undefined);

const started = Date.now();
const server = await startServer({
  ...(catalogueDir ? { catalogueDir } : {}),
  host: values.host ?? (process.env.HOST || '127.0.0.1'),
  port: Number(portText),
  logger: values.quiet ? false : undefined,
}).catch((error: Error) => fail(`could not start: ${error.message}`));

for (const problem of server.problems) {
  process.stderr.write(
    `${problem.file}: ${problem.record ?? '-'}: ${problem.field ?? '-'}: ${problem.message}\n`,
  );
}
if (server.problems.length > 0) {
  process.stderr.write(
    `${server.problems.length} catalogue problem(s): the records above were left out\n`,
  );
}
process.stdout.write(`listening ${server.url} (started in ${Date.now() - started} ms)\n`);

let stopping = false;
const stop = (signal: string) => {
  if (stopping) process.exit(1);
  stopping = true;
  process.stderr.write(`${signal}: closing\n`);
  server.close().then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
