import pino from 'pino';
import { cassandra_mesos } from '@cassandra-mesos/model';
import { RingChanges } from '../../src/app/ring-change';
import { FakeClock } from '../support/fake-clock';

const { RingChangeOperation: Op, RingChangeState: State } = cassandra_mesos.v1;

function setup(): { clock: FakeClock; sent: cassandra_mesos.v1.IRingChange[]; successes: number[]; changes: RingChanges } {
  const clock = new FakeClock();
  const sent: cassandra_mesos.v1.IRingChange[] = [];
  const successes: number[] = [];
  const changes = new RingChanges(clock, pino({ level: 'silent' }), (c) => sent.push(c), () => successes.push(clock.now()));
  return { clock, sent, successes, changes };
}

function deferred(): { promise: Promise<void>; resolve: () => void; reject: (e: Error) => void } {
  let resolve: () => void = () => undefined;
  let reject: (e: Error) => void = () => undefined;
  const promise = new Promise<void>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = (): Promise<void> => new Promise((r) => setImmediate(r));

describe('RingChanges', () => {
  it('reports STARTED, then SUCCEEDED with the duration, and asks for a health check after success', async () => {
    const { clock, sent, successes, changes } = setup();
    const run = deferred();
    changes.start({ operation: Op.DECOMMISSION, nodeId: 'node-2', run: () => run.promise });
    expect(sent).toEqual([{ operation: Op.DECOMMISSION, nodeId: 'node-2', state: State.RING_CHANGE_STARTED, message: '', durationMs: 0 }]);
    clock.advance(42_000);
    run.resolve();
    await flush();
    expect(sent[1]).toEqual({ operation: Op.DECOMMISSION, nodeId: 'node-2', state: State.RING_CHANGE_SUCCEEDED, message: '', durationMs: 42_000 });
    expect(successes).toHaveLength(1);
  });

  it('answers a repeated request while one runs with STARTED and starts nothing', async () => {
    const { sent, changes } = setup();
    const run = deferred();
    let runs = 0;
    const request = { operation: Op.DECOMMISSION, nodeId: 'node-2', run: () => (runs++, run.promise) };
    changes.start(request);
    changes.start(request);
    expect(runs).toBe(1);
    expect(sent.map((c) => c.state)).toEqual([State.RING_CHANGE_STARTED, State.RING_CHANGE_STARTED]);
    run.resolve();
    await flush();
    changes.start(request); // finished: a new request runs again
    expect(runs).toBe(2);
  });

  it("reports FAILED with Cassandra's reason", async () => {
    const { sent, successes, changes } = setup();
    changes.start({ operation: Op.REMOVE_NODE, nodeId: 'node-4', run: () => Promise.reject(new Error('Host ID not found.')) });
    await flush();
    expect(sent[1]).toMatchObject({ operation: Op.REMOVE_NODE, nodeId: 'node-4', state: State.RING_CHANGE_FAILED, message: 'Host ID not found.' });
    expect(successes).toEqual([]);
  });

  it('refuses at once when it cannot start here', () => {
    const { sent, changes } = setup();
    changes.refuse(Op.DECOMMISSION, 'node-1', 'Cassandra is not running on node-1');
    expect(sent).toEqual([{ operation: Op.DECOMMISSION, nodeId: 'node-1', state: State.RING_CHANGE_FAILED, message: 'Cassandra is not running on node-1', durationMs: 0 }]);
  });
});
