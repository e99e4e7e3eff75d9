// RegisterCluster and ListClusters, and the cluster_id check every other call makes.
import { status } from '@grpc/grpc-js';
import type { BackupService, ClusterDescription } from '../backup/types';
import type { ClusterListingEntry, ClusterListingRequest, ClusterListingResponse, ClusterRegistrationRequest, ClusterRegistrationResponse } from './cassy-messages';
import { CassyCallError, invalidArgument } from './errors';
import type { CassyRegistration, CassyRegistrationStore } from './registrations';
import { checkCassandraHost, parseLimit } from './requests';

export interface CassyCallDeps {
  readonly service: BackupService;
  readonly registrations: CassyRegistrationStore;
  /** ms since the epoch (tests pass a fixed clock). */
  readonly now: () => number;
}

/** ClusterJob.requested_by of jobs started over gRPC. */
export const GRPC_REQUESTER = 'grpc';

export interface RegisteredCluster {
  readonly cluster: ClusterDescription;
  readonly registration: CassyRegistration;
}

/**
 * The cluster a call names, which must be registered. Listing calls may leave cluster_id empty
 * (`emptyMeansOwn`): then it is this scheduler's cluster, as long as it is registered.
 */
export async function registeredCluster(deps: CassyCallDeps, clusterId: string, emptyMeansOwn = false): Promise<RegisteredCluster> {
  if (clusterId === '' && !emptyMeansOwn) {
    throw invalidArgument('cluster_id is empty; give the cluster_id RegisterCluster answered (ListClusters shows the registered clusters)');
  }
  const cluster = await deps.service.describeCluster();
  const wanted = clusterId === '' ? cluster.frameworkName : clusterId;
  const registration = await deps.registrations.get(wanted);
  if (registration && wanted === cluster.frameworkName) return { cluster, registration };
  // Unknown cluster: NOT_FOUND, as in Cassy, with what would work instead.
  const register = `register it with RegisterCluster {"cassandra_host": "<IP of one of its nodes>"}`;
  if (wanted === cluster.frameworkName) {
    throw new CassyCallError(
      status.NOT_FOUND,
      `cluster_id ${JSON.stringify(wanted)} is this scheduler's cluster but is not registered yet; ${register}: the cluster_id stays the same`,
    );
  }
  throw new CassyCallError(
    status.NOT_FOUND,
    `cluster_id ${JSON.stringify(clusterId)} is not a registered cluster: this scheduler manages only cluster ${JSON.stringify(cluster.frameworkName)} (its framework name is its cluster_id); ${register}`,
  );
}

/** The addresses Cassy lists for a cluster: those of its placed nodes. */
function clusterTargets(cluster: ClusterDescription): string[] {
  return cluster.nodes.flatMap((n) => {
    const address = n.ip ?? n.hostname;
    return address ? [address] : [];
  });
}

function describe(cluster: ClusterDescription): ClusterRegistrationResponse {
  return {
    cluster_id: cluster.frameworkName,
    cluster_name: cluster.clusterName,
    target_ips: clusterTargets(cluster),
    keyspaces: [...cluster.keyspaces],
    data_dir: cluster.dataDir,
  };
}

export async function registerCluster(deps: CassyCallDeps, request: ClusterRegistrationRequest): Promise<ClusterRegistrationResponse> {
  const cluster = await deps.service.describeCluster();
  checkCassandraHost(request.cassandra_host, cluster);
  const now = deps.now();
  const previous = await deps.registrations.get(cluster.frameworkName);
  await deps.registrations.put({
    clusterId: cluster.frameworkName,
    cassandraHost: request.cassandra_host.trim(),
    registeredAtMs: previous?.registeredAtMs ?? now,
    updatedAtMs: now,
  });
  return describe(cluster);
}

export async function listClusters(deps: CassyCallDeps, request: ClusterListingRequest): Promise<ClusterListingResponse> {
  const limit = parseLimit(request.limit);
  let registrations: CassyRegistration[];
  let cluster: ClusterDescription;
  if (request.cluster_id !== '') {
    const found = await registeredCluster(deps, request.cluster_id);
    registrations = [found.registration];
    cluster = found.cluster;
  } else {
    cluster = await deps.service.describeCluster();
    // Only this scheduler's cluster can be registered; anything else in a shared store is not ours to show.
    registrations = (await deps.registrations.list()).filter((r) => r.clusterId === cluster.frameworkName);
  }
  const entries: ClusterListingEntry[] = registrations.slice(0, limit).map((r) => ({
    ...describe(cluster),
    created_at: r.registeredAtMs,
    updated_at: r.updatedAtMs,
  }));
  return { entries };
}
