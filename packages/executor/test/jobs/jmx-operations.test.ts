// The adapter from NodeJobOperations to CassandraJmx: what it asks cassandra-jmx for. (The lead's
// integration tests run it against a real node.)
import type { RepairResult } from '@cassandra-mesos/cassandra-jmx';
import { cassandraJmxJobOperations, type NodeJobJmx, type RepairRequest } from '../../src';

function fakeJmx(repairResult: RepairResult): { jmx: NodeJobJmx; calls: unknown[][] } {
  const calls: unknown[][] = [];
  const jmx: NodeJobJmx = {
    keyspaces: (call) => {
      calls.push(['keyspaces', call]);
      return Promise.resolve({ all: ['a', 'system'], user: ['a'], system: ['system'] });
    },
    tables: (keyspace, call) => {
      calls.push(['tables', keyspace, call]);
      return Promise.resolve(['t1']);
    },
    repair: (keyspace, options, control) => {
      calls.push(['repair', keyspace, options, control]);
      return Promise.resolve(repairResult);
    },
    cleanup: (keyspace, options, call) => {
      calls.push(['cleanup', keyspace, options, call]);
      return Promise.resolve();
    },
    flush: (keyspace, tables, call) => {
      calls.push(['flush', keyspace, tables, call]);
      return Promise.resolve();
    },
  };
  return { jmx, calls };
}

const REQUEST: RepairRequest = { primaryRange: true, incremental: false, parallelism: 'dc_parallel', dataCenters: ['dc1'], timeoutMs: 60_000 };

describe('cassandraJmxJobOperations', () => {
  const signal = new AbortController().signal;

  it('repairs with the mapped options, the signal, and a backstop limit just after the job machine cancels', async () => {
    const { jmx, calls } = fakeJmx({ keyspace: 'a', command: 7, status: 'COMPLETED', messages: ['Repair command #7 finished in 2 seconds'], durationMs: 2_000 });
    const ops = cassandraJmxJobOperations(jmx, { repairPollIntervalMs: 500 });
    expect(await ops.repair('a', ['t1'], REQUEST, signal)).toEqual({ message: 'repair command 7 completed: Repair command #7 finished in 2 seconds' });
    expect(calls).toEqual([
      ['repair', 'a', { tables: ['t1'], primaryRange: true, incremental: false, parallelism: 'dc_parallel', dataCenters: ['dc1'] }, { timeoutMs: 70_000, signal, pollIntervalMs: 500 }],
    ]);
  });

  it('says when there was nothing to repair', async () => {
    const { jmx } = fakeJmx({ keyspace: 'a', command: 0, status: 'NOTHING_TO_REPAIR', messages: [], durationMs: 3 });
    expect(await cassandraJmxJobOperations(jmx).repair('a', [], REQUEST, signal)).toEqual({ message: 'nothing to repair' });
  });

  it('lists keyspaces and tables, and runs cleanup and flush with a long call limit', async () => {
    const { jmx, calls } = fakeJmx({ keyspace: 'a', command: 0, status: 'NOTHING_TO_REPAIR', messages: [], durationMs: 0 });
    const ops = cassandraJmxJobOperations(jmx, { longCallTimeoutMs: 3_600_000 });
    expect(await ops.listKeyspaces(signal)).toEqual({ all: ['a', 'system'], user: ['a'] });
    expect(await ops.listTables('a', signal)).toEqual(['t1']);
    expect(await ops.cleanup('a', [], signal)).toEqual({ message: 'cleaned up' });
    expect(await ops.flush('a', ['t1'], signal)).toEqual({ message: 'flushed tables t1' });
    expect(calls.slice(2)).toEqual([
      ['cleanup', 'a', { tables: [] }, { signal, timeoutMs: 3_600_000 }],
      ['flush', 'a', ['t1'], { signal, timeoutMs: 3_600_000 }],
    ]);
  });
});
