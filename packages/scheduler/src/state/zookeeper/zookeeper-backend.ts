// The state store's bytes in ZooKeeper: one znode per value, containers are empty persistent znodes.
// Every commit is one ZooKeeper transaction (multi), whatever its size, so a single write and a batch
// follow the same path: create for a new value, setData/remove/check with the expected version.
// With a write fence, every transaction also checks that the leader's election znode still exists,
// so a scheduler that lost its leadership cannot write even if it has not noticed yet.
import zookeeper from 'node-zookeeper-client';
import { parentContainers, type BackendOp, type StateBackend, type StoredBytes } from '../backend';
import { NotLeaderError, StaleStateError, StateUnavailableError } from '../errors';
import { ZooKeeperResultError, type ZooKeeperConnection, type ZooKeeperOp } from './connection';

/** The election znode of the current leadership term (see LeaderElection); writes fail once it is gone. */
export interface WriteFence {
  readonly candidatePath: string;
}

const CAS_CODES: ReadonlySet<number> = new Set([zookeeper.Exception.BAD_VERSION, zookeeper.Exception.NO_NODE, zookeeper.Exception.NODE_EXISTS]);

export class ZooKeeperBackend implements StateBackend {
  /** Containers known to exist, so creating a value does not cost a mkdirp round trip each time. */
  private readonly knownContainers = new Set<string>();

  constructor(
    private readonly connection: ZooKeeperConnection,
    /** Absolute znode path of the framework, chroot included. */
    private readonly basePath: string,
    private readonly options: { readonly fence?: WriteFence; readonly ownsConnection: boolean },
  ) {}

  locate(path: string): string {
    return path === '' ? this.basePath : `${this.basePath}/${path}`;
  }

  async ensureContainers(paths: readonly string[]): Promise<void> {
    for (const path of paths) await this.ensureContainer(path);
  }

  async read(path: string): Promise<StoredBytes | undefined> {
    const found = await this.connection.getData(this.locate(path));
    return found === undefined ? undefined : { data: new Uint8Array(found.data), version: found.stat.version };
  }

  children(path: string): Promise<string[]> {
    return this.connection.getChildren(this.locate(path));
  }

  async commit(ops: readonly BackendOp[]): Promise<Array<number | undefined>> {
    try {
      return await this.tryCommit(ops);
    } catch (err) {
      // A create whose parent container vanished (removed by a job-record cleanup): recreate it once.
      if (!(err instanceof MissingParentError)) throw err;
      this.knownContainers.clear();
      return this.tryCommit(ops).catch((again: unknown) => {
        if (again instanceof MissingParentError) {
          throw new StateUnavailableError(`a parent znode below ${this.basePath} was deleted twice while writing into it; is another process deleting state?`);
        }
        throw again;
      });
    }
  }

  async removeEmptyContainer(path: string): Promise<boolean> {
    this.knownContainers.delete(path);
    try {
      await this.connection.remove(this.locate(path), -1);
      return true;
    } catch (err) {
      if (err instanceof ZooKeeperResultError && err.zkCode === zookeeper.Exception.NO_NODE) return true;
      if (err instanceof ZooKeeperResultError && err.zkCode === zookeeper.Exception.NOT_EMPTY) return false;
      throw err;
    }
  }

  async close(): Promise<void> {
    if (this.options.ownsConnection) await this.connection.close();
  }

  private async ensureContainer(path: string): Promise<void> {
    if (this.knownContainers.has(path)) return;
    await this.connection.mkdirp(this.locate(path));
    this.knownContainers.add(path);
  }

  private async tryCommit(ops: readonly BackendOp[]): Promise<Array<number | undefined>> {
    for (const op of ops) {
      if (op.type === 'put' && op.expectedVersion === undefined) {
        for (const parent of parentContainers(op.path)) await this.ensureContainer(parent);
      }
    }
    const zkOps: ZooKeeperOp[] = ops.map((op) => this.toZooKeeperOp(op));
    const fence = this.options.fence;
    if (fence) zkOps.push({ type: 'check', path: fence.candidatePath, version: -1 });
    let results;
    try {
      results = await this.connection.multi(zkOps);
    } catch (err) {
      throw await this.explain(err, ops);
    }
    return ops.map((op, i) => {
      switch (op.type) {
        case 'put':
          return op.expectedVersion === undefined ? 0 : results[i]?.stat?.version;
        case 'delete':
          return undefined;
        case 'check':
          return op.expectedVersion;
      }
    });
  }

  private toZooKeeperOp(op: BackendOp): ZooKeeperOp {
    const path = this.locate(op.path);
    switch (op.type) {
      case 'put':
        return op.expectedVersion === undefined
          ? { type: 'create', path, data: Buffer.from(op.data) }
          : { type: 'set', path, data: Buffer.from(op.data), version: op.expectedVersion };
      case 'delete':
        return { type: 'remove', path, version: op.expectedVersion };
      case 'check':
        return { type: 'check', path, version: op.expectedVersion };
    }
  }

  /** Turns a failed transaction into the error that says what happened. */
  private async explain(err: unknown, ops: readonly BackendOp[]): Promise<unknown> {
    if (!(err instanceof ZooKeeperResultError) || err.opIndex === undefined) return err;
    const fence = this.options.fence;
    if (fence && err.opIndex === ops.length) return new NotLeaderError(fence.candidatePath);
    const op = ops[err.opIndex];
    if (op === undefined || !CAS_CODES.has(err.zkCode)) return err;
    if (op.type === 'put' && op.expectedVersion === undefined && err.zkCode === zookeeper.Exception.NO_NODE) return new MissingParentError();
    const path = this.locate(op.path);
    const actual = await this.connection.exists(path).then(
      (stat) => stat?.version,
      () => null,
    );
    return new StaleStateError(path, op.expectedVersion, actual);
  }
}

class MissingParentError extends Error {
  override readonly name = 'MissingParentError';
}
