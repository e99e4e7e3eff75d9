// The vocabulary of the scheduler's decision core: the state it decides over, the inputs it reacts to,
// the decisions it returns, and what the driver supplies (launch settings, an id generator).
// Everything persisted is a proto message; `volatile` is what the driver keeps in memory and can lose.
import type { cassandra_mesos } from '../gen/cassandra_mesos';
import type { mesos } from '../gen/mesos';
import type { OfferEvaluation } from '../offers/types';
import type { ReconcileSettings, ReconcileTracker } from '../reconcile';

export type NodeRecord = cassandra_mesos.v1.NodeRecord;
export type NodeTask = cassandra_mesos.v1.NodeTask;
export type FrameworkRecord = cassandra_mesos.v1.FrameworkRecord;
export type PlanControl = cassandra_mesos.v1.PlanControl;
export type NodeHealthSummary = cassandra_mesos.v1.NodeHealthSummary;
export type FrameworkConfigInput = cassandra_mesos.v1.FrameworkConfig.$Properties;
export type ConfigErrorInput = cassandra_mesos.v1.ConfigError.$Properties;
export type MesosOffer = mesos.v1.Offer.$Properties;
export type MesosTaskStatus = mesos.v1.TaskStatus.$Properties;
export type MesosOperation = mesos.v1.Offer.Operation.$Properties;
export type ClusterJob = cassandra_mesos.v1.ClusterJob;
export type NodeJobRecord = cassandra_mesos.v1.NodeJobRecord;
export type ClusterJobTypeName = 'CLEANUP' | 'REPAIR' | 'ROLLING_RESTART' | 'BACKUP' | 'RESTORE' | 'UPGRADE' | 'CONFIG_ROLLOUT' | 'FLUSH';

/** The running cluster job: its header and one record per selected node (by node id). */
export interface JobState {
  readonly header: ClusterJob;
  readonly nodes: ReadonlyMap<string, NodeJobRecord>;
}

/** What an operator (or the schedule) asks for when starting a job; the core fills in ids and times. */
export interface JobRequest {
  readonly type: ClusterJobTypeName;
  readonly params: cassandra_mesos.v1.JobParams.$Properties;
  /** API principal, "schedule", ... */
  readonly requestedBy: string;
}

/** Tunables of the decision core. Defaults in DEFAULT_CORE_SETTINGS. */
export interface CoreSettings {
  /** refuse_seconds of a decline while something still needs offers (we want them back soon). */
  readonly declineShortSeconds: number;
  /** refuse_seconds of a decline when nothing needs offers (a revive clears the filter when that changes). */
  readonly declineLongSeconds: number;
  /** refuse_seconds of a decline from the agent of the node whose deploy step is next: wanted again very soon. */
  readonly declineNextSeconds: number;
  /** refuse_seconds of an ACCEPT: the resources we just reserved come back in the next offer. */
  readonly acceptRefuseSeconds: number;
  readonly reconcile: ReconcileSettings;
  /** Launches wait for explicit reconciliation at most this long after (re)subscribing. */
  readonly explicitReconcileTimeoutMs: number;
  /** Restart-in-place backoff: first delay, doubled per consecutive failure, capped. */
  readonly restartBackoffInitialMs: number;
  readonly restartBackoffMaxMs: number;
  /** A KILL is re-sent while the task has not ended this long after the last one. */
  readonly killRetryMs: number;
  /** An unchanged health summary is written back at most this often (the history is compacted anyway). */
  readonly healthRefreshMs: number;
  /** A reservation not seen in an offer of its agent this long after the RESERVE never happened. */
  readonly reservationConfirmMs: number;
  /** Scale-down: the remaining nodes' disks may be filled up to this fraction by the leaving node's data. */
  readonly maxDiskFillRatio: number;
  /** After a node with a reservation is removed, offers are wanted this long so its resources get released. */
  readonly orphanCleanupWindowMs: number;
  /**
   * A tick runs the full pass over all nodes (timeouts, rollout, scale, suppress/revive, KILL retries)
   * only when none ran for this long; every batch of offers runs one anyway. Keeps an idle large
   * cluster's ticks cheap; inputs that need an immediate reaction (a crash, a command) get it directly.
   */
  readonly passIntervalMs: number;
  /**
   * A relaunch in place waits for the node's previous executor to exit (the agent ends it at most its
   * shutdown grace period after our SHUTDOWN). Waiting longer than this is reported in the deploy step
   * as a problem to look at on the agent; set it above the executor's kill grace period.
   */
  readonly executorExitWarnMs: number;
}

/** Why the last offer a node could use was not good enough, for step messages. */
export interface OfferShortfall {
  readonly atMs: number;
  readonly hostname: string;
  readonly reason: string;
  /** Set when the node waits for its previous executor to exit before relaunching in place. */
  readonly previousExecutorId?: string;
}

export interface VolatileState {
  readonly settings: CoreSettings;
  readonly subscribed: boolean;
  readonly subscribedAtMs: number | undefined;
  readonly reconciliation: ReconcileTracker;
  readonly suppressed: boolean;
  /** Launch time of the last node that started bootstrapping (the bootstrap grace counts from it). */
  readonly lastLaunchAtMs: number | undefined;
  /** Per node waiting for an offer: the last evaluation that failed. */
  readonly offerShortfalls: ReadonlyMap<string, OfferShortfall>;
  /** Offers are wanted until then so orphaned reservations are seen and released. */
  readonly cleanupUntilMs: number | undefined;
  /** When the last full pass (advance) ran. */
  readonly lastPassAtMs: number | undefined;
  /** Edge actions of multi-stage jobs this process issued (key → when): a new leader issues them again. */
  readonly jobEffects: ReadonlyMap<string, number>;
}

/** Everything persisted plus the volatile bits the driver keeps (never the only copy of truth). */
export interface SchedulerState {
  readonly framework: FrameworkRecord | undefined;
  /** The accepted target configuration. */
  readonly target: { readonly id: string; readonly config: FrameworkConfigInput };
  /** Errors of the last rejected config candidate; shown as plan errors while the target keeps running. */
  readonly rejectedErrors: readonly ConfigErrorInput[];
  /**
   * Stored config versions the nodes' applied_config_id refer to (optional). With them, a live node
   * whose config differs from the target only in fields that need no restart (seed_count, timeouts, ...)
   * adopts the target without a restart; without them every differing node is restarted, to be safe.
   */
  readonly configVersions?: ReadonlyMap<string, FrameworkConfigInput>;
  readonly nodes: ReadonlyMap<string, NodeRecord>;
  readonly planControls: ReadonlyMap<string, PlanControl>;
  /** The running (or just finished, not yet archived) cluster job; undefined when none. */
  readonly job: JobState | undefined;
  readonly volatile: VolatileState;
}

export type RunStateName = 'RUN' | 'STOP' | 'RESTART' | 'TERMINATE';

/** What an operator can ask the core to do (the API resolves names first; the core re-checks). */
export type OperatorCommand =
  | { readonly kind: 'set-run-state'; readonly nodeId: string; readonly runState: RunStateName }
  | { readonly kind: 'replace-node'; readonly nodeId: string }
  /** Removes this node from the cluster (decommission, then release), lowering node_count by one. */
  | { readonly kind: 'decommission-node'; readonly nodeId: string }
  | { readonly kind: 'set-seed'; readonly nodeId: string; readonly seed: boolean }
  /** Starts a cluster job; the job id comes from ctx.ids. */
  | { readonly kind: 'start-job'; readonly request: JobRequest }
  /** Stops the running job after the node(s) it is working on; jobId guards against aborting another job. */
  | { readonly kind: 'abort-job'; readonly jobId?: string; readonly reason?: string }
  | { readonly kind: 'interrupt-plan'; readonly plan: string }
  | { readonly kind: 'continue-plan'; readonly plan: string }
  | { readonly kind: 'force-complete-step'; readonly plan: string; readonly step: string }
  | { readonly kind: 'restart-step'; readonly plan: string; readonly step: string };

export type SchedulerInput =
  | { readonly type: 'subscribed'; readonly frameworkId: string; readonly resubscribed: boolean }
  /** The subscription ended (stream closed, ERROR event): nothing is sent until the next SUBSCRIBED. */
  | { readonly type: 'disconnected' }
  | { readonly type: 'offers'; readonly offers: readonly MesosOffer[] }
  | { readonly type: 'rescind'; readonly offerId: string }
  /** TaskStatus.data = TaskStatusDetails. */
  | { readonly type: 'status'; readonly status: MesosTaskStatus }
  /** ExecutorMessage (health, job progress, metadata). */
  | { readonly type: 'framework-message'; readonly agentId: string; readonly executorId: string; readonly data: Uint8Array }
  | { readonly type: 'agent-failure' | 'executor-failure'; readonly agentId: string; readonly executorId?: string; readonly status?: number }
  | { readonly type: 'tick' }
  | { readonly type: 'operator'; readonly command: OperatorCommand }
  /** Answer to a 'pause-applications' decision: ok = every application host paused (Cassy's Pause). */
  | { readonly type: 'applications-paused'; readonly jobId: string; readonly ok: boolean; readonly message: string }
  /** Answer to a 'commit-backup' decision: ok = the cluster manifest (and catalogue entry) is written. */
  | { readonly type: 'backup-committed'; readonly jobId: string; readonly ok: boolean; readonly message: string }
  /**
   * A configuration change was stored (by the API) after the driver loaded: the new target (or the old
   * one with the change's errors) replaces the current one. configVersions adds the versions nodes run.
   */
  | {
      readonly type: 'target-changed';
      readonly target: { readonly id: string; readonly config: FrameworkConfigInput };
      readonly rejectedErrors: readonly ConfigErrorInput[];
      readonly configVersions?: ReadonlyMap<string, FrameworkConfigInput>;
      /** Roll the change out to one node, then interrupt the deploy plan until an operator continues it. */
      readonly canary?: boolean;
    };

type DecisionBody =
  | { readonly type: 'persist-node'; readonly node: NodeRecord }
  | { readonly type: 'delete-node'; readonly nodeId: string }
  | { readonly type: 'persist-framework'; readonly framework: FrameworkRecord }
  | { readonly type: 'persist-plan-control'; readonly control: PlanControl }
  /** Append to the node's compacted health history (see appendHealthHistory). */
  | { readonly type: 'persist-health'; readonly nodeId: string; readonly summary: NodeHealthSummary }
  /** The job header (jobs/current). Written before its node records. */
  | { readonly type: 'persist-job'; readonly job: ClusterJob }
  /** One node's part of the job (jobs/<job_id>/nodes/<node_id>). */
  | { readonly type: 'persist-job-node'; readonly record: NodeJobRecord }
  /** The job has finished: move jobs/current (this final header) into the history. */
  | { readonly type: 'archive-job'; readonly job: ClusterJob }
  | { readonly type: 'accept'; readonly offerIds: string[]; readonly operations: MesosOperation[]; readonly filters?: { readonly refuse_seconds: number } }
  | { readonly type: 'decline'; readonly offerIds: string[]; readonly refuseSeconds: number; readonly evaluations?: OfferEvaluation[] }
  | { readonly type: 'kill'; readonly taskId: string; readonly agentId: string; readonly gracePeriodMs?: number }
  | { readonly type: 'shutdown-executor'; readonly executorId: string; readonly agentId: string }
  /** [] = implicit reconciliation. */
  | { readonly type: 'reconcile'; readonly tasks: { readonly taskId: string; readonly agentId?: string }[] }
  | { readonly type: 'revive' }
  | { readonly type: 'suppress' }
  /** SchedulerMessage. */
  | { readonly type: 'send-message'; readonly agentId: string; readonly executorId: string; readonly data: Uint8Array }
  /**
   * Consistent backup: pause the applications behind the DNS SRV name (Cassy's Pause on each host),
   * answered by an 'applications-paused' input. The edge unpauses by itself after timeoutMs at the latest.
   */
  | { readonly type: 'pause-applications'; readonly jobId: string; readonly srv: string; readonly timeoutMs: number }
  /** Consistent backup: unpause them (best effort, also after a failure). No answer. */
  | { readonly type: 'unpause-applications'; readonly jobId: string; readonly srv: string }
  /**
   * Every node's part of a backup succeeded: write the cluster manifest (S3) and the catalogue entry,
   * answered by a 'backup-committed' input. Until then the backup does not exist.
   */
  | { readonly type: 'commit-backup'; readonly job: ClusterJob; readonly nodes: readonly NodeJobRecord[] }
  /** An operator command that was not applied, with what to do instead. Nothing changed. */
  | { readonly type: 'command-rejected'; readonly command: OperatorCommand; readonly error: string }
  /** Something the driver should log (an input ignored, a malformed message). Nothing changed. */
  | { readonly type: 'log'; readonly level: 'info' | 'warn' };

/** One thing the driver must do, in order. `reason` says why, for logs and operators. */
export type Decision = { readonly reason: string } & DecisionBody;

export interface LaunchSettings {
  /** ExecutorInfo.command.value: a shell command starting the executor. */
  readonly executorCommand: string;
  /** ExecutorInfo.command.environment (the executor reads CASSANDRA_MESOS_* paths from it); copied as is. */
  readonly executorEnvironment: Readonly<Record<string, string>>;
  /** The executor's own share, reserved with the node. */
  readonly executorResources: { readonly cpus: number; readonly memMb: number };
  /** Time the executor gets to drain and stop Cassandra on a KILL or SHUTDOWN. */
  readonly killGracePeriodMs?: number;
  /**
   * The executor tarball the scheduler serves itself (http://<scheduler>/v1/artifacts/…), fetched when
   * the configuration names no executor URI. Not part of the stored config: it follows the scheduler.
   */
  readonly servedExecutorUri?: string;
}

/** Ids for tasks and reservations; deterministic in tests. */
export interface IdGenerator {
  uuid(): string;
}

export interface DecideContext {
  readonly launch: LaunchSettings;
  readonly ids: IdGenerator;
}

export interface DecideResult {
  readonly state: SchedulerState;
  readonly decisions: Decision[];
}
