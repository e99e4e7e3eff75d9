// The HTTP server of the API: listens from process start (before the election, so liveness probes and
// standby queries work) and closes on exit without waiting on idle keep-alive connections.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Express } from 'express';

export interface ApiServer {
  /** Base URL, e.g. http://127.0.0.1:8080 (the wildcard address shown as 127.0.0.1). */
  readonly url: string;
  readonly address: AddressInfo;
  /** Stops accepting connections; requests in flight get `graceMs` to finish, then their sockets are closed. */
  close(graceMs?: number): Promise<void>;
}

export async function startApiServer(app: Express, host: string, port: number): Promise<ApiServer> {
  const server = createServer(app);
  server.keepAliveTimeout = 5_000;
  await new Promise<void>((resolve, reject) => {
    const onError = (err: NodeJS.ErrnoException): void => {
      reject(new Error(`the API cannot listen on ${host}:${port}: ${err.code === 'EADDRINUSE' ? 'the port is in use (set CASSANDRA_MESOS_API_PORT to a free one)' : err.message}`));
    };
    server.once('error', onError);
    server.listen(port, host, () => {
      server.off('error', onError);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  const shownHost = address.address === '0.0.0.0' || address.address === '::' ? '127.0.0.1' : address.family === 'IPv6' ? `[${address.address}]` : address.address;
  return { url: `http://${shownHost}:${address.port}`, address, close: (graceMs = 2_000) => closeServer(server, graceMs) };
}

function closeServer(server: Server, graceMs: number): Promise<void> {
  return new Promise((resolve) => {
    const force = setTimeout(() => server.closeAllConnections(), graceMs);
    server.close(() => {
      clearTimeout(force);
      resolve();
    });
    server.closeIdleConnections();
  });
}
