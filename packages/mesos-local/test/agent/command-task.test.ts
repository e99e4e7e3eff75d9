// The built-in command executor: real child processes, updates, kill policy, environment, sandbox.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { mesos } from '@cassandra-mesos/model';
import { startAgent } from '../../src/agent';
import type { LocalAgent } from '../../src/contracts';
import { AGENT_IP, FakeMaster, Reason, TaskState, commandTask, framework, tempDir, waitFor } from './helpers';

const FW = 'fw-1';

describe('command tasks', () => {
  let master: FakeMaster;
  let agent: LocalAgent & { close(): Promise<void> };
  let dir: ReturnType<typeof tempDir>;

  beforeEach(async () => {
    dir = tempDir();
    master = new FakeMaster();
    agent = await startAgent({
      agentId: 'agent-1',
      config: { ip: AGENT_IP, resources: { cpus: 2, memMb: 1024, diskMb: 1024, ports: [] } },
      master,
      workDir: dir.path,
      statusUpdateRetry: { minMs: 60_000, maxMs: 60_000 },
    });
    master.autoAcknowledge(agent);
  });

  afterEach(async () => {
    await agent.close();
    dir.remove();
  });

  function sandbox(taskId: string): string {
    const runs = join(dir.path, 'slaves', 'agent-1', 'frameworks', FW, 'executors', taskId, 'runs');
    const [run] = readdirSync(runs);
    return join(runs, run ?? '');
  }

  it('runs /bin/sh -c value and reports STARTING, RUNNING, FINISHED; output lands in the sandbox', async () => {
    agent.runTask(
      framework(FW),
      commandTask('t1', {
        value: 'echo "hello $FOO from $MESOS_SANDBOX"; pwd',
        environment: { variables: [{ name: 'FOO', value: 'bar' }] },
      }),
    );
    const finished = await master.waitForState('t1', TaskState.TASK_FINISHED);
    expect(master.states('t1')).toEqual(['TASK_STARTING', 'TASK_RUNNING', 'TASK_FINISHED']);
    expect(finished.message).toBe('Command exited with status 0');
    expect(finished.executor_id?.value).toBe('t1');
    expect(finished.source).toBe(mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR);
    const box = sandbox('t1');
    expect(readFileSync(join(box, 'stdout'), 'utf8')).toBe(`hello bar from ${box}\n${box}\n`);
    await waitFor(() => agent.reregistration().tasks.length === 0, 2000, 'the task to complete');
  });

  it('reports TASK_FAILED with the exit status', async () => {
    agent.runTask(framework(FW), commandTask('t1', { value: 'echo oops >&2; exit 3' }));
    const failed = await master.waitForState('t1', TaskState.TASK_FAILED);
    expect(failed.message).toBe('Command exited with status 3');
    expect(readFileSync(join(sandbox('t1'), 'stderr'), 'utf8')).toContain('oops');
  });

  it('execs value with arguments when shell=false (arguments[0] is argv[0])', async () => {
    const script = 'echo "$0 $1"; tr "\\0" " " < /proc/$$/cmdline';
    agent.runTask(
      framework(FW),
      commandTask('t1', {
        shell: false,
        value: '/bin/sh',
        arguments: ['my-name', '-c', script, 'zero', 'one'],
      }),
    );
    await master.waitForState('t1', TaskState.TASK_FINISHED);
    const [echoed, cmdline] = readFileSync(join(sandbox('t1'), 'stdout'), 'utf8').split('\n');
    expect(echoed).toBe('zero one');
    expect(cmdline).toBe(`my-name -c ${script} zero one `);
  });

  it('fails a command that cannot be executed', async () => {
    agent.runTask(
      framework(FW),
      commandTask('t1', { shell: false, value: '/nonexistent/cmd', arguments: ['cmd'] }),
    );
    const failed = await master.waitForState('t1', TaskState.TASK_FAILED);
    expect(failed.message).toMatch(/^Failed to launch command: .*ENOENT/);
  });

  it('kills with SIGTERM, then TASK_KILLED; TASK_KILLING first for frameworks that want it', async () => {
    const fw = framework(FW, {
      capabilities: [{ type: mesos.v1.FrameworkInfo.Capability.Type.TASK_KILLING_STATE }],
    });
    agent.runTask(fw, commandTask('t1', { value: 'exec sleep 30' }));
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    agent.killTask(FW, 't1');
    const killed = await master.waitForState('t1', TaskState.TASK_KILLED);
    expect(master.states('t1')).toEqual(['TASK_STARTING', 'TASK_RUNNING', 'TASK_KILLING', 'TASK_KILLED']);
    expect(killed.message).toBe('Command terminated with signal SIGTERM');
  });

  it('escalates to SIGKILL after the kill policy grace period', async () => {
    const grace = { grace_period: { nanoseconds: 300e6 } };
    agent.runTask(
      framework(FW),
      commandTask('t1', { value: "trap '' TERM; sleep 30; echo survived" }, { kill_policy: grace }),
    );
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    const started = Date.now();
    agent.killTask(FW, 't1');
    const killed = await master.waitForState('t1', TaskState.TASK_KILLED);
    expect(Date.now() - started).toBeGreaterThanOrEqual(280);
    expect(killed.message).toBe('Command terminated with signal SIGKILL');
  });

  it('a kill policy in the kill overrides the task one', async () => {
    agent.runTask(
      framework(FW),
      commandTask(
        't1',
        { value: "trap '' TERM; sleep 30" },
        { kill_policy: { grace_period: { nanoseconds: 60e9 } } },
      ),
    );
    await master.waitForState('t1', TaskState.TASK_RUNNING);
    agent.killTask(FW, 't1', mesos.v1.KillPolicy.create({ grace_period: { nanoseconds: 100e6 } }));
    await master.waitForState('t1', TaskState.TASK_KILLED, 3000);
  });

  it('fails the task when a URI cannot be fetched, naming the URI', async () => {
    agent.runTask(
      framework(FW),
      commandTask('t1', { value: 'true', uris: [{ value: '/nonexistent/file.txt' }] }),
    );
    const failed = await master.waitForState('t1', TaskState.TASK_FAILED);
    expect(failed.reason).toBe(Reason.REASON_CONTAINER_LAUNCH_FAILED);
    expect(failed.source).toBe(mesos.v1.TaskStatus.Source.SOURCE_AGENT);
    expect(failed.message).toMatch(
      /^Failed to launch container: Failed to fetch '\/nonexistent\/file.txt': /,
    );
  });
});
