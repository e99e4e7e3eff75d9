// Rows of the nodes table, derived from GET /node/all plus the token counts read (less often) from
// each node's GET /v1/nodes/{node}/status.
import type { NodeAllPayload, NodePayload } from './api-types';
import { formatBytes, taskStateLabel } from './format';

/** healthy: last check passed; unhealthy: it failed; unknown: no check reported yet. */
export type HealthLabel = 'healthy' | 'unhealthy' | 'unknown';

export interface NodeRow {
  readonly nodeId: string;
  /** "host-1 (10.0.0.11)", the IP alone, or "—" before the node has an offer. */
  readonly host: string;
  readonly ip: string | null;
  readonly dc: string;
  readonly rack: string;
  /** Cassandra's operation mode (NORMAL, JOINING, LEAVING, DRAINED...), "—" without a report. */
  readonly mode: string;
  readonly health: HealthLabel;
  /** The health check's message, for the cell's title. */
  readonly healthMessage: string;
  readonly load: string;
  readonly tokens: string;
  readonly seed: boolean;
  /** The server task's Mesos state without the TASK_ prefix. */
  readonly task: string;
  /** The operator's run state (RUN, STOP, RESTART, TERMINATE). */
  readonly runState: string;
  readonly live: boolean;
  /** "replaces 10.0.0.12" while the node stands in for a lost one. */
  readonly note: string;
}

export interface NodesSummary {
  readonly total: number;
  readonly live: number;
  readonly seeds: number;
}

export function nodeRows(
  payload: NodeAllPayload | undefined,
  tokenCounts: Readonly<Record<string, number>>,
): NodeRow[] {
  return (payload?.nodes ?? []).map((n) => nodeRow(n, tokenCounts[n.nodeId]));
}

function nodeRow(n: NodePayload, tokenCount: number | undefined): NodeRow {
  const health = n.healthCheckDetails;
  return {
    nodeId: n.nodeId,
    host: hostLabel(n.hostname, n.ip),
    ip: n.ip || null,
    dc: n.rackDc?.dc || '—',
    rack: n.rackDc?.rack || '—',
    mode: health?.operationMode || '—',
    health: !health ? 'unknown' : health.healthy === true ? 'healthy' : 'unhealthy',
    healthMessage: health?.msg ?? '',
    load: health && typeof health.loadBytes === 'number' ? formatBytes(health.loadBytes) : '—',
    tokens: tokenCount === undefined ? '—' : String(tokenCount),
    seed: n.seedNode === true,
    task: taskStateLabel(n.tasks?.SERVER?.state),
    runState: n.targetRunState ?? '—',
    live: n.live === true,
    note: n.replacementForIp ? `replaces ${n.replacementForIp}` : '',
  };
}

function hostLabel(hostname: string | null | undefined, ip: string | null | undefined): string {
  if (hostname && ip && hostname !== ip) return `${hostname} (${ip})`;
  return hostname || ip || '—';
}

export function summariseNodes(rows: readonly NodeRow[]): NodesSummary {
  return {
    total: rows.length,
    live: rows.filter((r) => r.live).length,
    seeds: rows.filter((r) => r.seed).length,
  };
}

/** Nodes whose token count is worth asking for: those with an executor reporting health. */
export function nodesWithHealth(payload: NodeAllPayload | undefined): string[] {
  return (payload?.nodes ?? []).filter((n) => n.healthCheckDetails && n.live === true).map((n) => n.nodeId);
}
