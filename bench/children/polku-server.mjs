// Benchmark child: the real Polku server, as `npm start` runs it, with the catalogue folder given
// as the first argument. Prints `listening <url>` once it accepts connections.
import { loadCatalogue } from '@polku/catalogue';
import { startServer } from '@polku/server';

const { catalogue, problems } = await loadCatalogue(process.argv[2]);
if (problems.length > 0) console.error(`${problems.length} catalogue problems`);
const server = await startServer({ catalogue, host: '127.0.0.1', port: 0, logger: false });
console.log(`listening ${server.url}`);
process.on('SIGTERM', () => server.close().then(() => process.exit(0)));
