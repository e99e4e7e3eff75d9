// Backup and restore routes of both families over a fake BackupService: what each route hands the
// service, the envelopes each family answers, error mapping, and that request S3 keys reach the
// service but never a response.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment -- supertest types response bodies (and jest matchers) as any; the tests check their values */
import { BackupServiceError } from '../../src/backup';
import { FakeBackups } from './support/fake-backups';
import { expectDocumented, harness, TOKEN } from './support/harness';

function withFake(options: { token?: string } = {}) {
  const backups = new FakeBackups();
  const h = harness({ service: { backups: () => backups }, app: options.token ? { auth: { token: options.token } } : {} });
  return { ...h, backups };
}

const KEYS = { s3_access_key: 'AKIA-ROUTE-TEST', s3_secret_key: 'route/secret+key-123' };

describe('DC/OS backup and restore routes', () => {
  it('PUT /v1/backup/start hands the keys to the service and answers {status: started} without them', async () => {
    const { http, api, backups } = withFake();
    const res = await http.put('/v1/backup/start').send({ name: 'nightly-1', external_location: 's3://bkt/p', ...KEYS, key_spaces: ['shop'], nodes: ['*'], type: 'incremental', base_backup: 'nightly-0' });
    expect(res.status).toBe(202);
    expectDocumented(api, 'put', '/v1/backup/start', res);
    expect(res.body).toMatchObject({ status: 'started', message: '', job: { type: 'BACKUP', backup: { name: 'nightly-1', keysFromRequest: true } } });
    expect(backups.calls).toEqual([
      {
        method: 'startBackup',
        args: [
          { name: 'nightly-1', type: 'INCREMENTAL', baseBackup: 'nightly-0', keyspaces: ['shop'], nodes: undefined, parallelism: undefined, location: 's3://bkt/p', credentials: { accessKeyId: KEYS.s3_access_key, secretAccessKey: KEYS.s3_secret_key }, pauseSrv: undefined },
          'api',
        ],
      },
    ]);
    expect(res.text).not.toContain(KEYS.s3_secret_key);
    expect(res.text).not.toContain(KEYS.s3_access_key);
  });

  it('takes backup_name too, and refuses two different names', async () => {
    const { http, backups } = withFake();
    expect((await http.put('/v1/backup/start').send({ backup_name: 'b2' })).status).toBe(202);
    expect((backups.calls[0]?.args[0] as { name: string }).name).toBe('b2');
    const both = await http.put('/v1/backup/start').send({ name: 'a', backup_name: 'b' });
    expect(both.status).toBe(400);
    expect(both.body.error.message).toContain('name and backup_name differ');
    const none = await http.put('/v1/backup/start').send({ external_location: 's3://bkt' });
    expect(none.status).toBe(400);
    expect(none.body.error.message).toContain('name the backup (name or backup_name)');
  });

  it('PUT /v1/restore/start maps restore_type new to restoring the schema; dry_run answers the plan', async () => {
    const { http, api, backups } = withFake();
    const started = await http.put('/v1/restore/start').send({ name: 'nightly-1', external_location: 's3://bkt/p', restore_type: 'new', source_cluster: 'old-ring', node_mapping: { 'node-0': 'node-2' } });
    expect(started.status).toBe(202);
    expectDocumented(api, 'put', '/v1/restore/start', started);
    expect(backups.calls[0]?.args[0]).toMatchObject({ name: 'nightly-1', restoreSchema: true, sourceCluster: 'old-ring', nodeMapping: { 'node-0': 'node-2' }, location: 's3://bkt/p' });
    const plan = await http.put('/v1/restore/start').send({ name: 'nightly-1', dry_run: true, type: 'node' });
    expect(plan.status).toBe(200);
    expectDocumented(api, 'put', '/v1/restore/start', plan);
    expect(plan.body).toMatchObject({ status: 'planned', plan: { dryRun: true, nodes: [{ nodeId: 'node-0', backupNodeId: 'node-0' }] } });
    expect(backups.calls[1]?.args[0]).toMatchObject({ type: 'NODE_RESTORE', dryRun: true });
  });

  it('stop and status answer the job with stage and transfer figures', async () => {
    const { http, api } = withFake();
    const status = await http.get('/v1/backup/status');
    expect(status.status).toBe(200);
    expectDocumented(api, 'get', '/v1/backup/status', status);
    expect(status.body.running).toBe(true);
    expect(status.body.job.transfer).toEqual({ stage: 'BACKUP_UPLOAD', stageStartedAt: expect.any(String), bytesDone: 3000, bytesTotal: 5000, bytesSkipped: 1000, rateBytesPerSecond: 500, etaSeconds: 4 });
    expect(status.body.job.nodes[1]).toMatchObject({ nodeId: 'node-1', state: 'RUNNING', currentKeyspace: 'shop', hostname: 'host-1.example', bytesDone: 1000, bytesTotal: 3000 });
    const stop = await http.put('/v1/restore/stop');
    expect(stop.status).toBe(202);
    expectDocumented(api, 'put', '/v1/restore/stop', stop);
    expect(stop.body.abortRequested).toBe(true);
  });

  it('lists, shows, verifies and purges backups', async () => {
    const { http, api, backups } = withFake();
    const list = await http.get('/v1/backups?limit=5&location=s3%3A%2F%2Fbkt%2Fp');
    expect(list.status).toBe(200);
    expectDocumented(api, 'get', '/v1/backups', list);
    const one = await http.get('/v1/backups/nightly-1?cluster=old-ring');
    expectDocumented(api, 'get', '/v1/backups/:name', one);
    const verify = await http.post('/v1/backups/nightly-1/verify');
    expect(verify.status).toBe(200);
    expectDocumented(api, 'post', '/v1/backups/:name/verify', verify);
    expect(verify.body.problems[0]).toMatchObject({ kind: 'WRONG_CHECKSUM', key: expect.stringContaining('nb-1-big-Data.db') });
    const purge = await http.post('/v1/backups/purge').send({ keepLast: 3, dryRun: true });
    expectDocumented(api, 'post', '/v1/backups/purge', purge);
    expect(backups.calls.map((c) => [c.method, ...c.args])).toEqual([
      ['listBackups', { limit: 5, location: 's3://bkt/p' }],
      ['getBackup', 'nightly-1', { cluster: 'old-ring' }],
      ['verifyBackup', 'nightly-1', {}],
      ['purgeBackups', { keepLast: 3, dryRun: true }],
    ]);
  });
});

describe('original backup and restore routes', () => {
  it('POST /cluster/backup/start?name= passes the body, and answers {started: true, job}', async () => {
    const { http, api, backups } = withFake();
    const res = await http.post('/cluster/backup/start?name=n1').send({ type: 'consistent', keyspaces: ['shop'], nodes: ['10.0.0.11'], parallelism: 2, location: 'local', pauseSrv: '_admin._tcp.app' });
    expect(res.status).toBe(202);
    expectDocumented(api, 'post', '/cluster/backup/start', res);
    expect(res.body.started).toBe(true);
    expect(backups.calls[0]?.args[0]).toEqual({
      name: 'n1', type: 'CLUSTER_CONSISTENT', baseBackup: undefined, keyspaces: ['shop'], nodes: ['10.0.0.11'], parallelism: 2, nodeTimeoutSeconds: undefined, location: 'local', pauseSrv: '_admin._tcp.app', pauseTimeoutSeconds: undefined,
    });
    // No name: the service names it backup-<epoch ms>.
    await http.post('/cluster/backup/start');
    expect((backups.calls[1]?.args[0] as { name?: string }).name).toBeUndefined();
  });

  it('POST /cluster/restore/start?name= with dryRun answers the plan, else the job', async () => {
    const { http, api } = withFake();
    const plan = await http.post('/cluster/restore/start?name=n1').send({ dryRun: true, nodeMapping: { 'node-0': 'node-1' }, type: 'cluster' });
    expect(plan.status).toBe(200);
    expectDocumented(api, 'post', '/cluster/restore/start', plan);
    expect(plan.body).toMatchObject({ started: false, dryRun: true, plan: { backup: 'nightly-1' } });
    const job = await http.post('/cluster/restore/start?name=n1');
    expect(job.status).toBe(202);
    expect(job.body).toMatchObject({ started: true, job: { type: 'RESTORE' } });
  });

  it('GET /cluster/restore/last answers the original framework\'s shape', async () => {
    const { http, api } = withFake();
    const res = await http.get('/cluster/restore/last');
    expect(res.status).toBe(200);
    expectDocumented(api, 'get', '/cluster/restore/last', res);
    expect(res.body.present).toBe(true);
    const last = res.body.restore;
    expect(last).toMatchObject({ type: 'RESTORE', aborted: false, remainingNodes: [], currentNode: null, backupName: 'nightly-1', status: 'FAILED', bytes: { done: 3000, total: 5000, skipped: 1000 } });
    expect(typeof last.started).toBe('number');
    expect(last.completedNodes[0]).toMatchObject({
      executorId: 'node-0-executor-0', taskId: 'node-0-restore-t', hostname: 'host-0.example', ip: '10.0.0.10', processedKeyspaces: { shop: { status: 'SUCCESS', durationMillis: 2000, bytes: 2000 } }, remainingKeyspaces: [],
    });
    expect(last.completedNodes[1]).toMatchObject({ nodeId: 'node-1', processedKeyspaces: { shop: { status: 'FAILURE', durationMillis: 13 } }, failureMessage: 'shop.orders: SlowDown' });
  });

  it('GET /cluster/backup/last answers present: false when there is none; status names the job by kind', async () => {
    const { http, backups } = withFake();
    backups.lastJob = null;
    expect((await http.get('/cluster/backup/last')).body).toEqual({ present: false, backup: null });
    backups.running = false;
    expect((await http.get('/cluster/restore/status')).body).toEqual({ running: false, restore: null });
  });

  it('list, verify and purge', async () => {
    const { http, backups } = withFake();
    expect((await http.get('/cluster/backup/list')).status).toBe(200);
    expect((await http.post('/cluster/backup/verify?name=n1')).status).toBe(200);
    expect((await http.post('/cluster/backup/purge').send({ olderThanDays: 30 })).status).toBe(200);
    expect(backups.calls.map((c) => c.method)).toEqual(['listBackups', 'verifyBackup', 'purgeBackups']);
  });
});

describe('errors of the backup service', () => {
  it.each([
    [new BackupServiceError('FAILED_PRECONDITION', 'a job runs', 'JOB_RUNNING'), 409, 'JOB_RUNNING'],
    [new BackupServiceError('NOT_FOUND', 'no such backup', 'BACKUP_NOT_FOUND'), 404, 'BACKUP_NOT_FOUND'],
    [new BackupServiceError('INVALID_ARGUMENT', 'bad mapping', 'INVALID_NODE_MAPPING'), 400, 'INVALID_NODE_MAPPING'],
    [new BackupServiceError('UNAVAILABLE', 'S3 down', 'STORAGE_UNAVAILABLE'), 503, 'STORAGE_UNAVAILABLE'],
    [new BackupServiceError('PERMISSION_DENIED', 'no', 'WHATEVER'), 403, 'FORBIDDEN'],
    // A reason the API does not know (or knows with another status) falls back to the status's code.
    [new BackupServiceError('FAILED_PRECONDITION', 'odd', 'BACKUP_NOT_FOUND'), 409, 'COMMAND_REJECTED'],
    [new BackupServiceError('INVALID_ARGUMENT', 'odd', 'SOMETHING_NEW'), 400, 'INVALID_INPUT'],
  ])('%s → %i %s', async (error, status, code) => {
    const { http, backups } = withFake();
    backups.failure = error;
    const res = await http.post('/cluster/backup/start?name=n1');
    expect(res.status).toBe(status);
    expect(res.body.error).toEqual({ code, message: error.message });
    if (status === 409) expect(res.body.started).toBe(false);
  });

  it('anything else is an internal error without its text', async () => {
    const { http, backups } = withFake();
    backups.failure = new Error('secret internals');
    const res = await http.get('/v1/backups');
    expect(res.status).toBe(500);
    expect(res.text).not.toContain('secret internals');
  });
});

describe('auth and documentation', () => {
  it('starting, stopping, verifying and purging need the token; reading does not', async () => {
    const { http } = withFake({ token: TOKEN });
    for (const call of [http.put('/v1/backup/start').send({ name: 'b' }), http.post('/v1/backups/b/verify'), http.post('/v1/backups/purge').send({ keepLast: 1 }), http.post('/cluster/restore/abort')]) {
      expect((await call).status).toBe(401);
    }
    expect((await http.get('/v1/backups')).status).toBe(200);
    expect((await http.put('/v1/backup/start').set('Authorization', `Bearer ${TOKEN}`).send({ name: 'b' })).status).toBe(202);
  });

  it('documents every backup route in OpenAPI with a summary', async () => {
    const { http } = withFake();
    const doc = (await http.get('/openapi.json')).body as { paths: Record<string, Record<string, { summary?: string }>> };
    const expected = [
      ['put', '/v1/backup/start'], ['put', '/v1/restore/start'], ['put', '/v1/backup/stop'], ['put', '/v1/restore/stop'], ['get', '/v1/backup/status'], ['get', '/v1/restore/status'],
      ['get', '/v1/backups'], ['get', '/v1/backups/{name}'], ['post', '/v1/backups/{name}/verify'], ['post', '/v1/backups/purge'],
      ['post', '/cluster/backup/start'], ['post', '/cluster/restore/start'], ['post', '/cluster/backup/abort'], ['post', '/cluster/restore/abort'], ['get', '/cluster/backup/status'],
      ['get', '/cluster/restore/status'], ['get', '/cluster/backup/last'], ['get', '/cluster/restore/last'], ['get', '/cluster/backup/list'], ['post', '/cluster/backup/verify'], ['post', '/cluster/backup/purge'],
    ] as const;
    for (const [method, path] of expected) expect([method, path, doc.paths[path]?.[method]?.summary?.length ?? 0]).toEqual([method, path, expect.any(Number)]);
    for (const [method, path] of expected) expect(doc.paths[path]?.[method]?.summary).toBeTruthy();
  });
});
