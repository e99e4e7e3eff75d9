// Prometheus metrics at /metrics. Counters of what flows through the driver (offers, launches, status
// updates, operator commands) come from a DriverObserver; gauges of the cluster (plan status, nodes,
// tasks by state, leadership) are computed from a state snapshot when scraped, so they can never go
// stale; API latency is a histogram by route template (never the raw URL: bounded label values).
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';
import { cassandra_mesos, isLive, mesos, STATUSES, type Decision, type SchedulerInput } from '@cassandra-mesos/model';
import type { DriverObserver } from '../driver/driver';
import { BackupMetrics } from './backup-metrics';
import type { ClusterSnapshot } from './service';
import { isRunningJob, jobTypeName } from './views/job';

const PREFIX = 'cassandra_mesos_';

export interface ApiMetricsOptions {
  /** Node.js process metrics (CPU, memory, event loop lag, GC); default true. */
  readonly processMetrics?: boolean;
}

export class ApiMetrics {
  readonly registry = new Registry();
  /** Pass to the SchedulerDriver (options.observer). */
  readonly driverObserver: DriverObserver;
  /** Bytes moved, durations and the last successful backup. */
  readonly backups: BackupMetrics;
  private readonly requestDuration: Histogram<'route' | 'method' | 'status'>;
  private snapshotSource: (() => Promise<ClusterSnapshot>) | undefined;

  constructor(options: ApiMetricsOptions = {}) {
    const registers = [this.registry];
    if (options.processMetrics ?? true) collectDefaultMetrics({ register: this.registry });
    const offersReceived = new Counter({ name: `${PREFIX}offers_received_total`, help: 'Resource offers received from Mesos', registers });
    const offersAccepted = new Counter({ name: `${PREFIX}offers_accepted_total`, help: 'Offers accepted (used for reservations, volumes or launches)', registers });
    const offersDeclined = new Counter({ name: `${PREFIX}offers_declined_total`, help: 'Offers declined', registers });
    const launches = new Counter({ name: `${PREFIX}task_launches_total`, help: 'Tasks launched (LAUNCH operations sent to Mesos)', registers });
    const statusUpdates = new Counter({ name: `${PREFIX}task_status_updates_total`, help: 'Task status updates received, by Mesos task state', labelNames: ['state'] as const, registers });
    const commands = new Counter({ name: `${PREFIX}operator_commands_total`, help: 'Operator commands the core received, and those it rejected, by kind', labelNames: ['kind', 'outcome'] as const, registers });
    const jobNodeParts = new Counter({
      name: `${PREFIX}job_node_parts_finished_total`,
      help: "Nodes' parts of cluster jobs that finished, by job type and final state (SUCCEEDED, FAILED, SKIPPED, ABORTED)",
      labelNames: ['type', 'state'] as const,
      registers,
    });
    const jobParts = new JobPartTracker();
    this.backups = new BackupMetrics(registers);
    const backups = this.backups;
    this.requestDuration = new Histogram({
      name: `${PREFIX}api_request_duration_seconds`,
      help: 'REST API request latency by route template, method and status code',
      labelNames: ['route', 'method', 'status'] as const,
      buckets: [0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5],
      registers,
    });

    this.driverObserver = {
      input: (input: SchedulerInput) => {
        if (input.type === 'offers') offersReceived.inc(input.offers.length);
        else if (input.type === 'status') statusUpdates.inc({ state: taskStateName(input.status.state) });
        else if (input.type === 'operator') commands.inc({ kind: input.command.kind, outcome: 'received' });
      },
      decision: (d: Decision) => {
        if (d.type === 'accept') {
          offersAccepted.inc(d.offerIds.length);
          launches.inc(countLaunches(d));
        } else if (d.type === 'decline') {
          offersDeclined.inc(d.offerIds.length);
        } else if (d.type === 'command-rejected') {
          commands.inc({ kind: d.command.kind, outcome: 'rejected' });
        } else if (d.type === 'persist-job') {
          jobParts.jobSeen(d.job);
        } else if (d.type === 'persist-job-node') {
          const finished = jobParts.finished(d.record);
          if (finished) {
            jobNodeParts.inc(finished);
            backups.partFinished(finished.type, d.record);
          }
        } else if (d.type === 'archive-job') {
          jobParts.jobArchived(d.job.jobId);
          backups.jobArchived(d.job);
        }
      },
    };
    this.registerStateGauges(registers);
  }

  /** Where the scrape-time gauges read the cluster from (the API's service). */
  observeCluster(snapshot: () => Promise<ClusterSnapshot>): void {
    this.snapshotSource = snapshot;
  }

  observeRequest(route: string, method: string, status: number, seconds: number): void {
    this.requestDuration.observe({ route, method: method.toUpperCase(), status: String(status) }, seconds);
  }

  async render(): Promise<{ body: string; contentType: string }> {
    return { body: await this.registry.metrics(), contentType: this.registry.contentType };
  }

  private registerStateGauges(registers: Registry[]): void {
    // One scrape reads one snapshot for all gauges; the per-gauge collect() calls share it.
    let pending: Promise<ClusterSnapshot | undefined> | undefined;
    const snapshot = (): Promise<ClusterSnapshot | undefined> => {
      pending ??= (this.snapshotSource?.() ?? Promise.resolve(undefined)).catch(() => undefined).finally(() => {
        setImmediate(() => (pending = undefined));
      });
      return pending;
    };
    new Gauge({
      name: `${PREFIX}plan_status`,
      help: 'Plan status: 1 for the current status of each plan, 0 for the others',
      labelNames: ['plan', 'status'] as const,
      registers,
      async collect() {
        this.reset();
        const s = await snapshot();
        for (const plan of s?.plans ?? []) for (const status of STATUSES) this.set({ plan: plan.name, status }, plan.status === status ? 1 : 0);
      },
    });
    new Gauge({
      name: `${PREFIX}nodes`,
      help: 'Cassandra nodes by condition: target (configured count), known (records), live (server running, NORMAL, CQL up)',
      labelNames: ['condition'] as const,
      registers,
      async collect() {
        this.reset();
        const s = await snapshot();
        if (!s) return;
        this.set({ condition: 'target' }, s.target.nodeCount);
        this.set({ condition: 'known' }, s.nodes.length);
        this.set({ condition: 'live' }, s.nodes.filter(isLive).length);
      },
    });
    new Gauge({
      name: `${PREFIX}tasks`,
      help: 'Tasks the scheduler tracks, by their last Mesos task state',
      labelNames: ['state'] as const,
      registers,
      async collect() {
        this.reset();
        const s = await snapshot();
        const counts = new Map<string, number>();
        for (const n of s?.nodes ?? []) for (const t of n.tasks) counts.set(t.state || 'UNKNOWN', (counts.get(t.state || 'UNKNOWN') ?? 0) + 1);
        for (const [state, count] of counts) this.set({ state }, count);
      },
    });
    new Gauge({
      name: `${PREFIX}job_running`,
      help: '1 for the type of the cluster job that runs now, 0 for the other types',
      labelNames: ['type'] as const,
      registers,
      async collect() {
        this.reset();
        const s = await snapshot();
        if (!s) return;
        const header = s.state.job?.header;
        const running = header && isRunningJob(header) ? jobTypeName(header.type) : undefined;
        for (const type of JOB_TYPES) this.set({ type }, type === running ? 1 : 0);
      },
    });
    new Gauge({
      name: `${PREFIX}leader`,
      help: '1 when this process is the leading scheduler, 0 on a standby or before the election',
      registers,
      async collect() {
        const s = await snapshot();
        this.set(s?.source === 'leader' ? 1 : 0);
      },
    });
  }
}

const JOB_TYPES: readonly string[] = Object.keys(cassandra_mesos.v1.ClusterJobType).filter((name) => Number.isNaN(Number(name)) && name !== 'CLUSTER_JOB_TYPE_UNSPECIFIED');

const FINAL_NODE_STATES: ReadonlySet<number> = new Set([
  cassandra_mesos.v1.NodeJobState.NODE_JOB_SUCCEEDED,
  cassandra_mesos.v1.NodeJobState.NODE_JOB_FAILED,
  cassandra_mesos.v1.NodeJobState.NODE_JOB_SKIPPED,
  cassandra_mesos.v1.NodeJobState.NODE_JOB_ABORTED,
]);

/**
 * Counts a node's part once when its stored record first reaches a final state (the core may write a
 * record again), labelled with the job's type from the job's header writes. Bounded: a job's entries
 * are dropped when it is archived.
 */
class JobPartTracker {
  private readonly types = new Map<string, string>();
  private readonly states = new Map<string, number>();

  jobSeen(job: cassandra_mesos.v1.ClusterJob): void {
    this.types.set(job.jobId, jobTypeName(job.type));
  }

  /** The labels to count when this write finishes the node's part, else undefined. */
  finished(record: cassandra_mesos.v1.NodeJobRecord): { type: string; state: string } | undefined {
    const key = `${record.jobId}/${record.nodeId}`;
    const before = this.states.get(key);
    this.states.set(key, record.state);
    if (!FINAL_NODE_STATES.has(record.state) || (before !== undefined && FINAL_NODE_STATES.has(before))) return undefined;
    const state = (cassandra_mesos.v1.NodeJobState[record.state] ?? 'UNKNOWN').replace(/^NODE_JOB_/, '');
    return { type: this.types.get(record.jobId) ?? 'UNKNOWN', state };
  }

  jobArchived(jobId: string): void {
    this.types.delete(jobId);
    for (const key of [...this.states.keys()]) if (key.startsWith(`${jobId}/`)) this.states.delete(key);
  }
}

function taskStateName(state: number | null | undefined): string {
  return mesos.v1.TaskState[state ?? -1] ?? 'UNKNOWN';
}

function countLaunches(d: Extract<Decision, { type: 'accept' }>): number {
  let n = 0;
  for (const op of d.operations) {
    if (op.type === mesos.v1.Offer.Operation.Type.LAUNCH) n += op.launch?.task_infos?.length ?? 0;
    else if (op.type === mesos.v1.Offer.Operation.Type.LAUNCH_GROUP) n += op.launch_group?.task_group?.tasks?.length ?? 0;
  }
  return n;
}
