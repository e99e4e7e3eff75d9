// A fake AgentPort for master tests: records what the master asks and reports what a test says runs.
import { mesos } from '@cassandra-mesos/model';
import type { AgentInfo, AgentPort, AgentReregistration, ExecutorInfo, FrameworkInfo, KillPolicy, TaskGroupInfo, TaskInfo, TaskStatus } from '../../../src/contracts';
import type { AgentProbeResult } from '../../../src/master/agent-record';

export interface FakeCall {
  method: string;
  args: unknown[];
}

export class FakeAgent implements AgentPort {
  readonly info: AgentInfo;
  readonly endpoint: string;
  readonly calls: FakeCall[] = [];
  /** What reregistration() reports; runTask adds the task with TASK_STAGING. */
  readonly running = new Map<string, { frameworkId: string; executorId?: string; task: TaskInfo; latest: TaskStatus }>();
  readonly executors = new Map<string, { frameworkId: string; executor: ExecutorInfo }>();
  probe: AgentProbeResult = 'connected';

  constructor(
    readonly agentId: string,
    ip = '127.0.0.1',
    opts: { cpus?: number; mem?: number; disk?: number; ports?: Array<[number, number]>; attributes?: Record<string, string> } = {},
  ) {
    this.endpoint = `${ip}:5051`;
    const T = mesos.v1.Value.Type;
    this.info = mesos.v1.AgentInfo.create({
      hostname: ip,
      port: 5051,
      id: { value: agentId },
      resources: [
        { name: 'cpus', type: T.SCALAR, scalar: { value: opts.cpus ?? 4 } },
        { name: 'mem', type: T.SCALAR, scalar: { value: opts.mem ?? 4096 } },
        { name: 'disk', type: T.SCALAR, scalar: { value: opts.disk ?? 10000 } },
        { name: 'ports', type: T.RANGES, ranges: { range: (opts.ports ?? [[31000, 32000]]).map(([begin, end]) => ({ begin, end })) } },
      ],
      attributes: Object.entries(opts.attributes ?? { rack: 'r1', dc: 'dc1' }).map(([name, value]) => ({ name, type: T.TEXT, text: { value } })),
    });
  }

  called(method: string): FakeCall[] {
    return this.calls.filter((c) => c.method === method);
  }

  /** Sets what the agent says about a task when it re-registers. */
  setState(frameworkId: string, taskId: string, state: number): TaskStatus {
    const entry = this.running.get(taskId);
    if (!entry) throw new Error(`fake agent has no task ${taskId}`);
    entry.latest = mesos.v1.TaskStatus.create({ task_id: { value: taskId }, state, source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR });
    return entry.latest;
  }

  runTask(framework: FrameworkInfo, task: TaskInfo): void {
    this.calls.push({ method: 'runTask', args: [framework, task] });
    const frameworkId = framework.id?.value ?? '';
    const executorId = task.executor?.executor_id.value;
    if (task.executor && executorId) this.executors.set(executorId, { frameworkId, executor: mesos.v1.ExecutorInfo.create(task.executor) });
    this.running.set(task.task_id.value, {
      frameworkId,
      ...(executorId ? { executorId } : {}),
      task,
      latest: mesos.v1.TaskStatus.create({ task_id: { value: task.task_id.value }, state: mesos.v1.TaskState.TASK_STAGING }),
    });
  }

  runTaskGroup(framework: FrameworkInfo, executor: ExecutorInfo, group: TaskGroupInfo): void {
    this.calls.push({ method: 'runTaskGroup', args: [framework, executor, group] });
  }

  killTask(frameworkId: string, taskId: string, killPolicy?: KillPolicy): void {
    this.calls.push({ method: 'killTask', args: [frameworkId, taskId, killPolicy] });
  }

  shutdownExecutor(frameworkId: string, executorId: string): void {
    this.calls.push({ method: 'shutdownExecutor', args: [frameworkId, executorId] });
  }

  shutdownFramework(frameworkId: string): void {
    this.calls.push({ method: 'shutdownFramework', args: [frameworkId] });
    for (const [id, t] of this.running) if (t.frameworkId === frameworkId) this.running.delete(id);
  }

  frameworkMessage(frameworkId: string, executorId: string, data: Uint8Array): void {
    this.calls.push({ method: 'frameworkMessage', args: [frameworkId, executorId, data] });
  }

  acknowledge(frameworkId: string, taskId: string, uuid: Uint8Array): void {
    this.calls.push({ method: 'acknowledge', args: [frameworkId, taskId, uuid] });
  }

  frameworkSubscribed(framework: FrameworkInfo): void {
    this.calls.push({ method: 'frameworkSubscribed', args: [framework] });
  }

  reregistration(): AgentReregistration {
    this.calls.push({ method: 'reregistration', args: [] });
    return { tasks: [...this.running.values()], executors: [...this.executors.values()] };
  }
}
