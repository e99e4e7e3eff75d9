// A mesos-local agent: executors, sandboxes, processes and the reliable status-update streams of one
// simulated machine. The master drives it through AgentPort; executors through the executor HTTP API.
import { join } from 'node:path';
import { mesos } from '@cassandra-mesos/model';
import type {
  AgentInfo,
  AgentOptions,
  AgentReregistration,
  ExecutorInfo,
  FrameworkInfo,
  KillPolicy,
  LocalAgent,
  TaskGroupInfo,
  TaskInfo,
  TaskStatus,
} from '../contracts';
import { agentInfoFor } from './agent-info';
import { CommandTask, DEFAULT_TASK_KILL_GRACE_MS } from './command-task';
import { durationInfoMs } from './duration';
import { ExecutorApiServer } from './executor-api';
import { ExecutorCalls } from './executor-calls';
import type { ExecutorRun, FrameworkEntry, QueuedLaunch } from './executor-run';
import { ExecutorRun as Run } from './executor-run';
import { Fetcher } from './fetcher';
import { newContainerId } from './ids';
import { linkVolumes, prepareContainer, startProcess } from './launcher';
import type { ProcessExit } from './supervised-process';
import { sandboxPath } from './sandbox';
import type { EnvironmentInputs } from './sandbox';
import { StatusUpdateManager } from './status-updates';
import { EventType } from './subscription';
import type { Reason, TaskState } from './task-status';
import {
  Reason as Reasons,
  Source,
  TaskState as States,
  describeExit,
  isTerminal,
  newStatus,
  partitionAware,
  taskKillingState,
} from './task-status';

const DEFAULTS = {
  statusUpdateRetry: { minMs: 10_000, maxMs: 600_000 },
  executorRegistrationTimeoutMs: 60_000,
  executorShutdownGraceMs: 5_000,
  executorHeartbeatMs: 30 * 60_000,
  executorReregistrationTimeoutMs: 2_000,
  recoveryTimeoutMs: 15 * 60_000,
};

export class Agent implements LocalAgent {
  readonly agentId: string;
  info: AgentInfo;
  endpoint: string;
  readonly options: Required<AgentOptions>;
  readonly frameworks = new Map<string, FrameworkEntry>();
  /** Live runs by framework and executor ID; terminated runs stay in `retired` until their tasks are acknowledged. */
  readonly live = new Map<string, ExecutorRun>();
  readonly retired = new Set<ExecutorRun>();
  readonly streams: StatusUpdateManager;
  private readonly commandTasks = new Map<ExecutorRun, CommandTask>();
  private readonly api: ExecutorApiServer;
  private readonly fetcher: Fetcher;
  private readonly deferredExits: Array<{ run: ExecutorRun; exit: ProcessExit }> = [];
  private port = 0;
  private isRunning = false;
  private generation = 0;

  constructor(options: AgentOptions) {
    this.options = { ...DEFAULTS, ...stripUndefined(options) } as Required<AgentOptions>;
    this.agentId = options.agentId;
    this.info = agentInfoFor(options.agentId, options.config, 0);
    this.endpoint = `${options.config.ip}:0`;
    this.fetcher = new Fetcher(join(options.workDir, 'fetcher-cache'));
    const retry = this.options.statusUpdateRetry;
    this.streams = new StatusUpdateManager({
      minMs: retry.minMs,
      maxMs: retry.maxMs,
      forward: (fw, status) => this.options.master.statusUpdate(this.agentId, fw, status),
      onStreamClosed: (fw, taskId) => this.taskCompleted(fw, taskId),
    });
    this.api = new ExecutorApiServer(new ExecutorCalls(this));
  }

  get running(): boolean {
    return this.isRunning;
  }

  async start(): Promise<void> {
    this.port = await this.api.listen(this.options.config.ip, this.options.config.port ?? 0);
    this.endpoint = `${this.options.config.ip}:${this.port}`;
    this.info = agentInfoFor(this.agentId, this.options.config, this.port);
    this.isRunning = true;
  }

  // ---- AgentPort: master -> agent ----

  runTask(framework: FrameworkInfo, task: TaskInfo): void {
    if (!this.isRunning) return;
    const fw = this.framework(framework);
    if (task.command && !task.executor) return this.runCommandTask(fw, task);
    if (task.executor) this.enqueue(fw, mesos.v1.ExecutorInfo.create(task.executor), [task], { task });
  }

  runTaskGroup(framework: FrameworkInfo, executor: ExecutorInfo, group: TaskGroupInfo): void {
    if (!this.isRunning) return;
    const tasks = (group.tasks ?? []).map((t) => mesos.v1.TaskInfo.create(t));
    this.enqueue(this.framework(framework), executor, tasks, { group });
  }

  killTask(frameworkId: string, taskId: string, killPolicy?: KillPolicy): void {
    if (!this.isRunning) return;
    const found = this.findTask(frameworkId, taskId);
    if (!found || isTerminal(found.entry.state) || found.run.state === 'terminated') return;
    const { run, entry } = found;
    if (run.kind === 'command') {
      const grace =
        durationInfoMs(killPolicy?.grace_period) ?? durationInfoMs(entry.task.kill_policy?.grace_period);
      this.commandTasks.get(run)?.kill(grace ?? DEFAULT_TASK_KILL_GRACE_MS);
      return;
    }
    if (!entry.launched) {
      for (const id of run.dequeue(taskId)) {
        this.agentUpdate(
          run,
          id,
          States.TASK_KILLED,
          Reasons.REASON_TASK_KILLED_DURING_LAUNCH,
          'Task killed before it was launched',
        );
      }
      const neverGotTask = ![...run.tasks.values()].some((t) => t.launched);
      if (neverGotTask && run.queue.length === 0) this.shutdownRun(run);
      return;
    }
    run.send({
      type: EventType.KILL,
      kill: { task_id: { value: taskId }, kill_policy: killPolicy ?? undefined },
    });
  }

  shutdownExecutor(frameworkId: string, executorId: string): void {
    if (!this.isRunning) return;
    const run = this.live.get(runKey(frameworkId, executorId));
    if (run) this.shutdownRun(run);
  }

  shutdownFramework(frameworkId: string): void {
    if (!this.isRunning) return;
    const fw = this.frameworks.get(frameworkId);
    if (!fw) return;
    fw.terminating = true;
    this.streams.dropFramework(frameworkId);
    for (const run of this.runsOf(frameworkId)) this.shutdownRun(run);
    this.maybeForgetFramework(fw);
  }

  frameworkMessage(frameworkId: string, executorId: string, data: Uint8Array): void {
    if (!this.isRunning) return;
    this.live.get(runKey(frameworkId, executorId))?.send({ type: EventType.MESSAGE, message: { data } });
  }

  acknowledge(frameworkId: string, taskId: string, uuid: Uint8Array): void {
    if (this.isRunning) this.streams.acknowledge(frameworkId, taskId, uuid);
  }

  frameworkSubscribed(framework: FrameworkInfo): void {
    if (!this.isRunning) return;
    const id = framework.id?.value;
    if (!id) return;
    const fw = this.frameworks.get(id);
    if (fw) fw.info = framework;
    this.streams.resend(id);
  }

  reregistration(): AgentReregistration {
    const tasks: AgentReregistration['tasks'] = [];
    const executors: AgentReregistration['executors'] = [];
    for (const run of [...this.live.values(), ...this.retired]) {
      const executorId = run.kind === 'custom' ? run.executorId : undefined;
      if (executorId !== undefined && run.state !== 'terminated')
        executors.push({ frameworkId: run.frameworkId, executor: run.info });
      for (const entry of run.tasks.values()) {
        const latest =
          entry.latest ??
          newStatus({
            taskId: entry.task.task_id.value,
            state: entry.state,
            source: Source.SOURCE_AGENT,
            agentId: this.agentId,
            executorId,
          });
        tasks.push({ frameworkId: run.frameworkId, executorId, task: entry.task, latest });
      }
    }
    return { tasks, executors };
  }

  // ---- LocalAgent: lifecycle and fault injection ----

  async stop({ killProcesses }: { killProcesses: boolean }): Promise<void> {
    if (!this.isRunning && !killProcesses) return;
    this.isRunning = false;
    await this.api.close();
    this.streams.pause();
    for (const run of this.live.values()) run.clearTimers();
    if (killProcesses) await this.loseMachine();
  }

  async restart(): Promise<void> {
    if (this.isRunning) return;
    this.port = await this.api.listen(this.options.config.ip, this.port);
    this.isRunning = true;
    this.recover();
    // Pending updates go out once the master has taken the re-registration (the caller's continuation
    // after `await restart()` runs first), as Mesos resumes its status-update manager after re-registering.
    setImmediate(() => {
      if (this.isRunning) this.streams.resume();
    });
  }

  killExecutorProcess(frameworkId: string, executorId: string, signal: NodeJS.Signals = 'SIGKILL'): boolean {
    return this.live.get(runKey(frameworkId, executorId))?.process?.signal(signal) ?? false;
  }

  /** Kills every process and forgets everything; for shutting mesos-local down. */
  async close(): Promise<void> {
    await this.stop({ killProcesses: true });
    this.streams.close();
  }

  // ---- status updates ----

  /** Puts an update into its task's stream, fills what the agent adds, and tracks the task's state. */
  acceptUpdate(
    run: ExecutorRun | undefined,
    frameworkId: string,
    status: TaskStatus,
  ): 'queued' | 'duplicate' | 'after-terminal' | 'ignored' {
    const fw = this.frameworks.get(frameworkId);
    if (!fw || fw.terminating) return 'ignored';
    if (!status.agent_id) status.agent_id = { value: this.agentId };
    if (!status.timestamp) status.timestamp = Date.now() / 1000;
    if (run && !status.container_status) {
      status.container_status = {
        container_id: { value: run.containerId },
        network_infos: [{ ip_addresses: [{ ip_address: this.options.config.ip }] }],
      };
    }
    const outcome = this.streams.update(frameworkId, status);
    const entry = run?.tasks.get(status.task_id.value);
    if (outcome === 'queued' && entry && !isTerminal(entry.state)) {
      entry.state = status.state;
      entry.latest = status;
    }
    return outcome;
  }

  agentUpdate(run: ExecutorRun, taskId: string, state: TaskState, reason: Reason, message: string): void {
    const executorId = run.kind === 'custom' ? run.executorId : undefined;
    this.acceptUpdate(
      run,
      run.frameworkId,
      newStatus({
        taskId,
        state,
        reason,
        message,
        source: Source.SOURCE_AGENT,
        agentId: this.agentId,
        executorId,
      }),
    );
  }

  /** The terminal update was acknowledged: the task is complete and leaves the agent. */
  private taskCompleted(frameworkId: string, taskId: string): void {
    const found = this.findTask(frameworkId, taskId);
    if (!found) return;
    found.run.tasks.delete(taskId);
    if (found.run.state === 'terminated' && found.run.tasks.size === 0) this.retired.delete(found.run);
  }

  // ---- executors ----

  private framework(info: FrameworkInfo): FrameworkEntry {
    const id = info.id?.value ?? '';
    let fw = this.frameworks.get(id);
    if (!fw) {
      fw = { id, info, terminating: false };
      this.frameworks.set(id, fw);
    } else {
      fw.info = info;
    }
    return fw;
  }

  /** The live run of this executor, or a new one being launched; undefined when it is shutting down. */
  private executorFor(fw: FrameworkEntry, executor: ExecutorInfo): ExecutorRun | undefined {
    const executorId = executor.executor_id.value;
    const existing = this.live.get(runKey(fw.id, executorId));
    if (existing) return existing.state === 'terminating' || fw.terminating ? undefined : existing;
    const info = mesos.v1.ExecutorInfo.create({ ...executor, framework_id: { value: fw.id } });
    const containerId = newContainerId();
    const run = new Run(
      'custom',
      fw,
      info,
      containerId,
      sandboxPath(this.options.workDir, this.agentId, fw.id, executorId, containerId),
    );
    this.live.set(runKey(fw.id, executorId), run);
    void this.launchCustom(run);
    return run;
  }

  /** Queues tasks for their executor, launching it if needed, and delivers them if it is subscribed. */
  private enqueue(fw: FrameworkEntry, executor: ExecutorInfo, tasks: TaskInfo[], item: QueuedLaunch): void {
    const run = this.executorFor(fw, executor);
    if (!run) {
      for (const t of tasks) this.dropTask(fw, t, executor.executor_id.value);
      return;
    }
    for (const t of tasks) run.addTask(t);
    if (run.state !== 'launching') {
      // The container exists: link the tasks' persistent volumes now (a new container links them when prepared).
      try {
        linkVolumes(
          this.options.workDir,
          run.sandbox,
          tasks.flatMap((t) => t.resources ?? []),
        );
      } catch (err) {
        const message = `Failed to launch task: ${(err as Error).message}`;
        for (const t of tasks)
          this.agentUpdate(
            run,
            t.task_id.value,
            States.TASK_FAILED,
            Reasons.REASON_CONTAINER_LAUNCH_FAILED,
            message,
          );
        return;
      }
    }
    run.queue.push(item);
    if (run.state === 'running') run.deliverQueue();
  }

  private dropTask(fw: FrameworkEntry, task: TaskInfo, executorId: string): void {
    const state = partitionAware(fw.info) ? States.TASK_DROPPED : States.TASK_LOST;
    this.acceptUpdate(
      undefined,
      fw.id,
      newStatus({
        taskId: task.task_id.value,
        state,
        reason: Reasons.REASON_EXECUTOR_TERMINATED,
        message: 'Executor terminating',
        source: Source.SOURCE_AGENT,
        agentId: this.agentId,
        executorId,
      }),
    );
  }

  private envFor(run: ExecutorRun, executor: ExecutorInfo, allocationRole?: string): EnvironmentInputs {
    return {
      agentId: this.agentId,
      endpoint: this.endpoint,
      frameworkId: run.frameworkId,
      framework: run.framework.info,
      executor,
      sandbox: run.sandbox,
      shutdownGraceMs: this.options.executorShutdownGraceMs,
      recoveryTimeoutMs: this.options.recoveryTimeoutMs,
      subscriptionBackoffMaxMs: this.options.executorReregistrationTimeoutMs,
      allocationRole,
    };
  }

  private async launchCustom(run: ExecutorRun): Promise<void> {
    const generation = this.generation;
    const command = run.info.command;
    try {
      if (!command?.value)
        throw new Error('the executor has no command (the default executor is not supported by mesos-local)');
      // Tasks queued while the container is prepared are in run.tasks by the time volumes are linked.
      const resources = () => [
        ...(run.info.resources ?? []),
        ...[...run.tasks.values()].flatMap((t) => t.task.resources ?? []),
      ];
      await prepareContainer({
        workDir: this.options.workDir,
        sandbox: run.sandbox,
        fetcher: this.fetcher,
        uris: command.uris,
        resources,
      });
    } catch (err) {
      if (generation !== this.generation) return;
      run.termination = {
        reason: Reasons.REASON_CONTAINER_LAUNCH_FAILED,
        message: `Failed to launch container: ${(err as Error).message}`,
      };
      return this.executorTerminated(run, { code: null, signal: null, rawStatus: -1 });
    }
    if (generation !== this.generation) return;
    if (run.state !== 'launching')
      return this.executorTerminated(run, { code: null, signal: null, rawStatus: -1 });
    run.process = startProcess(command, run.sandbox, this.envFor(run, run.info));
    run.state = 'registering';
    this.armRegistrationTimer(run);
    void run.process.exited.then((exit) => {
      if (generation === this.generation) this.executorExited(run, exit);
    });
  }

  private armRegistrationTimer(run: ExecutorRun): void {
    const ms = this.options.executorRegistrationTimeoutMs;
    run.timer(ms, () => {
      if (run.state !== 'registering') return;
      run.termination = {
        reason: Reasons.REASON_EXECUTOR_REGISTRATION_TIMEOUT,
        message: `Executor did not subscribe within ${ms} ms`,
      };
      run.process?.kill();
    });
  }

  private runCommandTask(fw: FrameworkEntry, task: TaskInfo): void {
    const taskId = task.task_id.value;
    if (this.live.has(runKey(fw.id, taskId)) || fw.terminating) return;
    const command = task.command ?? {};
    const info = mesos.v1.ExecutorInfo.create({
      executor_id: { value: taskId },
      framework_id: { value: fw.id },
      name: `Command Executor (Task: ${taskId})`,
      command,
    });
    const containerId = newContainerId();
    const run = new Run(
      'command',
      fw,
      info,
      containerId,
      sandboxPath(this.options.workDir, this.agentId, fw.id, taskId, containerId),
    );
    run.addTask(task);
    this.live.set(runKey(fw.id, taskId), run);
    const generation = this.generation;
    const role =
      task.resources?.find((r) => r.allocation_info?.role)?.allocation_info?.role ??
      fw.info.role ??
      undefined;
    const commandTask = new CommandTask(run, {
      executorUpdate: (state, reason, message) => {
        const status = newStatus({
          taskId,
          state,
          reason,
          message,
          source: Source.SOURCE_EXECUTOR,
          agentId: this.agentId,
          executorId: taskId,
        });
        if (generation === this.generation) this.acceptUpdate(run, fw.id, status);
      },
      agentUpdate: (state, reason, message) => {
        if (generation === this.generation) this.agentUpdate(run, taskId, state, reason, message);
      },
      prepare: () =>
        prepareContainer({
          workDir: this.options.workDir,
          sandbox: run.sandbox,
          fetcher: this.fetcher,
          uris: command.uris,
          resources: () => task.resources ?? [],
        }),
      spawn: () => startProcess(command, run.sandbox, this.envFor(run, info, role)),
      killingState: () => taskKillingState(fw.info),
      finished: () => {
        if (generation !== this.generation) return;
        this.commandTasks.delete(run);
        this.retire(run);
      },
    });
    this.commandTasks.set(run, commandTask);
    void commandTask.start();
  }

  shutdownRun(run: ExecutorRun): void {
    if (run.state === 'terminated' || run.state === 'terminating') return;
    const graceMs = durationInfoMs(run.info.shutdown_grace_period) ?? this.options.executorShutdownGraceMs;
    if (run.kind === 'command') {
      this.commandTasks.get(run)?.kill(graceMs);
      return;
    }
    const previous = run.state;
    run.state = 'terminating';
    if (previous === 'launching') return; // launchCustom sees it once the fetch is done
    if (previous === 'registering' || !run.send({ type: EventType.SHUTDOWN })) {
      run.process?.kill();
      return;
    }
    run.timer(graceMs, () => run.process?.kill());
  }

  /** A custom executor's process ended (or never started): fail its live tasks, tell the master. */
  executorExited(run: ExecutorRun, exit: ProcessExit): void {
    if (!this.isRunning) {
      this.deferredExits.push({ run, exit });
      return;
    }
    this.executorTerminated(run, exit);
  }

  private executorTerminated(run: ExecutorRun, exit: ProcessExit): void {
    if (run.state === 'terminated') return;
    const launchFailed = exit.error !== undefined;
    const termination =
      run.termination ??
      (launchFailed
        ? {
            reason: Reasons.REASON_CONTAINER_LAUNCH_FAILED,
            message: `Failed to launch container: ${exit.error}`,
          }
        : {
            reason: Reasons.REASON_EXECUTOR_TERMINATED,
            message: `Executor terminated: ${describeExit(exit.code, exit.signal)}`,
          });
    run.state = 'terminated';
    run.queue = [];
    for (const entry of run.liveTasks()) {
      this.agentUpdate(
        run,
        entry.task.task_id.value,
        States.TASK_FAILED,
        termination.reason,
        termination.message,
      );
    }
    if (!run.framework.terminating) {
      this.options.master.executorTerminated(this.agentId, run.frameworkId, run.executorId, exit.rawStatus);
    }
    this.retire(run);
  }

  private retire(run: ExecutorRun): void {
    run.state = 'terminated';
    run.clearTimers();
    run.subscription?.close();
    run.subscription = undefined;
    if (this.live.get(runKey(run.frameworkId, run.executorId)) === run)
      this.live.delete(runKey(run.frameworkId, run.executorId));
    const known = this.frameworks.get(run.frameworkId) === run.framework;
    if (run.tasks.size > 0 && known && !run.framework.terminating) this.retired.add(run);
    this.maybeForgetFramework(run.framework);
  }

  private maybeForgetFramework(fw: FrameworkEntry): void {
    if (fw.terminating && this.runsOf(fw.id).length === 0) this.frameworks.delete(fw.id);
  }

  // ---- restart and machine loss ----

  private recover(): void {
    for (const run of [...this.live.values()]) {
      if (!run.checkpoint) {
        // Not checkpointed: the restarted agent does not know it; its container is destroyed as an orphan.
        run.state = 'terminated';
        run.process?.kill();
        this.live.delete(runKey(run.frameworkId, run.executorId));
        this.commandTasks.delete(run);
        continue;
      }
      if (run.kind === 'command') continue; // the command executor lives in the agent and carries on
      if (run.state === 'terminating') run.process?.kill();
      else if (run.state === 'registering') this.armRegistrationTimer(run);
      else if (run.state === 'running') this.armReregistrationTimer(run);
    }
    for (const run of [...this.retired]) if (!run.checkpoint) this.retired.delete(run);
    for (const { run, exit } of this.deferredExits.splice(0))
      if (run.checkpoint) this.executorTerminated(run, exit);
    for (const fw of [...this.frameworks.values()]) {
      if (!fw.info.checkpoint) {
        this.streams.dropFramework(fw.id);
        this.frameworks.delete(fw.id);
      }
    }
  }

  private armReregistrationTimer(run: ExecutorRun): void {
    run.awaitingResubscribe = true;
    const ms = this.options.executorReregistrationTimeoutMs;
    run.timer(ms, () => {
      if (!run.awaitingResubscribe || run.state === 'terminated') return;
      run.termination = {
        reason: Reasons.REASON_EXECUTOR_REREGISTRATION_TIMEOUT,
        message: `Executor did not re-subscribe within ${ms} ms`,
      };
      run.process?.kill();
    });
  }

  private async loseMachine(): Promise<void> {
    this.generation += 1;
    const exits: Array<Promise<unknown>> = [];
    for (const run of [...this.live.values(), ...this.retired]) {
      run.state = 'terminated';
      run.clearTimers();
      run.subscription?.close();
      if (run.process) {
        run.process.kill();
        exits.push(run.process.exited);
      }
    }
    this.live.clear();
    this.retired.clear();
    this.commandTasks.clear();
    this.frameworks.clear();
    this.deferredExits.length = 0;
    this.streams.close();
    await Promise.all(exits);
  }

  // ---- lookups ----

  runsOf(frameworkId: string): ExecutorRun[] {
    return [...this.live.values()].filter((r) => r.frameworkId === frameworkId);
  }

  findTask(
    frameworkId: string,
    taskId: string,
  ): { run: ExecutorRun; entry: NonNullable<ReturnType<ExecutorRun['tasks']['get']>> } | undefined {
    for (const run of [...this.live.values(), ...this.retired]) {
      const entry = run.frameworkId === frameworkId ? run.tasks.get(taskId) : undefined;
      if (entry) return { run, entry };
    }
    return undefined;
  }
}

export function runKey(frameworkId: string, executorId: string): string {
  return `${frameworkId}\u0000${executorId}`;
}

function stripUndefined<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}
