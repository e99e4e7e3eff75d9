// A scripted Mesos agent (executor API) for executor-session tests, on top of FakeServer.
import type { ServerResponse } from 'node:http';
import { mesos } from '@cassandra-mesos/model';
import { codecFor, jsonCodec } from '../../src/codec/codec';
import type { Codec } from '../../src/codec/codec';
import { EventStreamWriter, FakeServer } from './fake-mesos';
import type { RecordedRequest } from './fake-mesos';

const { Call, Event } = mesos.v1.executor;
export type ExecutorEventInput = mesos.v1.executor.Event.$Properties;
export type DecodedExecutorCall = InstanceType<typeof Call>;

export function decodeExecutorCall(req: RecordedRequest): DecodedExecutorCall {
  const codec = codecFor(req.headers['content-type']);
  if (!codec) throw new Error(`request without a Mesos content type: ${String(req.headers['content-type'])}`);
  return codec.decode(Call, req.body);
}

export function isExecutorCall(type: mesos.v1.executor.Call.Type): (r: RecordedRequest) => boolean {
  return (r) => decodeExecutorCall(r).type === type;
}

export class FakeAgent {
  readonly streams: Array<{ writer: EventStreamWriter; codec: Codec; send(e: ExecutorEventInput): void }> = [];
  autoSubscribe = true;
  onSubscribe: ((req: RecordedRequest, res: ServerResponse, n: number) => boolean) | undefined;
  private subscribes = 0;

  private constructor(readonly server: FakeServer) {
    server.handler = (req, res) => this.handle(req, res);
  }

  static async start(port = 0): Promise<FakeAgent> {
    return new FakeAgent(await FakeServer.startOn(port));
  }

  get endpoint(): string {
    return `127.0.0.1:${this.server.port}`;
  }

  subscribeRequests(): RecordedRequest[] {
    return this.server.matching(isExecutorCall(Call.Type.SUBSCRIBE));
  }

  waitForCall(type: mesos.v1.executor.Call.Type, n = 1): Promise<RecordedRequest> {
    return this.server.waitFor(isExecutorCall(type), n);
  }

  send(event: ExecutorEventInput): void {
    const stream = this.streams[this.streams.length - 1];
    if (!stream) throw new Error('no stream open');
    stream.send(event);
  }

  close(): Promise<void> {
    return this.server.close();
  }

  private handle(req: RecordedRequest, res: ServerResponse): void {
    let call: DecodedExecutorCall;
    try {
      call = decodeExecutorCall(req);
    } catch (err) {
      res.writeHead(400).end(String(err));
      return;
    }
    if (call.type !== Call.Type.SUBSCRIBE) {
      res.writeHead(202).end();
      return;
    }
    this.subscribes++;
    if (this.onSubscribe?.(req, res, this.subscribes)) return;
    const codec = codecFor(req.headers['accept']) ?? jsonCodec;
    const writer = new EventStreamWriter(res, codec.contentType);
    const stream = { writer, codec, send: (e: ExecutorEventInput) => writer.record(codec.encode(Event, Event.create(e))) };
    this.streams.push(stream);
    if (this.autoSubscribe) {
      stream.send({
        type: Event.Type.SUBSCRIBED,
        subscribed: {
          executor_info: { executor_id: call.executor_id, framework_id: call.framework_id, command: { value: './executor' } },
          framework_info: { user: 'nobody', name: 'cassandra', id: call.framework_id },
          agent_info: { hostname: '127.0.0.1', id: { value: 'agent-1' }, port: this.server.port },
          container_id: { value: 'container-1' },
        },
      });
    }
  }
}
