// The driver's view of the state store: loads everything the decision core needs at the start of a
// leadership term, and writes the core's persist-* decisions with compare-and-set on the versions it
// read. A StaleStateError here means someone else wrote our state: we are no longer the only writer,
// so the driver stops (it never retries over someone else's write).
import { randomUUID } from 'node:crypto';
import {
  appendHealthHistory,
  cassandra_mesos,
  ENVIRONMENT_NAMES,
  configFingerprint,
  proposeConfigTarget,
  type CompleteFrameworkConfig,
  type ConfigDecision,
  type ConfigSource,
  type FieldNaming,
  type FrameworkConfigInput,
  type Decision,
  type PersistedState,
} from '@cassandra-mesos/model';
import { archiveCurrentJob, CREATE, StateCollections, StateKeys, StateOps, type StateCollection, type StateKey, type StateStore } from '../state';

const PERSIST_TYPES = ['persist-node', 'delete-node', 'persist-framework', 'persist-plan-control', 'persist-health', 'persist-job', 'persist-job-node', 'archive-job'] as const;
const PERSIST_TYPE_SET: ReadonlySet<string> = new Set(PERSIST_TYPES);

type PersistDecision = Extract<Decision, { type: (typeof PERSIST_TYPES)[number] }>;

/** Decisions that write the state store (carried out before any Mesos call of the same input). */
export function isPersistDecision(d: Decision): d is PersistDecision {
  return PERSIST_TYPE_SET.has(d.type);
}

/** The configuration could not become the target and nothing runs yet: the scheduler cannot start. */
export class ConfigRejectedError extends Error {
  readonly code = 'CONFIG_REJECTED';
  constructor(readonly errors: ReadonlyArray<{ readonly field: string; readonly message: string }>) {
    super(`the configuration cannot be used:\n- ${errors.map((e) => e.message).join('\n- ')}`);
    this.name = 'ConfigRejectedError';
  }
}

export interface ProposeConfigOptions {
  readonly source: ConfigSource;
  /** Names fields in errors (default: the proto field paths). */
  readonly naming?: FieldNaming;
  /** Store a rejection's errors on the target (shown as plan errors). */
  readonly recordRejection: boolean;
  /** The candidate is the environment's at a start (see ConfigTarget.env_fingerprint). */
  readonly envFingerprint?: string;
}

export interface ConfigProposal {
  readonly decision: ConfigDecision;
  /** The target after the proposal (the old one when it was rejected). */
  readonly target: { readonly id: string; readonly config: FrameworkConfigInput };
  readonly rejectedErrors: readonly cassandra_mesos.v1.IConfigError[];
  /** The stored target record changed (a new version, or rejection errors set or cleared). */
  readonly targetChanged: boolean;
}

export interface LoadedState {
  readonly persisted: PersistedState;
  readonly config: ConfigDecision;
}

export class StatePersistence {
  /** Versions of what we read or wrote, by path: the expected version of our next write. */
  private readonly versions = new Map<string, number>();
  private readonly health = new Map<string, cassandra_mesos.v1.NodeHealthHistory>();

  constructor(private readonly store: StateStore) {}

  /**
   * Proposes `candidate` (from the environment) as the target configuration, then reads everything.
   * A rejected candidate keeps the old target running (its errors are stored for the plans); with no
   * old target there is nothing to run, and ConfigRejectedError says why.
   */
  async load(candidate: CompleteFrameworkConfig, nowMs: number): Promise<LoadedState> {
    const envFingerprint = configFingerprint(candidate);
    const stored = await this.read(StateKeys.configTarget);
    // The same environment as at the last start: the running target is proposed again (a no-op that
    // clears a stale rejection), so what was changed through the API since then stays.
    const sameEnvironment = stored?.targetId !== undefined && stored.targetId !== '' && stored.envFingerprint === envFingerprint;
    const proposed = sameEnvironment ? (await this.read(StateKeys.configVersion(stored.targetId)))?.config : candidate;
    if (!proposed) throw new Error(`the target configuration ${stored?.targetId ?? ''} is missing from the state store: restore it or remove config/target`);
    const proposal = await this.propose(proposed, nowMs, { source: 'env', naming: ENVIRONMENT_NAMES, recordRejection: true, envFingerprint });
    const { decision } = proposal;
    const targetId = proposal.target.id;
    const framework = await this.read(StateKeys.framework);
    const nodes = await this.list(StateCollections.nodes);
    const planControls = await this.list(StateCollections.plans);
    const job = await this.readCurrentJob();
    const configVersions = new Map<string, cassandra_mesos.v1.FrameworkConfig.$Properties>();
    for (const id of new Set(nodes.map((n) => n.appliedConfigId).filter((id) => id && id !== targetId))) {
      const version = await this.read(StateKeys.configVersion(id));
      if (version?.config) configVersions.set(id, version.config);
    }
    return {
      config: decision,
      persisted: {
        framework,
        target: proposal.target,
        rejectedErrors: proposal.rejectedErrors,
        configVersions,
        nodes,
        planControls,
        ...(job ? { job } : {}),
      },
    };
  }

  /** The running job's header (jobs/current) and its node records, with their versions for our writes. */
  private async readCurrentJob(): Promise<PersistedState['job']> {
    const header = await this.read(StateKeys.currentJob);
    if (!header) return undefined;
    return { header, nodes: await this.list(StateCollections.jobNodes(header.jobId)) };
  }

  /**
   * Decides what becomes of `candidate` against the stored target (proposeConfigTarget) and stores the
   * outcome in one compare-and-set batch: a new version and the target naming it, or, when rejected and
   * `recordRejection` is set, the old target with the errors. Throws ConfigRejectedError when nothing
   * was ever accepted and the candidate is rejected too.
   */
  async propose(candidate: FrameworkConfigInput, nowMs: number, options: ProposeConfigOptions): Promise<ConfigProposal> {
    const target = await this.read(StateKeys.configTarget);
    const current = target?.targetId ? await this.read(StateKeys.configVersion(target.targetId)) : undefined;
    const decision = proposeConfigTarget({ target, current }, candidate, nowMs, randomUUID(), {
      source: options.source,
      ...(options.naming ? { naming: options.naming } : {}),
      ...(options.envFingerprint ? { envFingerprint: options.envFingerprint } : {}),
    });
    if (!decision.accepted && !target?.targetId) throw new ConfigRejectedError(decision.errors);
    const ops = [];
    if (decision.accepted && decision.newVersion) {
      ops.push(StateOps.put(StateKeys.configVersion(decision.version.id), cassandra_mesos.v1.ConfigVersion.create(decision.version), CREATE));
    }
    // A rejection that is not recorded leaves the stored target exactly as it was.
    const stored = !decision.accepted && !options.recordRejection && target ? target : decision.target;
    const newTarget = cassandra_mesos.v1.ConfigTarget.create(stored);
    const targetChanged = !target || !sameTarget(target, newTarget);
    if (targetChanged) ops.push(StateOps.put(StateKeys.configTarget, newTarget, this.versions.get(StateKeys.configTarget.path)));
    if (ops.length > 0) {
      const versions = await this.store.commit(ops);
      ops.forEach((op, i) => {
        const v = versions[i];
        if (v !== undefined) this.versions.set(op.key.path, v);
      });
    }
    const targetId = newTarget.targetId;
    const config = decision.accepted ? decision.version.config : current?.config;
    if (!config) throw new Error(`the target configuration ${targetId} is missing from the state store: restore it or remove config/target`);
    return { decision, target: { id: targetId, config }, rejectedErrors: newTarget.rejectedErrors, targetChanged };
  }

  /** Writes one persist-* decision (compare-and-set on the version we hold). */
  async apply(decision: PersistDecision): Promise<void> {
    switch (decision.type) {
      case 'persist-node':
        return this.write(StateKeys.node(decision.node.nodeId), decision.node);
      case 'delete-node': {
        const key = StateKeys.node(decision.nodeId);
        const version = this.versions.get(key.path);
        if (version !== undefined) await this.store.delete(key, version);
        this.versions.delete(key.path);
        return;
      }
      case 'persist-framework':
        return this.write(StateKeys.framework, decision.framework);
      case 'persist-plan-control':
        return this.write(StateKeys.plan(decision.control.planName), decision.control);
      case 'persist-health': {
        const key = StateKeys.health(decision.nodeId);
        let history = this.health.get(decision.nodeId);
        if (!history && !this.versions.has(key.path)) history = await this.read(key);
        const next = appendHealthHistory(history, decision.nodeId, decision.summary);
        await this.write(key, next);
        this.health.set(decision.nodeId, next);
        return;
      }
      case 'persist-job':
        // CREATE when we hold no version (a new job), else compare-and-set on the one we wrote or read.
        return this.write(StateKeys.currentJob, decision.job);
      case 'persist-job-node':
        return this.write(StateKeys.jobNode(decision.record.jobId, decision.record.nodeId), decision.record);
      case 'archive-job':
        return this.archiveJob(decision.job);
    }
  }

  /**
   * Moves jobs/current into the history (one batch, compare-and-set on the version we hold), then
   * prunes the history to the default limit. The job's node records stay (the history shows them).
   */
  private async archiveJob(job: cassandra_mesos.v1.ClusterJob): Promise<void> {
    const key = StateKeys.currentJob;
    const version = this.versions.get(key.path);
    if (version === undefined) {
      // The core only archives a job it loaded or started, so we must hold its version; without one we
      // cannot delete jobs/current safely (it may be someone else's).
      throw new Error(`cannot archive job ${job.jobId}: this scheduler neither read nor wrote ${this.store.location}/${key.path}; restart it so it loads the state again`);
    }
    await archiveCurrentJob(this.store, job, version);
    this.versions.delete(key.path);
    // The records of a finished job are never written again: forget their versions.
    const prefix = `${StateCollections.jobNodes(job.jobId).path}/`;
    for (const path of [...this.versions.keys()]) if (path.startsWith(prefix)) this.versions.delete(path);
  }

  private async write<T>(key: StateKey<T>, value: T): Promise<void> {
    const version = await this.store.put(key, value, this.versions.get(key.path));
    this.versions.set(key.path, version);
  }

  private async read<T>(key: StateKey<T>): Promise<T | undefined> {
    const got = await this.store.get(key);
    if (got) this.versions.set(key.path, got.version);
    return got?.value;
  }

  private async list<T>(collection: StateCollection<T>): Promise<T[]> {
    const entries = await this.store.list(collection);
    for (const e of entries) this.versions.set(collection.key(e.id).path, e.version);
    return entries.map((e) => e.value);
  }
}

function sameTarget(a: cassandra_mesos.v1.ConfigTarget, b: cassandra_mesos.v1.ConfigTarget): boolean {
  const bytes = (t: cassandra_mesos.v1.ConfigTarget): string => Buffer.from(cassandra_mesos.v1.ConfigTarget.encode(t).finish()).toString('hex');
  return bytes(a) === bytes(b);
}
