// Watches the node with one cheap bulk Jolokia read every pollMs and reports HealthCheckDetails: every
// intervalMs (the scheduler's health_check_interval_seconds), and at once when the state the scheduler
// acts on changes (healthy, operation mode, native transport, gossip). Reads never overlap: a tick
// that finds the previous read still running is skipped, and a read that hangs is abandoned after
// readTimeoutMs, so a stuck Jolokia turns into an unhealthy report instead of silence.
import type { NodeHealth } from '@cassandra-mesos/cassandra-jmx';
import { cassandra_mesos } from '@cassandra-mesos/model';
import type { Clock, TimerHandle } from '../clock';
import { missingHealthText, nodeInfoFromHealth } from './node-info';

export const DEFAULT_HEALTH_POLL_MS = 1_000;
export const DEFAULT_HEALTH_READ_TIMEOUT_MS = 5_000;
/** When ServerTask.health_check_interval_seconds is 0. */
export const DEFAULT_HEALTH_INTERVAL_MS = 30_000;

export interface HealthReporterPorts {
  readonly clock: Clock;
  /** One bulk read of the node's health (CassandraJmx.health); should stop when `signal` aborts. */
  read(signal: AbortSignal): Promise<NodeHealth>;
  /** Delivers a report (the lead sends it as ExecutorMessage{health}). Must not throw. */
  send(details: cassandra_mesos.v1.HealthCheckDetails): void;
  /** Whether the Cassandra process runs; false → unhealthy without asking Jolokia. */
  processRunning?(): boolean;
}

export interface HealthReporterSettings {
  /** Regular report period. */
  readonly intervalMs: number;
  /** Check period; reports in between only on a change. */
  readonly pollMs?: number;
  /** A read without an answer after this is abandoned and reported unhealthy. */
  readonly readTimeoutMs?: number;
  /** CassandraNodeInfo.endpoint: ip:port as Cassandra names this node. */
  readonly endpoint?: string;
}

export interface HealthReporterOptions extends HealthReporterPorts, HealthReporterSettings {}

/** ServerTask.health_check_interval_seconds → the report period (0 = default). */
export function healthIntervalMs(seconds: number | null | undefined): number {
  return seconds !== null && seconds !== undefined && seconds > 0 ? seconds * 1000 : DEFAULT_HEALTH_INTERVAL_MS;
}

export class HealthReporter {
  private readonly intervalMs: number;
  private readonly pollMs: number;
  private readonly readTimeoutMs: number;
  private tickTimer: TimerHandle | undefined;
  private inFlight: { readonly promise: Promise<cassandra_mesos.v1.HealthCheckDetails>; readonly controller: AbortController } | undefined;
  private lastSent: { readonly key: string; readonly atMs: number } | undefined;
  private latestValue: cassandra_mesos.v1.HealthCheckDetails | undefined;
  private sendNext = false;
  private started = false;
  private stopped = false;
  private skipped = 0;

  constructor(private readonly options: HealthReporterOptions) {
    this.intervalMs = positive('intervalMs', options.intervalMs);
    this.pollMs = positive('pollMs', options.pollMs ?? DEFAULT_HEALTH_POLL_MS);
    this.readTimeoutMs = positive('readTimeoutMs', options.readTimeoutMs ?? DEFAULT_HEALTH_READ_TIMEOUT_MS);
  }

  /** The latest check's result, sent or not. */
  get latest(): cassandra_mesos.v1.HealthCheckDetails | undefined {
    return this.latestValue;
  }

  /** Ticks skipped because the previous read was still running. */
  get skippedTicks(): number {
    return this.skipped;
  }

  /** Checks at once, then every pollMs until stop(). */
  start(): void {
    if (this.stopped) throw new Error('HealthReporter.start: the reporter was stopped; create a new one');
    if (this.started) return;
    this.started = true;
    this.tick();
  }

  /**
   * Answers a scheduler's HealthCheckRequest: a read now (or the one already running, which is at most
   * pollMs old), whose report is sent whatever changed. Resolves with that report; never rejects.
   * After stop() it resolves with an unhealthy report and sends nothing.
   */
  checkNow(): Promise<cassandra_mesos.v1.HealthCheckDetails> {
    if (this.stopped) {
      const now = this.options.clock.now();
      return Promise.resolve(cassandra_mesos.v1.HealthCheckDetails.create({ healthy: false, message: 'health checks have stopped: the server task has ended', checkedAtMs: now }));
    }
    this.sendNext = true;
    return this.inFlight?.promise ?? this.check();
  }

  /** Stops the timers and abandons a running read; nothing is sent afterwards. */
  stop(): void {
    this.stopped = true;
    this.tickTimer?.cancel();
    this.tickTimer = undefined;
    this.inFlight?.controller.abort(new Error('the health reporter was stopped'));
  }

  private tick(): void {
    if (this.stopped) return;
    this.tickTimer = this.options.clock.setTimer(this.pollMs, () => this.tick());
    if (this.inFlight) {
      this.skipped++;
      return;
    }
    void this.check();
  }

  private check(): Promise<cassandra_mesos.v1.HealthCheckDetails> {
    const controller = new AbortController();
    const promise = this.readOnce(controller).then((details) => {
      this.inFlight = undefined;
      this.deliver(details);
      return details;
    });
    this.inFlight = { promise, controller };
    return promise;
  }

  /** One check; never rejects: every failure is an unhealthy report. */
  private async readOnce(controller: AbortController): Promise<cassandra_mesos.v1.HealthCheckDetails> {
    const clock = this.options.clock;
    const startedAt = clock.now();
    const report = (healthy: boolean, message: string, info?: cassandra_mesos.v1.CassandraNodeInfo.$Properties): cassandra_mesos.v1.HealthCheckDetails => {
      const now = clock.now();
      return cassandra_mesos.v1.HealthCheckDetails.create({ healthy, message, info: info ?? null, checkedAtMs: now, roundTripMs: Math.max(0, now - startedAt) });
    };
    let timer: TimerHandle | undefined;
    try {
      if (this.options.processRunning && !this.options.processRunning()) return report(false, 'the Cassandra process is not running');
      let expire: (error: Error) => void = () => undefined;
      const timedOut = new Promise<never>((_resolve, reject) => (expire = reject));
      timer = clock.setTimer(this.readTimeoutMs, () => {
        const error = new Error(`the health read got no answer from Jolokia within ${this.readTimeoutMs} ms`);
        controller.abort(error);
        expire(error);
      });
      const health = await Promise.race([this.options.read(controller.signal), timedOut]);
      return report(true, missingHealthText(health), nodeInfoFromHealth(health, this.options.endpoint));
    } catch (err) {
      return report(false, err instanceof Error ? err.message : String(err));
    } finally {
      timer?.cancel();
    }
  }

  private deliver(details: cassandra_mesos.v1.HealthCheckDetails): void {
    if (this.stopped) return; // a read that ends after stop() reports nothing
    this.latestValue = details;
    const key = stateKey(details);
    const now = this.options.clock.now();
    // Half a poll of tolerance: the read that completes "at" the interval may end a few ms early.
    const due = this.lastSent === undefined || now - this.lastSent.atMs >= this.intervalMs - this.pollMs / 2;
    if (!due && !this.sendNext && key === this.lastSent?.key) return;
    this.sendNext = false;
    this.lastSent = { key, atMs: now };
    this.options.send(details);
  }
}

/** What the scheduler acts on; a change is reported at once. */
function stateKey(details: cassandra_mesos.v1.HealthCheckDetails): string {
  const info = details.info;
  return JSON.stringify([details.healthy, info?.operationMode ?? null, info?.nativeTransportRunning ?? null, info?.gossipRunning ?? null]);
}

function positive(name: string, value: number): number {
  if (!Number.isFinite(value) || value <= 0) throw new RangeError(`HealthReporter: ${name} must be a positive number of ms, got ${value}`);
  return value;
}
