// Test helpers for the agent: a fake master that records calls, builders for frameworks and tasks, raw
// executor HTTP calls and a reader for the SUBSCRIBE event stream.
import * as http from 'node:http';
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RecordIODecoder, codecFor } from '@cassandra-mesos/mesos';
import { mesos } from '@cassandra-mesos/model';
import type { FrameworkInfo, MasterPort, TaskInfo, TaskStatus } from '../../src/contracts';

export const FIXTURE_EXECUTOR = join(__dirname, 'fixtures', 'test-executor.cjs');
export const AGENT_IP = '127.0.0.2';
export const TaskState = mesos.v1.TaskState;
export const Reason = mesos.v1.TaskStatus.Reason;
export const EventType = mesos.v1.executor.Event.Type;
export type ExecutorEvent = mesos.v1.executor.Event;

export interface RecordedUpdate {
  agentId: string;
  frameworkId: string;
  status: TaskStatus;
}

export class FakeMaster implements MasterPort {
  readonly updates: RecordedUpdate[] = [];
  readonly messages: Array<{ frameworkId: string; executorId: string; data: Buffer }> = [];
  readonly terminated: Array<{ frameworkId: string; executorId: string; status: number }> = [];

  /** Called for every forwarded update, e.g. to acknowledge automatically as a scheduler would. */
  onUpdate: ((frameworkId: string, status: TaskStatus) => void) | undefined;

  statusUpdate(agentId: string, frameworkId: string, status: TaskStatus): void {
    this.updates.push({ agentId, frameworkId, status });
    const hook = this.onUpdate;
    if (hook) setImmediate(() => hook(frameworkId, status));
  }

  /** Acknowledges every update it receives, as a well-behaved scheduler does. */
  autoAcknowledge(agent: { acknowledge(frameworkId: string, taskId: string, uuid: Uint8Array): void }): void {
    this.onUpdate = (fw, s) => agent.acknowledge(fw, s.task_id.value, s.uuid);
  }
  executorMessage(_agentId: string, frameworkId: string, executorId: string, data: Uint8Array): void {
    this.messages.push({ frameworkId, executorId, data: Buffer.from(data) });
  }
  executorTerminated(_agentId: string, frameworkId: string, executorId: string, status: number): void {
    this.terminated.push({ frameworkId, executorId, status });
  }

  /** Forwarded updates of a task, in order (retries included). */
  of(taskId: string): TaskStatus[] {
    return this.updates.filter((u) => u.status.task_id.value === taskId).map((u) => u.status);
  }
  states(taskId: string): string[] {
    return this.of(taskId).map((s) => TaskState[s.state]);
  }
  async waitForState(taskId: string, state: mesos.v1.TaskState, timeoutMs = 8000): Promise<TaskStatus> {
    await waitFor(
      () => this.of(taskId).some((s) => s.state === state),
      timeoutMs,
      `${taskId} to reach ${TaskState[state]} (got ${this.states(taskId).join(',')})`,
    );
    return this.of(taskId).find((s) => s.state === state) as TaskStatus;
  }
}

export async function waitFor(cond: () => boolean, timeoutMs = 8000, what = 'condition'): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!cond()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await sleep(20);
  }
}

export function sleep(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

export function tempDir(prefix = 'agent-test-'): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), prefix));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

export function framework(
  id: string,
  extra: Partial<mesos.v1.FrameworkInfo.$Properties> = {},
): FrameworkInfo {
  return mesos.v1.FrameworkInfo.create({ user: 'test', name: 'test', id: { value: id }, ...extra });
}

export const fixtureCommand = (env: Record<string, string> = {}): mesos.v1.CommandInfo.$Properties => ({
  value: process.execPath,
  shell: false,
  arguments: ['node', FIXTURE_EXECUTOR],
  environment: { variables: Object.entries(env).map(([name, value]) => ({ name, value })) },
});

export function customTask(
  taskId: string,
  executorId: string,
  opts: {
    data?: string;
    command?: mesos.v1.CommandInfo.$Properties;
    resources?: mesos.v1.Resource.$Properties[];
    agentId?: string;
    grace?: number;
  } = {},
): TaskInfo {
  return mesos.v1.TaskInfo.create({
    name: taskId,
    task_id: { value: taskId },
    agent_id: { value: opts.agentId ?? 'agent-1' },
    resources: [
      { name: 'cpus', type: mesos.v1.Value.Type.SCALAR, scalar: { value: 0.1 } },
      ...(opts.resources ?? []),
    ],
    executor: {
      executor_id: { value: executorId },
      command: opts.command ?? fixtureCommand(),
      ...(opts.grace !== undefined ? { shutdown_grace_period: { nanoseconds: opts.grace * 1e6 } } : {}),
    },
    data: Buffer.from(opts.data ?? ''),
  });
}

export function commandTask(
  taskId: string,
  command: mesos.v1.CommandInfo.$Properties,
  extra: Partial<mesos.v1.TaskInfo.$Properties> = {},
): TaskInfo {
  return mesos.v1.TaskInfo.create({
    name: taskId,
    task_id: { value: taskId },
    agent_id: { value: 'agent-1' },
    resources: [{ name: 'cpus', type: mesos.v1.Value.Type.SCALAR, scalar: { value: 0.1 } }],
    command,
    ...extra,
  });
}

export interface RawResponse {
  status: number;
  body: string;
  headers: http.IncomingHttpHeaders;
}

/** A raw HTTP call with exactly the given headers. */
export function rawCall(
  endpoint: string,
  opts: { method?: string; path?: string; headers?: Record<string, string>; body?: string | Uint8Array },
): Promise<RawResponse> {
  const [host, port] = endpoint.split(':');
  return new Promise((resolve, reject) => {
    const req = http.request(
      {
        host,
        port: Number(port),
        method: opts.method ?? 'POST',
        path: opts.path ?? '/api/v1/executor',
        headers: opts.headers ?? {},
        agent: false,
      },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () =>
          resolve({
            status: res.statusCode ?? 0,
            body: Buffer.concat(chunks).toString('utf8'),
            headers: res.headers,
          }),
        );
      },
    );
    req.on('error', reject);
    req.end(opts.body);
  });
}

export function jsonCall(
  endpoint: string,
  call: object,
  headers: Record<string, string> = {},
): Promise<RawResponse> {
  return rawCall(endpoint, {
    headers: { 'Content-Type': 'application/json', ...headers },
    body: JSON.stringify(call),
  });
}

/** An open SUBSCRIBE stream read as the executor would. */
export class EventStream {
  readonly events: ExecutorEvent[] = [];
  ended = false;
  private constructor(
    private readonly req: http.ClientRequest,
    readonly status: number,
    readonly contentType: string | undefined,
  ) {}

  static open(
    endpoint: string,
    body: string | Uint8Array,
    headers: Record<string, string>,
  ): Promise<EventStream> {
    const [host, port] = endpoint.split(':');
    return new Promise((resolve, reject) => {
      const req = http.request(
        { host, port: Number(port), method: 'POST', path: '/api/v1/executor', headers, agent: false },
        (res) => {
          const stream = new EventStream(req, res.statusCode ?? 0, res.headers['content-type']);
          const codec = codecFor(res.headers['content-type']);
          const decoder = new RecordIODecoder();
          res.on('data', (chunk: Buffer) => {
            if (!codec) return;
            for (const record of decoder.push(chunk))
              stream.events.push(codec.decode(mesos.v1.executor.Event, record));
          });
          res.on('end', () => (stream.ended = true));
          res.on('close', () => (stream.ended = true));
          resolve(stream);
        },
      );
      req.on('error', reject);
      req.end(body);
    });
  }

  static subscribe(
    endpoint: string,
    frameworkId: string,
    executorId: string,
    subscribe: object = {},
    accept?: string,
  ): Promise<EventStream> {
    const call = {
      type: 'SUBSCRIBE',
      framework_id: { value: frameworkId },
      executor_id: { value: executorId },
      subscribe,
    };
    const headers: Record<string, string> = { 'Content-Type': 'application/json' };
    if (accept) headers.Accept = accept;
    return EventStream.open(endpoint, JSON.stringify(call), headers);
  }

  types(): string[] {
    return this.events.map((e) => EventType[e.type]);
  }

  async next(type: mesos.v1.executor.Event.Type, after = 0, timeoutMs = 5000): Promise<ExecutorEvent> {
    await waitFor(
      () => this.events.slice(after).some((e) => e.type === type),
      timeoutMs,
      `event ${EventType[type]} (got ${this.types().join(',')})`,
    );
    return this.events.slice(after).find((e) => e.type === type) as ExecutorEvent;
  }

  close(): void {
    this.req.destroy();
  }
}

export function updateCall(
  frameworkId: string,
  executorId: string,
  taskId: string,
  state: string,
  status: Record<string, unknown> = {},
): object {
  return {
    type: 'UPDATE',
    framework_id: { value: frameworkId },
    executor_id: { value: executorId },
    update: {
      status: {
        task_id: { value: taskId },
        state,
        source: 'SOURCE_EXECUTOR',
        uuid: Buffer.from(newUuid()).toString('base64'),
        ...status,
      },
    },
  };
}

export function newUuid(): Uint8Array {
  const b = Buffer.alloc(16);
  for (let i = 0; i < 16; i++) b[i] = Math.floor(Math.random() * 256);
  return b;
}

/** State and process group of a process from /proc (zombies count as dead: nobody may reap them here). */
function procStat(pid: number): { state: string; ppid: number; pgrp: number } | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: fields[0] ?? '', ppid: Number(fields[1]), pgrp: Number(fields[2]) };
  } catch {
    return undefined;
  }
}

export function alive(pid: number): boolean {
  const s = procStat(pid);
  return s !== undefined && s.state !== 'Z' && s.state !== 'X';
}

/** Live (non-zombie) members of a process group. */
export function groupMembers(pgid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^[0-9]+$/.test(d))
    .map(Number)
    .filter((pid) => {
      const s = procStat(pid);
      return s !== undefined && s.pgrp === pgid && s.state !== 'Z' && s.state !== 'X';
    });
}

/** Live direct children of a process. */
export function childrenOf(pid: number): number[] {
  return readdirSync('/proc')
    .filter((d) => /^[0-9]+$/.test(d))
    .map(Number)
    .filter((p) => procStat(p)?.ppid === pid && alive(p));
}

export function groupAlive(pgid: number): boolean {
  return groupMembers(pgid).length > 0;
}

/** Live processes whose command line mentions the text (e.g. a test's work directory). */
export function processesMentioning(text: string): number[] {
  return readdirSync('/proc')
    .filter((d) => /^[0-9]+$/.test(d))
    .map(Number)
    .filter((pid) => {
      try {
        return alive(pid) && readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes(text);
      } catch {
        return false;
      }
    });
}
