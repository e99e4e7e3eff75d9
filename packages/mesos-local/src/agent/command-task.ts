// The built-in command executor, run inside the agent: one per command task (TaskInfo.command), with the
// task ID as executor ID. It runs the command as a real child process and reports TASK_STARTING,
// TASK_RUNNING, then TASK_FINISHED (exit 0), TASK_FAILED ("Command exited with status N" / signal) or
// TASK_KILLED. Kills send SIGTERM to the process group and SIGKILL after the kill policy's grace period.
import type { ExecutorRun } from './executor-run';
import type { SupervisedProcess } from './supervised-process';
import type { Reason, TaskState } from './task-status';
import { Reason as Reasons, TaskState as States, describeExit } from './task-status';

export const DEFAULT_TASK_KILL_GRACE_MS = 3000;

export interface CommandTaskHooks {
  /** An update of the command executor itself (SOURCE_EXECUTOR). */
  executorUpdate(state: TaskState, reason?: Reason, message?: string): void;
  /** An update the agent generates (SOURCE_AGENT), for failures before the executor runs. */
  agentUpdate(state: TaskState, reason: Reason, message: string): void;
  prepare(): Promise<void>;
  spawn(): SupervisedProcess;
  /** Whether the framework wants TASK_KILLING before TASK_KILLED. */
  killingState(): boolean;
  /** The task is over: terminal update sent, process gone. */
  finished(): void;
}

export class CommandTask {
  private killGraceMs: number | undefined;
  private killSent = false;

  constructor(
    private readonly run: ExecutorRun,
    private readonly hooks: CommandTaskHooks,
  ) {}

  async start(): Promise<void> {
    try {
      await this.hooks.prepare();
    } catch (err) {
      return this.end(() =>
        this.hooks.agentUpdate(
          States.TASK_FAILED,
          Reasons.REASON_CONTAINER_LAUNCH_FAILED,
          `Failed to launch container: ${(err as Error).message}`,
        ),
      );
    }
    if (this.run.state !== 'launching') return this.end(() => undefined); // machine lost during the fetch
    if (this.killGraceMs !== undefined) {
      return this.end(() =>
        this.hooks.agentUpdate(
          States.TASK_KILLED,
          Reasons.REASON_TASK_KILLED_DURING_LAUNCH,
          'Task killed before it was launched',
        ),
      );
    }
    this.hooks.executorUpdate(States.TASK_STARTING);
    const proc = this.hooks.spawn();
    this.run.process = proc;
    this.run.state = 'running';
    const pid = await proc.started;
    if (pid === undefined) {
      const exit = await proc.exited;
      return this.end(() =>
        this.hooks.executorUpdate(
          States.TASK_FAILED,
          Reasons.REASON_COMMAND_EXECUTOR_FAILED,
          `Failed to launch command: ${exit.error ?? describeExit(exit.code, exit.signal)}`,
        ),
      );
    }
    this.hooks.executorUpdate(States.TASK_RUNNING);
    if (this.killGraceMs !== undefined) this.sendKill();
    const exit = await proc.exited;
    const message = describeExit(exit.code, exit.signal);
    this.end(() => {
      if (this.killGraceMs !== undefined) this.hooks.executorUpdate(States.TASK_KILLED, undefined, message);
      else if (exit.code === 0) this.hooks.executorUpdate(States.TASK_FINISHED, undefined, message);
      else this.hooks.executorUpdate(States.TASK_FAILED, undefined, message);
    });
  }

  /** Kills the task: SIGTERM now, SIGKILL after graceMs. A second kill changes nothing. */
  kill(graceMs: number): void {
    if (this.killGraceMs !== undefined) return;
    this.killGraceMs = graceMs;
    if (this.run.process?.pid !== undefined) this.sendKill();
  }

  private sendKill(): void {
    const proc = this.run.process;
    if (this.killSent || !proc) return;
    this.killSent = true;
    if (this.hooks.killingState()) this.hooks.executorUpdate(States.TASK_KILLING);
    proc.signal('SIGTERM');
    this.run.timer(this.killGraceMs ?? DEFAULT_TASK_KILL_GRACE_MS, () => proc.kill());
  }

  private end(report: () => void): void {
    this.run.clearTimers();
    if (this.run.state !== 'terminated') report();
    this.hooks.finished();
  }
}
