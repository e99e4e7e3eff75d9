// Cassy clients start with RegisterCluster and then name the cluster by the cluster_id it answered.
// A scheduler manages exactly one Cassandra cluster, so its cluster_id is its framework name: stable
// across scheduler restarts and re-registrations, and the namespace its backups are stored under.
// What a registration adds is the record that a client registered it, and when (ListClusters'
// created_at/updated_at); that record lives in a CassyRegistrationStore: in the state store (ZooKeeper)
// for the scheduler, so registrations outlive restarts and failovers, or in memory for tests.
import { z } from 'zod';
import { BackupServiceError } from '../backup/types';
import { cassyRegistrationKey, CREATE, jsonDocumentType, type StateStore } from '../state';

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

const RegistrationSchema = z.strictObject({
  clusterId: z.string().min(1),
  cassandraHost: z.string().max(255),
  registeredAtMs: z.number().int().nonnegative(),
  updatedAtMs: z.number().int().nonnegative(),
});

const REGISTRATION_KEY = cassyRegistrationKey(jsonDocumentType<CassyRegistration>('cassandra_mesos.scheduler.CassyRegistration', RegistrationSchema));

export interface StoredRegistrationStoreOptions {
  /** Reads: the store every scheduler process can read, leader or not. */
  readonly read: StateStore;
  /** Writes: the leadership term's (fenced) store while this process leads, else undefined. */
  readonly write: () => StateStore | undefined;
}

/**
 * Registrations in the framework's state store (one document: a scheduler manages one cluster). Any
 * process answers ListClusters; only the leader records a RegisterCluster, the others refuse it with
 * UNAVAILABLE so that the client retries against the leader.
 */
export function createStoredRegistrationStore(options: StoredRegistrationStoreOptions): CassyRegistrationStore {
  const read = async (): Promise<CassyRegistration | undefined> => (await options.read.get(REGISTRATION_KEY))?.value;
  return {
    get: async (clusterId) => {
      const found = await read();
      return found?.clusterId === clusterId ? found : undefined;
    },
    list: async () => {
      const found = await read();
      return found ? [found] : [];
    },
    put: async (registration) => {
      const store = options.write();
      if (!store) {
        throw new BackupServiceError('UNAVAILABLE', 'this scheduler process is not the leader, so it cannot record a registration: call RegisterCluster on the leading scheduler (the one whose REST API accepts commands), or retry once a leader is elected', 'NOT_LEADER');
      }
      const existing = await store.get(REGISTRATION_KEY);
      await store.put(REGISTRATION_KEY, RegistrationSchema.parse(registration), existing ? existing.version : CREATE);
    },
  };
}
