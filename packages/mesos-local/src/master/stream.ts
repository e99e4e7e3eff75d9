// One subscription's event stream: RecordIO-framed events in the negotiated encoding, an immediate
// HEARTBEAT after SUBSCRIBED and then one per interval, and test hooks to stall it without closing.
import { encodeRecord, type Codec } from '@cassandra-mesos/mesos';
import type { Clock, TimerHandle } from './clock';
import { Event, EventType, type EventProps } from './types';

/** Where the bytes go: the chunked HTTP response of the SUBSCRIBE call. */
export interface StreamSink {
  write(chunk: Buffer): void;
  /** Ends the response normally. */
  end(): void;
  /** Tears the connection down (a dropped connection). */
  destroy(): void;
  /** Called once when the client goes away or the sink is ended/destroyed. */
  onClose(listener: () => void): void;
}

export class EventStream {
  private heartbeatTimer: TimerHandle | undefined;
  private paused = false;
  private readonly held: Buffer[] = [];
  private isClosed = false;
  private readonly closeListeners: Array<() => void> = [];

  constructor(
    readonly id: string,
    private readonly sink: StreamSink,
    readonly codec: Codec,
    private readonly clock: Clock,
  ) {
    sink.onClose(() => this.markClosed());
  }

  get closed(): boolean {
    return this.isClosed;
  }

  get stalled(): boolean {
    return this.paused;
  }

  onClose(listener: () => void): void {
    if (this.isClosed) listener();
    else this.closeListeners.push(listener);
  }

  send(event: EventProps): void {
    if (this.isClosed) return;
    const bytes = encodeRecord(this.codec.encode(Event, new Event(event)));
    if (this.paused) this.held.push(bytes);
    else this.sink.write(bytes);
  }

  /** The first HEARTBEAT goes out at once, then one every interval. */
  startHeartbeats(intervalMs: number): void {
    this.stopHeartbeats();
    this.heartbeat();
    this.heartbeatTimer = this.clock.setInterval(() => this.heartbeat(), intervalMs);
  }

  /** Stalls the stream: no bytes (heartbeats included) reach the client until resume(). */
  pause(): void {
    this.paused = true;
  }

  /** Delivers what was held back (as TCP would after a stall) and resumes heartbeats. */
  resume(): void {
    if (!this.paused) return;
    this.paused = false;
    for (const chunk of this.held.splice(0)) if (!this.isClosed) this.sink.write(chunk);
  }

  /** Ends the stream normally (after an ERROR event, or when the master stops). */
  close(): void {
    if (this.isClosed) return;
    this.sink.end();
    this.markClosed();
  }

  /** Drops the connection abruptly, as a network failure would. */
  drop(): void {
    if (this.isClosed) return;
    this.sink.destroy();
    this.markClosed();
  }

  private heartbeat(): void {
    if (!this.paused) this.send({ type: EventType.HEARTBEAT });
  }

  private stopHeartbeats(): void {
    this.heartbeatTimer?.cancel();
    this.heartbeatTimer = undefined;
  }

  private markClosed(): void {
    if (this.isClosed && this.closeListeners.length === 0) return;
    this.isClosed = true;
    this.stopHeartbeats();
    this.held.length = 0;
    for (const l of this.closeListeners.splice(0)) l();
  }
}
