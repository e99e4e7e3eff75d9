// Where backups go, as operators write it: `s3://bucket[/prefix]`, `file:///absolute/dir` or `local`
// (the executors' CASSANDRA_BACKUP_DIRECTORY). Pure parsing with specific problems, shared by the
// CASSANDRA_MESOS_BACKUP_LOCATION setting and the APIs (DC/OS external_location, request overrides).
import type { Parsed } from './values';

export type BackupLocation =
  | { readonly storage: 's3'; readonly bucket: string; readonly prefix: string }
  /** directory null: the CASSANDRA_BACKUP_DIRECTORY setting (relative to each executor's sandbox unless absolute). */
  | { readonly storage: 'local'; readonly directory: string | null };

const fail = (problem: string): Parsed<never> => ({ ok: false, problem });

/** S3 bucket naming rules (virtual-host compatible): 3-63 lower-case letters, digits, '.', '-'. */
export function s3BucketProblem(bucket: string): string | undefined {
  if (bucket === '') return 'names no bucket (s3://<bucket>[/prefix])';
  if (bucket.length < 3 || bucket.length > 63) return `has a bucket name of ${bucket.length} characters; S3 bucket names have 3-63`;
  if (!/^[a-z0-9][a-z0-9.-]*[a-z0-9]$/.test(bucket)) return `has bucket ${JSON.stringify(bucket)}: S3 bucket names are lower-case letters, digits, '.' and '-', starting and ending with a letter or digit`;
  if (bucket.includes('..')) return `has bucket ${JSON.stringify(bucket)} with '..', which S3 does not allow`;
  if (/^\d+\.\d+\.\d+\.\d+$/.test(bucket)) return `has bucket ${JSON.stringify(bucket)}, which looks like an IP address; S3 does not allow that`;
  return undefined;
}

/** A key prefix inside the bucket: '/'-separated segments that are safe object keys and file names. */
export function s3PrefixProblem(prefix: string): string | undefined {
  if (prefix.length > 512) return `has a prefix of ${prefix.length} characters; at most 512 are allowed`;
  for (const segment of prefix.split('/')) {
    if (segment === '') return `has an empty segment in prefix ${JSON.stringify(prefix)} ('//')`;
    if (segment === '..' || segment === '.') return `has a '${segment}' segment in prefix ${JSON.stringify(prefix)}`;
    if (!/^[A-Za-z0-9_][A-Za-z0-9._=+-]*$/.test(segment)) {
      return `has prefix segment ${JSON.stringify(segment)}: use letters, digits and . _ = + - (not starting with '.', '=', '+' or '-')`;
    }
  }
  return undefined;
}

/** An absolute directory without '.', '..' or empty segments (it becomes the root of every key). */
export function backupDirectoryProblem(directory: string, absolute: boolean): string | undefined {
  if (directory === '') return 'names no directory';
  if (directory === '/') return "names the root directory '/'; name a directory for the backups";
  if (absolute && !directory.startsWith('/')) return `names ${JSON.stringify(directory)}, which is not an absolute path`;
  if (directory.length > 1024) return `names a directory of ${directory.length} characters; at most 1024 are allowed`;
  if (/[\s\0]/.test(directory)) return `names ${JSON.stringify(directory)}, which contains whitespace or a control character`;
  const segments = directory.replace(/^\//, '').replace(/\/$/, '').split('/');
  if (segments.some((s) => s === '..' || s === '.' || s === '')) return `names ${JSON.stringify(directory)}, which has an empty, '.' or '..' segment`;
  return undefined;
}

/** Parses a backup location; problems read after "<variable or field> ..." ("is not ...", "has ..."). */
export function parseBackupLocation(text: string): Parsed<BackupLocation> {
  if (text.toLowerCase() === 'local') return { ok: true, value: { storage: 'local', directory: null } };
  const scheme = /^([A-Za-z][A-Za-z0-9+.-]*):\/\//.exec(text)?.[1]?.toLowerCase();
  if (scheme === 's3') {
    const rest = text.slice('s3://'.length);
    if (rest.includes('@')) return fail('contains credentials, which would end up in logs and ZooKeeper; give S3 keys through CASSANDRA_MESOS_S3_ACCESS_KEY_ID/_SECRET_ACCESS_KEY instead');
    if (/[?#]/.test(rest)) return fail('has a query or fragment; an S3 location is s3://<bucket>[/prefix]');
    const slash = rest.indexOf('/');
    const bucket = slash < 0 ? rest : rest.slice(0, slash);
    const prefix = slash < 0 ? '' : rest.slice(slash + 1).replace(/\/+$/, '');
    const problem = s3BucketProblem(bucket) ?? (prefix === '' ? undefined : s3PrefixProblem(prefix));
    return problem ? fail(problem) : { ok: true, value: { storage: 's3', bucket, prefix } };
  }
  if (scheme === 'file') {
    const path = text.slice('file://'.length);
    if (!path.startsWith('/')) return fail('is not a file:///absolute/directory URI (file://host/... is not supported)');
    const directory = path.length > 1 ? path.replace(/\/+$/, '') : path;
    const problem = backupDirectoryProblem(directory, true);
    return problem ? fail(problem) : { ok: true, value: { storage: 'local', directory } };
  }
  if (scheme !== undefined) return fail(`has scheme ${scheme}://, which is not supported: use s3://<bucket>[/prefix], file:///<directory> or local (Azure and HTTP locations are not supported)`);
  return fail('is not s3://<bucket>[/prefix], file:///<directory> or local');
}

/** The location as an operator reads it (never with credentials): s3://bucket/prefix, file:///dir or local. */
export function formatBackupLocation(location: BackupLocation): string {
  if (location.storage === 's3') return `s3://${location.bucket}${location.prefix ? `/${location.prefix}` : ''}`;
  return location.directory === null ? 'local' : `file://${location.directory}`;
}
