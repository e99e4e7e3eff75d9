// The StateStore contract: every implementation (the embedded file store in the unit tier, ZooKeeper in
// the integration tier against a real server) must pass exactly these tests.
import { cassandra_mesos } from '@cassandra-mesos/model';
import { CorruptStateError, InvalidBatchError, InvalidStateIdError, StaleStateError } from '../../src/state/errors';
import { StateCollections, StateKeys } from '../../src/state/keys';
import { CREATE, StateOps, type StateStore } from '../../src/state/state-store';
import { registerJobAndSchemaContract } from './contract-jobs';
import { nodeRecord, plain, samplesOfEveryKind } from './samples';
import { rejection } from './support';

export interface ContractHarness {
  /** Opens a store for `frameworkName` in the shared backing store (one ZooKeeper, or one directory). */
  open(frameworkName: string): Promise<StateStore>;
  /** Replaces the bytes the typed layer decodes at `path` (relative to the framework), as a foreign writer would. */
  corrupt(frameworkName: string, path: string, bytes: Uint8Array): Promise<void>;
}

export interface ContractContext {
  /** A store for a framework name no other test uses; closed after the test. */
  freshStore(prefix?: string): Promise<StateStore & { readonly testFrameworkName: string }>;
  harness(): ContractHarness;
}

let frameworkCounter = 0;

export function registerStateStoreContract(implementation: string, getHarness: () => ContractHarness): void {
  const opened: StateStore[] = [];
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });
  const ctx: ContractContext = {
    harness: getHarness,
    async freshStore(prefix = 'fw') {
      const testFrameworkName = `${prefix}-${process.pid}-${++frameworkCounter}`;
      const store = await getHarness().open(testFrameworkName);
      opened.push(store);
      return Object.assign(store, { testFrameworkName });
    },
  };

  describe(`StateStore contract: ${implementation}`, () => {
    describe('every kind of record', () => {
      it.each(samplesOfEveryKind().map((s) => [s.kind, s] as const))('%s: create, read, compare-and-set, delete', async (_kind, s) => {
        const store = await ctx.freshStore();
        expect(await store.get(s.key)).toBeUndefined();

        expect(await store.put(s.key, s.first, CREATE)).toBe(0);
        const read = await store.get(s.key);
        expect(read?.version).toBe(0);
        expect(plain(read?.value)).toEqual(plain(s.first));

        // create when it exists
        const exists = await rejection(store.put(s.key, s.second, undefined));
        expect(exists).toBeInstanceOf(StaleStateError);
        expect(exists).toMatchObject({ expectedVersion: undefined, actualVersion: 0 });
        expect((exists as Error).message).toContain(s.key.path);
        expect((exists as Error).message).toMatch(/expected no value, found version 0/);

        expect(await store.put(s.key, s.second, 0)).toBe(1);
        // a writer that read version 0 lost the race
        const stale = await rejection(store.put(s.key, s.first, 0));
        expect(stale).toBeInstanceOf(StaleStateError);
        expect(stale).toMatchObject({ expectedVersion: 0, actualVersion: 1 });
        expect((stale as Error).message).toMatch(/expected version 0, found version 1/);
        expect(plain((await store.get(s.key))?.value)).toEqual(plain(s.second));

        // delete with a stale version changes nothing
        expect(await rejection(store.delete(s.key, 0))).toMatchObject({ name: 'StaleStateError', expectedVersion: 0, actualVersion: 1 });
        expect((await store.get(s.key))?.version).toBe(1);
        await store.delete(s.key, 1);
        expect(await store.get(s.key)).toBeUndefined();
        expect(await rejection(store.delete(s.key, 1))).toMatchObject({ name: 'StaleStateError', expectedVersion: 1, actualVersion: undefined });
        expect(await rejection(store.put(s.key, s.first, 1))).toMatchObject({ name: 'StaleStateError', expectedVersion: 1, actualVersion: undefined });

        // re-created values start at version 0 again (as in ZooKeeper)
        expect(await store.put(s.key, s.first, CREATE)).toBe(0);
      });

      it('stores a message whose fields are all defaults (it encodes to zero bytes)', async () => {
        const store = await ctx.freshStore();
        await store.put(StateKeys.plan('empty'), cassandra_mesos.v1.PlanControl.create({}), CREATE);
        expect(plain((await store.get(StateKeys.plan('empty')))?.value)).toEqual(plain(cassandra_mesos.v1.PlanControl.create({})));
      });

      it('rejects ids that are not one safe path segment, and bad expected versions, before writing', async () => {
        const store = await ctx.freshStore();
        for (const bad of ['', '..', '../framework', 'a/b', '.hidden', 'x'.repeat(129), 'node 1']) {
          expect(() => StateKeys.node(bad)).toThrow(InvalidStateIdError);
        }
        expect(() => StateKeys.jobNode('current', 'node-0')).toThrow(/reserved name/);
        expect(() => StateKeys.jobHistory('history')).toThrow(InvalidStateIdError);
        expect(() => StateOps.put(StateKeys.node('node-0'), nodeRecord('node-0'), -2)).toThrow(InvalidBatchError);
        expect(() => StateOps.delete(StateKeys.node('node-0'), CREATE)).toThrow(/needs the version it expects/);
        await expect(store.put(StateKeys.node('node-0'), nodeRecord('node-0'), 1.5)).rejects.toThrow(InvalidBatchError);
        expect(await store.listIds(StateCollections.nodes)).toEqual([]);
      });
    });

    describe('batches', () => {
      it('applies every op and returns each resulting version', async () => {
        const store = await ctx.freshStore();
        const fwVersion = await store.put(StateKeys.framework, cassandra_mesos.v1.FrameworkRecord.create({ nextNodeIndex: 0 }), CREATE);
        await store.put(StateKeys.node('node-9'), nodeRecord('node-9'), CREATE);
        const versions = await store.commit([
          StateOps.put(StateKeys.node('node-0'), nodeRecord('node-0'), CREATE),
          StateOps.put(StateKeys.node('node-1'), nodeRecord('node-1'), CREATE),
          StateOps.put(StateKeys.framework, cassandra_mesos.v1.FrameworkRecord.create({ nextNodeIndex: 2 }), fwVersion),
          StateOps.delete(StateKeys.node('node-9'), 0),
        ]);
        expect(versions).toEqual([0, 0, 1, undefined]);
        expect(await store.listIds(StateCollections.nodes)).toEqual(['node-0', 'node-1']);
        expect((await store.get(StateKeys.framework))?.value.nextNodeIndex).toBe(2);
        expect(await store.commit([])).toEqual([]);
      });

      it('is all or nothing: one stale op and nothing of the batch is written', async () => {
        const store = await ctx.freshStore();
        await store.put(StateKeys.framework, cassandra_mesos.v1.FrameworkRecord.create({ nextNodeIndex: 0 }), CREATE);
        await store.put(StateKeys.framework, cassandra_mesos.v1.FrameworkRecord.create({ nextNodeIndex: 1 }), 0);
        await store.put(StateKeys.node('node-5'), nodeRecord('node-5'), CREATE);

        const err = await rejection(
          store.commit([
            StateOps.put(StateKeys.node('node-1'), nodeRecord('node-1'), CREATE),
            StateOps.delete(StateKeys.node('node-5'), 0),
            StateOps.put(StateKeys.jobNode('job-a', 'node-1'), cassandra_mesos.v1.NodeJobRecord.create({ jobId: 'job-a', nodeId: 'node-1' }), CREATE),
            StateOps.put(StateKeys.framework, cassandra_mesos.v1.FrameworkRecord.create({ nextNodeIndex: 2 }), 0), // stale: it is at 1
          ]),
        );
        expect(err).toBeInstanceOf(StaleStateError);
        expect(err).toMatchObject({ expectedVersion: 0, actualVersion: 1 });
        expect((err as StaleStateError).path).toMatch(/\/framework$/);
        expect(await store.get(StateKeys.node('node-1'))).toBeUndefined();
        expect((await store.get(StateKeys.node('node-5')))?.version).toBe(0);
        expect(await store.listIds(StateCollections.jobNodes('job-a'))).toEqual([]);
        expect((await store.get(StateKeys.framework))?.value.nextNodeIndex).toBe(1);
      });

      it('a failing check aborts the batch; a passing one reports the checked version', async () => {
        const store = await ctx.freshStore();
        await store.put(StateKeys.currentJob, cassandra_mesos.v1.ClusterJob.create({ jobId: 'job-1' }), CREATE);
        const record = cassandra_mesos.v1.NodeJobRecord.create({ jobId: 'job-1', nodeId: 'node-0' });
        const err = await rejection(store.commit([StateOps.check(StateKeys.currentJob, 3), StateOps.put(StateKeys.jobNode('job-1', 'node-0'), record, CREATE)]));
        expect(err).toMatchObject({ name: 'StaleStateError', expectedVersion: 3, actualVersion: 0 });
        expect(await store.get(StateKeys.jobNode('job-1', 'node-0'))).toBeUndefined();
        expect(await store.commit([StateOps.check(StateKeys.currentJob, 0), StateOps.put(StateKeys.jobNode('job-1', 'node-0'), record, CREATE)])).toEqual([0, 0]);
      });

      it('refuses a batch that touches one path twice', async () => {
        const store = await ctx.freshStore();
        const err = await rejection(
          store.commit([StateOps.put(StateKeys.node('node-0'), nodeRecord('node-0'), CREATE), StateOps.put(StateKeys.node('node-0'), nodeRecord('node-0'), 0)]),
        );
        expect(err).toBeInstanceOf(InvalidBatchError);
        expect((err as Error).message).toMatch(/nodes\/node-0 twice/);
        expect(await store.get(StateKeys.node('node-0'))).toBeUndefined();
      });
    });

    describe('corrupt values', () => {
      const cases: Array<[string, Uint8Array]> = [
        ['foreign bytes', Buffer.from('{"nodeId":"node-3"}')],
        ['an empty value', new Uint8Array(0)],
        ['our header with a truncated message', Uint8Array.from([0xca, 0x01, 0x0a, 0x20, 0x6e])],
      ];
      it.each(cases)('%s: a typed error naming the path, other values still readable, and a CAS can replace it', async (_what, bytes) => {
        const store = await ctx.freshStore();
        await store.put(StateKeys.node('node-2'), nodeRecord('node-2'), CREATE);
        await store.put(StateKeys.node('node-3'), nodeRecord('node-3'), CREATE);
        await ctx.harness().corrupt(store.testFrameworkName, 'nodes/node-3', bytes);

        const err = await rejection(store.get(StateKeys.node('node-3')));
        expect(err).toBeInstanceOf(CorruptStateError);
        expect((err as CorruptStateError).path).toMatch(/nodes\/node-3$/);
        expect((err as Error).message).toContain('cassandra_mesos.v1.NodeRecord');
        await expect(store.list(StateCollections.nodes)).rejects.toThrow(/corrupt state at .*nodes\/node-3/);
        expect((await store.get(StateKeys.node('node-2')))?.version).toBe(0);

        const version = (err as CorruptStateError).version;
        expect(version).toEqual(expect.any(Number));
        await store.put(StateKeys.node('node-3'), nodeRecord('node-3'), version);
        expect((await store.list(StateCollections.nodes)).map((e) => e.id)).toEqual(['node-2', 'node-3']);
      });
    });

    describe('isolation and ordering', () => {
      it('two frameworks with different names in one store do not see each other', async () => {
        const alpha = await ctx.freshStore('alpha');
        const beta = await ctx.freshStore('beta');
        await alpha.put(StateKeys.node('node-0'), nodeRecord('node-0'), CREATE);
        await alpha.put(StateKeys.node('node-0'), nodeRecord('node-0', { seed: false }), 0);
        await alpha.put(StateKeys.currentJob, cassandra_mesos.v1.ClusterJob.create({ jobId: 'job-x' }), CREATE);
        expect(await beta.get(StateKeys.node('node-0'))).toBeUndefined();
        expect(await beta.listIds(StateCollections.nodes)).toEqual([]);
        expect(await beta.get(StateKeys.currentJob)).toBeUndefined();
        expect(await beta.put(StateKeys.node('node-0'), nodeRecord('node-0'), CREATE)).toBe(0);
        expect((await alpha.get(StateKeys.node('node-0')))?.version).toBe(1);
        expect(alpha.location).not.toEqual(beta.location);
      });

      it('lists ids in natural order, with values and versions', async () => {
        const store = await ctx.freshStore();
        for (const id of ['node-10', 'node-2', 'node-0', 'node-11', 'node-1']) await store.put(StateKeys.node(id), nodeRecord(id), CREATE);
        await store.put(StateKeys.node('node-2'), nodeRecord('node-2', { serverPid: 7 }), 0);
        expect(await store.listIds(StateCollections.nodes)).toEqual(['node-0', 'node-1', 'node-2', 'node-10', 'node-11']);
        const listed = await store.list(StateCollections.nodes);
        expect(listed.map((e) => [e.id, e.version, e.value.nodeId])).toEqual([
          ['node-0', 0, 'node-0'],
          ['node-1', 0, 'node-1'],
          ['node-2', 1, 'node-2'],
          ['node-10', 0, 'node-10'],
          ['node-11', 0, 'node-11'],
        ]);
        expect(listed[2]?.value.serverPid).toBe(7);
        for (const plan of ['restart', 'deploy', 'config-update']) {
          await store.put(StateKeys.plan(plan), cassandra_mesos.v1.PlanControl.create({ planName: plan }), CREATE);
        }
        expect(await store.listIds(StateCollections.plans)).toEqual(['config-update', 'deploy', 'restart']);
        expect(await store.list(StateCollections.health)).toEqual([]);
        expect(await store.list(StateCollections.jobNodes('job-none'))).toEqual([]);
      });
    });

    registerJobAndSchemaContract(ctx);
  });
}
