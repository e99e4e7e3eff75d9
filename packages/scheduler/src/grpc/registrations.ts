// Cassy clients start with RegisterCluster and then name the cluster by the cluster_id it answered.
// A scheduler manages exactly one Cassandra cluster, so its cluster_id is its framework name: stable
// across scheduler restarts and re-registrations, and the namespace its backups are stored under.
// What a registration adds is the record that a client registered it, and when (ListClusters'
// created_at/updated_at); that record lives in a CassyRegistrationStore.

export interface CassyRegistration {
  readonly clusterId: string;
  /** The address the client registered the cluster with. */
  readonly cassandraHost: string;
  /** First registration, ms since the epoch. */
  readonly registeredAtMs: number;
  /** Latest registration, ms since the epoch. */
  readonly updatedAtMs: number;
}

export interface CassyRegistrationStore {
  get(clusterId: string): Promise<CassyRegistration | undefined>;
  /** Newest registration first. */
  list(): Promise<CassyRegistration[]>;
  put(registration: CassyRegistration): Promise<void>;
}

/**
 * Registrations in this process's memory: a scheduler restart or failover forgets them, and clients
 * register again (RegisterCluster answers the same cluster_id). Pass a persistent store to
 * startCassyGrpcServer to keep them.
 */
export function createInMemoryRegistrationStore(): CassyRegistrationStore {
  const byId = new Map<string, CassyRegistration>();
  return {
    get: (clusterId) => Promise.resolve(byId.get(clusterId)),
    list: () => Promise.resolve([...byId.values()].sort((a, b) => b.registeredAtMs - a.registeredAtMs)),
    put: (registration) => {
      byId.set(registration.clusterId, registration);
      return Promise.resolve();
    },
  };
}
