// The acceptance scenario of the Mesos v1 clients and mesos-local: mesos-local started through its CLI,
// the example framework (SchedulerSession) as a separate process, the example executor (ExecutorSession)
// run by the agents. Crashes are real kill -9s; every fact is checked on /state, /proc and the
// framework's JSON lines. The tests run in order and build on each other.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { assertNothingLeft, ExampleFramework, executorPids, getState, isAlive, MesosLocalCli, tempDir, waitUntil } from './support';
import type { MesosState } from './support';

const TASKS = 3;
const FAILOVER_TIMEOUT_S = 10;

describe('example framework and executor on mesos-local (CLI), protobuf', () => {
  const workDir = tempDir('e2e-mesos-local-');
  const stateFile = join(workDir, 'framework.json');
  let mesos: MesosLocalCli;
  let framework: ExampleFramework | undefined;
  const started: ExampleFramework[] = [];
  let frameworkId = '';
  let taskIds: string[] = [];
  let pids = new Map<string, number>();

  const startFramework = (args: string[] = []): ExampleFramework => {
    const fw = new ExampleFramework([
      '--master', mesos.masterUrl,
      '--tasks', String(TASKS),
      '--failover-timeout', String(FAILOVER_TIMEOUT_S),
      '--state-file', stateFile,
      '--refuse-seconds', '1',
      ...args,
    ]);
    started.push(fw);
    return fw;
  };
  const frameworkState = async (id: string): Promise<MesosState['frameworks'][number] | undefined> =>
    (await getState(mesos.masterUrl)).frameworks.find((f) => f.id === id);

  beforeAll(async () => {
    mesos = await MesosLocalCli.start(workDir, ['--agents', '3', '--heartbeat-interval-seconds', '1', '--allocation-interval-ms', '200']);
  });

  afterAll(async () => {
    await Promise.all(started.map((f) => f.kill9()));
    const exit = await mesos.stop();
    expect(exit).toEqual({ code: 0, signal: null }); // SIGTERM: mesos-local stops everything and exits 0
    await assertNothingLeft(workDir);
    rmSync(workDir, { recursive: true, force: true });
  });

  it('launches the tasks, reaches TASK_RUNNING, acknowledges every update and exchanges messages', async () => {
    framework = startFramework();
    const subscribed = await framework.waitFor('SUBSCRIBED', { resubscribed: false });
    frameworkId = subscribed.frameworkId as string;
    expect(frameworkId).toMatch(/-\d{4}$/);

    const running = await waitUntil(() => {
      const r = framework?.of('UPDATE', { state: 'TASK_RUNNING', source: 'SOURCE_EXECUTOR' }) ?? [];
      return new Set(r.map((e) => e.taskId)).size >= TASKS ? r : false;
    }, `${TASKS} tasks running`, 30_000);
    taskIds = [...new Set(running.map((e) => e.taskId as string))].sort();
    expect(taskIds).toEqual(['task-0', 'task-1', 'task-2']);

    // Each task went STARTING → RUNNING, each of those updates carried a uuid that was acknowledged.
    for (const taskId of taskIds) {
      const updates = framework.of('UPDATE', { taskId });
      expect(updates.map((u) => u.state)).toEqual(['TASK_STARTING', 'TASK_RUNNING']);
      for (const u of updates) {
        expect(u.uuid).toMatch(/^[0-9a-f]{32}$/);
        await framework.waitFor('ACKNOWLEDGED', { taskId, uuid: u.uuid });
      }
    }

    // Framework → executor → framework: every executor echoed the ping it got.
    for (const taskId of taskIds) {
      const echo = await framework.waitFor('MESSAGE', { executorId: `${taskId}-executor` });
      expect(echo.text).toMatch(new RegExp(`^echo from ${taskId}-executor \\(pid \\d+\\): ping ${taskId} from framework pid ${framework.pid}$`));
    }

    // The agents run one example executor per task: find them in /proc, compare with what they reported.
    pids = await waitUntil(() => {
      const found = executorPids(frameworkId);
      return found.size === TASKS ? found : false;
    }, 'the executor processes');
    for (const taskId of taskIds) {
      const reported = JSON.parse(running.find((e) => e.taskId === taskId)?.data as string) as { executorPid: number; taskPid: number };
      expect(pids.get(`${taskId}-executor`)).toBe(reported.executorPid);
      expect(isAlive(reported.taskPid)).toBe(true);
    }

    const fw = await frameworkState(frameworkId);
    expect(fw).toMatchObject({ active: true, connected: true, checkpoint: true, failover_timeout: FAILOVER_TIMEOUT_S });
    expect(fw?.capabilities).toContain('PARTITION_AWARE');
    expect(fw?.tasks.map((t) => [t.id, t.state]).sort()).toEqual(taskIds.map((id) => [id, 'TASK_RUNNING']));
    const agents = new Set((await getState(mesos.masterUrl)).slaves.map((s) => s.id));
    for (const t of fw?.tasks ?? []) expect(agents.has(t.slave_id)).toBe(true);

    // Nothing stays pending: no update was delivered twice (a missing ack is redelivered), and mesos-local
    // never saw an acknowledgement it could not match.
    const uuids = framework.of('UPDATE').flatMap((u) => (typeof u.uuid === 'string' ? [u.uuid] : []));
    expect(new Set(uuids).size).toBe(uuids.length);
    expect(framework.of('ACKNOWLEDGED').map((a) => a.uuid).sort()).toEqual([...uuids].sort());
    const logged = mesos.logLines();
    expect(logged.filter((l) => l.msg === 'framework subscribed' && l.frameworkId === frameworkId)).toHaveLength(1); // the log is captured
    expect(logged.filter((l) => /acknowledgement/.test(String(l.msg)))).toEqual([]);
  });

  it('kill -9 of the framework: a new process resubscribes with the same FrameworkID, the tasks kept running', async () => {
    const old = framework!;
    await old.kill9();
    const killedAt = Date.now();
    await waitUntil(async () => (await frameworkState(frameworkId))?.connected === false, 'mesos-local to see the framework disconnected');
    expect((await frameworkState(frameworkId))?.active).toBe(false);

    framework = startFramework();
    const subscribed = await framework.waitFor('SUBSCRIBED');
    expect(subscribed.frameworkId).toBe(frameworkId);
    expect(subscribed.time - killedAt).toBeLessThan(FAILOVER_TIMEOUT_S * 1000);

    // Explicit reconciliation of the saved tasks, answered by the master: TASK_RUNNING, no uuid, not acked.
    const reconcile = await framework.waitFor('RECONCILE');
    expect([...(reconcile.tasks as string[])].sort()).toEqual(taskIds);
    for (const taskId of taskIds) {
      const answer = await framework.waitFor('UPDATE', { taskId, reason: 'REASON_RECONCILIATION' });
      expect(answer).toMatchObject({ state: 'TASK_RUNNING', source: 'SOURCE_MASTER', uuid: null });
      await framework.waitFor('MESSAGE', { executorId: `${taskId}-executor` }); // messaging works after failover
    }
    // mesos-local resends every unacknowledged update at once when a framework resubscribes: none came,
    // so the first process left no update pending (independent of what that process claimed).
    expect(framework.of('UPDATE').filter((u) => u.uuid !== null)).toEqual([]);
    expect(framework.of('ACKNOWLEDGED')).toEqual([]);
    expect(framework.of('LAUNCHED')).toEqual([]); // nothing relaunched

    // Same tasks, same executor processes.
    expect(executorPids(frameworkId)).toEqual(pids);
    for (const pid of pids.values()) expect(isAlive(pid)).toBe(true);
    const fw = await frameworkState(frameworkId);
    expect(fw).toMatchObject({ active: true, connected: true });
    expect(fw?.tasks.map((t) => [t.id, t.state]).sort()).toEqual(taskIds.map((id) => [id, 'TASK_RUNNING']));
  });

  it('kill -9 of an executor: TASK_FAILED with REASON_EXECUTOR_TERMINATED reaches the framework, which replaces the task', async () => {
    const fwProc = framework!;
    const victim = 'task-1';
    const pid = pids.get(`${victim}-executor`)!;
    const from = fwProc.events.length;
    process.kill(pid, 'SIGKILL');

    const failed = await fwProc.waitFor('UPDATE', { taskId: victim, state: 'TASK_FAILED' }, 15_000, from);
    expect(failed).toMatchObject({ reason: 'REASON_EXECUTOR_TERMINATED', source: 'SOURCE_AGENT', executorId: `${victim}-executor` });
    expect(failed.message).toMatch(/Executor terminated/);
    expect(failed.uuid).toMatch(/^[0-9a-f]{32}$/); // an agent-generated update is reliable: it has a uuid
    await fwProc.waitFor('ACKNOWLEDGED', { taskId: victim, uuid: failed.uuid }, 5_000, from);
    await fwProc.waitFor('FAILURE', { executorId: `${victim}-executor` }, 5_000, from);
    expect(isAlive(pid)).toBe(false);

    // The other executors are untouched; the framework launches a replacement that runs.
    const replacement = await fwProc.waitFor('LAUNCHED', {}, 15_000, from);
    expect(replacement.taskId).toBe('task-3');
    await fwProc.waitFor('UPDATE', { taskId: 'task-3', state: 'TASK_RUNNING' }, 15_000, from);
    for (const id of ['task-0', 'task-2']) expect(isAlive(pids.get(`${id}-executor`)!)).toBe(true);
    const fw = await frameworkState(frameworkId);
    expect(fw?.tasks.find((t) => t.id === victim)).toBeUndefined(); // its terminal update was acknowledged: completed
    expect(fw?.tasks.map((t) => t.id).sort()).toEqual(['task-0', 'task-2', 'task-3']);
  });

  it('failover timeout passes with the framework down: its tasks are killed and its id is refused', async () => {
    // A second framework with a 2 s failover timeout, next to the first one.
    const shortStateFile = join(workDir, 'short-lived.json');
    const shortLived = new ExampleFramework(['--master', mesos.masterUrl, '--tasks', '2', '--failover-timeout', '2', '--state-file', shortStateFile, '--name', 'short-lived']);
    started.push(shortLived);
    const id = (await shortLived.waitFor('SUBSCRIBED')).frameworkId as string;
    expect(id).not.toBe(frameworkId);
    await shortLived.waitFor('UPDATE', { taskId: 'task-0', state: 'TASK_RUNNING' }, 30_000);
    await shortLived.waitFor('UPDATE', { taskId: 'task-1', state: 'TASK_RUNNING' }, 30_000);
    const itsPids = await waitUntil(() => {
      const found = executorPids(id);
      return found.size === 2 ? found : false;
    }, 'the short-lived framework executors');

    await shortLived.kill9();
    const killedAt = Date.now();
    const completed = await waitUntil(async () => (await getState(mesos.masterUrl)).completed_frameworks.find((f) => f.id === id), 'the framework to be removed', 15_000);
    const removedAfterMs = completed.removed_time * 1000 - killedAt;
    expect(removedAfterMs).toBeGreaterThan(1_500); // not before its failover timeout...
    expect(removedAfterMs).toBeLessThan(6_000); // ...but soon after it
    expect(completed.completed_tasks.map((t) => t.id).sort()).toEqual(['task-0', 'task-1']);
    await waitUntil(() => [...itsPids.values()].every((pid) => !isAlive(pid)), 'its executors to be killed', 10_000);

    // The same id again: ERROR "Framework has been removed", the example exits with 3.
    const again = new ExampleFramework(['--master', mesos.masterUrl, '--state-file', shortStateFile, '--name', 'short-lived']);
    started.push(again);
    const error = await again.waitFor('ERROR');
    expect(error).toMatchObject({ message: 'Framework has been removed', reason: 'removed', frameworkId: id });
    expect(await again.exited).toEqual({ code: 3, signal: null });

    // The first framework was not affected.
    const first = await getState(mesos.masterUrl);
    expect(first.frameworks.map((f) => f.id)).toEqual([frameworkId]);
    for (const pid of [pids.get('task-0-executor')!, pids.get('task-2-executor')!]) expect(isAlive(pid)).toBe(true);
  });

  it('SIGTERM of the framework leaves without TEARDOWN; its tasks keep running', async () => {
    const fwProc = framework!;
    const exit = await fwProc.stop();
    expect(exit).toEqual({ code: 0, signal: null });
    expect(fwProc.of('CLOSED')).toHaveLength(1);
    const fw = await waitUntil(async () => {
      const f = await frameworkState(frameworkId);
      return f?.connected === false ? f : false;
    }, 'the framework to be disconnected');
    expect(fw.tasks.filter((t) => t.state === 'TASK_RUNNING')).toHaveLength(TASKS);
    // afterAll stops mesos-local, which must take every executor with it.
  });
});

