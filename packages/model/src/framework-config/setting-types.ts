// Value types and drafts specific to the scheduler's settings: ZooKeeper and Mesos master URLs,
// secrets, and the mutable drafts parseSchedulerEnvironment fills.
import type { CompleteArtifactUris, CompleteFrameworkConfig, CompleteNodePorts, CompleteNodeResources, CompleteRackDc } from './fields';
import type { SchedulerSettings } from './settings';
import type { Parsed, ValueType } from './values';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export type ConfigDraft = Mutable<Omit<CompleteFrameworkConfig, 'resources' | 'ports' | 'artifacts' | 'defaultRackDc' | 'yamlOverrides'>> & {
  resources: Mutable<CompleteNodeResources>;
  ports: Mutable<CompleteNodePorts>;
  artifacts: Mutable<CompleteArtifactUris>;
  defaultRackDc: Mutable<CompleteRackDc>;
  yamlOverrides: Record<string, string>;
};

export type SettingsDraft = Partial<Mutable<SchedulerSettings>>;

export interface ZooKeeperLocation {
  /** The URL as given (it never holds credentials, so it is safe to log). */
  readonly url: string;
  /** "host:port" of each server. */
  readonly servers: readonly string[];
  /** Root path; the state of a framework lives under `<root>/<framework name>`. */
  readonly root: string;
}

export const DEFAULT_ZOOKEEPER_ROOT = '/cassandra-mesos';

const HOST = String.raw`(?:[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*|\[[0-9A-Fa-f:.]+\])`;
const HOST_PORT = new RegExp(`^(${HOST})(?::(\\d{1,5}))?$`);
const noCredentials = (t: string): boolean => !t.includes('@');
const fail = (problem: string): Parsed<never> => ({ ok: false, problem });

function validPort(p: string | undefined): boolean {
  return p === undefined || (Number(p) >= 1 && Number(p) <= 65535);
}

/** zk://host[:port][,host[:port]...][/root/path] */
export const zookeeperUrl: ValueType<ZooKeeperLocation | null> = {
  label: 'zk:// URL, or empty',
  echo: noCredentials,
  parse(text) {
    if (text === '') return { ok: true, value: null };
    if (text.includes('@')) return fail('contains credentials, which would end up in logs (give the scheduler ZooKeeper access by network or ACL instead)');
    const m = /^zk:\/\/([^/]+)(\/.*)?$/.exec(text);
    if (!m) return fail('is not a zk://host:port[,host:port...][/root] URL');
    const servers: string[] = [];
    for (const server of (m[1] ?? '').split(',')) {
      const hp = HOST_PORT.exec(server);
      if (!hp || !validPort(hp[2])) return fail(`has an invalid server '${server}' (expected host or host:port)`);
      servers.push(`${hp[1] ?? ''}:${hp[2] ?? '2181'}`);
    }
    const root = m[2] ?? DEFAULT_ZOOKEEPER_ROOT;
    const segments = root.split('/').slice(1);
    if (segments.some((s) => s === '' || s === '.' || s === '..' || /\s/.test(s))) {
      return fail(`has an invalid root path '${root}' (no empty, '.' or '..' segments, no trailing '/', no whitespace)`);
    }
    return { ok: true, value: { url: text, servers, root } };
  },
};

/** http(s)://host[:port][/path] */
export const mesosMasterUrl: ValueType<string> = {
  label: 'http(s) URL',
  echo: noCredentials,
  parse(text) {
    if (text.includes('@')) return fail('contains credentials, which would end up in logs (authenticate with CASSANDRA_MESOS_PRINCIPAL and CASSANDRA_MESOS_PRINCIPAL_SECRET instead)');
    const m = /^https?:\/\/([^/?#]+)(\/[^\s?#]*)?$/.exec(text);
    const hp = m ? HOST_PORT.exec(m[1] ?? '') : null;
    if (!hp || !validPort(hp[2])) return fail('is not an http(s)://host:port URL');
    return { ok: true, value: text };
  },
};

/** A secret: never echoed; refuses surrounding whitespace (usually a stray newline from a file). */
export function secretText(minLength: number): ValueType<string> {
  return {
    label: minLength > 1 ? `secret (at least ${minLength} characters)` : 'secret',
    echo: () => false,
    parse(text) {
      if (text.trim() !== text) return fail('has leading or trailing whitespace (often a newline from the file it was read from)');
      if (text.length < minLength) return fail(`is shorter than ${minLength} characters`);
      return { ok: true, value: text };
    },
  };
}
