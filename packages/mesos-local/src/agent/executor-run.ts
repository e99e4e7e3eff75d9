// One run of an executor (one container): its tasks as the agent sees them, the tasks queued until the
// executor subscribes, its process and its subscription. Custom executors and the built-in command
// executor both use it; only custom executors speak the executor HTTP API.
import { mesos } from '@cassandra-mesos/model';
import type { ExecutorInfo, FrameworkInfo, TaskGroupInfo, TaskInfo, TaskStatus } from '../contracts';
import type { Subscription } from './subscription';
import { EventType } from './subscription';
import type { SupervisedProcess } from './supervised-process';
import type { Reason, TaskState } from './task-status';
import { TaskState as States, isTerminal } from './task-status';

export type RunState = 'launching' | 'registering' | 'running' | 'terminating' | 'terminated';

export interface TaskEntry {
  task: TaskInfo;
  /** Latest state the agent received for the task; TASK_STAGING until the first update. */
  state: TaskState;
  latest?: TaskStatus;
  /** Delivered to the executor in a LAUNCH / LAUNCH_GROUP event. */
  launched: boolean;
}

export type QueuedLaunch = { task: TaskInfo } | { group: TaskGroupInfo };

/** The framework as the agent knows it; shared by all runs of the framework. */
export interface FrameworkEntry {
  id: string;
  info: FrameworkInfo;
  terminating: boolean;
}

export class ExecutorRun {
  state: RunState = 'launching';
  readonly tasks = new Map<string, TaskEntry>();
  queue: QueuedLaunch[] = [];
  subscription: Subscription | undefined;
  process: SupervisedProcess | undefined;
  /** Why the agent is destroying the container, when it is the agent's doing (timeouts, launch failure). */
  termination: { reason: Reason; message: string } | undefined;
  /** Set after restart(): the executor must subscribe again before the re-registration timeout. */
  awaitingResubscribe = false;
  /** The executor subscribed at least once (Mesos: it left REGISTERING); UPDATE/MESSAGE get 403 before. */
  everSubscribed = false;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    readonly kind: 'custom' | 'command',
    readonly framework: FrameworkEntry,
    readonly info: ExecutorInfo,
    readonly containerId: string,
    readonly sandbox: string,
  ) {}

  get frameworkId(): string {
    return this.framework.id;
  }

  get executorId(): string {
    return this.info.executor_id.value;
  }

  get checkpoint(): boolean {
    return this.framework.info.checkpoint === true;
  }

  addTask(task: TaskInfo): TaskEntry {
    const entry: TaskEntry = { task, state: States.TASK_STAGING, launched: false };
    this.tasks.set(task.task_id.value, entry);
    return entry;
  }

  liveTasks(): TaskEntry[] {
    return [...this.tasks.values()].filter((t) => !isTerminal(t.state));
  }

  send(event: mesos.v1.executor.Event.$Properties): boolean {
    return this.subscription?.send(mesos.v1.executor.Event.create(event)) ?? false;
  }

  /** Delivers every queued task / group to the subscribed executor. */
  deliverQueue(): void {
    if (!this.subscription) return;
    for (const item of this.queue.splice(0)) {
      if ('task' in item) {
        const entry = this.tasks.get(item.task.task_id.value);
        if (entry) entry.launched = true;
        this.send({ type: EventType.LAUNCH, launch: { task: item.task } });
      } else {
        for (const t of item.group.tasks ?? []) {
          const entry = this.tasks.get(t.task_id?.value ?? '');
          if (entry) entry.launched = true;
        }
        this.send({ type: EventType.LAUNCH_GROUP, launch_group: { task_group: item.group } });
      }
    }
  }

  /** Removes a task from the queue; a task of a queued group takes its whole group (ids returned). */
  dequeue(taskId: string): string[] {
    const index = this.queue.findIndex((q) =>
      'task' in q
        ? q.task.task_id.value === taskId
        : (q.group.tasks ?? []).some((t) => t.task_id?.value === taskId),
    );
    if (index < 0) return [];
    const [item] = this.queue.splice(index, 1);
    if (!item) return [];
    return 'task' in item ? [taskId] : (item.group.tasks ?? []).map((t) => t.task_id?.value ?? '');
  }

  timer(ms: number, fn: () => void): void {
    const t = setTimeout(() => {
      this.timers.delete(t);
      fn();
    }, ms);
    t.unref();
    this.timers.add(t);
  }

  clearTimers(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
