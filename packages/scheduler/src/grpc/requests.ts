// Checks of Cassy request fields. Each refusal is INVALID_ARGUMENT and names the field as the request
// spells it, the value that came, and what is accepted.
import { backupNameProblem } from '@cassandra-mesos/backup-storage';
import type { BackupTypeName, ClusterDescription, ClusterNodeDescription, RestoreTypeName } from '../backup/types';
import { invalidArgument } from './errors';

/** Cassy's backup_type numbers (the same numbers as our BackupType enum). */
export const BACKUP_TYPES: Readonly<Record<number, BackupTypeName>> = { 1: 'CLUSTER_CONSISTENT', 2: 'NODE_SNAPSHOT', 3: 'INCREMENTAL' };
/** Cassy's restore_type numbers. */
export const RESTORE_TYPES: Readonly<Record<number, RestoreTypeName>> = { 1: 'CLUSTER_RESTORE', 2: 'NODE_RESTORE' };

const BACKUP_TYPE_HELP = 'use 1 (cluster-wide consistent snapshot), 2 (node snapshot) or 3 (incremental, with snapshot_id = the snapshot it adds to)';
const RESTORE_TYPE_HELP = 'use 1 (restore the cluster) or 2 (restore stopped nodes in place)';

export function backupTypeNumber(name: string): number {
  return Number(Object.entries(BACKUP_TYPES).find(([, n]) => n === name)?.[0] ?? 0);
}

export function restoreTypeNumber(name: string): number {
  return Number(Object.entries(RESTORE_TYPES).find(([, n]) => n === name)?.[0] ?? 0);
}

export function parseBackupType(value: number): BackupTypeName {
  const type = BACKUP_TYPES[value];
  if (type) return type;
  throw invalidArgument(value === 0 ? `backup_type is not set; ${BACKUP_TYPE_HELP}` : `backup_type ${value} is unknown; ${BACKUP_TYPE_HELP}`);
}

export function parseRestoreType(value: number): RestoreTypeName {
  const type = RESTORE_TYPES[value];
  if (type) return type;
  throw invalidArgument(value === 0 ? `restore_type is not set; ${RESTORE_TYPE_HELP}` : `restore_type ${value} is unknown; ${RESTORE_TYPE_HELP}`);
}

/** limit: 0 = no limit (undefined), a negative number is refused. */
export function parseLimit(value: number): number | undefined {
  if (!Number.isInteger(value) || value < 0) throw invalidArgument(`limit must be 0 (no limit) or a positive number, got ${value}`);
  return value === 0 ? undefined : value;
}

/** snapshot_id is a backup name: 1-128 of A-Z a-z 0-9 . _ -, no leading '.', no '..' (so never a path). */
export function checkSnapshotId(value: string): string {
  if (value === '') throw invalidArgument('snapshot_id is empty; give the name of a backup (ListBackups shows them)');
  const problem = backupNameProblem(value);
  if (problem !== undefined) throw invalidArgument(`snapshot_id is not a valid backup name: ${problem}`);
  return value;
}

/** How Cassy shows a node: its IP, else its hostname, else (a node not placed yet) its id. */
export function nodeAddress(node: ClusterNodeDescription): string {
  return node.ip ?? node.hostname ?? node.nodeId;
}

export function findNode(cluster: ClusterDescription, address: string): ClusterNodeDescription | undefined {
  const wanted = address.trim().toLowerCase();
  return cluster.nodes.find((n) => n.ip?.toLowerCase() === wanted || n.hostname?.toLowerCase() === wanted || n.nodeId.toLowerCase() === wanted);
}

function describeNodes(cluster: ClusterDescription): string {
  if (cluster.nodes.length === 0) return 'the cluster has no nodes yet';
  return `its nodes are ${cluster.nodes.map((n) => `${nodeAddress(n)} (${n.nodeId})`).join(', ')}`;
}

/** target_ips (IPs, hostnames or node ids) as node ids, in the order given, without repeats. */
export function resolveTargets(targets: readonly string[], cluster: ClusterDescription): string[] {
  const ids: string[] = [];
  targets.forEach((target, i) => {
    const node = target.trim() === '' ? undefined : findNode(cluster, target);
    if (!node) {
      throw invalidArgument(`target_ips[${i}] ${JSON.stringify(target)} is not a node of cluster ${cluster.frameworkName}; ${describeNodes(cluster)}`);
    }
    if (!ids.includes(node.nodeId)) ids.push(node.nodeId);
  });
  return ids;
}

/** RegisterCluster's cassandra_host: one of this cluster's nodes. */
export function checkCassandraHost(host: string, cluster: ClusterDescription): ClusterNodeDescription {
  if (host.trim() === '') throw invalidArgument('cassandra_host is empty; give the IP address or hostname of one of the cluster\'s nodes');
  const node = findNode(cluster, host);
  if (!node) throw invalidArgument(`cassandra_host ${JSON.stringify(host)} is not a node of cluster ${cluster.frameworkName}, the cluster this scheduler manages; ${describeNodes(cluster)}`);
  return node;
}
