// Health checks an API caller asked for (GET /v1/nodes/{node}/status), outside the decision core:
// nothing changes state, and the report also reaches the core as a normal framework message.
import { cassandra_mesos, decodeMessage, encodeSchedulerMessage, WireFormatError } from '@cassandra-mesos/model';

/**
 * Health checks an API caller asked for: one HealthCheckRequest per executor in flight (callers of the
 * same executor share it), answered by the executor's next health report or by the timeout.
 */
export class HealthCheckRequests {
  private readonly waiting = new Map<string, { readonly resolvers: Array<(d: cassandra_mesos.v1.HealthCheckDetails | undefined) => void>; readonly timer: NodeJS.Timeout }>();
  // Starts at the clock so a restarted scheduler's sequence numbers stay above its predecessor's.
  private sequence: number;

  constructor(private readonly now: () => number) {
    this.sequence = now();
  }

  request(executorId: string, timeoutMs: number, send: (data: Uint8Array) => Promise<void>): Promise<cassandra_mesos.v1.HealthCheckDetails | undefined> {
    return new Promise((resolve) => {
      const pending = this.waiting.get(executorId);
      if (pending) {
        pending.resolvers.push(resolve);
        return;
      }
      const timer = setTimeout(() => this.settle(executorId, undefined), timeoutMs);
      this.waiting.set(executorId, { resolvers: [resolve], timer });
      this.sequence += 1;
      void send(encodeSchedulerMessage(this.now(), { healthCheckRequest: {} }, this.sequence));
    });
  }

  /** A framework message arrived: a health report settles the requests waiting for that executor. */
  onExecutorMessage(executorId: string, data: Uint8Array): void {
    if (!this.waiting.has(executorId)) return;
    try {
      const message = decodeMessage<cassandra_mesos.v1.ExecutorMessage>(cassandra_mesos.v1.ExecutorMessage, data, `framework message from executor ${executorId}`);
      if (message.body === 'health' && message.health) this.settle(executorId, cassandra_mesos.v1.HealthCheckDetails.create(message.health));
    } catch (err) {
      if (!(err instanceof WireFormatError)) throw err; // the core logs malformed messages
    }
  }

  cancelAll(): void {
    for (const executorId of [...this.waiting.keys()]) this.settle(executorId, undefined);
  }

  private settle(executorId: string, details: cassandra_mesos.v1.HealthCheckDetails | undefined): void {
    const pending = this.waiting.get(executorId);
    if (!pending) return;
    this.waiting.delete(executorId);
    clearTimeout(pending.timer);
    for (const resolve of pending.resolvers) resolve(details);
  }
}
