// JSON of the DC/OS compatible /v1 routes, in DC/OS's field names (snake_case). Fields DC/OS had that
// have no equivalent here are null (rpc_running: Cassandra 5 has no Thrift server), never guessed.
import { cassandra_mesos, isLive, runStateName, serverTask, type NodeRecord } from '@cassandra-mesos/model';
import type { ClusterSnapshot, NodeStatus } from '../service';
import { inService, mesosDnsName, rackDcOf } from './node-facts';
import { isoOrNull, seedIps } from './original';

export function nodeInfoView(s: ClusterSnapshot, n: NodeRecord): Record<string, unknown> {
  const server = serverTask(n);
  const rackDc = rackDcOf(n, s.target);
  return {
    name: n.nodeId,
    id: server?.taskId ?? null,
    hostname: n.hostname || null,
    ip: n.ip || null,
    slave_id: n.agentId || null,
    executor_id: n.executorId || null,
    state: server?.state ?? null,
    operating_mode: n.health?.operationMode || null,
    live: isLive(n),
    seed: n.seed,
    target_run_state: runStateName(n),
    rack: rackDc.rack,
    data_center: rackDc.dc,
    config_id: n.appliedConfigId || null,
    replaces: n.replacesNodeId || null,
    host_id: n.hostId || null,
    last_repair_at: isoOrNull(n.lastRepairAtMs),
    last_cleanup_at: isoOrNull(n.lastCleanupAtMs),
  };
}

export function nodeStatusView(status: NodeStatus): Record<string, unknown> {
  const info = status.info;
  const node = status.node;
  return {
    name: node.nodeId,
    source: status.source,
    checked_at_ms: status.checkedAtMs,
    age_ms: status.ageMs,
    healthy: status.healthy,
    message: status.message,
    mode: info?.operationMode ?? status.summary?.operationMode ?? null,
    joined: info ? info.joined === true : null,
    rpc_running: null,
    native_transport_running: info ? info.nativeTransportRunning === true : (status.summary?.nativeTransportRunning ?? null),
    gossip_initialized: info ? info.initialized === true : null,
    gossip_running: info ? info.gossipRunning === true : null,
    host_id: info?.hostId || node.hostId || null,
    endpoint: info?.endpoint || null,
    token_count: info ? (info.tokenCount ?? 0) : null,
    data_center: info?.dataCenter || node.rackDc?.dc || null,
    rack: info?.rack || node.rackDc?.rack || null,
    version: info?.releaseVersion || status.summary?.releaseVersion || null,
    load_bytes: Number(info?.loadBytes ?? status.summary?.loadBytes ?? 0),
    live_node_count: info ? (info.liveNodes?.length ?? 0) : (status.summary?.liveNodeCount ?? null),
    unreachable_node_count: info ? (info.unreachableNodes?.length ?? 0) : (status.summary?.unreachableNodeCount ?? null),
  };
}

export interface ConnectionView {
  readonly address: string[];
  readonly dns: string[];
}

/** CQL endpoints of the live nodes: ip:port and Mesos-DNS name:port. */
export function connectionView(s: ClusterSnapshot, live: readonly NodeRecord[]): ConnectionView {
  const port = s.target.ports.native;
  return {
    address: live.map((n) => `${hostPort(n.ip)}:${port}`),
    dns: live.map((n) => `${mesosDnsName(n, s.target.frameworkName)}:${port}`),
  };
}

function hostPort(ip: string): string {
  return ip.includes(':') ? `[${ip}]` : ip;
}

/**
 * DC/OS's seed provider answer. is_seed tells a starting node whether it should bootstrap as a seed:
 * true while fewer seeds are live than configured.
 */
export function dcosSeedsView(s: ClusterSnapshot): Record<string, unknown> {
  const liveSeeds = s.nodes.filter((n) => n.seed && inService(n) && isLive(n)).length;
  return { isSeed: liveSeeds < s.target.seedCount, seeds: seedIps(s) };
}

export function dataVolumeModeName(mode: number): string {
  return cassandra_mesos.v1.DataVolumeMode[mode] ?? String(mode);
}
