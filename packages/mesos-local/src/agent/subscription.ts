// One executor's SUBSCRIBE connection: a chunked 200 response carrying RecordIO-framed events in the
// negotiated encoding, with agent -> executor HEARTBEAT events on a timer.
import type { ServerResponse } from 'node:http';
import type { Codec } from '@cassandra-mesos/mesos';
import { encodeRecord } from '@cassandra-mesos/mesos';
import { mesos } from '@cassandra-mesos/model';

export type ExecutorEvent = mesos.v1.executor.Event;
export const EventType = mesos.v1.executor.Event.Type;

export class Subscription {
  private heartbeat: NodeJS.Timeout | undefined;
  private closedFlag = false;

  constructor(
    private readonly res: ServerResponse,
    private readonly codec: Codec,
    heartbeatMs: number,
    onClosed: (s: Subscription) => void,
  ) {
    res.writeHead(200, { 'Content-Type': codec.contentType });
    res.flushHeaders();
    res.on('close', () => {
      if (this.closedFlag) return;
      this.closedFlag = true;
      clearInterval(this.heartbeat);
      onClosed(this);
    });
    this.heartbeat = setInterval(
      () => this.send(mesos.v1.executor.Event.create({ type: EventType.HEARTBEAT })),
      heartbeatMs,
    );
    this.heartbeat.unref();
  }

  get closed(): boolean {
    return this.closedFlag;
  }

  send(event: ExecutorEvent): boolean {
    if (this.closedFlag) return false;
    this.res.write(encodeRecord(this.codec.encode(mesos.v1.executor.Event, event)));
    return true;
  }

  /** Ends the stream (a newer subscription replaced it, or the executor is being shut down). */
  close(): void {
    if (this.closedFlag) return;
    this.closedFlag = true;
    clearInterval(this.heartbeat);
    this.res.end();
  }
}
