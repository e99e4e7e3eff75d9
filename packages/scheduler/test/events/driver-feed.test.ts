// The driver feeds the journal: a summary when a term loads the state, then the events of every change
// it stores (here an operator command), next to the metrics observer it is combined with; and the
// leader event of a new term.
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { cassandra_mesos, type SchedulerInput } from '@cassandra-mesos/model';
import { SchedulerDriver, type DriverObserver } from '../../src/driver/driver';
import { EventJournal, publishLeaderEvent, withEventJournal } from '../../src/events';
import { openFileStateStore, StatePersistence, type FileStateStore } from '../../src';
import { nodeRecord, testConfig } from '../api/support/fixtures';

/** A loopback port nothing listens on: the driver's Mesos subscription keeps failing and retrying. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

const NOW = 1_700_000_000_000;

describe('the driver feeding the events journal', () => {
  let store: FileStateStore;
  let abort: AbortController;
  let driver: SchedulerDriver;
  let running: Promise<void>;
  const journal = new EventJournal();
  const inputs: SchedulerInput['type'][] = [];

  beforeAll(async () => {
    store = await openFileStateStore({
      directory: mkdtempSync(join(tmpdir(), 'driver-events-')),
      frameworkName: 'api-test',
    });
    const persistence = new StatePersistence(store);
    await persistence.load(testConfig(), 1_000);
    await persistence.apply({
      type: 'persist-framework',
      framework: cassandra_mesos.v1.FrameworkRecord.create({
        frameworkId: 'fw-1',
        schemaVersion: 1,
        nextNodeIndex: 2,
      }),
      reason: 'fixture',
    });
    await persistence.apply({ type: 'persist-node', node: nodeRecord({ index: 0 }), reason: 'fixture' });
    await persistence.apply({ type: 'persist-node', node: nodeRecord({ index: 1 }), reason: 'fixture' });
    abort = new AbortController();
    const metrics: DriverObserver = { input: (input) => inputs.push(input.type) };
    driver = new SchedulerDriver({
      store,
      config: testConfig(),
      mesosMaster: `http://127.0.0.1:${await closedPort()}`,
      launch: {
        executorCommand: 'true',
        executorEnvironment: {},
        executorResources: { cpus: 0.1, memMb: 256 },
      },
      log: pino({ level: 'silent' }),
      signal: abort.signal,
      tickMs: 60_000,
      now: () => NOW,
      observer: withEventJournal(journal, metrics),
    });
    publishLeaderEvent(journal, { host: 'sched-1.example', apiPort: 8080, pid: 4242, term: 'lock-1' }, NOW);
    running = driver.run();
    while (!driver.current) await new Promise((resolve) => setTimeout(resolve, 5));
  });

  afterAll(async () => {
    abort.abort();
    await running;
    await store.close();
  });

  it('starts with the leader event, then the loaded state', () => {
    const [leader, loaded, ...rest] = journal.since(0);
    expect(leader).toEqual({
      seq: 1,
      at: '2023-11-14T22:13:20.000Z',
      level: 'info',
      kind: 'leader',
      message: 'this scheduler (sched-1.example:8080, pid 4242) is the leader now (term lock-1)',
    });
    expect(loaded).toMatchObject({ seq: 2, at: '2023-11-14T22:13:20.000Z', level: 'info', kind: 'state-loaded' });
    expect(loaded?.message).toMatch(/^state loaded: 2 nodes \(2 live\), configuration \S+$/);
    expect(rest).toEqual([]);
  });

  it('adds the events of a stored change, and the metrics observer still sees the input', async () => {
    const before = journal.lastSeq;
    expect(await driver.submit({ kind: 'set-run-state', nodeId: 'node-0', runState: 'STOP' })).toEqual({
      ok: true,
    });
    const messages = journal.since(before).map((e) => `${e.kind}: ${e.message}`);
    expect(messages).toContain('node-run-state: node-0 run state RUN → STOP');
    expect(messages).toContain('task-state: node-0 task stopping: run state STOP');
    expect(inputs).toContain('operator');
  });

  it('adds nothing for a command the core rejects', async () => {
    const before = journal.lastSeq;
    const outcome = await driver.submit({ kind: 'replace-node', nodeId: 'node-1' });
    expect(outcome.ok).toBe(false);
    expect(journal.since(before)).toEqual([]);
  });
});
