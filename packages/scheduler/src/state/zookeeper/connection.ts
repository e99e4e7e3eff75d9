// One ZooKeeper session (node-zookeeper-client), shared by the state store and the leader election so
// that losing it ends both: a scheduler whose session is gone can neither lead nor write.
//
// What the library does not do, and this class adds:
//  - a connect timeout with a specific error (the library retries forever and swallows socket errors);
//  - a timeout on every request (requests issued while disconnected wait in the library's queue);
//  - a read timeout: the library sends pings but never checks that answers come back, so a silent
//    network partition goes unnoticed; like the Java client, a connection that heard nothing from its
//    server for 2/3 of the session timeout is dropped (the library then reconnects, to another server
//    of the ensemble if there is one);
//  - "presumed expired": the library learns that its session expired only when it reaches a server
//    again, so if no server is reachable for a whole session timeout, the session is treated as
//    ended (by then the ensemble has expired it, if it is up at all);
//  - `sessionEnded`, an AbortSignal for the whole session, and 'disconnected'/'reconnected'/'expired' events.
//
// ACLs: every znode is created with the open ACL (world:anyone, all permissions). The state holds no
// secrets (see the secrets guard test), and the scheduler must work against any ensemble without
// credentials; protect the state by restricting network access to ZooKeeper (or a chroot with its
// own ACL set by the operator, which we never change).
import { EventEmitter } from 'node:events';
import zookeeper, { type Client, type Event as ZkEvent, type Stat } from 'node-zookeeper-client';
import type { Logger } from 'pino';
import { StateUnavailableError } from '../errors';
import { formatSeconds, probeServers, shutDown, type ClientInternals, type TransactionInternals } from './client-lifecycle';
import { parseZooKeeperUrl, ZOOKEEPER_URL_SETTING, type ZooKeeperAddress } from './url';

export interface ZooKeeperConnectOptions {
  /** How long to wait for the first session; default 10 s. */
  readonly connectTimeoutMs?: number;
  /** Requested session timeout; the server clamps it to [2, 20] × its tickTime. Default 15 s. */
  readonly sessionTimeoutMs?: number;
  /** Longest wait for one request; default 10 s. */
  readonly operationTimeoutMs?: number;
  /** The setting the address came from, named in errors; default CASSANDRA_MESOS_ZK_URL. */
  readonly setting?: string;
  readonly logger?: Logger;
  /** Joins an existing session instead of starting one (ZooKeeper's way to test session expiry). */
  readonly session?: SessionCredentials;
}

export interface SessionCredentials {
  readonly id: Buffer;
  readonly password: Buffer;
}

/** An error ZooKeeper answered with (NO_NODE, NODE_EXISTS, BAD_VERSION, NOT_EMPTY …) for `path`. */
export class ZooKeeperResultError extends Error {
  override readonly name = 'ZooKeeperResultError';
  constructor(
    /** node-zookeeper-client's Exception code, e.g. zookeeper.Exception.BAD_VERSION. */
    readonly zkCode: number,
    readonly zkName: string,
    readonly path: string,
    /** For a multi-op transaction: the index of the op that failed. */
    readonly opIndex?: number,
  ) {
    super(`ZooKeeper answered ${zkName} for ${path}`);
  }
}

export type ZooKeeperOp =
  | { readonly type: 'create'; readonly path: string; readonly data: Buffer }
  | { readonly type: 'set'; readonly path: string; readonly data: Buffer; readonly version: number }
  | { readonly type: 'remove'; readonly path: string; readonly version: number }
  | { readonly type: 'check'; readonly path: string; readonly version: number };

/** Per op of a committed transaction: created → its path, set → its new Stat, others → nothing. */
export interface ZooKeeperOpResult {
  readonly stat?: Stat;
}

/** How a session ended: the reason `sessionEnded` aborts with, and what operations fail with afterwards. */
export class SessionEndedError extends StateUnavailableError {
  override readonly name = 'SessionEndedError';
  constructor(
    /** 'closed' = close() was called; the others are unplanned. */
    readonly how: 'expired' | 'presumed-expired' | 'auth-failed' | 'closed',
    message: string,
  ) {
    super(message);
  }
}

interface ConnectionEvents {
  disconnected: [];
  reconnected: [];
  /** The session ended without close(): expired on the server, presumed expired, or auth failure. */
  expired: [SessionEndedError];
}

/** Codes that mean "the connection or session is not usable" rather than an answer about a path. */
const CONNECTION_CODES: ReadonlySet<number> = new Set([
  zookeeper.Exception.CONNECTION_LOSS,
  zookeeper.Exception.SESSION_EXPIRED,
  zookeeper.Exception.OPERATION_TIMEOUT,
  zookeeper.Exception.AUTH_FAILED,
]);

/** The library's Exception inherits from Error at runtime (util.inherits); its typings do not say so. */
function isZkException(err: unknown): err is zookeeper.Exception {
  return err instanceof zookeeper.Exception;
}

/** world:anyone with every permission (see the ACL note at the top). */
const OPEN_ACL = [new zookeeper.ACL(zookeeper.Permission.ALL, new zookeeper.Id('world', 'anyone'))];

export class ZooKeeperConnection extends EventEmitter<ConnectionEvents> {
  private readonly ended = new AbortController();
  private presumedExpiry: NodeJS.Timeout | undefined;
  private readonly heartbeat: NodeJS.Timeout;
  private heartbeatInFlight = false;
  /** When the server last answered anything. */
  private lastHeardAt = Date.now();
  private connected = true;
  private closing = false;

  private constructor(
    private readonly client: Client,
    readonly address: ZooKeeperAddress,
    private readonly options: Required<Pick<ZooKeeperConnectOptions, 'operationTimeoutMs' | 'setting'>> & { logger?: Logger },
  ) {
    super();
    client.on('disconnected', () => this.onDisconnected());
    client.on('connected', () => this.onConnected());
    client.on('expired', () => this.endSession('expired', 'ZooKeeper reported the session expired'));
    client.on('authenticationFailed', () => this.endSession('auth-failed', 'ZooKeeper rejected the authentication'));
    this.heartbeat = setInterval(() => this.checkServerHeard(), Math.max(100, Math.floor(this.sessionTimeoutMs / 3)));
  }

  /** Connects and waits for a session; throws StateUnavailableError saying why there is none. */
  static async connect(url: string | ZooKeeperAddress, options: ZooKeeperConnectOptions = {}): Promise<ZooKeeperConnection> {
    const setting = options.setting ?? ZOOKEEPER_URL_SETTING;
    const address = typeof url === 'string' ? parseZooKeeperUrl(url, setting) : url;
    const connectTimeoutMs = options.connectTimeoutMs ?? 10_000;
    // The library accepts a session to join (undocumented in its typings).
    const clientOptions = {
      sessionTimeout: options.sessionTimeoutMs ?? 15_000,
      spinDelay: 200,
      retries: 0,
      ...(options.session ? { sessionId: options.session.id, sessionPassword: options.session.password } : {}),
    };
    const client = zookeeper.createClient(address.connectString, clientOptions);
    const problem = await new Promise<string | undefined>((resolve) => {
      const timer = setTimeout(() => resolve('timeout'), connectTimeoutMs);
      const done = (outcome: string | undefined): void => {
        clearTimeout(timer);
        resolve(outcome);
      };
      client.once('connected', () => done(undefined));
      client.once('expired', () => done('the session to join has expired'));
      client.once('authenticationFailed', () => done('authentication failed'));
      client.connect();
    });
    if (problem !== undefined) {
      await shutDown(client);
      const reason = problem === 'timeout' ? await probeServers(address) : problem;
      throw new StateUnavailableError(
        `could not connect to ZooKeeper at ${address.connectString} within ${formatSeconds(connectTimeoutMs)}: ${reason}; check ${setting}`,
      );
    }
    const connection = new ZooKeeperConnection(client, address, {
      operationTimeoutMs: options.operationTimeoutMs ?? 10_000,
      setting,
      logger: options.logger,
    });
    options.logger?.info({ zookeeper: address.connectString, sessionId: connection.sessionId, sessionTimeoutMs: connection.sessionTimeoutMs }, 'ZooKeeper session established');
    return connection;
  }

  /** The session timeout the server granted. */
  get sessionTimeoutMs(): number {
    return this.client.getSessionTimeout();
  }

  get sessionId(): string {
    return `0x${this.client.getSessionId().toString('hex')}`;
  }

  /** Aborts when the session is over for good (expired, presumed expired, or closed); the reason says which. */
  get sessionEnded(): AbortSignal {
    return this.ended.signal;
  }

  get isConnected(): boolean {
    return this.connected && !this.ended.signal.aborted;
  }

  /** The session's id and password (secret to ZooKeeper, never logged): lets a test join and expire it. */
  sessionCredentials(): SessionCredentials {
    return { id: this.client.getSessionId(), password: this.client.getSessionPassword() };
  }

  /** Data and Stat of a znode, or undefined when it does not exist; `watcher` fires once on its next change. */
  getData(path: string, watcher?: (event: ZkEvent) => void): Promise<{ data: Buffer; stat: Stat } | undefined> {
    return this.call<{ data: Buffer; stat: Stat }>(`getData ${path}`, path, (cb) => {
      const done = (err: Error | zookeeper.Exception | null, data: Buffer, stat: Stat): void => cb(err, { data: data ?? Buffer.alloc(0), stat });
      if (watcher) this.client.getData(path, watcher, done);
      else this.client.getData(path, done);
    }).catch(absentAsUndefined);
  }

  /** Stat of a znode or undefined; `watcher` fires once when it is created, changed or deleted. */
  exists(path: string, watcher?: (event: ZkEvent) => void): Promise<Stat | undefined> {
    return this.call<Stat | undefined>(`exists ${path}`, path, (cb) => {
      const done = (err: Error | zookeeper.Exception | null, stat: Stat): void => cb(err, stat ?? undefined);
      if (watcher) this.client.exists(path, watcher, done);
      else this.client.exists(path, done);
    });
  }

  /** Children names, or [] when the znode does not exist; `watcher` fires once when they change. */
  getChildren(path: string, watcher?: (event: ZkEvent) => void): Promise<string[]> {
    return this.call<string[]>(`getChildren ${path}`, path, (cb) => {
      if (watcher) this.client.getChildren(path, watcher, cb);
      else this.client.getChildren(path, cb);
    })
      .catch(absentAsUndefined)
      .then((children) => children ?? []);
  }

  /** Creates a znode with the open ACL; resolves with its path (which has the sequence for sequential modes). */
  create(path: string, data: Buffer, mode: number): Promise<string> {
    return this.call<string>(`create ${path}`, path, (cb) => this.client.create(path, data, OPEN_ACL, mode, cb));
  }

  /** Creates `path` and its missing parents as empty persistent znodes. */
  async mkdirp(path: string): Promise<void> {
    await this.call<string>(`mkdirp ${path}`, path, (cb) => this.client.mkdirp(path, cb));
  }

  remove(path: string, version: number): Promise<void> {
    return this.call<undefined>(`remove ${path}`, path, (cb) => this.client.remove(path, version, (err) => cb(err, undefined)));
  }

  /** Applies all ops or none. On failure, rejects with a ZooKeeperResultError carrying the failed op's index. */
  multi(ops: readonly ZooKeeperOp[]): Promise<ZooKeeperOpResult[]> {
    const first = ops[0]?.path ?? '/';
    return new Promise<ZooKeeperOpResult[]>((resolve, reject) => {
      const tx = this.client.transaction();
      const queued = (tx as unknown as TransactionInternals).ops;
      for (const op of ops) {
        if (op.type === 'create') {
          tx.create(op.path, op.data, OPEN_ACL, zookeeper.CreateMode.PERSISTENT);
          continue;
        }
        if (op.type === 'set') tx.setData(op.path, op.data, op.version);
        else if (op.type === 'remove') tx.remove(op.path, op.version);
        else tx.check(op.path, op.version);
        // The library turns version 0 into -1 ("any version") in transactions (`version || -1`,
        // alexguan/node-zookeeper-client#67), which would make a compare-and-set on a new value blind.
        const last = queued[queued.length - 1];
        if (last) last.version = op.version;
      }
      this.guard(`transaction of ${ops.length} op(s) starting at ${first}`, reject, (settle) =>
        tx.commit((err, results: Array<{ err?: number; stat?: Stat }> | undefined) => {
          this.noteAnswer(err);
          if (err && isZkException(err) && !CONNECTION_CODES.has(err.getCode()) && results) {
            const index = results.findIndex((r) => r.err !== undefined && r.err !== zookeeper.Exception.OK);
            const path = ops[index]?.path ?? first;
            settle(() => reject(new ZooKeeperResultError(err.getCode(), err.getName(), path, index)));
            return;
          }
          if (err) return settle(() => reject(this.translate(err, `transaction starting at ${first}`, first)));
          settle(() => resolve((results ?? []).map((r) => ({ stat: r.stat }))));
        }),
      );
    });
  }

  /** Ends the session (its ephemeral znodes go at once) and stops reconnecting. */
  async close(): Promise<void> {
    if (this.closing) return;
    this.closing = true;
    clearTimeout(this.presumedExpiry);
    clearInterval(this.heartbeat);
    if (!this.ended.signal.aborted) {
      this.ended.abort(new SessionEndedError('closed', `ZooKeeper session ${this.sessionId} with ${this.address.connectString} was closed`));
    }
    await shutDown(this.client);
  }

  private onDisconnected(): void {
    if (this.closing || this.ended.signal.aborted || !this.connected) return;
    this.connected = false;
    this.options.logger?.warn({ zookeeper: this.address.connectString }, 'ZooKeeper connection lost; reconnecting');
    this.emit('disconnected');
    const timeout = this.sessionTimeoutMs;
    this.presumedExpiry = setTimeout(
      () => this.endSession('presumed-expired', `no ZooKeeper server reachable for ${formatSeconds(timeout)} (the session timeout): the session is presumed expired`),
      timeout,
    );
  }

  private onConnected(): void {
    if (this.connected || this.closing) return;
    this.connected = true;
    this.lastHeardAt = Date.now();
    clearTimeout(this.presumedExpiry);
    this.options.logger?.info({ zookeeper: this.address.connectString }, 'ZooKeeper connection re-established');
    this.emit('reconnected');
  }

  /** Any answer from the server (a result code included) proves the connection is alive. */
  private noteAnswer(err: Error | zookeeper.Exception | null): void {
    if (err === null || (isZkException(err) && !CONNECTION_CODES.has(err.getCode()))) this.lastHeardAt = Date.now();
  }

  /** The read timeout: probe an idle connection, and drop one that has been silent too long. */
  private checkServerHeard(): void {
    if (!this.connected || this.closing) return;
    const silentFor = Date.now() - this.lastHeardAt;
    const limit = Math.floor((this.sessionTimeoutMs * 2) / 3);
    if (silentFor > limit) {
      this.options.logger?.warn({ zookeeper: this.address.connectString, silentFor }, 'no answer from the ZooKeeper server; dropping the connection');
      (this.client as unknown as ClientInternals).connectionManager.socket?.destroy();
      return;
    }
    if (this.heartbeatInFlight) return;
    this.heartbeatInFlight = true;
    this.exists('/')
      .catch(() => undefined)
      .finally(() => {
        this.heartbeatInFlight = false;
      });
  }

  private endSession(how: 'expired' | 'presumed-expired' | 'auth-failed', reason: string): void {
    if (this.ended.signal.aborted) return;
    clearTimeout(this.presumedExpiry);
    clearInterval(this.heartbeat);
    const error = new SessionEndedError(how, `ZooKeeper session ${this.sessionId} with ${this.address.connectString} ended: ${reason}; reconnect to continue`);
    this.options.logger?.error({ zookeeper: this.address.connectString, reason }, 'ZooKeeper session ended');
    this.ended.abort(error);
    this.emit('expired', error);
    this.closing = true;
    void shutDown(this.client);
  }

  /** Runs one library call with the operation timeout, turning its errors into ours. */
  private call<T>(what: string, path: string, start: (cb: (err: Error | zookeeper.Exception | null, value: T) => void) => void): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.guard(what, reject, (settle) =>
        start((err, value) => {
          this.noteAnswer(err);
          settle(() => (err ? reject(this.translate(err, what, path)) : resolve(value)));
        }),
      );
    });
  }

  /** Rejects at once when the session is over, and after the operation timeout when there is no answer. */
  private guard(what: string, reject: (err: Error) => void, run: (settle: (fn: () => void) => void) => void): void {
    if (this.ended.signal.aborted) {
      reject(this.ended.signal.reason as Error);
      return;
    }
    let settled = false;
    const timer = setTimeout(() => {
      settled = true;
      const state = this.connected ? 'connected' : 'disconnected';
      reject(
        new StateUnavailableError(
          `ZooKeeper ${what} got no answer within ${formatSeconds(this.options.operationTimeoutMs)} (connection ${state}); a write may still be applied later, re-read before retrying`,
        ),
      );
    }, this.options.operationTimeoutMs);
    run((fn) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      fn();
    });
  }

  private translate(err: Error | zookeeper.Exception, what: string, path: string): Error {
    if (!isZkException(err)) return err;
    if (CONNECTION_CODES.has(err.getCode())) {
      if (this.ended.signal.aborted) return this.ended.signal.reason as Error;
      return new StateUnavailableError(`ZooKeeper ${what} failed: ${err.getName()}; the outcome of a write is unknown, re-read before retrying`);
    }
    return new ZooKeeperResultError(err.getCode(), err.getName(), path);
  }
}

function absentAsUndefined(err: unknown): undefined {
  if (err instanceof ZooKeeperResultError && err.zkCode === zookeeper.Exception.NO_NODE) return undefined;
  throw err;
}
