// Fault injection and what survives it: persistent volumes, agent restarts with and without
// checkpointing, machine loss.
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

const volume = (id: string, containerPath: string): mesos.v1.Resource.$Properties => ({
  name: 'disk',
  type: mesos.v1.Value.Type.SCALAR,
  scalar: { value: 16 },
  reservations: [{ type: mesos.v1.Resource.ReservationInfo.Type.DYNAMIC, role: 'cassandra' }],
  disk: { persistence: { id }, volume: { mode: mesos.v1.Volume.Mode.RW, container_path: containerPath } },
});

describe('faults', () => {
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
    master.autoAcknowledge(agent);
  }

  function executorPid(executorId: string): number {
    const runs = join(dir.path, 'slaves', 'agent-1', 'frameworks', FW, 'executors', executorId, 'runs');
    const [run] = readdirSync(runs);
    return Number(readFileSync(join(runs, run ?? '', 'executor.pid'), 'utf8'));
  }

  beforeEach(() => {
    dir = tempDir();
    master = new FakeMaster();
  });

  afterEach(async () => {
    await agent.close();
    dir.remove();
  });

  it('a persistent volume outlives its executor and appears in the next one', async () => {
    await start();
    agent.runTask(
      framework(FW),
      customTask('t1', 'e1', { data: 'write:data/hello.txt:persisted', resources: [volume('vol1', 'data')] }),
    );
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    expect(readFileSync(join(dir.path, 'volumes', 'roles', 'cassandra', 'vol1', 'hello.txt'), 'utf8')).toBe(
      'persisted',
    );
    agent.killExecutorProcess(FW, 'e1');
    await master.waitForState('t1', TaskState.TASK_FAILED);

    agent.runTask(
      framework(FW),
      customTask('t2', 'e2', { data: 'read:data/hello.txt', resources: [volume('vol1', 'data')] }),
    );
    expect((await master.waitForState('t2', TaskState.TASK_RUNNING)).message).toBe('persisted');
    // A task joining a running executor gets its volume linked at once.
    agent.runTask(
      framework(FW),
      customTask('t3', 'e2', { data: 'read:more/hello.txt', resources: [volume('vol1', 'more')] }),
    );
    expect((await master.waitForState('t3', TaskState.TASK_RUNNING)).message).toBe('persisted');
  });

  it('with checkpointing, executors survive an agent restart, resubscribe and keep their tasks', async () => {
    await start({ executorReregistrationTimeoutMs: 1000 });
    const fw = framework(FW, { checkpoint: true });
    agent.runTask(fw, customTask('t1', 'e1'));
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    const pid = executorPid('e1');
    await agent.stop({ killProcesses: false });
    expect(agent.running).toBe(false);
    await sleep(300);
    expect(alive(pid)).toBe(true);
    await agent.restart();
    expect(agent.running).toBe(true);
    const reg = agent.reregistration();
    expect(reg.tasks.map((t) => [t.task.task_id.value, TaskState[t.latest.state], t.executorId])).toEqual([
      ['t1', 'TASK_RUNNING', 'e1'],
    ]);
    expect(reg.executors.map((e) => e.executor.executor_id.value)).toEqual(['e1']);
    await sleep(500);
    agent.killTask(FW, 't1'); // reaches the executor only over its new subscription
    await master.waitForState('t1', TaskState.TASK_KILLED);
    await sleep(1000); // past the re-registration timeout: it resubscribed, so it lives
    expect(alive(pid)).toBe(true);
    expect(master.terminated).toEqual([]);
  }, 15_000);

  it('destroys a checkpointed executor that does not resubscribe after a restart', async () => {
    await start({ executorReregistrationTimeoutMs: 300 });
    agent.runTask(
      framework(FW, { checkpoint: true }),
      customTask('t1', 'e1', { command: fixtureCommand({ TEST_EXECUTOR_STAY_DISCONNECTED: '1' }) }),
    );
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    const pid = executorPid('e1');
    await agent.stop({ killProcesses: false });
    await agent.restart();
    const failed = await master.waitForState('t1', TaskState.TASK_FAILED);
    expect(failed.reason).toBe(Reason.REASON_EXECUTOR_REREGISTRATION_TIMEOUT);
    await waitFor(() => !alive(pid), 3000, 'the executor to be killed');
  });

  it('without checkpointing, executors exit when they lose the agent and the restarted agent forgets them', async () => {
    await start();
    agent.runTask(framework(FW), customTask('t1', 'e1'));
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    const pid = executorPid('e1');
    await agent.stop({ killProcesses: false });
    await waitFor(() => !alive(pid), 3000, 'the executor to exit on its own');
    await agent.restart();
    await sleep(200);
    expect(agent.reregistration()).toEqual({ tasks: [], executors: [] });
    expect(master.states('t1')).toEqual(['TASK_RUNNING']);
    expect(master.terminated).toEqual([]);
  });

  it('an executor exit while the agent is down is reported after the restart (checkpointing)', async () => {
    await start({ executorReregistrationTimeoutMs: 3000 });
    agent.runTask(framework(FW, { checkpoint: true }), customTask('t1', 'e1'));
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    const pid = executorPid('e1');
    await agent.stop({ killProcesses: false });
    process.kill(pid, 'SIGKILL');
    await waitFor(() => !alive(pid));
    await sleep(100);
    expect(master.terminated).toEqual([]);
    await agent.restart();
    const failed = await master.waitForState('t1', TaskState.TASK_FAILED);
    expect(failed.reason).toBe(Reason.REASON_EXECUTOR_TERMINATED);
    expect(master.terminated.map((t) => t.executorId)).toEqual(['e1']);
  });

  it('machine loss kills every process and forgets everything; the agent can come back empty', async () => {
    await start();
    agent.runTask(
      framework(FW, { checkpoint: true }),
      customTask('t1', 'e1', { command: fixtureCommand({ TEST_EXECUTOR_CHILD: '1' }) }),
    );
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    const pid = executorPid('e1');
    await agent.stop({ killProcesses: true });
    expect(alive(pid)).toBe(false);
    expect(groupAlive(pid)).toBe(false);
    const forwarded = master.updates.length;
    await agent.restart();
    expect(agent.reregistration()).toEqual({ tasks: [], executors: [] });
    agent.runTask(framework(FW), customTask('t2', 'e1'));
    await master.waitForState('t2', TaskState.TASK_RUNNING);
    expect(master.updates.slice(forwarded).map((u) => u.status.task_id.value)).toEqual(['t2']);
    expect(master.terminated).toEqual([]);
    expect(existsSync(join(dir.path, 'slaves'))).toBe(true);
  });
});
