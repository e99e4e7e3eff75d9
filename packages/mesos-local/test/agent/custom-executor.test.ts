// Custom executors end to end with the fixture executor: launch, reliable updates, kills, shutdowns,
// exits, registration timeout, messages.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mesos } from '@cassandra-mesos/model';
import { startAgent } from '../../src/agent';
import type { AgentOptions, LocalAgent } from '../../src/contracts';
import {
  AGENT_IP,
  FakeMaster,
  Reason,
  TaskState,
  alive,
  customTask,
  fixtureCommand,
  framework,
  groupAlive,
  sleep,
  tempDir,
  waitFor,
} from './helpers';

const FW = 'fw-1';

describe('custom executors', () => {
  let master: FakeMaster;
  let agent: LocalAgent & { close(): Promise<void> };
  let dir: ReturnType<typeof tempDir>;

  async function start(extra: Partial<AgentOptions> = {}): Promise<void> {
    agent = await startAgent({
      agentId: 'agent-1',
      config: { ip: AGENT_IP, resources: { cpus: 2, memMb: 1024, diskMb: 1024, ports: [] } },
      master,
      workDir: dir.path,
      statusUpdateRetry: { minMs: 60_000, maxMs: 60_000 },
      executorShutdownGraceMs: 500,
      ...extra,
    });
  }

  function sandbox(executorId: string): string {
    const runs = join(dir.path, 'slaves', 'agent-1', 'frameworks', FW, 'executors', executorId, 'runs');
    const [run] = readdirSync(runs);
    return join(runs, run ?? '');
  }

  function pidOf(executorId: string, file = 'executor.pid'): number {
    return Number(readFileSync(join(sandbox(executorId), file), 'utf8'));
  }

  async function ackAll(taskId: string): Promise<void> {
    for (const s of master.of(taskId)) agent.acknowledge(FW, taskId, s.uuid);
    await sleep(10);
  }

  beforeEach(() => {
    dir = tempDir();
    master = new FakeMaster();
  });

  afterEach(async () => {
    await agent.close();
    dir.remove();
  });

  it('launches the executor once, forwards its updates in order with head-of-line blocking', async () => {
    await start();
    agent.runTask(framework(FW), customTask('t1', 'e1', { data: 'finish' }));
    agent.runTask(framework(FW), customTask('t2', 'e1', { data: 'run' }));
    const running = await master.waitForState('t1', TaskState.TASK_RUNNING);
    await master.waitForState('t2', TaskState.TASK_RUNNING);
    expect(
      readdirSync(join(dir.path, 'slaves', 'agent-1', 'frameworks', FW, 'executors', 'e1', 'runs')),
    ).toHaveLength(1);
    await sleep(300);
    expect(master.states('t1')).toEqual(['TASK_RUNNING']); // TASK_FINISHED waits for the ack of TASK_RUNNING
    agent.acknowledge(FW, 't1', running.uuid);
    const finished = await master.waitForState('t1', TaskState.TASK_FINISHED);
    expect(master.states('t1')).toEqual(['TASK_RUNNING', 'TASK_FINISHED']);
    agent.acknowledge(FW, 't1', finished.uuid);
    await waitFor(
      () => !agent.reregistration().tasks.some((t) => t.task.task_id.value === 't1'),
      2000,
      't1 to complete',
    );
    expect(agent.reregistration().executors.map((e) => e.executor.executor_id.value)).toEqual(['e1']);
  });

  it('retries an unacknowledged update with backoff and resends at once when the framework resubscribes', async () => {
    await start({ statusUpdateRetry: { minMs: 150, maxMs: 300 } });
    agent.runTask(framework(FW), customTask('t1', 'e1'));
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    await waitFor(() => master.of('t1').length >= 3, 3000, 'two retries');
    const count = master.of('t1').length;
    agent.frameworkSubscribed(framework(FW));
    expect(master.of('t1')).toHaveLength(count + 1);
    expect(new Set(master.of('t1').map((s) => Buffer.from(s.uuid).toString('hex'))).size).toBe(1);
    await ackAll('t1');
    const after = master.of('t1').length;
    await sleep(500);
    expect(master.of('t1')).toHaveLength(after);
  });

  it('fails live tasks with REASON_EXECUTOR_TERMINATED when the executor exits, and tells the master', async () => {
    await start();
    agent.runTask(framework(FW), customTask('t1', 'e1', { data: 'exit:3' }));
    const running = await master.waitForState('t1', TaskState.TASK_RUNNING);
    agent.acknowledge(FW, 't1', running.uuid);
    const failed = await master.waitForState('t1', TaskState.TASK_FAILED);
    expect(failed.reason).toBe(Reason.REASON_EXECUTOR_TERMINATED);
    expect(failed.source).toBe(1); // SOURCE_AGENT
    expect(failed.message).toBe('Executor terminated: Command exited with status 3');
    expect(failed.executor_id?.value).toBe('e1');
    expect(failed.uuid).toHaveLength(16);
    expect(master.terminated).toEqual([{ frameworkId: FW, executorId: 'e1', status: 3 << 8 }]);
    expect(agent.reregistration().executors).toEqual([]);
  });

  it('killExecutorProcess kills the executor and its children; the raw status carries the signal', async () => {
    await start();
    agent.runTask(
      framework(FW),
      customTask('t1', 'e1', { command: fixtureCommand({ TEST_EXECUTOR_CHILD: '1' }) }),
    );
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    await waitFor(() => existsSync(join(sandbox('e1'), 'child.pid')));
    const pid = pidOf('e1');
    const child = pidOf('e1', 'child.pid');
    await ackAll('t1');
    expect(agent.killExecutorProcess(FW, 'e1', 'SIGKILL')).toBe(true);
    const failed = await master.waitForState('t1', TaskState.TASK_FAILED);
    expect(failed.message).toBe('Executor terminated: Command terminated with signal SIGKILL');
    expect(master.terminated[0]?.status).toBe(9);
    await waitFor(() => !alive(pid) && !alive(child) && !groupAlive(pid), 3000, 'executor and child to die');
    expect(agent.killExecutorProcess(FW, 'e1')).toBe(false);
  });

  it('killTask sends KILL to the executor; a task still queued is killed by the agent', async () => {
    await start();
    agent.runTask(framework(FW), customTask('t1', 'e1'));
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    agent.killTask(FW, 't1');
    const killed = await master.waitForState('t1', TaskState.TASK_KILLED, 500).catch(() => undefined);
    expect(killed).toBeUndefined(); // blocked behind the unacknowledged TASK_RUNNING
    await ackAll('t1');
    expect((await master.waitForState('t1', TaskState.TASK_KILLED)).source).toBe(2); // SOURCE_EXECUTOR

    // A task for an executor that never subscribes stays queued: killing it is the agent's doing, and the
    // executor that never got a task is shut down.
    agent.runTask(
      framework(FW),
      customTask('q1', 'e2', { command: { value: 'exec sleep 30', shell: true } }),
    );
    await waitFor(() => existsSync(join(dir.path, 'slaves', 'agent-1', 'frameworks', FW, 'executors', 'e2')));
    await sleep(200);
    agent.killTask(FW, 'q1');
    const q1 = await master.waitForState('q1', TaskState.TASK_KILLED);
    expect(q1.reason).toBe(Reason.REASON_TASK_KILLED_DURING_LAUNCH);
    expect(q1.source).toBe(1);
    await waitFor(() => master.terminated.some((t) => t.executorId === 'e2'), 3000, 'e2 to be shut down');
  });

  it('shutdownExecutor sends SHUTDOWN; an executor ignoring it is killed after the grace period', async () => {
    await start();
    agent.runTask(framework(FW), customTask('t1', 'e1'));
    agent.runTask(
      framework(FW),
      customTask('t2', 'e2', {
        command: fixtureCommand({ TEST_EXECUTOR_IGNORE_SHUTDOWN: '1', TEST_EXECUTOR_IGNORE_SIGTERM: '1' }),
        grace: 300,
      }),
    );
    await ackAll('t1');
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    await master.waitForState('t2', TaskState.TASK_RUNNING);
    await ackAll('t1');
    await ackAll('t2');
    const e2 = pidOf('e2');
    const started = Date.now();
    agent.shutdownExecutor(FW, 'e1');
    agent.shutdownExecutor(FW, 'e2');
    await master.waitForState('t1', TaskState.TASK_KILLED);
    await waitFor(() => master.terminated.length === 2, 5000, 'both executors to end');
    expect(master.terminated.find((t) => t.executorId === 'e1')?.status).toBe(0);
    expect(master.terminated.find((t) => t.executorId === 'e2')?.status).toBe(9);
    expect(Date.now() - started).toBeGreaterThanOrEqual(250);
    expect(alive(e2)).toBe(false);
    const t2 = await master.waitForState('t2', TaskState.TASK_FAILED);
    expect(t2.reason).toBe(Reason.REASON_EXECUTOR_TERMINATED);
  });

  it('destroys an executor that does not subscribe in time', async () => {
    await start({ executorRegistrationTimeoutMs: 300 });
    agent.runTask(
      framework(FW),
      customTask('t1', 'e1', { command: { value: 'exec sleep 30', shell: true } }),
    );
    const failed = await master.waitForState('t1', TaskState.TASK_FAILED);
    expect(failed.reason).toBe(Reason.REASON_EXECUTOR_REGISTRATION_TIMEOUT);
    expect(master.terminated).toHaveLength(1);
  });

  it('fails tasks with REASON_CONTAINER_LAUNCH_FAILED when the executor cannot start', async () => {
    await start();
    agent.runTask(
      framework(FW),
      customTask('t1', 'e1', { command: { value: '/nonexistent/executor', shell: false, arguments: ['x'] } }),
    );
    const failed = await master.waitForState('t1', TaskState.TASK_FAILED);
    expect(failed.reason).toBe(Reason.REASON_CONTAINER_LAUNCH_FAILED);
    expect(failed.message).toMatch(/^Failed to launch container: .*ENOENT/);
    expect(master.terminated).toEqual([{ frameworkId: FW, executorId: 'e1', status: -1 }]);
  });

  it('delivers task groups as LAUNCH_GROUP', async () => {
    await start();
    const a = customTask('g1', 'e1');
    const b = customTask('g2', 'e1');
    agent.runTaskGroup(
      framework(FW),
      mesos.v1.ExecutorInfo.create(a.executor as mesos.v1.ExecutorInfo.$Properties),
      mesos.v1.TaskGroupInfo.create({ tasks: [a, b] }),
    );
    await master.waitForState('g1', TaskState.TASK_RUNNING);
    await master.waitForState('g2', TaskState.TASK_RUNNING);
    expect(readFileSync(join(sandbox('e1'), 'stdout'), 'utf8')).toContain('event LAUNCH_GROUP');
  });

  it('relays messages both ways', async () => {
    await start();
    agent.runTask(framework(FW), customTask('t1', 'e1'));
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    agent.frameworkMessage(FW, 'e1', Buffer.from('echo:hi'));
    await waitFor(() => master.messages.length === 1);
    expect(master.messages[0]?.data.toString()).toBe('echo:hi');
  });

  it('shutdownFramework ends every executor of the framework and forgets its updates', async () => {
    await start();
    agent.runTask(framework(FW), customTask('t1', 'e1'));
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    const pid = pidOf('e1');
    agent.shutdownFramework(FW);
    await waitFor(() => !alive(pid), 3000, 'executor to exit');
    await sleep(100);
    expect(agent.reregistration()).toEqual({ tasks: [], executors: [] });
    expect(master.terminated).toEqual([]);
  });
});
