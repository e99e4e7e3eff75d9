// cassandra-jmx's NodeHealth (one bulk Jolokia read) → the protocol's CassandraNodeInfo. Pure.
import type { NodeHealth } from '@cassandra-mesos/cassandra-jmx';
import type { cassandra_mesos } from '@cassandra-mesos/model';

/**
 * Fields Cassandra has not registered yet (it registers its MBeans while starting) get the proto3
 * zero value; `missingHealthText` says which they are.
 */
export function nodeInfoFromHealth(health: NodeHealth, endpoint = ''): cassandra_mesos.v1.CassandraNodeInfo.$Properties {
  return {
    operationMode: health.operationMode ?? '',
    initialized: health.initialized ?? false,
    joined: health.joined ?? false,
    gossipRunning: health.gossipRunning ?? false,
    nativeTransportRunning: health.nativeTransportRunning ?? false,
    hostId: health.hostId ?? '',
    tokenCount: count(health.tokenCount),
    dataCenter: health.dataCenter ?? '',
    rack: health.rack ?? '',
    releaseVersion: health.releaseVersion ?? '',
    clusterName: health.clusterName ?? '',
    loadBytes: count(health.loadBytes),
    liveNodes: [...(health.liveNodes ?? [])],
    unreachableNodes: [...(health.unreachableNodes ?? [])],
    uptimeMs: count(health.uptimeMs),
    endpoint,
  };
}

/** "" when every field was read; otherwise which were not, and why (e.g. while Cassandra starts). */
export function missingHealthText(health: Pick<NodeHealth, 'missing'>): string {
  if (health.missing.length === 0) return '';
  return `Jolokia answered, but ${health.missing.length} value(s) are not readable yet: ${health.missing.map((m) => `${m.field} (${m.reason})`).join(', ')}`;
}

/** uint32/uint64 fields: JMX numbers can arrive as floats (metrics) and must not be negative. */
function count(value: number | undefined): number {
  return value === undefined || !Number.isFinite(value) ? 0 : Math.max(0, Math.round(value));
}
