import { createServer, type Server } from 'node:net';
import { assertPortsFree, canBind, freePort, looksLikeBindFailure } from '../src/ports';

function listen(port: number): Promise<Server> {
  return new Promise((resolve) => {
    const s = createServer();
    s.listen({ host: '127.0.0.1', port }, () => resolve(s));
  });
}

describe('ports', () => {
  it('hands out distinct bindable ports', async () => {
    const ports = await Promise.all(Array.from({ length: 5 }, () => freePort()));
    expect(new Set(ports).size).toBe(5);
    for (const p of ports) {
      expect(p).toBeGreaterThan(0);
      expect(await canBind('127.0.0.1', p)).toBe(true);
    }
  });

  it('detects a taken port and names it in the error', async () => {
    const port = await freePort();
    const server = await listen(port);
    try {
      expect(await canBind('127.0.0.1', port)).toBe(false);
      await expect(assertPortsFree([{ host: '127.0.0.1', port, what: 'node1 CQL' }], 'hint!')).rejects.toThrow(`127.0.0.1:${port} (node1 CQL)`);
    } finally {
      server.close();
    }
  });

  it('recognises bind failures in a log tail', () => {
    expect(looksLikeBindFailure(['java.net.BindException: Address already in use'])).toBe(true);
    expect(looksLikeBindFailure(['all good'])).toBe(false);
  });
});
