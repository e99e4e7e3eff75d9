// Secrets never leave in a response; without a backup service the backup and restore routes answer
// 503 BACKUPS_UNAVAILABLE (after validating their input).
/* eslint-disable @typescript-eslint/no-unsafe-member-access -- supertest types response bodies as any; the tests check their values */
import { isSecretKey, REDACTED, Redactor } from '../../src/api/redact';
import { clusterState, testConfig } from './support/fixtures';
import { harness } from './support/harness';

describe('redaction', () => {
  it('redacts values under secret-looking keys, but not Cassandra token counts', () => {
    for (const key of ['s3_secret_key', 'secretAccessKey', 'apiToken', 'password', 'jolokiaPassword', 'X-Auth-Token', 'token', 'sessionToken', 'credentials', 's3_access_key']) {
      expect([key, isSecretKey(key)]).toEqual([key, true]);
    }
    for (const key of ['numTokens', 'token_count', 'tokenCount', 'nodeCount', 'hostId']) expect([key, isSecretKey(key)]).toEqual([key, false]);
    const redactor = new Redactor([]);
    expect(redactor.redact({ a: { password: 'p', numTokens: 16, list: [{ apiToken: 'x' }] }, empty: { secret: '' } })).toEqual({
      a: { password: REDACTED, numTokens: 16, list: [{ apiToken: REDACTED }] },
      empty: { secret: '' },
    });
  });

  it('scrubs every known secret wherever it appears, longest first', () => {
    const redactor = new Redactor(['s3cr3t-value', 's3cr3t-value-longer', 'abc', undefined]);
    expect(redactor.redact({ msg: 'uri s3://s3cr3t-value-longer@x and s3cr3t-value', n: 1 })).toEqual({ msg: `uri s3://${REDACTED}@x and ${REDACTED}`, n: 1 });
    expect(redactor.scrub('abc is too short to search for')).toBe('abc is too short to search for');
  });

  it('scrubs the process\'s secrets from API answers (JSON and text)', async () => {
    const secret = 'AKIA-very-secret-key-id';
    // The model refuses credentials in the config (URIs with user info); an operator who pastes a key
    // into a plain field (here the cluster name) still never gets it back from the API.
    const config = testConfig({ CASSANDRA_MESOS_CLUSTER_NAME: secret });
    const { http } = harness({ state: clusterState({ config }), app: { secrets: [secret] } });
    const res = await http.get('/v1/config');
    expect(res.status).toBe(200);
    expect(res.body.config.clusterName).toBe(REDACTED);
    for (const path of ['/config', '/live-nodes', '/live-nodes/text', '/node/all']) {
      const answer = await http.get(path);
      expect(answer.status).toBe(200);
      expect(answer.text).not.toContain(secret);
    }
  });
});

describe('backup and restore without a backup service', () => {
  type Call = (h: ReturnType<typeof harness>) => Promise<{ status: number; body: { error: { code: string; message: string } } }>;
  const CALLS: Array<[string, Call]> = [
    ['PUT /v1/backup/start', (h) => h.http.put('/v1/backup/start').send({ backup_name: 'nightly-1', external_location: 's3://bucket/prefix' })],
    ['PUT /v1/restore/start', (h) => h.http.put('/v1/restore/start').send({ backup_name: 'nightly-1', external_location: 's3://bucket/prefix', restore_type: 'new' })],
    ['PUT /v1/backup/stop', (h) => h.http.put('/v1/backup/stop')],
    ['GET /v1/restore/status', (h) => h.http.get('/v1/restore/status')],
    ['GET /v1/backups', (h) => h.http.get('/v1/backups')],
    ['POST /cluster/backup/start', (h) => h.http.post('/cluster/backup/start?name=nightly-2')],
    ['GET /cluster/restore/last', (h) => h.http.get('/cluster/restore/last')],
  ];

  it.each(CALLS)('%s → 503 BACKUPS_UNAVAILABLE, nothing started', async (_name, call) => {
    const h = harness();
    const res = await call(h);
    expect(res.status).toBe(503);
    expect(res.body.error.code).toBe('BACKUPS_UNAVAILABLE');
    expect(res.body.error.message).toContain('nothing was started or changed');
    expect(h.scheduler.commands).toEqual([]);
  });

  it('still validates the request first: a restore needs the backup name, S3 keys come in pairs', async () => {
    const h = harness();
    const restore = await h.http.post('/cluster/restore/start');
    expect(restore.status).toBe(400);
    expect(restore.body.error.details).toEqual([{ field: 'query.name', message: 'is required' }]);
    const keys = await h.http.put('/v1/backup/start').send({ backup_name: 'b', external_location: 's3://x/y', s3_secret_key: 'k' });
    expect(keys.status).toBe(400);
    expect(keys.body.error.message).toContain('give both s3_access_key and s3_secret_key');
  });
});
