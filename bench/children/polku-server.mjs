// Benchmark child: the real Polku server, as `npm start` runs it (the server loads the catalogue
// folder given as the first argument itself). Prints `listening <url>` once it accepts connections.
import { startServer } from '@polku/server';

const server = await startServer({
  catalogueDir: process.argv[2],
  host: '127.0.0.1',
  port: 0,
  logger: false,
});
if (server.problems.length > 0) console.error(`${server.problems.length} catalogue problems`);
console.log(`listening ${server.url}`);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
