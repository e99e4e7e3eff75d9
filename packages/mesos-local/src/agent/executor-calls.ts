// What the agent does with executor calls that passed the API's checks: SUBSCRIBE (replace the earlier
// connection, SUBSCRIBED, recover unacknowledged updates and tasks, deliver the queue), UPDATE (into the
// task's stream, then ACKNOWLEDGED) and MESSAGE (to the master).
import type { ServerResponse } from 'node:http';
import type { Codec } from '@cassandra-mesos/mesos';
import { mesos } from '@cassandra-mesos/model';
import type { TaskStatus } from '../contracts';
import type { Agent } from './agent';
import { runKey } from './agent';
import type { ExecutorCall, ExecutorCallTarget } from './executor-api';
import type { ExecutorRun } from './executor-run';
import { EventType, Subscription } from './subscription';
import { Reason, Source, TaskState, partitionAware } from './task-status';

export class ExecutorCalls implements ExecutorCallTarget {
  constructor(private readonly agent: Agent) {}

  hasFramework(frameworkId: string): boolean {
    return this.agent.frameworks.has(frameworkId);
  }

  executorState(frameworkId: string, executorId: string): 'registering' | 'subscribed' | undefined {
    const run = this.run(frameworkId, executorId);
    if (!run) return undefined;
    return run.everSubscribed ? 'subscribed' : 'registering';
  }

  subscribe(call: ExecutorCall, codec: Codec, res: ServerResponse): void {
    const run = this.run(call.framework_id.value, call.executor_id.value);
    if (!run) return;
    const heartbeatMs = this.agent.options.executorHeartbeatMs;
    if (run.state === 'terminating' || run.framework.terminating) {
      const doomed = new Subscription(res, codec, heartbeatMs, () => undefined);
      doomed.send(mesos.v1.executor.Event.create({ type: EventType.SHUTDOWN }));
      doomed.close();
      return;
    }
    const previous = run.subscription;
    run.subscription = undefined;
    previous?.close();
    const subscription = new Subscription(res, codec, heartbeatMs, (s) => {
      if (run.subscription === s) run.subscription = undefined;
    });
    run.subscription = subscription;
    run.state = 'running';
    run.everSubscribed = true;
    run.awaitingResubscribe = false;
    run.send({
      type: EventType.SUBSCRIBED,
      subscribed: {
        executor_info: run.info,
        framework_info: run.framework.info,
        agent_info: this.agent.info,
        container_id: { value: run.containerId },
      },
    });
    const subscribe = call.subscribe ?? {};
    for (const update of subscribe.unacknowledged_updates ?? []) {
      const status = update.status;
      if (status?.uuid?.length === 16 && status.source === Source.SOURCE_EXECUTOR)
        this.store(run, mesos.v1.TaskStatus.create(status));
    }
    const unacknowledgedTasks = new Set((subscribe.unacknowledged_tasks ?? []).map((t) => t.task_id?.value));
    for (const entry of [...run.tasks.values()]) {
      const id = entry.task.task_id.value;
      if (entry.launched && entry.state === TaskState.TASK_STAGING && !unacknowledgedTasks.has(id)) {
        const state = partitionAware(run.framework.info) ? TaskState.TASK_DROPPED : TaskState.TASK_LOST;
        this.agent.agentUpdate(
          run,
          id,
          state,
          Reason.REASON_AGENT_RESTARTED,
          'Task launched during agent restart',
        );
      }
    }
    run.deliverQueue();
  }

  update(call: ExecutorCall): void {
    const run = this.run(call.framework_id.value, call.executor_id.value);
    const status = call.update?.status;
    if (run && status) this.store(run, mesos.v1.TaskStatus.create(status));
  }

  message(call: ExecutorCall): void {
    const data = call.message?.data;
    if (!data) return;
    this.agent.options.master.executorMessage(
      this.agent.agentId,
      call.framework_id.value,
      call.executor_id.value,
      data,
    );
  }

  /** Into the task's stream (duplicates by uuid are recognised there), then ACKNOWLEDGED to the executor. */
  private store(run: ExecutorRun, status: TaskStatus): void {
    this.agent.acceptUpdate(run, run.frameworkId, status);
    run.send({ type: EventType.ACKNOWLEDGED, acknowledged: { task_id: status.task_id, uuid: status.uuid } });
  }

  private run(frameworkId: string, executorId: string): ExecutorRun | undefined {
    const run = this.agent.live.get(runKey(frameworkId, executorId));
    return run?.kind === 'custom' && run.state !== 'terminated' ? run : undefined;
  }
}
