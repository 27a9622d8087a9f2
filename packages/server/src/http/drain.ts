// Closing idle connections without losing a request. Node's `server.close()` destroys every
// connection that has no request being parsed, and that includes one whose request has arrived
// but not been read yet (under load, or right after it connected): that client gets a reset for a
// request it sent. Here a connection is closed only once it has had nothing in flight and read no
// byte for a whole sweep interval; one whose request is being answered closes after the response
// (`Connection: close` while draining).
import type { Server } from 'node:http';
import type { Socket } from 'node:net';

export function closeIdleConnectionsSafely(server: Server, sweepMs = 500): void {
  const inFlight = new Map<Socket, number>();
  server.on('connection', (socket: Socket) => {
    inFlight.set(socket, 0);
    socket.once('close', () => inFlight.delete(socket));
  });
  server.on('request', (request, response) => {
    const socket = request.socket;
    inFlight.set(socket, (inFlight.get(socket) ?? 0) + 1);
    response.once('close', () => {
      if (inFlight.has(socket)) inFlight.set(socket, (inFlight.get(socket) ?? 1) - 1);
    });
  });

  let sweeper: NodeJS.Timeout | undefined;
  // Node's close() calls this (and only this) to close idle connections.
  server.closeIdleConnections = () => {
    if (sweeper) return;
    const bytesSeen = new Map<Socket, number>();
    sweeper = setInterval(() => {
      for (const [socket, requests] of inFlight) {
        const bytes = socket.bytesRead;
        if (requests > 0 || bytesSeen.get(socket) !== bytes) bytesSeen.set(socket, bytes);
        else socket.destroy();
      }
      if (inFlight.size === 0) {
        clearInterval(sweeper);
        sweeper = undefined;
      }
    }, sweepMs);
    sweeper.unref();
  };
}
