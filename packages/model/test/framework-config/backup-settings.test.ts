import { formatBackupLocation, parseBackupLocation, parseSchedulerEnvironment, type ConfigProblem } from '../../src';

function problems(env: Record<string, string>): ConfigProblem[] {
  const r = parseSchedulerEnvironment(env);
  if (r.ok) throw new Error('expected errors, got a valid configuration');
  return r.errors;
}

function settings(env: Record<string, string>) {
  const r = parseSchedulerEnvironment(env);
  if (!r.ok) throw new Error(r.errors.map((e) => e.message).join('\n'));
  return r.settings;
}

describe('parseBackupLocation', () => {
  it.each([
    ['local', { storage: 'local', directory: null }],
    ['LOCAL', { storage: 'local', directory: null }],
    ['s3://bucket-1', { storage: 's3', bucket: 'bucket-1', prefix: '' }],
    ['s3://bucket-1/', { storage: 's3', bucket: 'bucket-1', prefix: '' }],
    ['s3://my.bucket/a/b_c/d=1/', { storage: 's3', bucket: 'my.bucket', prefix: 'a/b_c/d=1' }],
    ['file:///var/backups/', { storage: 'local', directory: '/var/backups' }],
  ])('reads %s', (text, expected) => {
    expect(parseBackupLocation(text)).toEqual({ ok: true, value: expected });
  });

  it.each([
    ['s3://', 'names no bucket'],
    ['s3://ab', 'bucket name of 2 characters'],
    ['s3://Bucket', 'lower-case letters'],
    ['s3://a..b', "with '..'"],
    ['s3://192.168.1.1', 'IP address'],
    ['s3://key:secret@bucket/x', 'contains credentials'],
    ['s3://bucket/a//b', "empty segment"],
    ['s3://bucket/a/../b', "'..' segment"],
    ['s3://bucket/.hidden', 'prefix segment ".hidden"'],
    ['s3://bucket/x?versionId=1', 'query or fragment'],
    ['file://host/dir', 'file:///absolute/directory'],
    ['file:///a/../b', "'..' segment"],
    ['file:///a b', 'whitespace'],
    ['file:///', 'root directory'],
    ['azure://container/x', 'azure:// , which is not supported'.replace(' ,', ',')],
    ['https://example.com/b', 'https://, which is not supported'],
    ['backups', 'is not s3://'],
  ])('refuses %s, saying what is wrong', (text, fragment) => {
    const parsed = parseBackupLocation(text);
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.problem).toContain(fragment);
  });

  it('formats a location back the way it is written', () => {
    for (const text of ['local', 's3://bucket-1', 's3://bucket-1/a/b', 'file:///var/backups']) {
      const parsed = parseBackupLocation(text);
      if (!parsed.ok) throw new Error(parsed.problem);
      expect(formatBackupLocation(parsed.value)).toBe(text);
    }
  });
});

describe('backup and gRPC settings', () => {
  it('reads a file:// location and a relative backup directory', () => {
    const s = settings({ CASSANDRA_MESOS_BACKUP_LOCATION: 'file:///mnt/nfs/backups', CASSANDRA_BACKUP_DIRECTORY: 'my-backups/' });
    expect(s.backupLocation).toEqual({ storage: 'local', directory: '/mnt/nfs/backups' });
    expect(s.backupDirectory).toBe('my-backups');
  });

  it('accepts 0 for no gRPC server and no rate limit', () => {
    const s = settings({ CASSANDRA_MESOS_GRPC_PORT: '0', CASSANDRA_MESOS_BACKUP_RATE_LIMIT_MBPS: '0' });
    expect([s.grpcPort, s.backupRateLimitMbps]).toEqual([0, 0]);
  });

  it.each([
    [{ CASSANDRA_MESOS_BACKUP_LOCATION: 's3://x' }, 'CASSANDRA_MESOS_BACKUP_LOCATION="s3://x" has a bucket name of 1 characters'],
    [{ CASSANDRA_MESOS_BACKUP_LOCATION: 'gs://bucket' }, 'gs://, which is not supported'],
    [{ CASSANDRA_BACKUP_DIRECTORY: '../up' }, "'..' segment"],
    [{ CASSANDRA_MESOS_S3_ENDPOINT: 'ftp://s3.example' }, 'CASSANDRA_MESOS_S3_ENDPOINT="ftp://s3.example" is not an http(s)://host[:port] URL'],
    [{ CASSANDRA_MESOS_S3_REGION: 'EU West' }, 'is not a region name'],
    [{ CASSANDRA_MESOS_BACKUP_CONCURRENCY: '0' }, 'CASSANDRA_MESOS_BACKUP_CONCURRENCY="0" is out of range (1-64)'],
    [{ CASSANDRA_MESOS_BACKUP_PART_SIZE_MB: '4' }, 'is out of range (5-5120)'],
    [{ CASSANDRA_MESOS_BACKUP_RATE_LIMIT_MBPS: 'fast' }, 'is not a whole number'],
    [{ CASSANDRA_MESOS_PAUSE_SRV: 'bad name!' }, 'is not a DNS name'],
    [{ CASSANDRA_MESOS_GRPC_PORT: '70000' }, 'is out of range (0-65535)'],
  ])('refuses %j with a specific message', (env, fragment) => {
    const found = problems(env);
    expect(found).toHaveLength(1);
    expect(found[0]?.message).toContain(fragment);
    expect(found[0]?.message).toMatch(/set it to /);
  });

  it('never echoes an S3 URL or endpoint that may hold credentials', () => {
    const found = problems({ CASSANDRA_MESOS_BACKUP_LOCATION: 's3://AKIA:s3cr3t@bucket', CASSANDRA_MESOS_S3_ENDPOINT: 'http://AKIA:s3cr3t@s3.example' });
    expect(found).toHaveLength(2);
    for (const p of found) {
      expect(p.message).toContain('contains credentials');
      expect(p.message).not.toContain('s3cr3t');
    }
  });

  it('refuses a gRPC port equal to the API port', () => {
    const found = problems({ CASSANDRA_MESOS_API_PORT: '20051' });
    expect(found).toEqual([expect.objectContaining({ field: 'CASSANDRA_MESOS_GRPC_PORT', code: 'PORT_CONFLICT' })]);
    expect(found[0]?.message).toContain('CASSANDRA_MESOS_GRPC_PORT and CASSANDRA_MESOS_API_PORT are both 20051');
  });
});
