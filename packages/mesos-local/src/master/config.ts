// Master settings, with Mesos's defaults (Appendix B) unless a test or the CLI shortens them.
import { systemClock, type Clock } from './clock';
import { silentLogger, type Logger } from './logger';

export interface MasterOptions {
  /** Defaults to a random UUID (a new one per master instance, like Mesos). */
  masterId?: string;
  /** Hostname and IP reported in MasterInfo; the server fills in the port it listens on. */
  hostname?: string;
  ip?: string;
  port?: number;
  /** Reported in SUBSCRIBED and used for the stream's heartbeats (Mesos: 15 s). */
  heartbeatIntervalSeconds?: number;
  /** Allocator cycle (Mesos --allocation_interval: 1 s). */
  allocationIntervalMs?: number;
  /** Rescind offers not answered within this time (Mesos --offer_timeout: off). */
  offerTimeoutMs?: number;
  /** An agent silent for this long is declared unreachable (Mesos: 15 s x 5 pings). */
  agentPingTimeoutMs?: number;
  /** After a master restart, agents not re-registered within this time become unreachable (Mesos: 10 min). */
  agentReregisterTimeoutMs?: number;
  maxCompletedFrameworks?: number;
  maxCompletedTasksPerFramework?: number;
  /** Mesos --root_submissions (default true). */
  rootSubmissions?: boolean;
  clock?: Clock;
  logger?: Logger;
}

export interface MasterConfig {
  masterId: string | undefined;
  hostname: string;
  ip: string;
  port: number;
  heartbeatIntervalSeconds: number;
  allocationIntervalMs: number;
  offerTimeoutMs: number | undefined;
  agentPingTimeoutMs: number;
  agentReregisterTimeoutMs: number;
  maxCompletedFrameworks: number;
  maxCompletedTasksPerFramework: number;
  rootSubmissions: boolean;
  clock: Clock;
  logger: Logger;
}

export const MESOS_VERSION = '1.11.0';

export function resolveMasterOptions(o: MasterOptions = {}): MasterConfig {
  return {
    masterId: o.masterId,
    hostname: o.hostname ?? '127.0.0.1',
    ip: o.ip ?? '127.0.0.1',
    port: o.port ?? 5050,
    heartbeatIntervalSeconds: o.heartbeatIntervalSeconds ?? 15,
    allocationIntervalMs: o.allocationIntervalMs ?? 1000,
    offerTimeoutMs: o.offerTimeoutMs,
    agentPingTimeoutMs: o.agentPingTimeoutMs ?? 75_000,
    agentReregisterTimeoutMs: o.agentReregisterTimeoutMs ?? 600_000,
    maxCompletedFrameworks: o.maxCompletedFrameworks ?? 50,
    maxCompletedTasksPerFramework: o.maxCompletedTasksPerFramework ?? 1000,
    rootSubmissions: o.rootSubmissions ?? true,
    clock: o.clock ?? systemClock,
    logger: o.logger ?? silentLogger,
  };
}

/** MasterInfo.ip: the IPv4 bytes read as a little-endian uint32 (127.0.0.1 -> 16777343). */
export function packIp(ip: string): number {
  const parts = ip.split('.').map(Number);
  if (parts.length !== 4 || parts.some((p) => !Number.isInteger(p) || p < 0 || p > 255)) return 0;
  const [a = 0, b = 0, c = 0, d = 0] = parts;
  return (((d << 24) >>> 0) + (c << 16) + (b << 8) + a) >>> 0;
}
