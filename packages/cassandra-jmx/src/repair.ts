// Repair: start with repairAsync, then poll getParentRepairStatus(cmd) — the source of truth, unlike
// JMX notifications, which can be lost — until COMPLETED or FAILED. An overall timeout and an abort
// signal both end in forceTerminateAllRepairSessions, so a repair never hangs forever and an abort
// sticks. Command 0 means there was nothing to repair.
import type { Dialect } from './dialect';
import {
  CassandraOperationFailedError,
  JmxAbortedError,
  JmxTimeoutError,
  JmxUnavailableError,
  RepairTimeoutError,
} from './errors';
import type { JmxClient } from './jmx-client';
import { assertIdentifier } from './names';
import { sleep } from './poll';
import { repairOptionsMap, type RepairOptions } from './repair-options';
import { expectNumber } from './values';

export interface RepairProgress {
  readonly keyspace: string;
  readonly command: number;
  /** UNKNOWN: the node does not know the command (yet). */
  readonly status: 'IN_PROGRESS' | 'UNKNOWN';
  readonly messages: readonly string[];
  readonly elapsedMs: number;
}

export interface RepairControl {
  /** Overall limit for the repair, start to finish; default 6 h. */
  readonly timeoutMs?: number;
  /** How often the status is polled; default 2 s. */
  readonly pollIntervalMs?: number;
  /** Limit of each single JMX call; default the client's. */
  readonly callTimeoutMs?: number;
  /** Consecutive status polls that may fail for transport reasons (timeout, connection) before giving up; default 3. */
  readonly maxPollFailures?: number;
  readonly signal?: AbortSignal;
  readonly onProgress?: (progress: RepairProgress) => void;
}

export interface RepairResult {
  readonly keyspace: string;
  /** 0 when there was nothing to repair. */
  readonly command: number;
  readonly status: 'COMPLETED' | 'NOTHING_TO_REPAIR';
  readonly messages: readonly string[];
  readonly durationMs: number;
}

const DEFAULT_TIMEOUT_MS = 6 * 3600_000;
const DEFAULT_POLL_MS = 2000;

type ParsedStatus = { state: 'IN_PROGRESS' | 'COMPLETED' | 'FAILED' | 'UNKNOWN'; messages: string[] };

/** getParentRepairStatus answers [status, message…] or null. */
export function parseParentRepairStatus(value: unknown): ParsedStatus {
  if (value === null || value === undefined) return { state: 'UNKNOWN', messages: [] };
  if (!Array.isArray(value) || value.length === 0) return { state: 'UNKNOWN', messages: [] };
  const [state, ...messages] = value.map((v) => String(v));
  if (state === 'IN_PROGRESS' || state === 'COMPLETED' || state === 'FAILED') return { state, messages };
  return { state: 'UNKNOWN', messages: [String(state), ...messages] };
}

function isTransient(e: unknown): boolean {
  return e instanceof JmxTimeoutError || e instanceof JmxUnavailableError;
}

/** Repairs `keyspace` on the node and waits for the outcome. */
export async function repair(
  client: JmxClient,
  dialect: Dialect,
  keyspace: string,
  options: RepairOptions = {},
  control: RepairControl = {},
): Promise<RepairResult> {
  const ks = assertIdentifier('keyspace', keyspace);
  const map = repairOptionsMap(options);
  const timeoutMs = control.timeoutMs ?? DEFAULT_TIMEOUT_MS;
  const pollMs = control.pollIntervalMs ?? DEFAULT_POLL_MS;
  const maxPollFailures = control.maxPollFailures ?? 3;
  // Errors name the keyspace through the operation: "repair(ks) on 127.0.0.1: …".
  const op = `repair(${ks})`;
  const context = client.context(op);
  const started = Date.now();
  const callTimeout = (): number =>
    Math.max(
      1,
      Math.min(control.callTimeoutMs ?? client.defaultTimeoutMs, timeoutMs - (Date.now() - started)),
    );

  const terminate = async (): Promise<boolean> => {
    try {
      await client.request('forceTerminateAllRepairSessions', dialect.terminateAllRepairSessions());
      return true;
    } catch {
      return false;
    }
  };

  let command: number;
  try {
    const value = await client.request(op, dialect.repairAsync(ks, map), {
      timeoutMs: callTimeout(),
      ...(control.signal === undefined ? {} : { signal: control.signal }),
    });
    command = expectNumber(context, 'repairAsync command', value);
  } catch (e) {
    if (e instanceof JmxAbortedError) {
      // The repair may have started before the abort: make sure nothing keeps running.
      const terminated = await terminate();
      throw new JmxAbortedError(
        context,
        `repair of keyspace ${ks} aborted while starting; ${terminated ? 'all repair sessions were terminated' : 'terminating the repair sessions failed'}`,
      );
    }
    throw e;
  }
  if (command === 0)
    return {
      keyspace: ks,
      command,
      status: 'NOTHING_TO_REPAIR',
      messages: [],
      durationMs: Date.now() - started,
    };

  let failures = 0;
  for (;;) {
    const remaining = timeoutMs - (Date.now() - started);
    if (remaining <= 0) throw new RepairTimeoutError(context, ks, command, timeoutMs, await terminate());
    try {
      await sleep(Math.min(pollMs, remaining), control.signal, context);
    } catch (e) {
      if (!(e instanceof JmxAbortedError)) throw e;
      const terminated = await terminate();
      throw new JmxAbortedError(
        context,
        `repair of keyspace ${ks} (command ${command}) aborted; ${terminated ? 'all repair sessions were terminated' : 'terminating the repair sessions failed'}`,
      );
    }
    if (Date.now() - started >= timeoutMs) continue;
    let parsed: ParsedStatus;
    try {
      parsed = parseParentRepairStatus(
        await client.request(op, dialect.parentRepairStatus(command), { timeoutMs: callTimeout() }),
      );
      failures = 0;
    } catch (e) {
      if (isTransient(e) && ++failures <= maxPollFailures) continue;
      throw e;
    }
    const elapsedMs = Date.now() - started;
    if (parsed.state === 'COMPLETED')
      return { keyspace: ks, command, status: 'COMPLETED', messages: parsed.messages, durationMs: elapsedMs };
    if (parsed.state === 'FAILED') {
      throw new CassandraOperationFailedError(
        context,
        `repair of keyspace ${ks} (command ${command}) failed${parsed.messages.length > 0 ? `: ${parsed.messages.join('; ')}` : ''}`,
        parsed.messages,
      );
    }
    control.onProgress?.({
      keyspace: ks,
      command,
      status: parsed.state,
      messages: parsed.messages,
      elapsedMs,
    });
  }
}
