// The agent's executor HTTP API: POST /api/v1/executor (also /slave(1)/api/v1/executor), with the
// checks of slave::Http::executor in Mesos's order and with its status codes and texts (§3.1).
import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Codec } from '@cassandra-mesos/mesos';
import { CodecError, codecFor } from '@cassandra-mesos/mesos';
import { mesos } from '@cassandra-mesos/model';
import { negotiateEventCodec } from './accept';
import { Source, TaskState } from './task-status';

export type ExecutorCall = mesos.v1.executor.Call;
const CallType = mesos.v1.executor.Call.Type;
const PATHS = new Set(['/api/v1/executor', '/slave(1)/api/v1/executor']);
const MAX_BODY_BYTES = 64 * 1024 * 1024;

/** What the API needs from the agent once a call passed the generic checks. */
export interface ExecutorCallTarget {
  hasFramework(frameworkId: string): boolean;
  /** undefined: unknown; 'registering': launched but never subscribed; 'subscribed': may UPDATE/MESSAGE. */
  executorState(frameworkId: string, executorId: string): 'registering' | 'subscribed' | undefined;
  subscribe(call: ExecutorCall, codec: Codec, res: ServerResponse): void;
  update(call: ExecutorCall): void;
  message(call: ExecutorCall): void;
}

export class ExecutorApiServer {
  private server: Server | undefined;

  constructor(private readonly target: ExecutorCallTarget) {}

  /** Listens on ip:port (port 0 = a free one) and returns the bound port. */
  async listen(ip: string, port: number): Promise<number> {
    const server = createServer((req, res) => this.onRequest(req, res));
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, ip, () => {
        server.off('error', reject);
        resolve();
      });
    });
    this.server = server;
    return (server.address() as AddressInfo).port;
  }

  /** Stops listening and drops every connection, subscriptions included (the agent process is gone). */
  async close(): Promise<void> {
    const server = this.server;
    this.server = undefined;
    if (!server) return;
    const closed = new Promise<void>((resolve) => server.close(() => resolve()));
    server.closeAllConnections();
    await closed;
  }

  private onRequest(req: IncomingMessage, res: ServerResponse): void {
    const path = (req.url ?? '').split('?')[0] ?? '';
    if (!PATHS.has(path)) return reply(res, 404, '');
    if (req.method !== 'POST') {
      res.setHeader('Allow', 'POST');
      return reply(res, 405, `Expecting 'POST', received '${req.method ?? ''}'`);
    }
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY_BYTES) {
        reply(res, 413, 'Request body too large');
        req.destroy();
      } else chunks.push(c);
    });
    req.on('end', () => {
      if (!res.headersSent) this.onBody(req, res, Buffer.concat(chunks));
    });
  }

  private onBody(req: IncomingMessage, res: ServerResponse, body: Buffer): void {
    const contentType = req.headers['content-type'];
    if (contentType === undefined) return reply(res, 400, "Expecting 'Content-Type' to be present");
    const codec = codecFor(contentType);
    if (!codec)
      return reply(res, 415, "Expecting 'Content-Type' of application/json or application/x-protobuf");
    let call: ExecutorCall;
    try {
      call = codec.decode(mesos.v1.executor.Call, body);
    } catch (err) {
      return reply(res, 400, err instanceof CodecError ? err.message : String(err));
    }
    const invalid = validateCall(call);
    if (invalid) return reply(res, 400, `Failed to validate Executor::Call: ${invalid}`);

    let eventCodec: Codec | undefined;
    if (call.type === CallType.SUBSCRIBE) {
      eventCodec = negotiateEventCodec(req.headers.accept);
      if (!eventCodec)
        return reply(res, 406, "Expecting 'Accept' to allow application/json or application/x-protobuf");
    }
    if (call.type === CallType.HEARTBEAT) return reply(res, 202, '');

    const frameworkId = call.framework_id.value;
    const executorId = call.executor_id.value;
    if (!this.target.hasFramework(frameworkId)) return reply(res, 400, 'Framework cannot be found');
    const state = this.target.executorState(frameworkId, executorId);
    if (!state) return reply(res, 400, 'Executor cannot be found');
    if ((call.type === CallType.UPDATE || call.type === CallType.MESSAGE) && state === 'registering') {
      return reply(res, 403, 'Executor is not subscribed');
    }
    switch (call.type) {
      case CallType.SUBSCRIBE:
        return this.target.subscribe(call, eventCodec as Codec, res);
      case CallType.UPDATE:
        this.target.update(call);
        return reply(res, 202, '');
      case CallType.MESSAGE:
        this.target.message(call);
        return reply(res, 202, '');
      case CallType.UNKNOWN:
        return reply(res, 501, "Received 'UNKNOWN' call");
    }
    return reply(res, 501, `Unknown call type ${String(call.type)}`);
  }
}

/** validateExecutorCall of Mesos (src/executor/validation.cpp); null when the call is valid. */
export function validateCall(call: ExecutorCall): string | null {
  if (!Object.prototype.hasOwnProperty.call(call, 'type')) return "Expecting 'type' to be present";
  const ids = `executor ${call.executor_id.value} of framework ${call.framework_id.value}`;
  switch (call.type) {
    case CallType.SUBSCRIBE:
      return call.subscribe ? null : "Expecting 'subscribe' to be present";
    case CallType.UPDATE: {
      const status = call.update?.status;
      if (!call.update || !status) return "Expecting 'update' to be present";
      if (!status.uuid || status.uuid.length === 0) return "Expecting 'uuid' to be present";
      if (status.uuid.length !== 16) return 'Not a valid UUID';
      if (status.executor_id && status.executor_id.value !== call.executor_id.value) {
        return `ExecutorID of TaskStatus: ${status.executor_id.value} does not match ExecutorID of Call: ${call.executor_id.value}`;
      }
      if (status.source !== Source.SOURCE_EXECUTOR)
        return `Received Call from ${ids} with invalid source, expecting 'SOURCE_EXECUTOR'`;
      if (status.state === TaskState.TASK_STAGING)
        return `Received TASK_STAGING from ${ids} which is not allowed`;
      return null;
    }
    case CallType.MESSAGE:
      return call.message ? null : "Expecting 'message' to be present";
    case CallType.HEARTBEAT:
    case CallType.UNKNOWN:
      return null;
  }
}

function reply(res: ServerResponse, status: number, text: string): void {
  if (res.headersSent) return;
  if (text) res.setHeader('Content-Type', 'text/plain; charset=utf-8');
  res.statusCode = status;
  res.end(text);
}
