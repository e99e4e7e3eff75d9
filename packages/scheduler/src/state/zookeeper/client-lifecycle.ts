// Starting and stopping node-zookeeper-client clients, where the library needs help: it has no way
// to stop a closed client from reconnecting, and it swallows the socket errors that say why no
// session could be established.
import { connect as tcpConnect } from 'node:net';
import type { Client } from 'node-zookeeper-client';
import type { ZooKeeperAddress } from './url';

/** Library internals this package reaches into, each for a reason given where it is used. */
export interface ClientInternals {
  connectionManager: { state: number; socket?: { destroy(): void } };
}
export interface TransactionInternals {
  ops: Array<{ version?: number }>;
}
export const CLOSED_STATES: ReadonlySet<number> = new Set([-2, -3, -4]); // CLOSED, SESSION_EXPIRED, AUTHENTICATION_FAILED

export function formatSeconds(ms: number): string {
  return ms % 1000 === 0 ? `${ms / 1000} s` : `${(ms / 1000).toFixed(1)} s`;
}

/** Closes a client and makes sure it neither keeps a socket nor reconnects. */
export async function shutDown(client: Client): Promise<void> {
  const manager = (client as unknown as ClientInternals).connectionManager;
  if (CLOSED_STATES.has(manager.state)) return;
  client.close();
  // close() queues a close-session request; give it a moment to reach the server, so ephemeral znodes go now.
  for (let waited = 0; waited < 1_000 && !CLOSED_STATES.has(manager.state); waited += 20) {
    await new Promise((r) => setTimeout(r, 20));
  }
  manager.socket?.destroy();
}

/** Why no session was established, server by server, for the connect error. */
export async function probeServers(address: ZooKeeperAddress): Promise<string> {
  const results = await Promise.all(
    address.servers.map(
      ({ host, port }) =>
        new Promise<string>((resolve) => {
          const socket = tcpConnect({ host, port });
          socket.setTimeout(1_000, () => {
            socket.destroy();
            resolve(`${host}:${port}: no answer to a TCP connect (firewall or wrong address?)`);
          });
          socket.once('connect', () => {
            socket.destroy();
            resolve(`${host}:${port}: accepts TCP connections but no ZooKeeper session was established (is it a ZooKeeper server, and is it serving?)`);
          });
          socket.once('error', (err: NodeJS.ErrnoException) => {
            socket.destroy();
            resolve(`${host}:${port}: ${err.code === 'ECONNREFUSED' ? 'connection refused' : err.code === 'ENOTFOUND' ? 'host not found' : err.message}`);
          });
        }),
    ),
  );
  return results.join('; ');
}
