// The state store in ZooKeeper: `<chroot>/cassandra-mesos/<framework-name>/...` (layout: proto/README.md).
import { frameworkBasePath } from '../keys';
import { VersionedStateStore } from '../state-store';
import type { ZooKeeperConnection } from './connection';
import type { ZooKeeperAddress } from './url';
import { ZooKeeperBackend, type WriteFence } from './zookeeper-backend';

export interface OpenZooKeeperStateStoreOptions {
  readonly connection: ZooKeeperConnection;
  readonly frameworkName: string;
  /** Close the connection with the store; default false (the connection is usually shared with the election). */
  readonly ownsConnection?: boolean;
  /** Refuse writes unless this leadership term's election znode exists (NotLeaderError). */
  readonly fence?: WriteFence;
}

/** The absolute znode path of a framework's state. */
export function zooKeeperBasePath(address: ZooKeeperAddress, frameworkName: string): string {
  return `${address.chroot}${frameworkBasePath(frameworkName)}`;
}

export class ZooKeeperStateStore extends VersionedStateStore {
  constructor(
    frameworkName: string,
    readonly basePath: string,
    readonly connection: ZooKeeperConnection,
    options: { readonly ownsConnection: boolean; readonly fence?: WriteFence },
  ) {
    super(frameworkName, basePath, new ZooKeeperBackend(connection, basePath, options));
  }

  /**
   * The same state, on the same connection, with every write fenced by a leadership term (a
   * LeadershipTerm of ZooKeeperLeaderElection): once that term's election znode is gone, writes fail
   * with NotLeaderError. Closing it leaves the connection open.
   */
  fenced(term: { readonly candidatePath?: string }): ZooKeeperStateStore {
    const candidatePath = term.candidatePath;
    if (candidatePath === undefined) throw new TypeError('this leadership term has no election znode: only a ZooKeeper term can fence writes');
    return new ZooKeeperStateStore(this.frameworkName, this.basePath, this.connection, { ownsConnection: false, fence: { candidatePath } });
  }
}

/** Opens a framework's state in ZooKeeper, creating its containers if needed. */
export async function openZooKeeperStateStore(options: OpenZooKeeperStateStoreOptions): Promise<ZooKeeperStateStore> {
  const basePath = zooKeeperBasePath(options.connection.address, options.frameworkName);
  const store = new ZooKeeperStateStore(options.frameworkName, basePath, options.connection, {
    ownsConnection: options.ownsConnection ?? false,
    fence: options.fence,
  });
  await store.initialise();
  return store;
}
