// A loopback TCP proxy in front of the real ZooKeeper, to cut one client off without touching the
// server or the other clients: `refuse()` is a dead server (connections reset), `blackhole()` is a
// silent network partition (connections stay open, nothing gets through).
import { createServer, connect, type Server, type Socket } from 'node:net';

type Mode = 'forward' | 'refuse' | 'blackhole';

export class TcpProxy {
  private mode: Mode = 'forward';
  private readonly sockets = new Set<Socket>();

  private constructor(
    private readonly server: Server,
    readonly port: number,
  ) {}

  static async start(targetHost: string, targetPort: number): Promise<TcpProxy> {
    const holder: { proxy?: TcpProxy } = {};
    const server = createServer((client) => holder.proxy?.accept(client, targetHost, targetPort));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(0, '127.0.0.1', resolve);
    });
    const address = server.address();
    if (address === null || typeof address === 'string') throw new Error('proxy has no TCP address');
    holder.proxy = new TcpProxy(server, address.port);
    return holder.proxy;
  }

  get connectString(): string {
    return `127.0.0.1:${this.port}`;
  }

  /** Like a server that went away: open connections are reset, new ones too. */
  refuse(): void {
    this.mode = 'refuse';
    this.dropAll();
  }

  /** Like a network partition: connections stay open but no byte gets through, either way. */
  blackhole(): void {
    this.mode = 'blackhole';
  }

  /** Back to normal for new connections; connections that were black-holed are reset. */
  forward(): void {
    if (this.mode === 'blackhole') this.dropAll();
    this.mode = 'forward';
  }

  async close(): Promise<void> {
    this.dropAll();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }

  private accept(client: Socket, host: string, port: number): void {
    if (this.mode === 'refuse') {
      client.destroy();
      return;
    }
    const upstream = connect({ host, port });
    for (const socket of [client, upstream]) {
      this.sockets.add(socket);
      socket.on('error', () => socket.destroy());
      socket.on('close', () => {
        this.sockets.delete(socket);
        client.destroy();
        upstream.destroy();
      });
    }
    client.on('data', (chunk: Buffer) => {
      if (this.mode === 'forward') upstream.write(chunk);
    });
    upstream.on('data', (chunk: Buffer) => {
      if (this.mode === 'forward') client.write(chunk);
    });
  }

  private dropAll(): void {
    for (const socket of this.sockets) socket.destroy();
    this.sockets.clear();
  }
}
