#!/usr/bin/env node
import { logProblems } from './catalogue/reload.js';
// `npm start` / `polku-server`: serves a catalogue folder (the demo catalogue by default). Every
// setting is a flag and an environment variable (config.ts, `--help`). SIGHUP reloads the
// catalogue; SIGTERM and SIGINT drain and close; the log is JSON on stdout.
import { ConfigError, readConfig, type ServerConfig, usage } from './config.js';
import { startServer } from './server.js';

function fail(message: string, code = 2): never {
  process.stderr.write(`polku-server: ${message}\n`);
  process.exit(code);
}

const argv = process.argv.slice(2);
if (argv.includes('--help') || argv.includes('-h')) {
  process.stdout.write(usage());
  process.exit(0);
}
let config: ServerConfig;
try {
  config = readConfig(argv, process.env);
} catch (error) {
  if (error instanceof ConfigError) fail(`${error.message}\n${'Try --help.'}`);
  throw error;
}

const started = Date.now();
const server = await startServer({
  ...(config.catalogueDir ? { catalogueDir: config.catalogueDir } : {}),
  host: config.host,
  port: config.port,
  ...(config.publicUrl ? { publicUrl: config.publicUrl } : {}),
  watch: config.watch,
  logLevel: config.logLevel,
  accessLog: config.accessLog,
  metrics: config.metrics,
  responseCacheBytes: config.responseCacheMb * 1024 * 1024,
  timeouts: {
    headers: config.headersTimeoutS,
    request: config.requestTimeoutS,
    keepAlive: config.keepAliveTimeoutS,
  },
}).catch((error: Error) => fail(`could not start: ${error.message}`, 1));
const { app } = server;

logProblems(app, server.problems);
const services = app.servedCatalogue.catalogue.services.length;
if (server.problems.length > 0) {
  app.log.warn(
    { problems: server.problems.length, services },
    'catalogue problems: the records named were left out',
  );
}
if (services === 0 && server.problems.length > 0) {
  app.log.fatal('the catalogue has no service to serve');
  await server.close();
  process.exit(1);
}
app.log.info({ services, ms: Date.now() - started }, `listening ${server.url}`);

process.on('SIGHUP', () => {
  void server.reload().catch((error: Error) => app.log.error({ err: error }, 'reload failed'));
});

let stopping = false;
const stop = (signal: string) => {
  if (stopping) process.exit(1);
  stopping = true;
  app.log.info(
    { delay: config.shutdownDelayS, timeout: config.shutdownTimeoutS },
    `${signal}: draining, then closing`,
  );
  server.shutdown({ delay: config.shutdownDelayS, timeout: config.shutdownTimeoutS }).then(
    () => process.exit(0),
    () => process.exit(1),
  );
};
process.on('SIGTERM', () => stop('SIGTERM'));
process.on('SIGINT', () => stop('SIGINT'));
