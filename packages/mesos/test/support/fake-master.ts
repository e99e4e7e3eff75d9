// A scripted Mesos master for scheduler-session tests, on top of FakeServer.
import type { ServerResponse } from 'node:http';
import { mesos } from '@cassandra-mesos/model';
import { codecFor, jsonCodec } from '../../src/codec/codec';
import type { Codec } from '../../src/codec/codec';
import { EventStreamWriter, FakeServer } from './fake-mesos';
import type { RecordedRequest } from './fake-mesos';

const { Call, Event } = mesos.v1.scheduler;
export type EventInput = mesos.v1.scheduler.Event.$Properties;
export type DecodedCall = InstanceType<typeof Call>;

export function codecOf(req: RecordedRequest): Codec {
  const codec = codecFor(req.headers['content-type']);
  if (!codec) throw new Error(`request without a Mesos content type: ${String(req.headers['content-type'])}`);
  return codec;
}

export function decodeCall(req: RecordedRequest): DecodedCall {
  return codecOf(req).decode(Call, req.body);
}

export function isCall(type: mesos.v1.scheduler.Call.Type): (r: RecordedRequest) => boolean {
  return (r) => decodeCall(r).type === type;
}

export interface OpenStream {
  writer: EventStreamWriter;
  codec: Codec;
  streamId: string;
  send(event: EventInput): void;
}

export class FakeMaster {
  readonly streams: OpenStream[] = [];
  frameworkId = 'fw-0001';
  heartbeatSeconds = 15;
  /** Send SUBSCRIBED + HEARTBEAT right after a SUBSCRIBE. */
  autoSubscribe = true;
  /** Custom answer to the n-th (1-based) SUBSCRIBE; return true when handled. */
  onSubscribe: ((req: RecordedRequest, res: ServerResponse, n: number) => boolean) | undefined;
  /** Custom answer to other calls; return true when handled (default 202). */
  onCall: ((req: RecordedRequest, res: ServerResponse, call: DecodedCall) => boolean) | undefined;
  private subscribes = 0;

  private constructor(readonly server: FakeServer) {
    server.handler = (req, res) => this.handle(req, res);
  }

  static async start(): Promise<FakeMaster> {
    return new FakeMaster(await FakeServer.start());
  }

  static wrap(server: FakeServer): FakeMaster {
    return new FakeMaster(server);
  }

  get url(): string {
    return this.server.url;
  }

  subscribeRequests(): RecordedRequest[] {
    return this.server.matching(isCall(Call.Type.SUBSCRIBE));
  }

  waitForCall(type: mesos.v1.scheduler.Call.Type, n = 1): Promise<RecordedRequest> {
    return this.server.waitFor(isCall(type), n);
  }

  /** Sends an event on the latest open stream. */
  send(event: EventInput): void {
    const stream = this.streams[this.streams.length - 1];
    if (!stream) throw new Error('no stream open');
    stream.send(event);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private handle(req: RecordedRequest, res: ServerResponse): void {
    let call: DecodedCall;
    try {
      call = decodeCall(req);
    } catch (err) {
      res.writeHead(400).end(String(err));
      return;
    }
    if (call.type === Call.Type.SUBSCRIBE) {
      this.subscribes++;
      if (this.onSubscribe?.(req, res, this.subscribes)) return;
      const accept = req.headers['accept'];
      const codec = codecFor(accept) ?? jsonCodec;
      const streamId = `stream-${this.subscribes}`;
      const writer = new EventStreamWriter(res, codec.contentType, streamId);
      const stream: OpenStream = {
        writer,
        codec,
        streamId,
        send: (event) => writer.record(codec.encode(Event, Event.create(event))),
      };
      this.streams.push(stream);
      if (this.autoSubscribe) {
        stream.send({
          type: Event.Type.SUBSCRIBED,
          subscribed: {
            framework_id: { value: call.framework_id?.value || this.frameworkId },
            heartbeat_interval_seconds: this.heartbeatSeconds,
            master_info: { id: 'master-1', ip: 16777343, port: this.server.port, hostname: '127.0.0.1', version: '1.11.0' },
          },
        });
        stream.send({ type: Event.Type.HEARTBEAT });
      }
      return;
    }
    if (this.onCall?.(req, res, call)) return;
    res.writeHead(call.type === Call.Type.UPDATE_FRAMEWORK ? 200 : 202).end();
  }
}
