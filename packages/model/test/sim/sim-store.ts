// The embedded state store of a simulation: applies the core's persist-* decisions and keeps every
// record ENCODED, as ZooKeeper would, so a simulated scheduler restart sees exactly what survives a
// protobuf round trip and nothing of the dead scheduler's memory.
import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import type { ConfigDecision } from '../../src/framework-config';
import type { PersistedState } from '../../src/scheduler/state';
import type { Decision } from '../../src/scheduler/types';

const v1 = cassandra_mesos.v1;

export interface StoreCounters {
  nodeWrites: number;
  nodeDeletes: number;
  frameworkWrites: number;
  planControlWrites: number;
  healthWrites: number;
  configWrites: number;
}

export class SimStore {
  private framework: Uint8Array | undefined;
  private configTarget: Uint8Array = v1.ConfigTarget.encode({}).finish();
  private readonly configVersions = new Map<string, Uint8Array>();
  private readonly nodes = new Map<string, Uint8Array>();
  private readonly planControls = new Map<string, Uint8Array>();
  private currentJob: Uint8Array | undefined;
  /** Node records by job id, then node id (kept after the job is archived, as the real store does). */
  private readonly jobNodes = new Map<string, Map<string, Uint8Array>>();
  /** Finished job headers, oldest first. */
  private readonly history: Uint8Array[] = [];
  /** Health summaries written per node (the real store compacts them into a bounded history). */
  readonly healthWrites = new Map<string, number>();
  readonly counters: StoreCounters = {
    nodeWrites: 0,
    nodeDeletes: 0,
    frameworkWrites: 0,
    planControlWrites: 0,
    healthWrites: 0,
    configWrites: 0,
  };

  /** Applies a persist-* or delete-node decision; false for any other decision. */
  apply(decision: Decision): boolean {
    switch (decision.type) {
      case 'persist-node':
        this.nodes.set(decision.node.nodeId, v1.NodeRecord.encode(decision.node).finish());
        this.counters.nodeWrites++;
        return true;
      case 'delete-node':
        this.nodes.delete(decision.nodeId);
        this.counters.nodeDeletes++;
        return true;
      case 'persist-framework':
        this.framework = v1.FrameworkRecord.encode(decision.framework).finish();
        this.counters.frameworkWrites++;
        return true;
      case 'persist-plan-control':
        this.planControls.set(decision.control.planName, v1.PlanControl.encode(decision.control).finish());
        this.counters.planControlWrites++;
        return true;
      case 'persist-health':
        this.healthWrites.set(decision.nodeId, (this.healthWrites.get(decision.nodeId) ?? 0) + 1);
        this.counters.healthWrites++;
        return true;
      case 'persist-job':
        this.currentJob = v1.ClusterJob.encode(decision.job).finish();
        return true;
      case 'persist-job-node': {
        const r = decision.record;
        if (!this.currentJob || v1.ClusterJob.decode(this.currentJob).jobId !== r.jobId) throw new Error(`simulated store: node record of job ${r.jobId} written before its header`);
        const nodes = this.jobNodes.get(r.jobId) ?? new Map<string, Uint8Array>();
        nodes.set(r.nodeId, v1.NodeJobRecord.encode(r).finish());
        this.jobNodes.set(r.jobId, nodes);
        return true;
      }
      case 'archive-job':
        this.currentJob = undefined;
        this.history.push(v1.ClusterJob.encode(decision.job).finish());
        return true;
      case 'accept':
      case 'decline':
      case 'kill':
      case 'shutdown-executor':
      case 'reconcile':
      case 'revive':
      case 'suppress':
      case 'send-message':
      case 'pause-applications':
      case 'unpause-applications':
      case 'commit-backup':
      case 'command-rejected':
      case 'log':
        return false;
    }
  }

  /** Stores the outcome of proposeConfigTarget: a new version (if any) and the target record. */
  applyConfigDecision(decision: ConfigDecision): void {
    if (decision.accepted && decision.newVersion) {
      const v = decision.version;
      this.configVersions.set(
        v.id,
        v1.ConfigVersion.encode({
          id: v.id,
          createdAtMs: v.createdAtMs,
          config: v.config,
          source: v.source,
        }).finish(),
      );
    }
    const t = decision.target;
    this.configTarget = v1.ConfigTarget.encode({
      targetId: t.targetId,
      previousTargetId: t.previousTargetId,
      rejectedErrors: t.rejectedErrors.map((e) => ({ field: e.field, code: e.code, message: e.message })),
      rejectedAtMs: t.rejectedAtMs,
    }).finish();
    this.counters.configWrites++;
  }

  target(): cassandra_mesos.v1.ConfigTarget {
    return v1.ConfigTarget.decode(this.configTarget);
  }

  version(id: string): cassandra_mesos.v1.ConfigVersion | undefined {
    const bytes = this.configVersions.get(id);
    return bytes ? v1.ConfigVersion.decode(bytes) : undefined;
  }

  /** Every stored config version by id. */
  versions(): Map<string, cassandra_mesos.v1.FrameworkConfig.$Properties> {
    const out = new Map<string, cassandra_mesos.v1.FrameworkConfig.$Properties>();
    for (const [id, bytes] of this.configVersions) {
      const config = v1.ConfigVersion.decode(bytes).config;
      if (config) out.set(id, config);
    }
    return out;
  }

  node(nodeId: string): cassandra_mesos.v1.NodeRecord | undefined {
    const bytes = this.nodes.get(nodeId);
    return bytes ? v1.NodeRecord.decode(bytes) : undefined;
  }

  nodeRecords(): cassandra_mesos.v1.NodeRecord[] {
    return [...this.nodes.values()].map((b) => v1.NodeRecord.decode(b)).sort((a, b) => a.index - b.index);
  }

  frameworkRecord(): cassandra_mesos.v1.FrameworkRecord | undefined {
    return this.framework ? v1.FrameworkRecord.decode(this.framework) : undefined;
  }

  planControl(plan: string): cassandra_mesos.v1.PlanControl | undefined {
    const bytes = this.planControls.get(plan);
    return bytes ? v1.PlanControl.decode(bytes) : undefined;
  }

  currentJobHeader(): cassandra_mesos.v1.ClusterJob | undefined {
    return this.currentJob ? v1.ClusterJob.decode(this.currentJob) : undefined;
  }

  jobHistory(): cassandra_mesos.v1.ClusterJob[] {
    return this.history.map((b) => v1.ClusterJob.decode(b));
  }

  jobNodeRecords(jobId: string): cassandra_mesos.v1.NodeJobRecord[] {
    return [...(this.jobNodes.get(jobId)?.values() ?? [])].map((b) => v1.NodeJobRecord.decode(b)).sort((a, b) => a.sequence - b.sequence);
  }

  /** What a freshly started scheduler reads: everything decoded from the stored bytes. */
  load(): PersistedState {
    const target = this.target();
    const version = this.version(target.targetId);
    if (!version?.config)
      throw new Error(`simulated store: target ${target.targetId || '(none)'} has no stored version`);
    return {
      framework: this.frameworkRecord(),
      target: { id: version.id, config: version.config },
      rejectedErrors: target.rejectedErrors,
      configVersions: this.versions(),
      nodes: this.nodeRecords(),
      planControls: [...this.planControls.values()].map((b) => v1.PlanControl.decode(b)),
      ...(this.currentJob ? { job: { header: v1.ClusterJob.decode(this.currentJob), nodes: this.jobNodeRecords(v1.ClusterJob.decode(this.currentJob).jobId) } } : {}),
    };
  }
}
