import pino from 'pino';
import { ConsistentSnapshots } from '../../src';
import { FakeClock } from '../support/fake-clock';
import { DataTree, FakeJmx } from './support';

describe('consistent-backup snapshot requests', () => {
  let tree: DataTree;
  let jmx: FakeJmx;
  let snapshots: ConsistentSnapshots;
  beforeEach(() => {
    tree = new DataTree();
    tree.flushSSTable('shop', 'orders', 1);
    jmx = new FakeJmx(tree);
    snapshots = new ConsistentSnapshots(() => 'node-1', new FakeClock(), pino({ level: 'silent' }));
  });
  afterEach(() => tree.cleanup());

  it('snapshots every user keyspace once per job and tag, answering every repeat', async () => {
    const first = await snapshots.snapshot({ jobId: 'j1', tag: 'nightly' }, jmx.asJmx());
    expect(first).toEqual({ jobId: 'j1', tag: 'nightly', ok: true, message: 'flushed and snapshotted audit, shop under nightly', durationMs: 0 });
    expect(await snapshots.snapshot({ jobId: 'j1', tag: 'nightly' }, jmx.asJmx())).toEqual(first);
    expect(jmx.ops()).toEqual(['takeSnapshot:nightly']);
    expect(jmx.calls[0]?.args[1]).toEqual(['audit', 'shop']);
  });

  it('tries a failed snapshot again on a repeat, replacing what the failed one left', async () => {
    jmx.failSnapshot = new Error('No space left on device');
    const failed = await snapshots.snapshot({ jobId: 'j1', tag: 't1', keyspaces: ['shop'] }, jmx.asJmx());
    expect(failed).toMatchObject({ ok: false, message: 'snapshot t1 on node-1 failed: No space left on device' });
    jmx.failSnapshot = undefined;
    expect(await snapshots.snapshot({ jobId: 'j1', tag: 't1', keyspaces: ['shop'] }, jmx.asJmx())).toMatchObject({ ok: true });
    expect(jmx.ops()).toEqual(['takeSnapshot:t1', 'clearSnapshot:t1', 'takeSnapshot:t1']);
  });

  it('answers with the reason when it cannot snapshot', async () => {
    expect(await snapshots.snapshot({ jobId: '', tag: 't' }, jmx.asJmx())).toMatchObject({ ok: false, message: 'SnapshotRequest refused: job_id is empty' });
    const refusals = [
      await snapshots.snapshot({ jobId: 'j', tag: '../t' }, jmx.asJmx()),
      await snapshots.snapshot({ jobId: 'j', tag: 't', keyspaces: ['a;b'] }, jmx.asJmx()),
      await snapshots.snapshot({ jobId: 'j', tag: 't', keyspaces: ['nope'] }, jmx.asJmx()),
    ];
    expect(refusals.map((r) => r.ok)).toEqual([false, false, false]);
    expect(refusals[0]?.message).toContain('invalid snapshot tag "../t"');
    expect(refusals[1]?.message).toContain('keyspace "a;b" is not a valid name');
    expect(refusals[2]?.message).toContain('keyspace "nope" does not exist on node-1');
    expect(await snapshots.snapshot({ jobId: 'j', tag: 't' }, undefined)).toMatchObject({ ok: false, message: 'Cassandra is not running on node-1, so it cannot take snapshot t; the consistent backup cannot include this node' });
    expect(jmx.ops()).toEqual([]);
  });

  it('clears the snapshot of a failed stage and forgets the request', async () => {
    await snapshots.snapshot({ jobId: 'j1', tag: 't1', keyspaces: ['shop'] }, jmx.asJmx());
    expect((await jmx.listSnapshots({ tag: 't1' })).length).toBe(1);
    await snapshots.clear({ jobId: 'j1', tag: 't1' }, jmx.asJmx());
    expect(await jmx.listSnapshots({ tag: 't1' })).toEqual([]);
    expect(jmx.calls[1]).toEqual({ op: 'clearSnapshot', args: ['t1', ['shop']] });
    await snapshots.snapshot({ jobId: 'j1', tag: 't1', keyspaces: ['shop'] }, jmx.asJmx());
    expect(jmx.ops()).toEqual(['takeSnapshot:t1', 'clearSnapshot:t1', 'takeSnapshot:t1']);
  });
});
