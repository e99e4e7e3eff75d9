// One decide() call's working copy: state changes are applied here and recorded as decisions in the
// order the driver must execute them. The state passed in is never mutated.
import type { ReconcileTracker } from '../reconcile';
import { normalizeTarget, type TargetView } from './target';
import type {
  ClusterJob,
  DecideContext,
  Decision,
  FrameworkRecord,
  JobState,
  NodeJobRecord,
  NodeRecord,
  OfferShortfall,
  PlanControl,
  SchedulerState,
  VolatileState,
} from './types';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class Working {
  readonly decisions: Decision[] = [];
  readonly target: TargetView;
  framework: FrameworkRecord | undefined;
  /** The running job as this call leaves it (undefined once archived). */
  job: JobState | undefined;
  volatile: Mutable<VolatileState>;
  private nodesCopy: Map<string, NodeRecord> | undefined;
  private controlsCopy: Map<string, PlanControl> | undefined;
  private shortfallsCopy: Map<string, OfferShortfall> | undefined;
  /** Incremented on every node change in this call (to know when derived views are stale). */
  nodesVersion = 0;
  /** Index of this call's persist/delete decision per node id, so one call writes each node once. */
  private readonly nodeDecisionAt = new Map<string, number>();

  constructor(
    readonly before: SchedulerState,
    readonly nowMs: number,
    readonly ctx: DecideContext,
  ) {
    this.target = normalizeTarget(before.target.id, before.target.config);
    this.framework = before.framework;
    this.job = before.job;
    this.volatile = { ...before.volatile };
  }

  get settings(): VolatileState['settings'] {
    return this.volatile.settings;
  }

  get nodes(): ReadonlyMap<string, NodeRecord> {
    return this.nodesCopy ?? this.before.nodes;
  }

  get planControls(): ReadonlyMap<string, PlanControl> {
    return this.controlsCopy ?? this.before.planControls;
  }

  node(nodeId: string): NodeRecord | undefined {
    return this.nodes.get(nodeId);
  }

  /**
   * Stores a changed node and records its persist decision. A node changed twice in one call is
   * written once, at the position of its first write: the persisted state only ever runs ahead of the
   * actions (write-ahead), never behind them.
   */
  putNode(node: NodeRecord, reason: string): void {
    this.mutableNodes().set(node.nodeId, node);
    this.recordNodeDecision(node.nodeId, { type: 'persist-node', node, reason });
  }

  deleteNode(nodeId: string, reason: string): void {
    if (!this.nodes.has(nodeId)) return;
    this.mutableNodes().delete(nodeId);
    this.recordNodeDecision(nodeId, { type: 'delete-node', nodeId, reason });
  }

  putFramework(framework: FrameworkRecord, reason: string): void {
    this.framework = framework;
    this.emit({ type: 'persist-framework', framework, reason });
  }

  /** Stores the job header (jobs/current). A new job's header is written before any of its node records. */
  putJob(header: ClusterJob, reason: string): void {
    this.job = { header, nodes: this.job?.header.jobId === header.jobId ? this.job.nodes : new Map() };
    this.emit({ type: 'persist-job', job: header, reason });
  }

  putJobNode(record: NodeJobRecord, reason: string): void {
    const job = this.job;
    if (!job || job.header.jobId !== record.jobId) throw new Error(`putJobNode: ${record.nodeId}'s record is for job ${record.jobId}, which is not the current job`);
    const nodes = new Map(job.nodes);
    nodes.set(record.nodeId, record);
    this.job = { header: job.header, nodes };
    this.emit({ type: 'persist-job-node', record, reason });
  }

  /** The finished job moves to the history; there is no current job afterwards. */
  archiveJob(header: ClusterJob, reason: string): void {
    this.job = undefined;
    this.emit({ type: 'archive-job', job: header, reason });
  }

  putPlanControl(control: PlanControl, reason: string): void {
    this.controlsCopy ??= new Map(this.before.planControls);
    this.controlsCopy.set(control.planName, control);
    this.emit({ type: 'persist-plan-control', control, reason });
  }

  setTracker(tracker: ReconcileTracker): void {
    this.volatile.reconciliation = tracker;
  }

  setShortfall(nodeId: string, shortfall: OfferShortfall | undefined): void {
    const current = this.volatile.offerShortfalls.get(nodeId);
    if (shortfall === undefined ? current === undefined : current?.reason === shortfall.reason && current.hostname === shortfall.hostname) return;
    this.shortfallsCopy ??= new Map(this.volatile.offerShortfalls);
    if (shortfall) this.shortfallsCopy.set(nodeId, shortfall);
    else this.shortfallsCopy.delete(nodeId);
    this.volatile.offerShortfalls = this.shortfallsCopy;
  }

  emit(decision: Decision): void {
    this.decisions.push(decision);
  }

  finish(): { state: SchedulerState; decisions: Decision[] } {
    const state: SchedulerState = {
      framework: this.framework,
      target: this.before.target,
      rejectedErrors: this.before.rejectedErrors,
      ...(this.before.configVersions ? { configVersions: this.before.configVersions } : {}),
      nodes: this.nodes,
      planControls: this.planControls,
      job: this.job,
      volatile: this.volatile,
    };
    return { state, decisions: this.decisions };
  }

  private mutableNodes(): Map<string, NodeRecord> {
    this.nodesVersion++;
    this.nodesCopy ??= new Map(this.before.nodes);
    return this.nodesCopy;
  }

  private recordNodeDecision(nodeId: string, decision: Decision): void {
    const at = this.nodeDecisionAt.get(nodeId);
    if (at === undefined) {
      this.nodeDecisionAt.set(nodeId, this.decisions.length);
      this.decisions.push(decision);
    } else {
      // One write for all of this call's changes; its reason lists them all.
      const earlier = this.decisions[at]?.reason;
      this.decisions[at] = earlier && earlier !== decision.reason ? { ...decision, reason: `${earlier}; ${decision.reason}` } : decision;
    }
  }
}
