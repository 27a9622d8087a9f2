// Benchmark child: the baseline, a bare node:http server that answers every GET with the same
// bytes the Polku server sent (set once through PUT /__set-body). Prints `listening <url>`.
import { createServer } from 'node:http';

let body = Buffer.alloc(0);
const server = createServer((request, response) => {
  if (request.method === 'PUT' && request.url === '/__set-body') {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      body = Buffer.concat(chunks);
      response.end();
    });
    return;
  }
  response.writeHead(200, { 'content-type': 'application/json', 'content-length': body.length });
  response.end(body);
});
server.listen(0, '127.0.0.1', () => {
  console.log(`listening http://127.0.0.1:${server.address().port}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
