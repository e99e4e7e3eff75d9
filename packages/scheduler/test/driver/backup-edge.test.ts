// The driver's backup edge: S3 keys go into BACKUP/RESTORE launches (and nowhere else: not into the
// decision the core made, not into logs), the commit and the pause run in the background and answer
// the core, unpause is retried, and a job whose request keys are gone is not launched.
import { Writable } from 'node:stream';
import pino from 'pino';
import { cassandra_mesos, decodeMessage, encodeMessage, mesos, type Decision, type SchedulerInput } from '@cassandra-mesos/model';
import { CredentialVault, type ApplicationPauser, type BackupCommitter, type KeysLookup } from '../../src/backup';
import { BackupEdge, LOST_KEYS_REASON } from '../../src/driver/backup-edge';

const { ClusterJobType } = cassandra_mesos.v1;
const LAUNCH = mesos.v1.Offer.Operation.Type.LAUNCH;
const REQUEST_KEYS = { accessKeyId: 'AKIA-REQUEST-7', secretAccessKey: 'request/secret+key', sessionToken: 'request-session' };
const ENV_KEYS = { accessKeyId: 'AKIA-ENV-3', secretAccessKey: 'env/secret+key' };

type Operation = Extract<Decision, { type: 'accept' }>['operations'][number];

function capture(): { log: pino.Logger; text: () => string } {
  let out = '';
  const sink = new Writable({
    write(chunk: Buffer, _e, done) {
      out += chunk.toString();
      done();
    },
  });
  return { log: pino({ level: 'debug' }, sink), text: () => out };
}

function launch(jobId: string, type: cassandra_mesos.v1.ClusterJobType, requestCredentials = false): Operation {
  const details = cassandra_mesos.v1.TaskDetails.create({
    protocolVersion: 1,
    nodeId: 'node-0',
    nodeJob: { jobId, type, params: { nodeIds: ['node-0'], backup: type === ClusterJobType.REPAIR ? null : { backupName: 'b1', storage: 's3', bucket: 'bkt', requestCredentials } }, timeoutSeconds: 60 },
  });
  return { type: LAUNCH, launch: { task_infos: [{ name: 't', task_id: { value: `${jobId}-task` }, agent_id: { value: 'a' }, data: encodeMessage(cassandra_mesos.v1.TaskDetails, details) }] } };
}

function credentialsOf(op: Operation | undefined): cassandra_mesos.v1.IStorageCredentials | null | undefined {
  const data = op?.launch?.task_infos?.[0]?.data;
  return decodeMessage<cassandra_mesos.v1.TaskDetails>(cassandra_mesos.v1.TaskDetails, data, 'test').nodeJob?.credentials;
}

function edge(options: { envKeys?: typeof ENV_KEYS; pauser?: ApplicationPauser; committer?: BackupCommitter } = {}) {
  const vault = new CredentialVault();
  const logs = capture();
  const committer = options.committer ?? ({ commit: () => Promise.resolve({ ok: true, message: 'committed' }) } as unknown as BackupCommitter);
  const e = new BackupEdge({ vault, envKeys: options.envKeys, committer, pauser: options.pauser, frameworkName: 'prod', log: logs.log, unpauseRetryMs: 1, sleep: () => Promise.resolve() });
  return { edge: e, vault, logs };
}

function answers(): { answer: (input: SchedulerInput) => void; next: () => Promise<SchedulerInput> } {
  const queue: SchedulerInput[] = [];
  let wake: (() => void) | undefined;
  return {
    answer: (input) => {
      queue.push(input);
      wake?.();
    },
    next: async () => {
      while (queue.length === 0) await new Promise<void>((resolve) => (wake = resolve));
      return queue.shift() as SchedulerInput;
    },
  };
}

describe('credential injection at launch', () => {
  it('adds the request keys the vault holds to a backup launch, leaving the core decision untouched', () => {
    const { edge: e, vault, logs } = edge({ envKeys: ENV_KEYS });
    vault.put('job-1', REQUEST_KEYS);
    const original = launch('job-1', ClusterJobType.BACKUP, true);
    const { operations, lostKeys } = e.prepareLaunches([original], undefined);
    expect(lostKeys).toEqual([]);
    expect(credentialsOf(operations[0])).toEqual(expect.objectContaining({ accessKeyId: REQUEST_KEYS.accessKeyId, secretAccessKey: REQUEST_KEYS.secretAccessKey, sessionToken: REQUEST_KEYS.sessionToken }));
    expect(credentialsOf(original)).toBeNull();
    expect(logs.text()).not.toContain(REQUEST_KEYS.secretAccessKey);
  });

  it('uses the env keys for a restore without request keys, and leaves other jobs alone', () => {
    const { edge: e } = edge({ envKeys: ENV_KEYS });
    const repair = launch('job-2', ClusterJobType.REPAIR);
    const { operations } = e.prepareLaunches([launch('job-1', ClusterJobType.RESTORE), repair, { type: mesos.v1.Offer.Operation.Type.RESERVE }], undefined);
    expect(credentialsOf(operations[0])).toEqual(expect.objectContaining({ accessKeyId: ENV_KEYS.accessKeyId, secretAccessKey: ENV_KEYS.secretAccessKey }));
    expect(operations[1]).toEqual(repair);
    expect(operations[2]).toEqual({ type: mesos.v1.Offer.Operation.Type.RESERVE });
  });

  it('adds nothing without keys: the executor uses its AWS credential chain', () => {
    const { edge: e } = edge();
    const op = launch('job-1', ClusterJobType.BACKUP);
    expect(e.prepareLaunches([op], undefined).operations[0]).toEqual(op);
    expect(credentialsOf(op)).toBeNull();
  });

  it('does not launch a part whose request keys are gone, and asks once for the abort', () => {
    const { edge: e, logs } = edge({ envKeys: ENV_KEYS });
    const { operations, lostKeys } = e.prepareLaunches([launch('job-9', ClusterJobType.BACKUP, true)], undefined);
    expect(operations).toEqual([]);
    expect(lostKeys).toEqual(['job-9']);
    expect(logs.text()).toContain(LOST_KEYS_REASON);
    expect(logs.text()).not.toContain(ENV_KEYS.secretAccessKey);
  });

  it('names the running job that needs request keys this process lacks, once', () => {
    const { edge: e, vault } = edge();
    const header = cassandra_mesos.v1.ClusterJob.create({ jobId: 'job-5', type: ClusterJobType.RESTORE, params: { backup: { backupName: 'b', requestCredentials: true } } });
    const state = { job: { header, nodes: new Map() } } as unknown as Parameters<BackupEdge['jobLackingKeys']>[0];
    vault.put('job-5', REQUEST_KEYS);
    expect(e.jobLackingKeys(state)).toBeUndefined();
    vault.delete('job-5');
    expect(e.jobLackingKeys(state)).toBe('job-5');
    expect(e.jobLackingKeys(state)).toBeUndefined();
    const envJob = { job: { header: cassandra_mesos.v1.ClusterJob.create({ jobId: 'job-6', type: ClusterJobType.BACKUP, params: { backup: { backupName: 'b' } } }), nodes: new Map() } } as unknown as Parameters<BackupEdge['jobLackingKeys']>[0];
    expect(e.jobLackingKeys(envJob)).toBeUndefined();
  });

  it('drops the keys when the job ends', () => {
    const { edge: e, vault } = edge();
    e.holdKeys('job-1', REQUEST_KEYS);
    e.jobEnded('job-1');
    expect(vault.get('job-1')).toBeUndefined();
  });
});

describe('background actions', () => {
  const job = cassandra_mesos.v1.ClusterJob.create({ jobId: 'job-1', type: ClusterJobType.BACKUP, params: { backup: { backupName: 'b1', storage: 's3', bucket: 'bkt', requestCredentials: true } } });

  it('commits with the job\'s request keys and answers backup-committed', async () => {
    const seen: KeysLookup[] = [];
    const committer = { commit: (_j: unknown, _r: unknown, cluster: string, keys: KeysLookup) => (seen.push(keys), Promise.resolve({ ok: cluster === 'prod', message: 'written' })) } as unknown as BackupCommitter;
    const { edge: e, vault } = edge({ committer, envKeys: ENV_KEYS });
    vault.put('job-1', REQUEST_KEYS);
    const a = answers();
    expect(e.carryOut({ type: 'commit-backup', job, nodes: [], reason: 'r' }, undefined, a.answer)).toBe(true);
    expect(await a.next()).toEqual({ type: 'backup-committed', jobId: 'job-1', ok: true, message: 'written' });
    expect(seen[0]).toEqual({ kind: 'keys', keys: vault.get('job-1') });
  });

  it('tells the committer the request keys are lost after a failover', async () => {
    const seen: KeysLookup[] = [];
    const committer = { commit: (_j: unknown, _r: unknown, _c: string, keys: KeysLookup) => (seen.push(keys), Promise.resolve({ ok: false, message: 'lost' })) } as unknown as BackupCommitter;
    const { edge: e } = edge({ committer });
    const a = answers();
    e.carryOut({ type: 'commit-backup', job, nodes: [], reason: 'r' }, undefined, a.answer);
    expect(await a.next()).toEqual(expect.objectContaining({ type: 'backup-committed', ok: false }));
    expect(seen[0]).toEqual({ kind: 'lost', message: LOST_KEYS_REASON });
  });

  it('pauses through the pauser and answers applications-paused; without a pauser it answers a failure', async () => {
    const calls: string[] = [];
    const pauser: ApplicationPauser = { pause: (srv, ms) => (calls.push(`pause ${srv} ${ms}`), Promise.resolve({ ok: true, message: '', hosts: ['10.0.0.1:50051'] })), unpause: () => Promise.resolve() };
    const a = answers();
    edge({ pauser }).edge.carryOut({ type: 'pause-applications', jobId: 'job-1', srv: '_admin._tcp.app', timeoutMs: 30_000, reason: 'r' }, undefined, a.answer);
    expect(await a.next()).toEqual({ type: 'applications-paused', jobId: 'job-1', ok: true, message: 'paused 1 host(s): 10.0.0.1:50051' });
    expect(calls).toEqual(['pause _admin._tcp.app 30000']);
    edge().edge.carryOut({ type: 'pause-applications', jobId: 'job-2', srv: 's', timeoutMs: 1, reason: 'r' }, undefined, a.answer);
    const failed = await a.next();
    expect(failed).toMatchObject({ type: 'applications-paused', jobId: 'job-2', ok: false });
    expect(failed.type === 'applications-paused' ? failed.message : '').toContain('no application pause client');
  });

  it('retries an unpause three times, logging each failure', async () => {
    let attempts = 0;
    const pauser: ApplicationPauser = { pause: () => Promise.reject(new Error('unused')), unpause: () => (attempts++, Promise.reject(new Error(`host down ${attempts}`))) };
    const { edge: e, logs } = edge({ pauser });
    e.carryOut({ type: 'unpause-applications', jobId: 'job-1', srv: 's', reason: 'r' }, undefined, () => undefined);
    await e.drain();
    expect(attempts).toBe(3);
    expect(logs.text().match(/unpausing the applications/g)).toHaveLength(3);
    expect(logs.text()).toContain('failed 3 times');
  });

  it('runs one commit per job at a time (the core re-issues actions it has no answer for)', async () => {
    let release: () => void = () => undefined;
    let commits = 0;
    const committer = { commit: () => (commits++, new Promise((resolve) => (release = () => resolve({ ok: true, message: 'ok' })))) } as unknown as BackupCommitter;
    const { edge: e } = edge({ committer });
    const d: Decision = { type: 'commit-backup', job, nodes: [], reason: 'r' };
    e.carryOut(d, undefined, () => undefined);
    e.carryOut(d, undefined, () => undefined);
    release();
    await e.drain();
    expect(commits).toBe(1);
  });
});
