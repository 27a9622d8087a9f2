// Benchmark child: time to first results (../first-results.mjs) against the Polku at argv[2], with
// argv[3] runs, in a process of its own: what the benchmark did before it (indexes of up to
// 100 000 services built in the parent's heap, the HTTP load) does not weigh on the browser's
// driver or on the servers of the host pages. Prints the figures as one line of JSON.
import { measureFirstResults } from '../first-results.mjs';

const [url, runs, root] = process.argv.slice(2);
const figures = await measureFirstResults(url, { runs: Number(runs), root });
console.log(JSON.stringify(figures));
