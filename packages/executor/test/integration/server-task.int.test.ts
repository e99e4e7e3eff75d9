// The server task end to end on real Cassandra 5.0 through mesos-local: the executor renders the
// config, starts the JVM with Jolokia, reports TASK_RUNNING and health, sees a kill -9 at once, and
// drains before stopping on KILL.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'cassandra-driver';
import { mesos } from '@cassandra-mesos/model';
import { ExecutorHarness, waitUntil } from './harness';
import { serverTask, SERVER_RESOURCES } from './node-config';

const { TaskState } = mesos.v1;

jest.setTimeout(300_000);

describe('server task on mesos-local with real Cassandra', () => {
  let harness: ExecutorHarness;

  beforeAll(async () => {
    harness = await ExecutorHarness.start(['127.0.0.1']);
  });

  afterAll(async () => {
    await harness?.stop();
  });

  it('brings a node to NORMAL, reports health, and CQL works on the advertised address', async () => {
    const taskId = await harness.launch('127.0.0.1', 'node-1', serverTask(0, 1), SERVER_RESOURCES);
    const running = await harness.waitForState(taskId, TaskState.TASK_RUNNING);
    expect(harness.statesOf(taskId).slice(0, 2)).toEqual(['TASK_STARTING', 'TASK_RUNNING']);
    const started = running.details?.serverStarted;
    expect(started?.pid).toBeGreaterThan(0);
    expect(started?.ports?.native).toBe(9042);
    expect(started?.jolokiaUrl).toBe('http://127.0.0.1:8778/jolokia/');

    const normal = await waitUntil(
      () => harness.healthOf('node-1').find((h) => h.info?.operationMode === 'NORMAL' && h.info.nativeTransportRunning),
      'a health message saying NORMAL with native transport up',
      120_000,
    );
    expect(normal.healthy).toBe(true);
    expect(normal.info?.clusterName).toBe('executor-it');
    expect(normal.info?.releaseVersion).toMatch(/^5\.0\./);
    expect(normal.info?.liveNodes).toEqual(['127.0.0.1']);

    const client = new Client({ contactPoints: ['127.0.0.1:9042'], localDataCenter: 'dc1' });
    try {
      await client.connect();
      const rows = await client.execute('SELECT cluster_name, data_center FROM system.local');
      expect(rows.first().get('cluster_name')).toBe('executor-it');
      expect(rows.first().get('data_center')).toBe('dc1');
    } finally {
      await client.shutdown();
    }

    // A health request is answered at once, with a fresh read.
    const before = harness.healthOf('node-1').length;
    await harness.send('node-1', { healthCheckRequest: {} });
    await waitUntil(() => harness.healthOf('node-1').length > before, 'an answer to a health check request', 10_000);
  });

  it('reports TASK_FAILED within 2 s of a kill -9 of the Cassandra JVM, with the signal', async () => {
    const taskId = harness.updates.find((u) => u.status.state === TaskState.TASK_RUNNING)?.status.task_id.value ?? '';
    const pid = harness.updates.find((u) => u.status.task_id.value === taskId && u.details?.serverStarted)?.details?.serverStarted?.pid ?? 0;
    expect(pid).toBeGreaterThan(0);
    const killedAt = Date.now();
    process.kill(pid, 'SIGKILL');
    const failed = await harness.waitForState(taskId, TaskState.TASK_FAILED, 10_000);
    expect(failed.at - killedAt).toBeLessThan(2_000);
    expect(failed.status.message).toMatch(/killed by SIGKILL/);
    expect(failed.details?.serverExited?.signal).toBe('SIGKILL');
  });

  it('restarts in place on the same executor, then on KILL drains before it stops and reports TASK_KILLED', async () => {
    const taskId = await harness.launch('127.0.0.1', 'node-1', serverTask(0, 1), SERVER_RESOURCES);
    const running = await harness.waitForState(taskId, TaskState.TASK_RUNNING);
    await waitUntil(() => harness.healthOf('node-1').some((h) => h.info?.operationMode === 'NORMAL' && h.checkedAtMs >= running.at), 'NORMAL again', 120_000);

    await harness.kill(taskId, '127.0.0.1');
    const killed = await harness.waitForState(taskId, TaskState.TASK_KILLED, 120_000);
    expect(killed.details?.serverExited?.drained).toBe(true);
    expect(killed.status.message).toMatch(/stopped on request \(drained\)/);
    const sandbox = harness.sandboxOf('node-1');
    expect(sandbox).toBeDefined();
    const systemLog = readFileSync(join(sandbox ?? '', 'cassandra', 'logs', 'system.log'), 'utf8');
    expect(systemLog).toMatch(/DRAINED/);
    // The executor stays for the node's next task; its log never contains the Jolokia password.
    const jolokiaProps = readFileSync(join(sandbox ?? '', 'cassandra', 'conf', 'jolokia.properties'), 'utf8');
    const password = /password=(.*)/.exec(jolokiaProps)?.[1] ?? '';
    expect(password.length).toBeGreaterThan(10);
    const executorLog = readFileSync(join(sandbox ?? '', 'stderr'), 'utf8');
    expect(executorLog).not.toContain(password);
    expect(executorLog).toMatch(/"msg":"Cassandra drained"/);
  });

  it('on SHUTDOWN (framework teardown) stops Cassandra and exits', async () => {
    const taskId = await harness.launch('127.0.0.1', 'node-1', serverTask(0, 1), SERVER_RESOURCES);
    const running = await harness.waitForState(taskId, TaskState.TASK_RUNNING);
    const pid = running.details?.serverStarted?.pid ?? 0;
    expect(isAlive(pid)).toBe(true);
    await harness.session.teardown();
    await waitUntil(() => !isAlive(pid), `Cassandra (pid ${pid}) to stop after SHUTDOWN`, 60_000);
    const log = (): string => readFileSync(join(harness.sandboxOf('node-1') ?? '', 'stderr'), 'utf8');
    expect(log()).toMatch(/"msg":"SHUTDOWN from the agent: stopping every task"/);
    await waitUntil(() => /"msg":"executor stopped"/.test(log()), 'the executor to exit after SHUTDOWN', 30_000);
  });
});

function isAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}
