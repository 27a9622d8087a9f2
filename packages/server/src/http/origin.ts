// The origin for absolute links in responses: the configured public URL, else this request's.
import type { FastifyRequest } from 'fastify';

/** `https://palvelut.example`: `publicUrl` without trailing slashes, or the request's own origin. */
export function origin(request: FastifyRequest, publicUrl: string | undefined): string {
  if (publicUrl) return publicUrl.replace(/\/+$/, '');
  const host = request.headers.host;
  // The Host header comes from the client: only a plain host[:port] makes it into a URL.
  const safeHost =
    host && /^[A-Za-z0-9.-]{1,253}(:\d{1,5})?$|^\[[0-9A-Fa-f:.]{2,45}\](:\d{1,5})?$/.test(host)
      ? host
      : `${request.socket.localAddress?.includes(':') ? `[${request.socket.localAddress}]` : (request.socket.localAddress ?? 'localhost')}:${request.socket.localPort ?? 80}`;
  return `${request.protocol}://${safeHost}`;
}
