import { parseSchedulerEnvironment } from '@cassandra-mesos/model';
import { BackupServiceError, describeLocation, locationOfOptions, locationOptions, resolveLocation, type LocationSettings } from '../../src/backup';

function settings(env: Record<string, string> = {}): LocationSettings {
  const parsed = parseSchedulerEnvironment(env);
  if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('; '));
  return parsed.settings;
}

function refusal(text: string): BackupServiceError {
  try {
    resolveLocation(text, settings(), 'external_location');
  } catch (err) {
    if (err instanceof BackupServiceError) return err;
    throw err;
  }
  throw new Error(`${text} was accepted`);
}

describe('backup locations', () => {
  it('defaults to the setting: local in CASSANDRA_BACKUP_DIRECTORY', () => {
    expect(resolveLocation(undefined, settings())).toEqual({ storage: 'local', directory: 'backup' });
    expect(resolveLocation('', settings({ CASSANDRA_BACKUP_DIRECTORY: '/srv/backups' }))).toEqual({ storage: 'local', directory: '/srv/backups' });
  });

  it('completes an S3 location with the endpoint and region settings (path style with an endpoint)', () => {
    const s = settings({ CASSANDRA_MESOS_BACKUP_LOCATION: 's3://default-bucket/p', CASSANDRA_MESOS_S3_ENDPOINT: 'http://127.0.0.1:9000', CASSANDRA_MESOS_S3_REGION: 'eu-west-1' });
    expect(resolveLocation(undefined, s)).toEqual({ storage: 's3', bucket: 'default-bucket', prefix: 'p', endpoint: 'http://127.0.0.1:9000', region: 'eu-west-1', forcePathStyle: true });
    expect(resolveLocation('s3://other/a/b', settings())).toEqual({ storage: 's3', bucket: 'other', prefix: 'a/b', endpoint: '', region: 'us-east-1', forcePathStyle: false });
  });

  it('reads file:/// directories and DC/OS http(s)://host:port/bucket/prefix locations', () => {
    expect(resolveLocation('file:///mnt/backups/', settings())).toEqual({ storage: 'local', directory: '/mnt/backups' });
    expect(resolveLocation('http://s3.example:8080/bucket-1/cassandra/prod', settings())).toEqual({
      storage: 's3', bucket: 'bucket-1', prefix: 'cassandra/prod', endpoint: 'http://s3.example:8080', region: 'us-east-1', forcePathStyle: true,
    });
  });

  it.each([
    ['azure://container/x', 'azure://, which is not supported'],
    ['s3://Bad_Bucket', 'lower-case letters'],
    ['https://s3.example/', 'names no bucket'],
    ['nowhere', 'is not s3://'],
  ])('refuses %s with INVALID_LOCATION naming the field', (text, fragment) => {
    const err = refusal(text);
    expect([err.code, err.reason]).toEqual(['INVALID_ARGUMENT', 'INVALID_LOCATION']);
    expect(err.message).toMatch(/^external_location /);
    expect(err.message).toContain(fragment);
  });

  it('never repeats a location that carries credentials', () => {
    for (const text of ['s3://AKIA:s3cr3t@bucket/x', 'https://AKIA:s3cr3t@s3.example/bucket']) {
      const err = refusal(text);
      expect(err.message).toContain('credentials');
      expect(err.message).not.toContain('s3cr3t');
    }
  });

  it('writes a location into BackupOptions and reads it back; shows it without credentials', () => {
    for (const text of ['s3://bucket-1/a', 'http://127.0.0.1:9000/bucket-2', 'file:///var/b', 'local']) {
      const location = resolveLocation(text, settings());
      expect(locationOfOptions(locationOptions(location))).toEqual(location);
    }
    expect(describeLocation(resolveLocation('s3://bucket-1/a', settings()))).toBe('s3://bucket-1/a');
    expect(describeLocation(resolveLocation('local', settings()))).toBe('local:backup');
  });
});
