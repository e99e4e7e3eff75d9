// The one facade both route families use: queries over a snapshot of the scheduler's state, and
// commands that go through the decision core (operator commands, configuration proposals). Names are
// resolved here (404 before the core sees anything); what the core rejects comes back as 409 with the
// core's reason. No route changes state any other way.
import {
  cassandra_mesos,
  derivePlans,
  isLive,
  normalizeFrameworkConfig,
  resolveStep,
  type CompleteFrameworkConfig,
  type ConfigChange,
  type FrameworkConfigInput,
  type NodeRecord,
  type OperatorCommand,
  type Plan,
  type RunStateName,
  type SchedulerState,
} from '@cassandra-mesos/model';
import type { BackupService } from '../backup/types';
import type { CommandExtras, CommandOutcome } from '../driver/driver';
import type { EventFeed } from '../events';
import { ApiError } from './errors';
import { NotLeadingError, type SchedulerGateway } from './gateway';
import { JobService } from './jobs/job-service';
import { CqlTableSchemaReader, type TableSchemaReader } from './jobs/table-schema-reader';

export interface ClusterSnapshot {
  readonly state: SchedulerState;
  /** 'leader': this process runs the scheduler; 'store': read from the state store (standby). */
  readonly source: 'leader' | 'store';
  readonly nowMs: number;
  readonly target: CompleteFrameworkConfig;
  readonly plans: readonly Plan[];
  /** Node records by index (node-0, node-1, ...). */
  readonly nodes: readonly NodeRecord[];
}

export type PlanCommandKind = 'interrupt' | 'continue' | 'forceComplete' | 'restart';

export interface ConfigChangeResult {
  readonly targetId: string;
  /** False when the candidate equals the current target: nothing changed. */
  readonly newVersion: boolean;
  readonly rollingRestart: boolean;
  readonly changes: readonly ConfigChange[];
}

export interface NodeStatus {
  readonly node: NodeRecord;
  /** 'executor': a health check answered just now; 'last-report': the latest report the scheduler holds. */
  readonly source: 'executor' | 'last-report';
  readonly checkedAtMs: number;
  readonly ageMs: number;
  readonly healthy: boolean;
  readonly message: string;
  /** The full Jolokia view (only with source 'executor'). */
  readonly info?: cassandra_mesos.v1.ICassandraNodeInfo;
  readonly summary?: cassandra_mesos.v1.INodeHealthSummary;
}

export interface ClusterServiceOptions {
  readonly gateway: SchedulerGateway;
  readonly now?: () => number;
  /** How long /v1/nodes/{node}/status waits for the executor's answer before using the last report. */
  readonly healthCheckTimeoutMs?: number;
  /** Reads the tables' gc_grace_seconds for the repair schedule (default: over CQL from a live node). */
  readonly schemaReader?: TableSchemaReader;
  /** Builds the backup/restore service over this facade; without it the backup routes answer 503. */
  readonly backups?: (cluster: ClusterService) => BackupService;
  /** The live events feed this process keeps; without it the events routes answer 503. */
  readonly events?: EventFeed;
}

export interface SeedChange {
  readonly before: NodeRecord;
  readonly after: NodeRecord;
}

export class ClusterService {
  private readonly now: () => number;
  private readonly gateway: SchedulerGateway;
  private readonly healthCheckTimeoutMs: number;
  /** Cluster jobs (repair, cleanup, rolling restart), their history and the repair schedule. */
  readonly jobs: JobService;
  /** Backups and restores (both REST families and gRPC), when configured. */
  readonly backups: BackupService | undefined;
  /** What the scheduler did lately, for the dashboard (GET /v1/events and its stream). */
  readonly events: EventFeed | undefined;

  constructor(options: ClusterServiceOptions) {
    this.gateway = options.gateway;
    this.now = options.now ?? Date.now;
    this.healthCheckTimeoutMs = options.healthCheckTimeoutMs ?? 2_000;
    this.jobs = new JobService(this, options.gateway, options.schemaReader ?? new CqlTableSchemaReader());
    this.backups = options.backups?.(this);
    this.events = options.events;
  }

  async snapshot(): Promise<ClusterSnapshot> {
    let view;
    try {
      view = await this.gateway.view();
    } catch (err) {
      throw new ApiError('STATE_UNAVAILABLE', `the scheduler's state cannot be read: ${(err as Error).message}; check the state store (ZooKeeper) and retry`);
    }
    if (!view) {
      throw new ApiError('STATE_UNAVAILABLE', 'no configuration has been accepted yet: the scheduler has not completed its first start as leader; see its log and retry');
    }
    const nowMs = this.now();
    const nodes = [...view.state.nodes.values()].sort((a, b) => a.index - b.index);
    return {
      state: view.state,
      source: view.source,
      nowMs,
      target: normalizeFrameworkConfig(view.state.target.config),
      plans: derivePlans(view.state, nowMs),
      nodes,
    };
  }

  /** The node by id, IP address, hostname or executor id; a node still in service wins over a terminated one. */
  findNode(snapshot: ClusterSnapshot, ref: string): NodeRecord {
    const byId = snapshot.state.nodes.get(ref);
    if (byId) return byId;
    const matches = snapshot.nodes.filter((n) => n.ip === ref || n.hostname === ref || n.executorId === ref);
    const inService = matches.find((n) => n.targetRunState !== cassandra_mesos.v1.TargetRunState.TERMINATE);
    const found = inService ?? matches[0];
    if (found) return found;
    const ids = snapshot.nodes.map((n) => n.nodeId);
    const shown = ids.slice(0, 20).join(', ') + (ids.length > 20 ? `, ... (${ids.length} nodes)` : '');
    throw new ApiError('NODE_NOT_FOUND', `there is no node '${ref}' (looked for a node id, IP address, hostname and executor id); the nodes are: ${shown || '(none yet)'}`);
  }

  findPlan(snapshot: ClusterSnapshot, name: string): Plan {
    const plan = snapshot.plans.find((p) => p.name === name);
    if (plan) return plan;
    throw new ApiError('PLAN_NOT_FOUND', `there is no plan '${name}'; the plans are: ${snapshot.plans.map((p) => p.name).join(', ')}`);
  }

  liveNodes(snapshot: ClusterSnapshot): NodeRecord[] {
    return snapshot.nodes.filter((n) => isLive(n) && n.ip !== '');
  }

  /** Sets a node's target run state (RUN, STOP, RESTART, TERMINATE); resolves with the node afterwards. */
  async setRunState(ref: string, runState: RunStateName): Promise<NodeRecord> {
    const node = this.findNode(await this.snapshot(), ref);
    await this.submit({ kind: 'set-run-state', nodeId: node.nodeId, runState });
    return (await this.snapshot()).state.nodes.get(node.nodeId) ?? node;
  }

  /** Replaces a node on another host (replace_address); resolves with the replaced node and its replacement. */
  async replaceNode(ref: string): Promise<{ readonly replaced: NodeRecord; readonly replacement: NodeRecord | undefined; readonly killedTaskIds: string[] }> {
    const node = this.findNode(await this.snapshot(), ref);
    await this.submit({ kind: 'replace-node', nodeId: node.nodeId });
    const after = await this.snapshot();
    return {
      replaced: after.state.nodes.get(node.nodeId) ?? node,
      replacement: after.nodes.find((n) => n.replacesNodeId === node.nodeId),
      killedTaskIds: runningTaskIds(node),
    };
  }

  /** Restarts a node in place (DC/OS "restart"); resolves with the task ids that are being stopped. */
  async restartNode(ref: string): Promise<{ readonly node: NodeRecord; readonly killedTaskIds: string[] }> {
    const node = this.findNode(await this.snapshot(), ref);
    await this.submit({ kind: 'set-run-state', nodeId: node.nodeId, runState: 'RESTART' });
    return { node, killedTaskIds: runningTaskIds(node) };
  }

  async planCommand(planName: string, kind: PlanCommandKind, phase?: string, step?: string): Promise<void> {
    const plan = this.findPlan(await this.snapshot(), planName);
    switch (kind) {
      case 'interrupt':
        return this.submit({ kind: 'interrupt-plan', plan: plan.name });
      case 'continue':
        return this.submit({ kind: 'continue-plan', plan: plan.name });
      case 'forceComplete':
      case 'restart': {
        const resolved = resolveStep(plan, phase, step ?? '');
        if ('error' in resolved) throw new ApiError('STEP_NOT_FOUND', resolved.error);
        const command: OperatorCommand =
          kind === 'forceComplete'
            ? { kind: 'force-complete-step', plan: plan.name, step: resolved.step.name }
            : { kind: 'restart-step', plan: plan.name, step: resolved.step.name };
        return this.submit(command);
      }
    }
  }

  /**
   * Removes this node from the cluster: the core marks it to be removed first (decommission-node), then
   * node_count goes down by one, and the scale-down decommissions it. Refused up front when fewer
   * nodes than seeds (or none) would remain.
   */
  async decommissionNode(ref: string): Promise<{ readonly node: NodeRecord; readonly nodeCount: number }> {
    const snapshot = await this.snapshot();
    const node = this.findNode(snapshot, ref);
    const { nodeCount, seedCount } = snapshot.target;
    const remaining = nodeCount - 1;
    if (remaining < 1) {
      throw new ApiError('COMMAND_REJECTED', `${node.nodeId} cannot be decommissioned: nodeCount is ${nodeCount} and a cluster keeps at least one node; nothing changed`);
    }
    if (remaining < seedCount) {
      throw new ApiError(
        'COMMAND_REJECTED',
        `${node.nodeId} cannot be decommissioned: ${remaining} node(s) would remain, fewer than seedCount ${seedCount}; lower the number of seeds first (PATCH /v1/config {"seedCount": ${remaining}}); nothing changed`,
      );
    }
    await this.submit({ kind: 'decommission-node', nodeId: node.nodeId });
    try {
      await this.proposeConfig({ ...(await this.snapshot()).target, nodeCount: remaining });
    } catch (err) {
      if (!(err instanceof ApiError)) throw err;
      throw new ApiError(
        err.code,
        `${node.nodeId} is marked to leave first, but nodeCount could not be lowered to ${remaining}: ${err.message}; lower it yourself (POST /scale/nodes?nodeCount=${remaining}) once that is fixed`,
        err.details,
        err.headers,
      );
    }
    return { node: (await this.snapshot()).state.nodes.get(node.nodeId) ?? node, nodeCount: remaining };
  }

  /** make-seed (seed true) / make-non-seed: the operator's seed preference for the node; the core re-checks it. */
  async setSeed(ref: string, seed: boolean): Promise<SeedChange> {
    const before = this.findNode(await this.snapshot(), ref);
    await this.submit({ kind: 'set-seed', nodeId: before.nodeId, seed });
    return { before, after: (await this.snapshot()).state.nodes.get(before.nodeId) ?? before };
  }

  /** Changes the node count (up: nodes are added; down: the highest nodes are decommissioned one at a time). */
  async scaleNodes(nodeCount: number): Promise<ConfigChangeResult> {
    const snapshot = await this.snapshot();
    return this.proposeConfig({ ...snapshot.target, nodeCount });
  }

  /** Applies `change(target)` and proposes the result as the new target configuration. */
  async updateConfig(change: (target: CompleteFrameworkConfig) => FrameworkConfigInput, options: { readonly canary?: boolean } = {}): Promise<ConfigChangeResult> {
    const snapshot = await this.snapshot();
    return this.proposeConfig(change(snapshot.target), options);
  }

  /**
   * The node's health from its executor: a check requested now when this process leads and the node
   * has an executor, else (or when no answer comes in time) the latest report with its age.
   */
  async nodeStatus(ref: string): Promise<NodeStatus> {
    const snapshot = await this.snapshot();
    const node = this.findNode(snapshot, ref);
    if (snapshot.source === 'leader' && node.executorId) {
      const details = await this.gateway.requestHealthCheck(node.nodeId, this.healthCheckTimeoutMs);
      if (details) {
        const checkedAtMs = Number(details.checkedAtMs) || this.now();
        return { node, source: 'executor', checkedAtMs, ageMs: Math.max(0, this.now() - checkedAtMs), healthy: details.healthy, message: details.message, ...(details.info ? { info: details.info } : {}) };
      }
    }
    const summary = node.health;
    if (!summary) {
      const why = node.executorId ? 'its executor has not reported a health check yet' : 'it has no executor running';
      throw new ApiError('NODE_STATUS_UNAVAILABLE', `${node.nodeId} has no health report: ${why}; see /v1/plan for its progress and retry later`);
    }
    const checkedAtMs = Number(summary.checkedAtMs ?? 0);
    return { node, source: 'last-report', checkedAtMs, ageMs: Math.max(0, this.now() - checkedAtMs), healthy: summary.healthy === true, message: summary.message ?? '', summary };
  }

  private async proposeConfig(candidate: FrameworkConfigInput, options: { readonly canary?: boolean } = {}): Promise<ConfigChangeResult> {
    const decision = await this.leading(() => this.gateway.proposeConfig(candidate, options));
    if (!decision.accepted) {
      const problems = decision.errors.map((e) => ({ field: apiFieldName(e.field), code: e.code, message: e.message }));
      throw new ApiError('CONFIG_REJECTED', `the configuration change was rejected (nothing changed): ${decision.errors.map((e) => e.message).join('; ')}`, problems);
    }
    return { targetId: decision.version.id, newVersion: decision.newVersion, rollingRestart: decision.rollingRestart, changes: decision.changes.map((c) => ({ ...c, field: apiFieldName(c.field) })) };
  }

  /**
   * Hands a command to the core (NOT_LEADER when this process does not lead) and resolves with its
   * outcome, a rejection included, for callers that answer a rejection their own way.
   */
  execute(command: OperatorCommand, extras?: CommandExtras): Promise<CommandOutcome> {
    return this.leading(() => this.gateway.submit(command, extras));
  }

  private async submit(command: OperatorCommand): Promise<void> {
    const outcome = await this.execute(command);
    if (!outcome.ok) throw new ApiError('COMMAND_REJECTED', `${command.kind} was rejected (nothing changed): ${outcome.error}`);
  }

  private async leading<T>(work: () => Promise<T>): Promise<T> {
    try {
      return await work();
    } catch (err) {
      if (!(err instanceof NotLeadingError)) throw err;
      const leader = await this.gateway.leader().catch(() => undefined);
      const where = leader
        ? `send it to the leader at http://${leader.host}:${leader.apiPort}`
        : 'no leader is elected right now; retry in a few seconds';
      throw new ApiError('NOT_LEADER', `${err.message}; nothing changed; ${where}`, leader ? { leader: { host: leader.host, apiPort: leader.apiPort } } : undefined, { 'Retry-After': '5' });
    }
  }
}

/** Tasks of the node that are running (being stopped by the command). */
function runningTaskIds(node: NodeRecord): string[] {
  return node.tasks.filter((t) => t.state === 'TASK_RUNNING' || t.state === 'TASK_STARTING' || t.state === 'TASK_STAGING').map((t) => t.taskId ?? '');
}

/**
 * The model names fields by proto path ("resources.disk_mb"); the API's JSON is camelCase
 * ("resources.diskMb"). yaml_overrides keys are cassandra.yaml names and stay as they are.
 */
export function apiFieldName(path: string): string {
  const camel = (s: string): string => s.replace(/_([a-z0-9])/g, (_m, c: string) => c.toUpperCase());
  const [head, ...rest] = path.split('.');
  if (head === 'yaml_overrides') return ['yamlOverrides', ...rest].join('.');
  return [head ?? '', ...rest].map(camel).join('.');
}
