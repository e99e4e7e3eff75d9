// The cluster job's part of StatePersistence over the embedded file store: jobs/current and its node
// records are loaded at the start of a term, persist-job / persist-job-node are compare-and-set
// writes, and archive-job moves the finished job into the bounded history. The contract test runs a
// job through the REAL decision core and the store, from start-job to archive-job.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cassandra_mesos, createSchedulerState, decide, type Decision, type SchedulerInput, type SchedulerState } from '@cassandra-mesos/model';
import { readSchedulerState } from '../../src/driver/read-state';
import { isPersistDecision } from '../../src/driver/persistence';
import { listJobHistory, openFileStateStore, StateCollections, StateKeys, StatePersistence, StaleStateError, type FileStateStore } from '../../src';
import { nodeRecord, testConfig } from '../api/support/fixtures';

const v1 = cassandra_mesos.v1;
const NOW = 1_700_000_000_000;
const LAUNCH = { executorCommand: 'true', executorEnvironment: {}, executorResources: { cpus: 0.1, memMb: 256 } };

function job(jobId: string, changes: cassandra_mesos.v1.ClusterJob.$Properties = {}): cassandra_mesos.v1.ClusterJob {
  return v1.ClusterJob.create({ jobId, type: v1.ClusterJobType.REPAIR, status: v1.JobStatus.JOB_RUNNING, totalNodes: 1, createdAtMs: NOW, startedAtMs: NOW, ...changes });
}

/** Messages compare by their encoding (a decoded message and a created one differ in default-valued fields). */
function wire(message: cassandra_mesos.v1.ClusterJob | cassandra_mesos.v1.NodeJobRecord | undefined): string {
  if (message === undefined) return 'none';
  const bytes = message instanceof v1.ClusterJob ? v1.ClusterJob.encode(message).finish() : v1.NodeJobRecord.encode(message).finish();
  return Buffer.from(bytes).toString('hex');
}

function part(jobId: string, nodeId: string, state: cassandra_mesos.v1.NodeJobState): cassandra_mesos.v1.NodeJobRecord {
  return v1.NodeJobRecord.create({ jobId, nodeId, sequence: 0, state });
}

describe('StatePersistence: cluster jobs', () => {
  let store: FileStateStore;

  beforeEach(async () => {
    store = await openFileStateStore({ directory: mkdtempSync(join(tmpdir(), 'job-persistence-')), frameworkName: 'api-test' });
  });

  afterEach(async () => {
    await store.close();
  });

  it('counts the job decisions as persist decisions (written before any Mesos call)', () => {
    const decisions: Decision[] = [
      { type: 'persist-job', reason: 't', job: job('a') },
      { type: 'persist-job-node', reason: 't', record: part('a', 'node-0', v1.NodeJobState.NODE_JOB_PENDING) },
      { type: 'archive-job', reason: 't', job: job('a', { status: v1.JobStatus.JOB_SUCCEEDED }) },
    ];
    expect(decisions.every(isPersistDecision)).toBe(true);
    expect(isPersistDecision({ type: 'revive', reason: 't' })).toBe(false);
  });

  it('creates jobs/current for a new job, then writes it and its node records with compare-and-set', async () => {
    const persistence = new StatePersistence(store);
    await persistence.load(testConfig(), NOW);
    await persistence.apply({ type: 'persist-job', reason: 't', job: job('job-a') });
    await persistence.apply({ type: 'persist-job-node', reason: 't', record: part('job-a', 'node-0', v1.NodeJobState.NODE_JOB_PENDING) });
    await persistence.apply({ type: 'persist-job', reason: 't', job: job('job-a', { currentNodeIds: ['node-0'] }) });
    await persistence.apply({ type: 'persist-job-node', reason: 't', record: part('job-a', 'node-0', v1.NodeJobState.NODE_JOB_RUNNING) });
    expect((await store.get(StateKeys.currentJob))?.value.currentNodeIds).toEqual(['node-0']);
    expect((await store.get(StateKeys.jobNode('job-a', 'node-0')))?.value.state).toBe(v1.NodeJobState.NODE_JOB_RUNNING);

    // Someone else writes our job: the next write must fail rather than overwrite theirs.
    const theirs = await store.get(StateKeys.currentJob);
    await store.put(StateKeys.currentJob, job('job-a', { abortRequested: true }), theirs?.version);
    await expect(persistence.apply({ type: 'persist-job', reason: 't', job: job('job-a') })).rejects.toThrow(StaleStateError);
    const record = await store.get(StateKeys.jobNode('job-a', 'node-0'));
    await store.put(StateKeys.jobNode('job-a', 'node-0'), part('job-a', 'node-0', v1.NodeJobState.NODE_JOB_FAILED), record?.version);
    await expect(persistence.apply({ type: 'persist-job-node', reason: 't', record: part('job-a', 'node-0', v1.NodeJobState.NODE_JOB_SUCCEEDED) })).rejects.toThrow(StaleStateError);
  });

  it('refuses to create jobs/current over a job it did not load (another writer started one)', async () => {
    const persistence = new StatePersistence(store);
    await persistence.load(testConfig(), NOW);
    await store.put(StateKeys.currentJob, job('theirs'), undefined);
    await expect(persistence.apply({ type: 'persist-job', reason: 't', job: job('ours') })).rejects.toThrow(StaleStateError);
    expect((await store.get(StateKeys.currentJob))?.value.jobId).toBe('theirs');
  });

  it('archives the finished job into the history and then creates the next job afresh', async () => {
    const persistence = new StatePersistence(store);
    await persistence.load(testConfig(), NOW);
    await persistence.apply({ type: 'persist-job', reason: 't', job: job('job-a') });
    await persistence.apply({ type: 'persist-job-node', reason: 't', record: part('job-a', 'node-0', v1.NodeJobState.NODE_JOB_SUCCEEDED) });
    await persistence.apply({ type: 'archive-job', reason: 't', job: job('job-a', { status: v1.JobStatus.JOB_SUCCEEDED, finishedAtMs: NOW + 5 }) });
    expect(await store.get(StateKeys.currentJob)).toBeUndefined();
    expect((await listJobHistory(store)).map((h) => [h.id, h.value.status, h.value.finishedAtMs])).toEqual([['job-a', v1.JobStatus.JOB_SUCCEEDED, NOW + 5]]);
    expect((await store.list(StateCollections.jobNodes('job-a'))).map((e) => e.id)).toEqual(['node-0']);

    await persistence.apply({ type: 'persist-job', reason: 't', job: job('job-b') });
    expect((await store.get(StateKeys.currentJob))?.value.jobId).toBe('job-b');
  });

  it('cannot archive a job whose jobs/current it never read or wrote', async () => {
    const persistence = new StatePersistence(store);
    await persistence.load(testConfig(), NOW);
    await expect(persistence.apply({ type: 'archive-job', reason: 't', job: job('ghost', { status: v1.JobStatus.JOB_FAILED }) })).rejects.toThrow(
      /cannot archive job ghost: this scheduler neither read nor wrote .*jobs\/current; restart it/,
    );
  });
});

describe('contract: a job from start-job to archive-job through the core and the embedded store', () => {
  let store: FileStateStore;

  beforeEach(async () => {
    store = await openFileStateStore({ directory: mkdtempSync(join(tmpdir(), 'job-contract-')), frameworkName: 'api-test' });
  });

  afterEach(async () => {
    await store.close();
  });

  /** What the driver does with one input: decide, then carry out the persist decisions in order. */
  async function step(persistence: StatePersistence, state: SchedulerState, input: SchedulerInput, nowMs: number, ids: () => string): Promise<SchedulerState> {
    const result = decide(state, input, nowMs, { launch: LAUNCH, ids: { uuid: ids } });
    const rejected = result.decisions.find((d) => d.type === 'command-rejected');
    if (rejected) throw new Error(`the core rejected ${input.type}: ${rejected.error}`);
    for (const d of result.decisions) if (isPersistDecision(d)) await persistence.apply(d);
    return result.state;
  }

  async function loaded(persistence: StatePersistence): Promise<SchedulerState> {
    return createSchedulerState((await persistence.load(testConfig(), NOW)).persisted);
  }

  it('stores what the core decides, survives a reload mid-job, and archives the final header', async () => {
    let next = 0;
    const ids = (): string => `uuid-${next++}`;
    const first = new StatePersistence(store);
    await first.load(testConfig(), NOW);
    await first.apply({ type: 'persist-framework', reason: 'fixture', framework: v1.FrameworkRecord.create({ frameworkId: 'fw-1', registeredAtMs: NOW - 1000, schemaVersion: 1, nextNodeIndex: 3 }) });
    for (const index of [0, 1, 2]) await first.apply({ type: 'persist-node', reason: 'fixture', node: nodeRecord({ index }) });

    let state = await loaded(first);
    state = await step(first, state, { type: 'operator', command: { kind: 'start-job', request: { type: 'CLEANUP', params: { nodeTimeoutSeconds: 60 }, requestedBy: 'api' } } }, NOW, ids);
    const jobId = state.job?.header.jobId ?? '';
    expect(jobId).toBe('uuid-0');
    expect(wire((await store.get(StateKeys.currentJob))?.value)).toBe(wire(state.job?.header));
    expect((await store.list(StateCollections.jobNodes(jobId))).map((e) => wire(e.value))).toEqual([...(state.job?.nodes.values() ?? [])].map(wire));

    // A standby's reads and a new leader's load both see the running job as the core left it.
    expect(wire((await readSchedulerState(store))?.job?.header)).toBe(wire(state.job?.header));
    const second = new StatePersistence(store);
    const reloaded = await loaded(second);
    expect(wire(reloaded.job?.header)).toBe(wire(state.job?.header));
    expect([...(reloaded.job?.nodes.values() ?? [])].map(wire)).toEqual([...(state.job?.nodes.values() ?? [])].map(wire));

    // The new leader carries on with the versions it loaded: abort, then node-0's part times out and the job ends.
    state = await step(second, reloaded, { type: 'operator', command: { kind: 'abort-job', jobId } }, NOW + 1_000, ids);
    state = await step(second, state, { type: 'subscribed', frameworkId: 'fw-1', resubscribed: true }, NOW + 2_000, ids);
    const finishing = decide(state, { type: 'tick' }, NOW + 62_000, { launch: LAUNCH, ids: { uuid: ids } });
    const archived = finishing.decisions.find((d) => d.type === 'archive-job');
    expect(archived?.type === 'archive-job' && archived.job.status).toBe(v1.JobStatus.JOB_ABORTED);
    for (const d of finishing.decisions) if (isPersistDecision(d)) await second.apply(d);
    expect(finishing.state.job).toBeUndefined();

    expect(await store.get(StateKeys.currentJob)).toBeUndefined();
    const history = await listJobHistory(store);
    expect(history.map((h) => wire(h.value))).toEqual([wire(archived?.type === 'archive-job' ? archived.job : undefined)]);
    const records = (await store.list(StateCollections.jobNodes(jobId))).map((e) => [e.id, v1.NodeJobState[e.value.state]]);
    expect(records).toEqual([
      ['node-0', 'NODE_JOB_FAILED'],
      ['node-1', 'NODE_JOB_SKIPPED'],
      ['node-2', 'NODE_JOB_SKIPPED'],
    ]);
    expect((await loaded(new StatePersistence(store))).job).toBeUndefined();
    expect((await readSchedulerState(store))?.job).toBeUndefined();
  });
});
