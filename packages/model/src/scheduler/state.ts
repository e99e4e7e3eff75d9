// Building the core's state from what the store holds (at start and after every failover): the volatile
// part is recomputed from persisted facts, so losing it loses nothing.
import { DEFAULT_RECONCILE_SETTINGS, ReconcileTracker } from '../reconcile';
import { serverTask } from './node-facts';
import type {
  ClusterJob,
  ConfigErrorInput,
  JobState,
  NodeJobRecord,
  CoreSettings,
  FrameworkConfigInput,
  FrameworkRecord,
  NodeRecord,
  PlanControl,
  SchedulerState,
} from './types';

export const DEFAULT_CORE_SETTINGS: CoreSettings = {
  declineShortSeconds: 5,
  declineLongSeconds: 600,
  declineNextSeconds: 1,
  acceptRefuseSeconds: 1,
  reconcile: DEFAULT_RECONCILE_SETTINGS,
  explicitReconcileTimeoutMs: 10 * 60_000,
  restartBackoffInitialMs: 10_000,
  restartBackoffMaxMs: 10 * 60_000,
  killRetryMs: 30_000,
  healthRefreshMs: 5 * 60_000,
  reservationConfirmMs: 60_000,
  maxDiskFillRatio: 0.8,
  orphanCleanupWindowMs: 10 * 60_000,
  passIntervalMs: 5_000,
  executorExitWarnMs: 5 * 60_000,
};

export interface PersistedState {
  readonly framework: FrameworkRecord | undefined;
  readonly target: { readonly id: string; readonly config: FrameworkConfigInput };
  readonly rejectedErrors?: readonly ConfigErrorInput[];
  readonly configVersions?: ReadonlyMap<string, FrameworkConfigInput>;
  readonly nodes: Iterable<NodeRecord>;
  readonly planControls?: Iterable<PlanControl>;
  /** The current job (jobs/current) and its node records, if a job was running. */
  readonly job?: { readonly header: ClusterJob; readonly nodes: Iterable<NodeJobRecord> };
}

/**
 * The core's state from persisted state: not subscribed, reconciliation idle, not suppressed (a new
 * subscription starts unsuppressed). The bootstrap grace restarts from the latest launch that led (or
 * may still lead) to a node's first live state.
 */
export function createSchedulerState(persisted: PersistedState, settings: Partial<CoreSettings> = {}): SchedulerState {
  const resolved: CoreSettings = { ...DEFAULT_CORE_SETTINGS, ...settings };
  if (persisted.target.id === '') {
    throw new Error('createSchedulerState: the target config has no id; store the accepted config as a ConfigVersion first');
  }
  const nodes = new Map<string, NodeRecord>();
  for (const node of persisted.nodes) {
    if (nodes.has(node.nodeId)) throw new Error(`createSchedulerState: node '${node.nodeId}' appears twice in the persisted state`);
    nodes.set(node.nodeId, node);
  }
  const planControls = new Map<string, PlanControl>();
  for (const control of persisted.planControls ?? []) planControls.set(control.planName, control);
  return {
    framework: persisted.framework,
    target: persisted.target,
    rejectedErrors: persisted.rejectedErrors ?? [],
    ...(persisted.configVersions ? { configVersions: persisted.configVersions } : {}),
    nodes,
    planControls,
    job: loadJob(persisted.job),
    volatile: {
      settings: resolved,
      subscribed: false,
      subscribedAtMs: undefined,
      reconciliation: ReconcileTracker.idle(resolved.reconcile),
      suppressed: false,
      lastLaunchAtMs: lastBootstrapLaunch(nodes.values()),
      offerShortfalls: new Map(),
      jobEffects: new Map(),
      cleanupUntilMs: undefined,
      lastPassAtMs: undefined,
    },
  };
}

function lastBootstrapLaunch(nodes: Iterable<NodeRecord>): number | undefined {
  let last: number | undefined;
  for (const node of nodes) {
    const task = serverTask(node);
    if (!task) continue;
    const bootstrapping = node.firstLiveAtMs === 0 || task.launchedAtMs <= node.firstLiveAtMs;
    if (bootstrapping && (last === undefined || task.launchedAtMs > last)) last = task.launchedAtMs;
  }
  return last;
}

function loadJob(job: PersistedState['job']): JobState | undefined {
  if (!job || job.header.jobId === '') return undefined;
  const nodes = new Map<string, NodeJobRecord>();
  for (const record of job.nodes) {
    if (record.jobId === job.header.jobId) nodes.set(record.nodeId, record);
  }
  return { header: job.header, nodes };
}
