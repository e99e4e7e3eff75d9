// Where a backup lives, fully resolved: the operator's forms (s3://bucket/prefix, file:///dir, local,
// the DC/OS external_location) completed with the scheduler's settings (endpoint, region, backup
// directory). Its BackupOptions fields and its display form never carry credentials.
import { parseBackupLocation, type BackupLocation, type BackupSchedulerSettings, type cassandra_mesos } from '@cassandra-mesos/model';
import { BackupServiceError } from './types';

export type StorageLocation =
  | { readonly storage: 's3'; readonly bucket: string; readonly prefix: string; readonly endpoint: string; readonly region: string; readonly forcePathStyle: boolean }
  /** directory: absolute, or relative to each executor's sandbox. */
  | { readonly storage: 'local'; readonly directory: string };

export type LocationSettings = Pick<BackupSchedulerSettings, 'backupLocation' | 'backupDirectory' | 's3Endpoint' | 's3Region'>;

/** A parsed location completed with the settings. */
export function completeLocation(location: BackupLocation, settings: LocationSettings): StorageLocation {
  if (location.storage === 'local') return { storage: 'local', directory: location.directory ?? settings.backupDirectory };
  // S3-compatible servers (s3proxy, MinIO, Ceph) need path-style URLs; AWS takes either.
  return { storage: 's3', bucket: location.bucket, prefix: location.prefix, endpoint: settings.s3Endpoint, region: settings.s3Region, forcePathStyle: settings.s3Endpoint !== '' };
}

/**
 * DC/OS's form for S3-compatible servers: `http(s)://host[:port]/bucket[/prefix]` (the first path
 * segment is the bucket); path-style addressing at that endpoint.
 */
function endpointLocation(text: string, settings: LocationSettings, field: string): StorageLocation | undefined {
  const m = /^(https?:\/\/)([^/?#]*)(\/[^?#]*)?$/i.exec(text);
  if (!m) return undefined;
  const authority = m[2] ?? '';
  if (authority.includes('@')) throw new BackupServiceError('INVALID_ARGUMENT', `${field} contains credentials, which would end up in logs; give S3 keys separately (s3_access_key/s3_secret_key)`, 'INVALID_LOCATION');
  if (!/^([A-Za-z0-9.-]+|\[[0-9A-Fa-f:.]+\])(:\d{1,5})?$/.test(authority)) throw new BackupServiceError('INVALID_ARGUMENT', `${field} ${JSON.stringify(text)} has no valid host[:port]`, 'INVALID_LOCATION');
  const path = (m[3] ?? '').replace(/^\/+/, '');
  const parsed = parseBackupLocation(`s3://${path}`);
  if (!parsed.ok) throw new BackupServiceError('INVALID_ARGUMENT', `${field} ${JSON.stringify(text)} (http(s)://host[:port]/bucket[/prefix]) ${parsed.problem}`, 'INVALID_LOCATION');
  const location = completeLocation(parsed.value, settings);
  return location.storage === 's3' ? { ...location, endpoint: `${(m[1] ?? '').toLowerCase()}${authority}`, forcePathStyle: true } : location;
}

/**
 * The location a request names (`field` says which input, for the message), or the default setting
 * when it names none: s3://bucket[/prefix], file:///dir, local, or http(s)://host[:port]/bucket[/prefix]
 * for an S3-compatible server. INVALID_ARGUMENT with what is wrong otherwise.
 */
export function resolveLocation(text: string | undefined, settings: LocationSettings, field = 'location'): StorageLocation {
  if (text === undefined || text === '') return completeLocation(settings.backupLocation, settings);
  const byEndpoint = endpointLocation(text.trim(), settings, field);
  if (byEndpoint) return byEndpoint;
  const parsed = parseBackupLocation(text.trim());
  if (!parsed.ok) {
    const shown = text.includes('@') ? '' : ` ${JSON.stringify(text)}`;
    throw new BackupServiceError('INVALID_ARGUMENT', `${field}${shown} ${parsed.problem}`, 'INVALID_LOCATION');
  }
  return completeLocation(parsed.value, settings);
}

/** s3://bucket/prefix or local:<directory>: for listings, messages and logs (no credentials exist in a location). */
export function describeLocation(location: StorageLocation): string {
  if (location.storage === 's3') return `s3://${location.bucket}${location.prefix ? `/${location.prefix}` : ''}`;
  return `local:${location.directory}`;
}

/** The BackupOptions fields that say where the backup is. */
export function locationOptions(location: StorageLocation): cassandra_mesos.v1.BackupOptions.$Properties {
  if (location.storage === 'local') return { storage: 'local', prefix: location.directory };
  return { storage: 's3', bucket: location.bucket, prefix: location.prefix, endpoint: location.endpoint, region: location.region, forcePathStyle: location.forcePathStyle };
}

/** The location a job's BackupOptions name (the model checked storage/bucket/prefix before the job started). */
export function locationOfOptions(options: cassandra_mesos.v1.BackupOptions.$Properties | null | undefined): StorageLocation {
  if (options?.storage === 's3') {
    return { storage: 's3', bucket: options.bucket ?? '', prefix: options.prefix ?? '', endpoint: options.endpoint ?? '', region: options.region || 'us-east-1', forcePathStyle: options.forcePathStyle === true };
  }
  return { storage: 'local', directory: options?.prefix ?? '' };
}

export function sameLocation(a: StorageLocation, b: StorageLocation): boolean {
  if (a.storage === 's3' && b.storage === 's3') return a.bucket === b.bucket && a.prefix === b.prefix && a.endpoint === b.endpoint;
  return a.storage === 'local' && b.storage === 'local' && a.directory === b.directory;
}
