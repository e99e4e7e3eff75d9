// The agent's status-update manager (Mesos: TaskStatusUpdateManager), the core of at-least-once delivery.
// One ordered stream per (framework, task). Only the head of a stream is forwarded to the master; the next
// update waits until the scheduler acknowledges the head's uuid. An unacknowledged head is forwarded again
// after minMs, then after twice that, up to maxMs, forever. A framework that (re)subscribes gets every head
// again at once. A stream closes when its terminal update is acknowledged.
import type { TaskStatus } from '../contracts';
import { uuidKey } from './ids';
import { isTerminal } from './task-status';

export interface StatusUpdateManagerOptions {
  minMs: number;
  maxMs: number;
  forward(frameworkId: string, status: TaskStatus): void;
  /** The terminal update of a task was acknowledged: its stream is gone. */
  onStreamClosed?(frameworkId: string, taskId: string): void;
}

/** What became of an update handed to update(). */
export type UpdateOutcome = 'queued' | 'duplicate' | 'after-terminal';

interface Stream {
  frameworkId: string;
  taskId: string;
  pending: TaskStatus[];
  seen: Set<string>; // every uuid received, acknowledged or not: duplicates are recognised forever
  terminalReceived: boolean;
  intervalMs: number;
  timer?: NodeJS.Timeout;
}

export class StatusUpdateManager {
  private readonly streams = new Map<string, Stream>();
  private paused = false;

  constructor(private readonly options: StatusUpdateManagerOptions) {}

  update(frameworkId: string, status: TaskStatus): UpdateOutcome {
    const taskId = status.task_id.value ?? '';
    const key = streamKey(frameworkId, taskId);
    let stream = this.streams.get(key);
    if (!stream) {
      stream = {
        frameworkId,
        taskId,
        pending: [],
        seen: new Set(),
        terminalReceived: false,
        intervalMs: this.options.minMs,
      };
      this.streams.set(key, stream);
    }
    const id = uuidKey(status.uuid);
    if (stream.seen.has(id)) return 'duplicate';
    if (stream.terminalReceived) return 'after-terminal';
    stream.seen.add(id);
    stream.pending.push(status);
    if (isTerminal(status.state)) stream.terminalReceived = true;
    if (stream.pending.length === 1) this.forwardHead(stream, true);
    return 'queued';
  }

  /** The scheduler acknowledged an update. Returns false when the uuid is not the head of the stream. */
  acknowledge(frameworkId: string, taskId: string, uuid: Uint8Array): boolean {
    const stream = this.streams.get(streamKey(frameworkId, taskId));
    const head = stream?.pending[0];
    if (!stream || !head || uuidKey(head.uuid) !== uuidKey(uuid)) return false;
    stream.pending.shift();
    clearTimeout(stream.timer);
    stream.timer = undefined;
    if (isTerminal(head.state)) {
      this.streams.delete(streamKey(frameworkId, taskId));
      this.options.onStreamClosed?.(frameworkId, taskId);
    } else if (stream.pending.length > 0) {
      this.forwardHead(stream, true);
    }
    return true;
  }

  /** The framework (re)subscribed: forward every head now and restart the backoff. */
  resend(frameworkId: string): void {
    for (const stream of this.streams.values()) {
      if (stream.frameworkId === frameworkId && stream.pending.length > 0) this.forwardHead(stream, true);
    }
  }

  /** The agent is down: nothing is forwarded until resume(). */
  pause(): void {
    this.paused = true;
    for (const stream of this.streams.values()) {
      clearTimeout(stream.timer);
      stream.timer = undefined;
    }
  }

  /** The agent is back (re-registered): every pending head is forwarded now, as Mesos's resume() does. */
  resume(): void {
    this.paused = false;
    for (const stream of this.streams.values()) if (stream.pending.length > 0) this.forwardHead(stream, true);
  }

  dropFramework(frameworkId: string): void {
    for (const [key, stream] of this.streams) {
      if (stream.frameworkId === frameworkId) {
        clearTimeout(stream.timer);
        this.streams.delete(key);
      }
    }
  }

  /** Drops the streams of every framework for which keep() is false (non-checkpointed state lost on restart). */
  retainFrameworks(keep: (frameworkId: string) => boolean): void {
    for (const stream of [...this.streams.values()]) {
      if (!keep(stream.frameworkId)) this.dropFramework(stream.frameworkId);
    }
  }

  /** Updates not yet acknowledged by the scheduler, head first. */
  pending(frameworkId: string, taskId: string): TaskStatus[] {
    return [...(this.streams.get(streamKey(frameworkId, taskId))?.pending ?? [])];
  }

  hasStream(frameworkId: string, taskId: string): boolean {
    return this.streams.has(streamKey(frameworkId, taskId));
  }

  close(): void {
    for (const stream of this.streams.values()) clearTimeout(stream.timer);
    this.streams.clear();
  }

  private forwardHead(stream: Stream, resetBackoff: boolean): void {
    if (resetBackoff) stream.intervalMs = this.options.minMs;
    clearTimeout(stream.timer);
    stream.timer = undefined;
    const head = stream.pending[0];
    if (!head || this.paused) return;
    this.options.forward(stream.frameworkId, head);
    this.schedule(stream);
  }

  private schedule(stream: Stream): void {
    clearTimeout(stream.timer);
    stream.timer = setTimeout(() => {
      stream.timer = undefined;
      stream.intervalMs = Math.min(stream.intervalMs * 2, this.options.maxMs);
      this.forwardHead(stream, false);
    }, stream.intervalMs);
    stream.timer.unref();
  }
}

function streamKey(frameworkId: string, taskId: string): string {
  return `${frameworkId}\u0000${taskId}`;
}
