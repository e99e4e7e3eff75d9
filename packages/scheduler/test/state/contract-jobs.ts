// The contract's job-history and schema-version parts (see contract.ts).
import { cassandra_mesos } from '@cassandra-mesos/model';
import { InvalidBatchError, SchemaVersionError, StaleStateError } from '../../src/state/errors';
import { archiveCurrentJob, listJobHistory, pruneJobHistory } from '../../src/state/job-history';
import { StateCollections, StateKeys } from '../../src/state/keys';
import { CURRENT_SCHEMA_VERSION, ensureSchema, type SchemaMigration } from '../../src/state/schema';
import { CREATE, StateOps, type StateStore } from '../../src/state/state-store';
import type { ContractContext } from './contract';
import { clusterJob, nodeJobRecord } from './samples';
import { rejection } from './support';

const v1 = cassandra_mesos.v1;

/** Runs one job through the store as the scheduler would: header + node records, then archive. */
async function runJob(store: StateStore, jobId: string, finishedAtMs: number, nodes: readonly string[], keep: number): Promise<string[]> {
  const version = await store.put(StateKeys.currentJob, clusterJob(jobId, { createdAtMs: finishedAtMs - 1000 }), CREATE);
  await store.commit(nodes.map((n, i) => StateOps.put(StateKeys.jobNode(jobId, n), nodeJobRecord(jobId, n, i), CREATE)));
  return archiveCurrentJob(store, clusterJob(jobId, { status: v1.JobStatus.JOB_SUCCEEDED, createdAtMs: finishedAtMs - 1000, finishedAtMs }), version, keep);
}

export function registerJobAndSchemaContract(ctx: ContractContext): void {
  describe('jobs', () => {
    it('keeps a bounded history: the newest N finished jobs with their node records, older ones pruned', async () => {
      const store = await ctx.freshStore();
      const nodes = ['node-0', 'node-1', 'node-2'];
      const prunedPerRun: string[][] = [];
      for (let i = 1; i <= 7; i++) prunedPerRun.push(await runJob(store, `job-${i}`, 1_700_000_000_000 + i * 60_000, nodes, 5));

      expect(prunedPerRun).toEqual([[], [], [], [], [], ['job-1'], ['job-2']]);
      expect((await listJobHistory(store)).map((h) => h.id)).toEqual(['job-7', 'job-6', 'job-5', 'job-4', 'job-3']);
      expect(await store.listJobRecordIds()).toEqual(['job-3', 'job-4', 'job-5', 'job-6', 'job-7']);
      expect(await store.listIds(StateCollections.jobNodes('job-1'))).toEqual([]);
      expect(await store.listIds(StateCollections.jobNodes('job-3'))).toEqual(nodes);
      expect(await store.get(StateKeys.currentJob)).toBeUndefined();
      const newest = (await listJobHistory(store))[0];
      expect(newest?.value.status).toBe(v1.JobStatus.JOB_SUCCEEDED);
    });

    it('archiving is atomic and compare-and-set on the current job', async () => {
      const store = await ctx.freshStore();
      await store.put(StateKeys.currentJob, clusterJob('job-a'), CREATE);
      await store.put(StateKeys.currentJob, clusterJob('job-a', { completedNodes: 1 }), 0);
      const done = clusterJob('job-a', { status: v1.JobStatus.JOB_ABORTED, finishedAtMs: 5 });
      expect(await rejection(archiveCurrentJob(store, done, 0))).toBeInstanceOf(StaleStateError);
      expect(await listJobHistory(store)).toEqual([]);
      expect((await store.get(StateKeys.currentJob))?.version).toBe(1);

      await expect(archiveCurrentJob(store, clusterJob('job-a'), 1)).rejects.toThrow(InvalidBatchError);
      await archiveCurrentJob(store, done, 1);
      expect((await listJobHistory(store)).map((h) => [h.id, h.value.status])).toEqual([['job-a', v1.JobStatus.JOB_ABORTED]]);
    });

    it('pruning removes node records that have no header, keeps the current job, and is repeatable', async () => {
      const store = await ctx.freshStore();
      await runJob(store, 'job-old', 1_000, ['node-0'], 5);
      await store.put(StateKeys.currentJob, clusterJob('job-now'), CREATE);
      await store.put(StateKeys.jobNode('job-now', 'node-0'), nodeJobRecord('job-now', 'node-0'), CREATE);
      await store.put(StateKeys.jobNode('job-orphan', 'node-0'), nodeJobRecord('job-orphan', 'node-0'), CREATE);

      expect(await pruneJobHistory(store, 5)).toEqual(['job-orphan']);
      expect(await store.listJobRecordIds()).toEqual(['job-now', 'job-old']);
      expect(await pruneJobHistory(store, 0)).toEqual(['job-old']);
      expect(await store.listJobRecordIds()).toEqual(['job-now']);
      expect(await pruneJobHistory(store, 0)).toEqual([]);
      await expect(pruneJobHistory(store, -1)).rejects.toThrow(/integer >= 0/);
      expect(await store.deleteJobRecords('job-now')).toBe(1);
      expect(await store.listJobRecordIds()).toEqual([]);
      expect(await store.deleteJobRecords('job-now')).toBe(0);
      // The job's containers are gone, and writing into the job again recreates them.
      expect(await store.put(StateKeys.jobNode('job-now', 'node-1'), nodeJobRecord('job-now', 'node-1'), CREATE)).toBe(0);
    });
  });

  describe('schema version', () => {
    const addPlanMigration = (from: number): SchemaMigration => ({
      from,
      description: `test migration ${from} -> ${from + 1}`,
      migrate: (_store, framework) =>
        Promise.resolve({
          ops: [StateOps.put(StateKeys.plan(`migrated-${from}`), v1.PlanControl.create({ planName: `migrated-${from}` }), CREATE)],
          framework: v1.FrameworkRecord.create({ ...framework.value, nextNodeIndex: framework.value.nextNodeIndex + 1 }),
        }),
    });

    it('creates the framework record with the current version on a fresh store, and leaves it alone after', async () => {
      const store = await ctx.freshStore();
      const first = await ensureSchema(store);
      expect(first.value.schemaVersion).toBe(CURRENT_SCHEMA_VERSION);
      expect(first.version).toBe(0);
      const again = await ensureSchema(store);
      expect(again.version).toBe(0);
    });

    it('runs migrations in order, each committed with its version bump', async () => {
      const store = await ctx.freshStore();
      await store.put(StateKeys.framework, v1.FrameworkRecord.create({ frameworkId: 'fw-1', schemaVersion: 1, nextNodeIndex: 3 }), CREATE);
      const done: string[] = [];
      const result = await ensureSchema(store, { targetVersion: 3, migrations: [addPlanMigration(2), addPlanMigration(1)], onMigrated: (m) => done.push(m.description) });
      expect(done).toEqual(['test migration 1 -> 2', 'test migration 2 -> 3']);
      expect(result.value.schemaVersion).toBe(3);
      expect(result.value.frameworkId).toBe('fw-1');
      expect(result.value.nextNodeIndex).toBe(5);
      expect(result.version).toBe(2);
      expect(await store.listIds(StateCollections.plans)).toEqual(['migrated-1', 'migrated-2']);
      expect((await store.get(StateKeys.framework))?.version).toBe(2);
    });

    it('refuses a newer layout and a missing migration, changing nothing', async () => {
      const store = await ctx.freshStore();
      await store.put(StateKeys.framework, v1.FrameworkRecord.create({ schemaVersion: 7 }), CREATE);
      const newer = await rejection(ensureSchema(store, { targetVersion: 2 }));
      expect(newer).toBeInstanceOf(SchemaVersionError);
      expect((newer as Error).message).toMatch(/schema version 7, this scheduler supports version 2: .*newer scheduler/);

      const old = await ctx.freshStore();
      await old.put(StateKeys.framework, v1.FrameworkRecord.create({ schemaVersion: 1 }), CREATE);
      await expect(ensureSchema(old, { targetVersion: 3, migrations: [addPlanMigration(2)] })).rejects.toThrow(/no migration from schema 1 to 2/);
      expect((await old.get(StateKeys.framework))?.version).toBe(0);
    });

    it('a migration that loses the race on the framework record writes nothing', async () => {
      const store = await ctx.freshStore();
      await store.put(StateKeys.framework, v1.FrameworkRecord.create({ schemaVersion: 1 }), CREATE);
      const racing: SchemaMigration = {
        from: 1,
        description: 'racing',
        async migrate(s, framework) {
          // Someone else changes the framework record while this migration prepares its writes.
          await s.put(StateKeys.framework, v1.FrameworkRecord.create({ schemaVersion: 1, frameworkId: 'other' }), framework.version);
          return { ops: [StateOps.put(StateKeys.plan('from-racing'), v1.PlanControl.create({}), CREATE)] };
        },
      };
      expect(await rejection(ensureSchema(store, { targetVersion: 2, migrations: [racing] }))).toBeInstanceOf(StaleStateError);
      expect(await store.get(StateKeys.plan('from-racing'))).toBeUndefined();
      expect((await store.get(StateKeys.framework))?.value.schemaVersion).toBe(1);
    });
  });
}
