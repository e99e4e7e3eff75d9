import { createServer } from 'node:net';

/** Resolves when `port` on `host` could be bound (and released again), false when it is taken. */
export function canBind(host: string, port: number): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.once('error', (err: NodeJS.ErrnoException) => {
      if (err.code === 'EADDRINUSE' || err.code === 'EACCES') resolve(false);
      else reject(err);
    });
    server.listen({ host, port, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

/**
 * A port the OS reports free on `host` right now. There is a window between this call and the
 * server binding it; the start helpers retry with a new port when the server reports the bind failed.
 * Ports handed out by this process are not handed out again, so parallel starts do not collide.
 */
export async function freePort(host = '127.0.0.1'): Promise<number> {
  for (let attempt = 0; attempt < 20; attempt++) {
    const port = await new Promise<number>((resolve, reject) => {
      const server = createServer();
      server.unref();
      server.once('error', reject);
      server.listen({ host, port: 0, exclusive: true }, () => {
        const address = server.address();
        const p = typeof address === 'object' && address !== null ? address.port : 0;
        server.close(() => resolve(p));
      });
    });
    if (port > 0 && !handedOut.has(port)) {
      handedOut.add(port);
      return port;
    }
  }
  throw new Error(`testkit: could not find a free port on ${host}`);
}
const handedOut = new Set<number>();

/** Throws a clear error listing every (host, port) of `wanted` that is already taken. */
export async function assertPortsFree(wanted: ReadonlyArray<{ host: string; port: number; what: string }>, hint: string): Promise<void> {
  const taken: string[] = [];
  for (const w of wanted) if (!(await canBind(w.host, w.port))) taken.push(`${w.host}:${w.port} (${w.what})`);
  if (taken.length > 0) throw new Error(`testkit: port(s) already in use: ${taken.join(', ')}. ${hint}`);
}

/** True when the log text says a server could not bind its port (so a retry with another port can help). */
export function looksLikeBindFailure(logLines: readonly string[]): boolean {
  return logLines.some((l) => /Address already in use|BindException|EADDRINUSE/.test(l));
}
