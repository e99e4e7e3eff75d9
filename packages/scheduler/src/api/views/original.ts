// JSON of the cassandra-mesos compatible routes, in the original framework's field names (camelCase).
// Fields the original had and this scheduler has no equivalent of (Thrift rpcPort, JMX ip, executor
// workdir) are left out rather than filled with made-up values.
import { cassandra_mesos, isLive, runStateName, serverTask, type NodeRecord } from '@cassandra-mesos/model';
import type { ClusterSnapshot, SeedChange } from '../service';
import { inService, rackDcOf } from './node-facts';

export function configView(s: ClusterSnapshot): Record<string, unknown> {
  const t = s.target;
  const current = s.nodes.filter((n) => inService(n) && n.agentId !== '');
  const currentSeeds = current.filter((n) => n.seed);
  const graceUntil = s.state.volatile.lastLaunchAtMs === undefined ? null : s.state.volatile.lastLaunchAtMs + t.bootstrapGraceSeconds * 1000;
  return {
    frameworkName: t.frameworkName,
    frameworkId: s.state.framework?.frameworkId ?? '',
    clusterName: t.clusterName,
    configId: s.state.target.id,
    targetNumberOfNodes: t.nodeCount,
    targetNumberOfSeeds: t.seedCount,
    currentNumberOfNodes: current.length,
    currentNumberOfSeeds: currentSeeds.length,
    nodesToAcquire: Math.max(0, t.nodeCount - current.length),
    seedsToAcquire: Math.max(0, t.seedCount - currentSeeds.length),
    defaultConfigRole: {
      cassandraVersion: t.cassandraVersion,
      cpuCores: t.resources.cpus,
      memMb: t.resources.memMb,
      diskMb: t.resources.diskMb,
      memJavaHeapMb: t.resources.heapMb,
      cassandraYaml: parseOverrides(t.yamlOverrides),
      rackDc: { rack: t.defaultRackDc.rack, dc: t.defaultRackDc.dc },
    },
    nativePort: t.ports.native,
    storagePort: t.ports.storage,
    sslStoragePort: t.ports.sslStorage,
    jmxPort: t.ports.jmx,
    seeds: seedIps(s),
    healthCheckIntervalSeconds: t.healthCheckIntervalSeconds,
    bootstrapGraceTimeSeconds: t.bootstrapGraceSeconds,
    // Jobs (currentClusterTask, lastRepair, lastCleanup) are added by the route: the history is read from the store.
    nextPossibleServerLaunchTimestamp: graceUntil,
  };
}

function parseOverrides(overrides: Readonly<Record<string, string>>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(overrides)) {
    try {
      out[key] = JSON.parse(value) as unknown;
    } catch {
      out[key] = value;
    }
  }
  return out;
}

/** Addresses of the seed nodes in service. */
export function seedIps(s: ClusterSnapshot): string[] {
  return s.nodes.filter((n) => n.seed && inService(n) && n.ip !== '').map((n) => n.ip);
}

export function nodeAllView(s: ClusterSnapshot): Record<string, unknown> {
  const current = s.nodes.filter((n) => inService(n) && n.agentId !== '');
  return {
    replaceNodes: s.nodes.filter((n) => n.replaceIp !== '' && !n.firstLiveAtMs).map((n) => n.replaceIp),
    nodesToAcquire: Math.max(0, s.target.nodeCount - current.length),
    nodes: s.nodes.map((n) => nodeView(s, n)),
  };
}

function nodeView(s: ClusterSnapshot, n: NodeRecord): Record<string, unknown> {
  const server = serverTask(n);
  const health = n.health;
  return {
    nodeId: n.nodeId,
    ...(n.replaceIp ? { replacementForIp: n.replaceIp } : {}),
    tasks: server
      ? { SERVER: { taskId: server.taskId, taskName: `${n.nodeId}-server`, state: server.state, cpuCores: s.target.resources.cpus, memMb: s.target.resources.memMb, diskMb: s.target.resources.diskMb } }
      : {},
    executorId: n.executorId || null,
    agentId: n.agentId || null,
    ip: n.ip || null,
    hostname: n.hostname || null,
    targetRunState: runStateName(n),
    jmxPort: s.target.ports.jmx,
    seedNode: n.seed,
    rackDc: rackDcOf(n, s.target),
    cassandraDaemonPid: n.serverPid || null,
    live: isLive(n),
    lastRepairAt: isoOrNull(n.lastRepairAtMs),
    lastCleanupAt: isoOrNull(n.lastCleanupAtMs),
    lastHealthCheck: health?.checkedAtMs || null,
    healthCheckDetails: health
      ? {
          healthy: health.healthy === true,
          msg: health.message ?? '',
          version: health.releaseVersion ?? '',
          operationMode: health.operationMode ?? '',
          hostId: n.hostId || null,
          nativeTransportRunning: health.nativeTransportRunning === true,
          liveNodeCount: health.liveNodeCount ?? 0,
          unreachableNodeCount: health.unreachableNodeCount ?? 0,
          loadBytes: health.loadBytes ?? 0,
        }
      : null,
  };
}

/** Epoch ms as ISO time; null for 0 (never). */
export function isoOrNull(ms: number | null | undefined): string | null {
  return ms ? new Date(Number(ms)).toISOString() : null;
}

export function seedsView(s: ClusterSnapshot): Record<string, unknown> {
  return { nativePort: s.target.ports.native, jmxPort: s.target.ports.jmx, seeds: seedIps(s) };
}

/** Answer of the node run-state routes. */
export function nodeActionView(n: NodeRecord): Record<string, unknown> {
  return { nodeId: n.nodeId, ip: n.ip || null, hostname: n.hostname || null, executorId: n.executorId || null, targetRunState: runStateName(n) };
}

/** "PREFER_SEED", "NEVER_SEED" or "SEED_PREFERENCE_UNSPECIFIED" (the scheduler chooses). */
export function seedPreferenceName(node: NodeRecord): string {
  return cassandra_mesos.v1.SeedPreference[node.seedPreference] ?? 'SEED_PREFERENCE_UNSPECIFIED';
}

/** Answer of make-seed / make-non-seed, in the original's fields (success: false = nothing changed). */
export function originalSeedChangeView(change: SeedChange): Record<string, unknown> {
  const { before, after } = change;
  return {
    nodeId: after.nodeId,
    ip: after.ip || null,
    hostname: after.hostname || null,
    executorId: after.executorId || null,
    oldSeedState: before.seed,
    seedState: after.seed,
    seedPreference: seedPreferenceName(after),
    success: before.seed !== after.seed || before.seedPreference !== after.seedPreference,
  };
}

/** Up to `limit` live nodes in random order (client discovery spreads its first contacts). */
export function sampleLiveNodes(live: readonly NodeRecord[], limit: number, random: () => number): NodeRecord[] {
  const pool = [...live];
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = pool[i];
    const b = pool[j];
    if (a && b) {
      pool[i] = b;
      pool[j] = a;
    }
  }
  return pool.slice(0, limit);
}

export function liveNodesView(s: ClusterSnapshot, sample: readonly NodeRecord[]): Record<string, unknown> {
  return { clusterName: s.target.clusterName, frameworkName: s.target.frameworkName, nativePort: s.target.ports.native, jmxPort: s.target.ports.jmx, liveNodes: sample.map((n) => n.ip) };
}

export function liveNodesText(s: ClusterSnapshot, sample: readonly NodeRecord[]): string {
  return [`NATIVE: ${s.target.ports.native}`, `JMX: ${s.target.ports.jmx}`, ...sample.map((n) => `IP: ${n.ip}`)].join('\n') + '\n';
}

export function qaReportView(s: ClusterSnapshot): Record<string, unknown> {
  const nodes: Record<string, unknown> = {};
  for (const n of s.nodes.filter((x) => x.executorId !== '')) {
    nodes[n.executorId] = {
      nodeId: n.nodeId,
      agentId: n.agentId,
      agentBaseUri: n.ip ? `http://${n.ip}:5051/` : null,
      ip: n.ip,
      hostname: n.hostname,
      targetRunState: runStateName(n),
      jmxPort: s.target.ports.jmx,
      live: isLive(n),
    };
  }
  return { nodes };
}

export function qaReportText(s: ClusterSnapshot): string {
  const lines: string[] = [];
  for (const n of s.nodes.filter((x) => x.executorId !== '')) {
    lines.push(`JMX_PORT: ${s.target.ports.jmx}`, `NODE_IP: ${n.ip}`, `BASE: http://${n.ip}:5051/`);
  }
  return lines.join('\n') + (lines.length ? '\n' : '');
}
