// The master's record of one agent: how to reach it, its total resources (which RESERVE/CREATE
// change), and its registration state.
import type { AgentPort, KillPolicy } from '../contracts';
import { Resources } from './resources';
import type { AttributeProps } from './types';

/**
 * How the master's health check sees an agent: `connected`, `exited` (its connection closed, e.g. the
 * agent process stopped) or `silent` (no answer, e.g. a network partition).
 */
export type AgentProbeResult = 'connected' | 'exited' | 'silent';
export type AgentProbe = () => AgentProbeResult;

/** registered: serving; disconnected: connection lost, not yet declared lost; unreachable: declared lost;
 * recovering: known from before a master restart, not re-registered yet. */
export type AgentState = 'registered' | 'disconnected' | 'unreachable' | 'recovering';

export interface PendingKill {
  frameworkId: string;
  taskId: string;
  killPolicy: KillPolicy | undefined;
}

export interface AgentRecord {
  id: string;
  port: AgentPort | undefined;
  probe: AgentProbe | undefined;
  hostname: string;
  ip: string;
  httpPort: number;
  attributes: AttributeProps[];
  total: Resources;
  state: AgentState;
  registeredTimeMs: number;
  lastSeenMs: number;
  unreachableTimeMs: number | undefined;
  pendingKills: PendingKill[];
  /** Frameworks to shut down on the agent when it comes back (non-checkpointing ones lost on disconnect). */
  frameworksToShutdown: Set<string>;
}

export function parseEndpoint(endpoint: string): { ip: string; port: number } {
  const idx = endpoint.lastIndexOf(':');
  return { ip: endpoint.slice(0, idx), port: Number(endpoint.slice(idx + 1)) };
}

/** The resources an agent advertises in its AgentInfo (its static, unreserved resources). */
export function initialTotal(port: AgentPort): Resources {
  return new Resources(port.info.resources ?? []);
}

export function newAgentRecord(port: AgentPort, probe: AgentProbe | undefined, nowMs: number, total?: Resources): AgentRecord {
  const { ip, port: httpPort } = parseEndpoint(port.endpoint);
  return {
    id: port.agentId,
    port,
    probe,
    hostname: port.info.hostname || ip,
    ip,
    httpPort,
    attributes: port.info.attributes ?? [],
    total: total ?? initialTotal(port),
    state: 'registered',
    registeredTimeMs: nowMs,
    lastSeenMs: nowMs,
    unreachableTimeMs: undefined,
    pendingKills: [],
    frameworksToShutdown: new Set(),
  };
}
