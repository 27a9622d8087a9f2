// Raw HTTP/1.1 over a socket, for what fetch will not send: any method token, no Host, odd
// headers, bytes that are not HTTP. The server is expected to close the connection (the request
// says `Connection: close` unless it is given whole), so a response is everything until the end.
import { connect } from 'node:net';

export interface RawResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
  /** The bytes as received. */
  raw: string;
}

/** Parses one response; `status` 0 when nothing (or no status line) came back. */
export function parseResponse(raw: string): RawResponse {
  // Interim responses (100 Continue) come before the final one.
  while (/^HTTP\/1\.[01] 1\d\d /.test(raw) && raw.includes('\r\n\r\n'))
    raw = raw.slice(raw.indexOf('\r\n\r\n') + 4);
  const end = raw.indexOf('\r\n\r\n');
  const head = end < 0 ? raw : raw.slice(0, end);
  const [statusLine = '', ...lines] = head.split('\r\n');
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine)?.[1] ?? 0);
  const headers: Record<string, string> = {};
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon > 0) headers[line.slice(0, colon).toLowerCase()] = line.slice(colon + 1).trim();
  }
  let body = end < 0 ? '' : raw.slice(end + 4);
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) body = dechunk(body);
  else if (headers['content-length'] !== undefined)
    body = Buffer.from(body, 'latin1')
      .subarray(0, Number(headers['content-length']))
      .toString('latin1');
  return { status, headers, body: Buffer.from(body, 'latin1').toString('utf8'), raw };
}

function dechunk(text: string): string {
  let out = '';
  let rest = text;
  for (;;) {
    const lineEnd = rest.indexOf('\r\n');
    if (lineEnd < 0) return out;
    const size = Number.parseInt(rest.slice(0, lineEnd), 16);
    if (!(size > 0)) return out;
    out += rest.slice(lineEnd + 2, lineEnd + 2 + size);
    rest = rest.slice(lineEnd + 2 + size + 2);
  }
}

/**
 * Sends `request` (a string or bytes, written as given) and resolves with what came back once
 * the server closes the connection, or after `timeoutMs`.
 */
export function rawRequest(
  url: string,
  request: string | Buffer,
  options: { timeoutMs?: number; halfClose?: boolean } = {},
): Promise<RawResponse> {
  const { hostname, port } = new URL(url);
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const socket = connect(Number(port), hostname, () => {
      if (options.halfClose) socket.end(request);
      else socket.write(request);
    });
    const finish = () => {
      clearTimeout(timer);
      socket.destroy();
      resolve(parseResponse(Buffer.concat(chunks).toString('latin1')));
    };
    const timer = setTimeout(finish, options.timeoutMs ?? 10_000);
    socket.on('data', (chunk) => chunks.push(chunk));
    socket.on('end', finish);
    socket.on('close', finish);
    socket.on('error', (error) => {
      clearTimeout(timer);
      if (chunks.length > 0) finish();
      else reject(error);
    });
  });
}

/** A request line and headers (`Connection: close` added unless `headers` has a Connection). */
export function requestText(
  method: string,
  path: string,
  headers: Record<string, string> = { Host: 'polku.test' },
): string {
  const all = { ...headers };
  if (!Object.keys(all).some((name) => name.toLowerCase() === 'connection'))
    all.Connection = 'close';
  const lines = Object.entries(all).map(([name, value]) => `${name}: ${value}\r\n`);
  return `${method} ${path} HTTP/1.1\r\n${lines.join('')}\r\n`;
}
