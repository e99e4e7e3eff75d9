// Starts a master with fake agents behind the real HTTP server, and talks to it with raw HTTP requests
// (exact headers, RecordIO decoding by hand) so the protocol itself is under test.
/* eslint-disable @typescript-eslint/no-unsafe-member-access, @typescript-eslint/no-unsafe-assignment, @typescript-eslint/no-unsafe-return -- events are checked as raw wire JSON, which is untyped on purpose */
import { request, type IncomingHttpHeaders } from 'node:http';
import { RecordIODecoder, toMesosJson } from '@cassandra-mesos/mesos';
import { mesos, mesosType } from '@cassandra-mesos/model';
import { Master } from '../../../src/master/master';
import type { MasterOptions } from '../../../src/master/config';
import type { Credential } from '../../../src/server/basic-auth';
import { masterApp } from '../../../src/server/app';
import { startHttpServer, type RunningServer } from '../../../src/server/http-server';
import type { LeadershipMode } from '../../../src/server/scheduler-endpoint';
import { FakeAgent } from './fake-agent';

export const JSON_TYPE = 'application/json';
export const PROTOBUF = 'application/x-protobuf';
export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

export interface Harness {
  master: Master;
  server: RunningServer;
  agents: FakeAgent[];
  leadership: LeadershipMode;
  port: number;
  close(): Promise<void>;
}

export async function startHarness(
  opts: { master?: MasterOptions; agents?: number; credentials?: Credential[]; start?: boolean; agentOptions?: ConstructorParameters<typeof FakeAgent>[2] } = {},
): Promise<Harness> {
  const master = new Master({ masterId: 'm1', allocationIntervalMs: 50, heartbeatIntervalSeconds: 15, agentPingTimeoutMs: 200, ...opts.master });
  const agents: FakeAgent[] = [];
  for (let i = 0; i < (opts.agents ?? 1); i++) {
    const agent = new FakeAgent(master.nextAgentId(), `127.0.0.${i + 1}`, opts.agentOptions);
    agents.push(agent);
    master.registerAgent(agent, () => agent.probe);
  }
  const h: Harness = { master, agents, leadership: { mode: 'leader' }, port: 0, server: undefined as unknown as RunningServer, close: async () => {} };
  h.server = await startHttpServer('127.0.0.1', 0, masterApp({
    master: () => master,
    leadership: () => h.leadership,
    state: () => master.state(),
    ...(opts.credentials ? { credentials: opts.credentials } : {}),
  }));
  h.port = h.server.port;
  master.setAddress('127.0.0.1', '127.0.0.1', h.port);
  if (opts.start !== false) master.start();
  h.close = async () => {
    master.stop();
    await h.server.close();
  };
  return h;
}

export interface HttpResult {
  status: number;
  headers: IncomingHttpHeaders;
  body: Buffer;
  text: string;
}

export function http(port: number, method: string, path: string, headers: Record<string, string>, body?: Buffer | string): Promise<HttpResult> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, method, path, headers, agent: false }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => {
        const buf = Buffer.concat(chunks);
        resolve({ status: res.statusCode ?? 0, headers: res.headers, body: buf, text: buf.toString('utf8') });
      });
      res.on('error', reject);
    });
    req.on('error', reject);
    if (body !== undefined) req.write(body);
    req.end();
  });
}

/** POST a JSON call (the body is sent verbatim). */
export function postJson(h: Harness, body: unknown, headers: Record<string, string> = {}): Promise<HttpResult> {
  return http(h.port, 'POST', '/api/v1/scheduler', { 'Content-Type': JSON_TYPE, ...headers }, typeof body === 'string' ? body : JSON.stringify(body));
}

export class Subscription {
  readonly events: Json[] = [];
  readonly raw: Buffer[] = [];
  status = 0;
  headers: IncomingHttpHeaders = {};
  ended = false;
  private waiters: Array<() => void> = [];
  private consumed = 0;
  private destroy: () => void = () => {};

  get streamId(): string {
    return String(this.headers['mesos-stream-id'] ?? '');
  }

  /** Every event received, in order (next()/update() consume from `events`, not from here). */
  readonly all: Json[] = [];

  get frameworkId(): string {
    return String(this.all.find((e) => e.type === 'SUBSCRIBED')?.subscribed?.framework_id?.value ?? '');
  }

  static open(port: number, call: Json, opts: { contentType?: string; accept?: string | null; path?: string; extraHeaders?: Record<string, string> } = {}): Promise<Subscription> {
    const sub = new Subscription();
    const contentType = opts.contentType ?? JSON_TYPE;
    const body = contentType === PROTOBUF ? Buffer.from(mesos.v1.scheduler.Call.encode(mesos.v1.scheduler.Call.fromObject(call)).finish()) : Buffer.from(JSON.stringify(call));
    const headers: Record<string, string> = { 'Content-Type': contentType, ...opts.extraHeaders };
    if (opts.accept !== null) headers.Accept = opts.accept ?? JSON_TYPE;
    return new Promise((resolve, reject) => {
      const req = request({ host: '127.0.0.1', port, method: 'POST', path: opts.path ?? '/api/v1/scheduler', headers, agent: false }, (res) => {
        sub.status = res.statusCode ?? 0;
        sub.headers = res.headers;
        const decoder = new RecordIODecoder();
        const protobuf = res.headers['content-type'] === PROTOBUF;
        res.on('data', (chunk: Buffer) => {
          sub.raw.push(chunk);
          if (sub.status !== 200) return;
          for (const record of decoder.push(chunk)) {
            const json = protobuf
              ? toMesosJson(mesosType('mesos.v1.scheduler.Event'), mesos.v1.scheduler.Event.decode(record))
              : (JSON.parse(Buffer.from(record).toString('utf8')) as Json);
            sub.events.push(json);
            sub.all.push(json);
          }
          sub.wake();
        });
        res.on('end', () => {
          sub.ended = true;
          sub.wake();
        });
        res.on('close', () => {
          sub.ended = true;
          sub.wake();
        });
        resolve(sub);
      });
      sub.destroy = () => req.destroy();
      req.on('error', (err) => {
        sub.ended = true;
        sub.wake();
        if (sub.status === 0) reject(err);
      });
      req.end(body);
    });
  }

  /** The next unconsumed event of this type (waits for it). */
  async next(type: string, timeoutMs = 3000): Promise<Json> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const idx = this.events.findIndex((e, i) => i >= this.consumed && e.type === type);
      if (idx >= 0) {
        const ev = this.events[idx] as Json;
        this.events.splice(idx, 1);
        return ev;
      }
      if (this.ended) throw new Error(`stream ended while waiting for ${type}; got ${JSON.stringify(this.events.map((e) => e.type))}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`timed out waiting for ${type}; got ${JSON.stringify(this.events.map((e) => e.type))}`);
      await new Promise<void>((resolve) => {
        const t = setTimeout(resolve, left);
        this.waiters.push(() => {
          clearTimeout(t);
          resolve();
        });
      });
    }
  }

  /** Updates received so far for a task (consumed). */
  async update(taskId: string, timeoutMs = 3000): Promise<Json> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const idx = this.events.findIndex((e) => e.type === 'UPDATE' && e.update.status.task_id.value === taskId);
      if (idx >= 0) return this.events.splice(idx, 1)[0] as Json;
      if (Date.now() > deadline || this.ended) throw new Error(`no UPDATE for ${taskId}; got ${JSON.stringify(this.events.map((e) => e.type))}`);
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  async waitEnded(timeoutMs = 3000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.ended) {
      if (Date.now() > deadline) throw new Error('stream did not end');
      await new Promise((r) => setTimeout(r, 10));
    }
  }

  /** Events of this type received so far, without consuming them. */
  peek(type: string): Json[] {
    return this.events.filter((e) => e.type === type);
  }

  close(): void {
    this.destroy();
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }
}

export function frameworkInfo(extra: Json = {}): Json {
  return { user: 'nobody', name: 'test-fw', ...extra };
}

export function subscribeCall(info: Json = frameworkInfo(), extra: Json = {}): Json {
  return { type: 'SUBSCRIBE', subscribe: { framework_info: info }, ...extra };
}

/** Subscribes a JSON framework and waits for SUBSCRIBED. */
export async function subscribeFramework(h: Harness, info: Json = frameworkInfo()): Promise<Subscription> {
  const sub = await Subscription.open(h.port, subscribeCall(info, info.id ? { framework_id: info.id } : {}));
  await sub.next('SUBSCRIBED');
  return sub;
}

/** A non-subscribe call from a subscription, with its framework ID and stream ID. */
export function call(h: Harness, sub: Subscription, body: Json): Promise<HttpResult> {
  return postJson(h, { framework_id: { value: sub.frameworkId }, ...body }, { 'Mesos-Stream-Id': sub.streamId });
}

export function sleep(ms: number): Promise<void> {
  return new Promise((r) => setTimeout(r, ms));
}

export const scalar = (name: string, value: number): Json => ({ name, type: 'SCALAR', scalar: { value } });
