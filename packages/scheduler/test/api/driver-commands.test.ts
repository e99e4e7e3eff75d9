// The driver's command and query methods the API uses: submit (operator commands in turn with every
// other input, stored before it resolves), proposeConfig (a new stored target, or nothing on a
// rejection) and health check requests to executors.
/* eslint-disable @typescript-eslint/no-unsafe-assignment -- jest asymmetric matchers are typed any */
import { createServer } from 'node:net';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { cassandra_mesos, decodeMessage, encodeMessage } from '@cassandra-mesos/model';
import { DriverNotRunningError, SchedulerDriver } from '../../src/driver/driver';
import { HealthCheckRequests } from '../../src/driver/health-requests';
import { openFileStateStore, StateKeys, StatePersistence, type FileStateStore } from '../../src';
import { DriverGateway, NotLeadingError } from '../../src/api';
import { nodeRecord, testConfig } from './support/fixtures';

/** A loopback port nothing listens on: the driver's Mesos subscription keeps failing and retrying. */
async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

describe('StatePersistence.propose', () => {
  let store: FileStateStore;
  beforeEach(async () => {
    store = await openFileStateStore({ directory: mkdtempSync(join(tmpdir(), 'propose-')), frameworkName: 'api-test' });
  });
  afterEach(async () => {
    await store.close();
  });

  it('stores an accepted change as a new version and target; an unrecorded rejection writes nothing', async () => {
    const persistence = new StatePersistence(store);
    const loaded = await persistence.load(testConfig(), 1_000);
    const first = loaded.persisted.target.id;
    const scaled = await persistence.propose({ ...testConfig(), nodeCount: 5 }, 2_000, { source: 'api', recordRejection: false });
    expect(scaled.decision.accepted).toBe(true);
    expect(scaled.targetChanged).toBe(true);
    const target = (await store.get(StateKeys.configTarget))?.value;
    expect(target?.targetId).toBe(scaled.target.id);
    expect(target?.previousTargetId).toBe(first);
    expect((await store.get(StateKeys.configVersion(scaled.target.id)))?.value.source).toBe('api');

    const versionBefore = (await store.get(StateKeys.configTarget))?.version;
    const rejected = await persistence.propose({ ...testConfig(), nodeCount: 5, seedCount: 9 }, 3_000, { source: 'api', recordRejection: false });
    expect(rejected.decision.accepted).toBe(false);
    expect(rejected.targetChanged).toBe(false);
    expect(rejected.target.id).toBe(scaled.target.id);
    expect((await store.get(StateKeys.configTarget))?.version).toBe(versionBefore);
  });

  it('records a rejection on the target when asked (the environment path)', async () => {
    const persistence = new StatePersistence(store);
    await persistence.load(testConfig(), 1_000);
    const rejected = await persistence.propose({ ...testConfig(), seedCount: 9 }, 2_000, { source: 'env', recordRejection: true });
    expect(rejected.targetChanged).toBe(true);
    expect((await store.get(StateKeys.configTarget))?.value.rejectedErrors.map((e) => e.code)).toEqual(['SEEDS_EXCEED_NODES']);
  });
});

describe('SchedulerDriver commands', () => {
  let store: FileStateStore;
  let abort: AbortController;
  let driver: SchedulerDriver;
  let running: Promise<void>;

  beforeEach(async () => {
    store = await openFileStateStore({ directory: mkdtempSync(join(tmpdir(), 'driver-')), frameworkName: 'api-test' });
    const persistence = new StatePersistence(store);
    await persistence.load(testConfig(), 1_000);
    await persistence.apply({ type: 'persist-framework', framework: cassandra_mesos.v1.FrameworkRecord.create({ frameworkId: 'fw-1', schemaVersion: 1, nextNodeIndex: 2 }), reason: 'fixture' });
    await persistence.apply({ type: 'persist-node', node: nodeRecord({ index: 0 }), reason: 'fixture' });
    await persistence.apply({ type: 'persist-node', node: nodeRecord({ index: 1, live: false }), reason: 'fixture' });
    abort = new AbortController();
    driver = new SchedulerDriver({
      store,
      config: testConfig(),
      mesosMaster: `http://127.0.0.1:${await closedPort()}`,
      launch: { executorCommand: 'true', executorEnvironment: {}, executorResources: { cpus: 0.1, memMb: 256 } },
      log: pino({ level: 'silent' }),
      signal: abort.signal,
      tickMs: 60_000,
    });
    running = driver.run();
    while (!driver.current) await new Promise((resolve) => setTimeout(resolve, 5));
  });

  afterEach(async () => {
    abort.abort();
    await running;
    await store.close();
  });

  it('applies an operator command and resolves once the change is stored', async () => {
    expect(await driver.submit({ kind: 'set-run-state', nodeId: 'node-0', runState: 'STOP' })).toEqual({ ok: true });
    expect((await store.get(StateKeys.node('node-0')))?.value.targetRunState).toBe(cassandra_mesos.v1.TargetRunState.STOP);
    expect(driver.current?.nodes.get('node-0')?.targetRunState).toBe(cassandra_mesos.v1.TargetRunState.STOP);
  });

  it("returns the core's reason when it rejects a command, and stores nothing", async () => {
    const before = (await store.get(StateKeys.node('node-0')))?.version;
    const outcome = await driver.submit({ kind: 'replace-node', nodeId: 'node-0' });
    expect(outcome).toEqual({ ok: false, error: expect.stringContaining('node-0 is live') });
    expect((await store.get(StateKeys.node('node-0')))?.version).toBe(before);
  });

  it('moves the core to a proposed configuration after storing it', async () => {
    const decision = await driver.proposeConfig({ ...testConfig(), nodeCount: 4 });
    expect(decision.accepted).toBe(true);
    const target = (await store.get(StateKeys.configTarget))?.value;
    expect(driver.current?.target.id).toBe(target?.targetId);
    expect(driver.current?.target.config.nodeCount).toBe(4);
    const rejected = await driver.proposeConfig({ ...testConfig(), clusterName: 'another' });
    expect(rejected.accepted).toBe(false);
    expect(driver.current?.target.id).toBe(target?.targetId);
    expect(driver.current?.rejectedErrors).toEqual([]);
  });

  it('takes no command once its term has ended', async () => {
    abort.abort();
    await running;
    await expect(driver.submit({ kind: 'continue-plan', plan: 'deploy' })).rejects.toThrow(DriverNotRunningError);
    await expect(driver.proposeConfig(testConfig())).rejects.toThrow('leadership term has ended');
    expect(await driver.requestHealthCheck('node-0', 10)).toBeUndefined();
  });

  it('answers no health check when the executor cannot be reached in time', async () => {
    const started = Date.now();
    expect(await driver.requestHealthCheck('node-0', 100)).toBeUndefined();
    expect(Date.now() - started).toBeGreaterThanOrEqual(90);
    expect(await driver.requestHealthCheck('node-9', 100)).toBeUndefined();
  });
});

describe('HealthCheckRequests', () => {
  const health = (executorId: string, checkedAtMs: number): Uint8Array =>
    encodeMessage(cassandra_mesos.v1.ExecutorMessage, cassandra_mesos.v1.ExecutorMessage.create({ protocolVersion: 1, sequence: 7, sentAtMs: checkedAtMs, nodeId: 'node-0', executorId, health: { healthy: true, checkedAtMs } }));

  it('sends one request per executor, shared by concurrent callers, settled by the next health report', async () => {
    const requests = new HealthCheckRequests(() => 5_000);
    const sent: Uint8Array[] = [];
    const send = (data: Uint8Array): Promise<void> => {
      sent.push(data);
      return Promise.resolve();
    };
    const a = requests.request('node-0-executor-0', 10_000, send);
    const b = requests.request('node-0-executor-0', 10_000, send);
    expect(sent).toHaveLength(1);
    const message = decodeMessage<cassandra_mesos.v1.SchedulerMessage>(cassandra_mesos.v1.SchedulerMessage, sent[0], 'test');
    expect(message).toMatchObject({ protocolVersion: 1, body: 'healthCheckRequest' });
    expect(Number(message.sequence)).toBeGreaterThan(5_000);
    requests.onExecutorMessage('node-1-executor-0', health('node-1-executor-0', 1)); // another executor: ignored
    requests.onExecutorMessage('node-0-executor-0', new Uint8Array([0xff, 0xff])); // garbage: ignored
    requests.onExecutorMessage('node-0-executor-0', health('node-0-executor-0', 4_999));
    expect((await a)?.checkedAtMs).toBe(4_999);
    expect((await b)?.healthy).toBe(true);
  });

  it('gives up after the timeout, and cancelAll settles everything at once', async () => {
    const requests = new HealthCheckRequests(() => 0);
    expect(await requests.request('e1', 20, () => Promise.resolve())).toBeUndefined();
    const pending = requests.request('e2', 60_000, () => Promise.resolve());
    requests.cancelAll();
    expect(await pending).toBeUndefined();
  });
});

describe('DriverGateway', () => {
  it('reads the stored state and refuses commands until a driver is attached', async () => {
    const store = await openFileStateStore({ directory: mkdtempSync(join(tmpdir(), 'gateway-')), frameworkName: 'api-test' });
    try {
      const gateway = new DriverGateway({ store, election: { currentLeader: () => Promise.resolve({ host: 'other', apiPort: 9000, pid: 2, startedAtMs: 0 }) } });
      expect(await gateway.view()).toBeUndefined();
      const persistence = new StatePersistence(store);
      await persistence.load(testConfig(), 1_000);
      await persistence.apply({ type: 'persist-node', node: nodeRecord({ index: 0 }), reason: 'fixture' });
      const view = await gateway.view();
      expect(view?.source).toBe('store');
      expect([...(view?.state.nodes.keys() ?? [])]).toEqual(['node-0']);
      await expect(gateway.submit({ kind: 'continue-plan', plan: 'deploy' })).rejects.toThrow(NotLeadingError);
      await expect(gateway.proposeConfig(testConfig())).rejects.toThrow('standby or still starting');
      expect(await gateway.requestHealthCheck('node-0', 10)).toBeUndefined();
      expect((await gateway.leader())?.host).toBe('other');
    } finally {
      await store.close();
    }
  });
});
