// Checks of arguments before any request, with the scheduler's own rules, so a typo costs no round trip
// and the message names the argument. Each parser throws commander's InvalidArgumentError, which main()
// turns into exit code 2.
import { InvalidArgumentError } from 'commander';

const NAME_CHARS = /^[A-Za-z0-9][A-Za-z0-9._:-]*$/;
const BACKUP_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CQL_NAME = /^[A-Za-z][A-Za-z0-9_]{0,47}$/;
const PLAN_NAME = /^[a-z][a-z0-9-]{0,62}$/;
const CLUSTER_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

/** A node: node-0, a bare index (0 → node-0, as the DC/OS CLI accepted), an IP, a hostname or an executor id. */
export function nodeRef(value: string): string {
  if (/^\d{1,6}$/.test(value)) return `node-${Number(value)}`;
  if (value === '') throw new InvalidArgumentError('name a node: its id (node-0), index (0), IP address, hostname or executor id');
  if (value.length > 253) throw new InvalidArgumentError(`a node reference has at most 253 characters (got ${value.length})`);
  if (!NAME_CHARS.test(value) || value.includes('..')) {
    throw new InvalidArgumentError(`${JSON.stringify(value)} is not a node: give its id (node-0), index (0), IP address, hostname or executor id (letters, digits, ".", ":", "_", "-")`);
  }
  return value;
}

/** "*" (every node) or a comma-separated list of node references. */
export function nodeList(value: string): string[] {
  if (value.trim() === '*') return ['*'];
  const refs = splitList(value, 'nodes');
  if (refs.includes('*')) throw new InvalidArgumentError('"*" stands for every node: give it alone, or list the nodes');
  return refs.map(nodeRef);
}

/** Comma-separated keyspace or table names. */
export function cqlNames(value: string): string[] {
  return splitList(value, 'names').map((name) => {
    if (!CQL_NAME.test(name)) throw new InvalidArgumentError(`${JSON.stringify(name)} is not a keyspace or table name (a letter, then up to 47 letters, digits or "_")`);
    return name;
  });
}

export function backupName(value: string): string {
  if (value === '') throw new InvalidArgumentError('name the backup (1-128 letters, digits, ".", "_" and "-")');
  if (value.length > 128) throw new InvalidArgumentError(`a backup name has at most 128 characters (got ${value.length})`);
  if (value.includes('/') || value.includes('\\')) throw new InvalidArgumentError(`${JSON.stringify(value)} contains a path separator: a backup name is a single path segment`);
  if (value.includes('..')) throw new InvalidArgumentError(`${JSON.stringify(value)} contains "..", which a backup name must not`);
  if (!BACKUP_NAME.test(value)) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a backup name: letters, digits, ".", "_" and "-", starting with a letter or digit`);
  return value;
}

export function clusterName(value: string): string {
  if (!CLUSTER_NAME.test(value)) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a cluster name: the framework name of a cluster (1-64 letters, digits, ".", "_", "-")`);
  return value;
}

export function planName(value: string): string {
  if (!PLAN_NAME.test(value)) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a plan name: lower-case letters, digits and "-" (e.g. deploy; list them with \`cassandra-mesos plan list\`)`);
  return value;
}

/** A phase or step of a plan, by id or name (as `plan show` prints them). */
export function planElement(value: string): string {
  if (value === '' || value.length > 200 || !NAME_CHARS.test(value) || value.includes('..')) {
    throw new InvalidArgumentError(`${JSON.stringify(value)} is not a phase or step: give its id or name as \`cassandra-mesos plan show\` prints it`);
  }
  return value;
}

/** Where backups are: s3://bucket[/prefix], http(s)://host[:port]/bucket[/prefix], file:///dir or local. */
export function location(value: string): string {
  if (value === 'local' || /^s3:\/\/[^/\s]+(\/\S*)?$/.test(value) || /^file:\/\/\/\S+$/.test(value) || /^https?:\/\/[^/\s]+\/[^/\s]+(\/\S*)?$/.test(value)) {
    if (/^[a-z0-9]+:\/\/[^/]*@/i.test(value)) throw new InvalidArgumentError('the location must not carry credentials: give S3 keys with --s3-access-key/--s3-secret-key, or leave them to the scheduler');
    return value;
  }
  throw new InvalidArgumentError(`${JSON.stringify(value)} is not a backup location: s3://bucket[/prefix], http(s)://host[:port]/bucket[/prefix] (S3-compatible), file:///directory or local`);
}

/** A parser of whole numbers within [min, max], naming what it counts in its message. */
export function wholeNumber(min: number, max: number, what: string): (value: string) => number {
  return (value: string) => {
    if (!/^\d{1,9}$/.test(value.trim())) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a whole number: give ${what} from ${min} to ${max}`);
    const n = Number(value.trim());
    if (n < min || n > max) throw new InvalidArgumentError(`${n} is out of range: give ${what} from ${min} to ${max}`);
    return n;
  };
}

/** Seconds, fractions allowed, within [min, max]. */
export function seconds(min: number, max: number): (value: string) => number {
  return (value: string) => {
    const n = Number(value);
    if (value.trim() === '' || !Number.isFinite(n)) throw new InvalidArgumentError(`${JSON.stringify(value)} is not a number of seconds`);
    if (n < min || n > max) throw new InvalidArgumentError(`${n} s is out of range: give ${min} to ${max} seconds`);
    return n;
  };
}

function splitList(value: string, what: string): string[] {
  const items = value.split(',').map((s) => s.trim());
  if (items.length === 0 || items.some((s) => s === '')) throw new InvalidArgumentError(`give a comma-separated list of ${what} without empty entries (got ${JSON.stringify(value)})`);
  if (items.length > 1000) throw new InvalidArgumentError(`at most 1000 ${what} (got ${items.length})`);
  return items;
}
