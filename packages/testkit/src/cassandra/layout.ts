import { join } from 'node:path';
import { balancedTokens } from './tokens';

export const STORAGE_PORT = 7000;
export const CQL_PORT = 9042;
export const JOLOKIA_PORT = 8778;
export const DATACENTER = 'dc1';
export const MAX_NODES = 3;

/** Where one node lives and what it is: derived from the node index alone (pure). */
export interface NodeLayout {
  /** 1-based */
  readonly index: number;
  readonly name: string;
  readonly ip: string;
  readonly token: string;
  readonly rack: string;
  readonly dir: string;
  readonly confDir: string;
  readonly dataDir: string;
  readonly commitlogDir: string;
  readonly savedCachesDir: string;
  readonly hintsDir: string;
  readonly cdcRawDir: string;
  readonly logDir: string;
  readonly tmpDir: string;
  readonly logFile: string;
}

export function nodeIp(index: number): string {
  if (!Number.isInteger(index) || index < 1 || index > 254) throw new RangeError(`node index must be 1..254, got ${index}`);
  return `127.0.0.${index}`;
}

/** Layout for `n` nodes under `clusterDir`: nodes on 127.0.0.1..n, balanced tokens, one rack per node. */
export function clusterLayout(n: number, clusterDir: string): NodeLayout[] {
  if (!Number.isInteger(n) || n < 1 || n > MAX_NODES) throw new RangeError(`nodes must be 1..${MAX_NODES}, got ${n}`);
  const tokens = balancedTokens(n);
  return tokens.map((token, i) => {
    const index = i + 1;
    const dir = join(clusterDir, `node${index}`);
    return {
      index,
      name: `node${index}`,
      ip: nodeIp(index),
      token,
      rack: `rack${index}`,
      dir,
      confDir: join(dir, 'conf'),
      dataDir: join(dir, 'data'),
      commitlogDir: join(dir, 'commitlog'),
      savedCachesDir: join(dir, 'saved_caches'),
      hintsDir: join(dir, 'hints'),
      cdcRawDir: join(dir, 'cdc_raw'),
      logDir: join(dir, 'logs'),
      tmpDir: join(dir, 'tmp'),
      logFile: join(dir, 'logs', 'cassandra.log'),
    };
  });
}

/** "ip:7000,…" — every node is a seed (the fast "all seeds, auto_bootstrap false" mode). */
export function seedList(layout: readonly NodeLayout[]): string {
  return layout.map((n) => `${n.ip}:${STORAGE_PORT}`).join(',');
}
