// ZooKeeper addresses as operators write them: `zk://host1:2181,host2:2181/chroot` (the form Mesos and
// Marathon use), or plain `host1:2181,host2:2181[/chroot]`; the port defaults to 2181.
// The chroot is applied by us (it prefixes our paths), not by the client library, so it need not exist.
import { StateStoreError } from '../errors';

export interface ZooKeeperServerAddress {
  readonly host: string;
  readonly port: number;
}

export interface ZooKeeperAddress {
  readonly servers: readonly ZooKeeperServerAddress[];
  /** '' when there is none, else '/a/b'. */
  readonly chroot: string;
  /** "host1:2181,host2:2181", what the client library connects to. */
  readonly connectString: string;
}

export class InvalidZooKeeperUrlError extends StateStoreError {
  override readonly name = 'InvalidZooKeeperUrlError';
  readonly code = 'INVALID_ZOOKEEPER_URL';
}

export const DEFAULT_ZOOKEEPER_PORT = 2181;
export const ZOOKEEPER_URL_SETTING = 'CASSANDRA_MESOS_ZK_URL';

const HOST = /^[A-Za-z0-9]([A-Za-z0-9.-]*[A-Za-z0-9])?$/;
const CHROOT_SEGMENT = /^[A-Za-z0-9._-]+$/;

/** Hides credentials someone put in a URL (`zk://user:pass@host`) before it goes into a message. */
export function redactZooKeeperUrl(url: string): string {
  return url.replace(/^((?:zk:\/\/)?)[^@/]*@/i, '$1***@');
}

/**
 * Parses a ZooKeeper address; `setting` names where it came from, for the error message.
 * Throws InvalidZooKeeperUrlError saying what is wrong and what is expected.
 */
export function parseZooKeeperUrl(url: string, setting: string = ZOOKEEPER_URL_SETTING): ZooKeeperAddress {
  const shown = redactZooKeeperUrl(url);
  const fail = (problem: string): never => {
    throw new InvalidZooKeeperUrlError(
      `${setting} ${JSON.stringify(shown)} is not a ZooKeeper address: ${problem}; expected zk://host:port[,host:port...][/chroot] or host:port`,
    );
  };
  let rest = url.trim();
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(rest);
  if (scheme) {
    if (scheme[1]?.toLowerCase() !== 'zk') fail(`unknown scheme '${scheme[1]}://'`);
    rest = rest.slice(scheme[0].length);
  }
  if (rest.includes('@')) fail('credentials in the address are not supported (ZooKeeper state holds no secrets; restrict access to ZooKeeper instead)');
  const slash = rest.indexOf('/');
  const hostList = slash === -1 ? rest : rest.slice(0, slash);
  const chroot = slash === -1 ? '' : parseChroot(rest.slice(slash), fail);
  if (hostList === '') fail('no host');
  const servers = hostList.split(',').map((item) => parseServer(item.trim(), fail));
  return { servers, chroot, connectString: servers.map((s) => `${s.host}:${s.port}`).join(',') };
}

function parseServer(item: string, fail: (problem: string) => never): ZooKeeperServerAddress {
  if (item === '') return fail('empty host in the list');
  if (item.startsWith('[')) return fail(`IPv6 literal ${item} is not supported by the ZooKeeper client; use a host name`);
  const parts = item.split(':');
  if (parts.length > 2) return fail(`'${item}' is not host or host:port`);
  const host = parts[0] ?? '';
  if (!HOST.test(host)) return fail(`'${host}' is not a host name or IPv4 address`);
  if (parts.length === 1) return { host, port: DEFAULT_ZOOKEEPER_PORT };
  const portText = parts[1] ?? '';
  const port = /^\d{1,5}$/.test(portText) ? Number(portText) : NaN;
  if (!(port >= 1 && port <= 65_535)) return fail(`port '${portText}' of ${host} is not a number from 1 to 65535`);
  return { host, port };
}

function parseChroot(path: string, fail: (problem: string) => never): string {
  const trimmed = path.replace(/\/+$/, '');
  if (trimmed === '') return '';
  const segments = trimmed.slice(1).split('/');
  for (const segment of segments) {
    if (!CHROOT_SEGMENT.test(segment) || segment === '.' || segment === '..') {
      fail(`chroot '${path}' has an invalid segment '${segment}' (letters, digits, '.', '_' and '-' only)`);
    }
  }
  return trimmed;
}
