// Leader election against a real ZooKeeper (testkit). Candidates that must be cut off individually
// reach ZooKeeper through a TCP proxy (refuse = server gone, blackhole = silent partition).
import { assertNothingLeftRunning, startZooKeeper, type ZooKeeperServer } from '@cassandra-mesos/testkit';
import { cassandra_mesos } from '@cassandra-mesos/model';
import { readLeader } from '../../src/leader/candidates';
import type { LeaderInfo, LeadershipLostError, LeadershipTerm } from '../../src/leader/leader-election';
import { electionPath, ZooKeeperLeaderElection } from '../../src/leader/zookeeper-leader-election';
import { NotLeaderError } from '../../src/state/errors';
import { StateKeys } from '../../src/state/keys';
import { CREATE } from '../../src/state/state-store';
import { ZooKeeperConnection, type SessionEndedError } from '../../src/state/zookeeper/connection';
import { openZooKeeperStateStore } from '../../src/state/zookeeper/open';
import { rejection } from '../state/support';
import { TcpProxy } from '../state/tcp-proxy';

const SESSION_TIMEOUT_MS = 4_000; // the smallest ZooKeeper grants with tickTime 2000

let zk: ZooKeeperServer | undefined;
let observer: ZooKeeperConnection | undefined;
const cleanups: Array<() => Promise<unknown>> = [];
let frameworkCounter = 0;

beforeAll(async () => {
  zk = await startZooKeeper();
  observer = await ZooKeeperConnection.connect(zk.connectString);
}, 60_000);

afterEach(async () => {
  for (const cleanup of cleanups.splice(0).reverse()) await cleanup().catch(() => undefined);
});

afterAll(async () => {
  try {
    await observer?.close();
  } finally {
    try {
      await zk?.stop();
    } finally {
      await assertNothingLeftRunning();
    }
  }
});

interface Candidate {
  readonly name: string;
  readonly info: LeaderInfo;
  readonly connection: ZooKeeperConnection;
  readonly election: ZooKeeperLeaderElection;
  /** Event log with milliseconds since the candidate joined. */
  readonly events: string[];
  readonly lost: Promise<LeadershipLostError>;
  at(event: string): number | undefined;
}

async function proxy(): Promise<TcpProxy> {
  const p = await TcpProxy.start(zk!.host, zk!.port);
  cleanups.push(() => p.close());
  return p;
}

async function candidate(frameworkName: string, name: string, via?: TcpProxy): Promise<Candidate> {
  const connection = await ZooKeeperConnection.connect(via?.connectString ?? zk!.connectString, { sessionTimeoutMs: SESSION_TIMEOUT_MS, operationTimeoutMs: 2_000 });
  const info: LeaderInfo = { host: `${name}.example.org`, apiPort: 18080, pid: process.pid, startedAtMs: Date.now(), version: 'test' };
  const election = new ZooKeeperLeaderElection({ connection, frameworkName, info });
  cleanups.push(() => connection.close());
  cleanups.push(() => election.stop());
  const started = Date.now();
  const times = new Map<string, number>();
  const events: string[] = [];
  const record = (event: string): void => {
    events.push(event);
    times.set(event, Date.now());
  };
  election.on('elected', () => record('elected'));
  election.on('ended', (e) => record(`ended:${e.reason}`));
  const lost = new Promise<LeadershipLostError>((resolve) =>
    election.on('lost', (e) => {
      record(`lost:${e.reason}`);
      resolve(e);
    }),
  );
  await election.start();
  return { name, info, connection, election, events, lost, at: (event) => (times.has(event) ? (times.get(event) as number) - started : undefined) };
}

const sleep = (ms: number): Promise<void> => new Promise((r) => setTimeout(r, ms));
const freshFramework = (): string => `election-${++frameworkCounter}`;

describe('ZooKeeper leader election', () => {
  it('two candidates: one leads, the other stands by, and both can tell who leads', async () => {
    const fw = freshFramework();
    const a = await candidate(fw, 'a');
    const b = await candidate(fw, 'b');
    const term = await a.election.waitUntilElected();
    await sleep(500);
    expect(a.election.isLeader).toBe(true);
    expect(b.election.isLeader).toBe(false);
    expect(b.events).toEqual([]);
    expect(term.candidatePath).toBe(a.election.candidatePath);
    expect(term.info).toEqual(a.info);
    expect(await b.election.currentLeader()).toEqual(a.info);
    expect(await a.election.currentLeader()).toEqual(a.info);
    expect(await readLeader(observer!, electionPath(observer!, fw))).toEqual(a.info);
    const stored = await observer!.getData(a.election.candidatePath as string);
    expect(JSON.parse(stored!.data.toString())).toEqual(a.info);
    expect(await readLeader(observer!, electionPath(observer!, freshFramework()))).toBeUndefined();
  });

  it("closing the leader's client hands leadership to the standby within the session timeout", async () => {
    const fw = freshFramework();
    const a = await candidate(fw, 'a');
    const b = await candidate(fw, 'b');
    const term = await a.election.waitUntilElected();
    const closedAt = Date.now();
    await a.connection.close();
    await b.election.waitUntilElected();
    const takeover = Date.now() - closedAt;
    console.log(`standby elected ${takeover} ms after the leader closed its client`);
    expect(takeover).toBeLessThan(SESSION_TIMEOUT_MS);
    expect(term.signal.aborted).toBe(true);
    expect(a.events).toEqual(['elected', 'lost:session-closed', 'ended:session-closed']);
    expect(await b.election.currentLeader()).toEqual(b.info);
  });

  it("an expired session ends the leader's term at once, and the standby takes over", async () => {
    const fw = freshFramework();
    const link = await proxy();
    const a = await candidate(fw, 'a', link);
    const b = await candidate(fw, 'b');
    const term: LeadershipTerm = await a.election.waitUntilElected();
    let abortedAt = 0;
    term.signal.addEventListener('abort', () => (abortedAt = Date.now()));

    // Expire a's session from outside: join it from another client and close that one (a kept away meanwhile).
    link.refuse();
    const intruder = await ZooKeeperConnection.connect(zk!.connectString, { session: a.connection.sessionCredentials() });
    await intruder.close();
    const expiredAt = Date.now();
    link.forward();

    const lost = await a.lost;
    await b.election.waitUntilElected();
    console.log(`leader stopped ${abortedAt - expiredAt} ms after its session expired; standby elected after ${b.at('elected')} ms`);
    expect(lost.reason).toBe('session-expired');
    expect(lost.message).toMatch(/leadership ended \(session-expired\): ZooKeeper session 0x[0-9a-f]+ .* ended: ZooKeeper reported the session expired/);
    expect(term.signal.aborted).toBe(true);
    expect(term.signal.reason).toBe(lost);
    expect(abortedAt - expiredAt).toBeLessThan(2_000);
    expect(a.events).toEqual(['elected', 'lost:session-expired', 'ended:session-expired']);
  });

  it('a leader cut off by a silent partition stops before any standby can be elected', async () => {
    const fw = freshFramework();
    const link = await proxy();
    const a = await candidate(fw, 'a', link);
    const b = await candidate(fw, 'b');
    const term = await a.election.waitUntilElected();
    const store = (await openZooKeeperStateStore({ connection: a.connection, frameworkName: fw })).fenced(term);
    await store.put(StateKeys.plan('deploy'), cassandra_mesos.v1.PlanControl.create({ planName: 'deploy' }), CREATE);

    const disconnected = new Promise<number>((resolve) => a.connection.once('disconnected', () => resolve(Date.now())));
    const sessionGone = new Promise<SessionEndedError>((resolve) => a.connection.once('expired', resolve));
    const cutAt = Date.now();
    link.blackhole();
    const lost = await a.lost;
    const lostAfter = Date.now() - cutAt;
    await b.election.waitUntilElected();
    const electedAfter = Date.now() - cutAt;
    console.log(`partitioned leader stopped after ${lostAfter} ms; standby elected after ${electedAfter} ms (session timeout ${SESSION_TIMEOUT_MS} ms)`);
    expect(lost.reason).toBe('connection-lost');
    expect(term.signal.aborted).toBe(true);
    expect(lostAfter).toBeLessThanOrEqual(SESSION_TIMEOUT_MS);
    expect(electedAfter).toBeGreaterThan(lostAfter);
    // Its writes were never going to land: the fence (its election znode) is gone with its session.
    expect(await rejection(store.put(StateKeys.plan('deploy'), cassandra_mesos.v1.PlanControl.create({ planName: 'deploy', interrupted: true }), 0))).toBeInstanceOf(Error);
    expect((await observer!.getData(`/cassandra-mesos/${fw}/plans/deploy`))?.stat.version).toBe(0);

    // The connection notices the silence too (read timeout), and then gives the session up.
    const noticedAfter = (await disconnected) - cutAt;
    const ended = await sessionGone;
    console.log(`partitioned connection dropped after ${noticedAfter} ms; session given up after ${Date.now() - cutAt} ms`);
    expect(noticedAfter).toBeLessThan(SESSION_TIMEOUT_MS + 500);
    expect(ended.how).toBe('presumed-expired');
  });

  it('three candidates: the middle one leaving elects nobody; the leader leaving elects the last', async () => {
    const fw = freshFramework();
    const a = await candidate(fw, 'a');
    const b = await candidate(fw, 'b');
    const c = await candidate(fw, 'c');
    const term = await a.election.waitUntilElected();
    await b.election.stop();
    await sleep(1_000);
    expect(a.election.isLeader).toBe(true);
    expect(term.signal.aborted).toBe(false);
    expect(c.election.isLeader).toBe(false);
    expect(c.events).toEqual([]);
    expect(b.events).toEqual(['ended:resigned']);

    const stoppedAt = Date.now();
    await a.election.stop();
    await c.election.waitUntilElected();
    console.log(`last candidate elected ${Date.now() - stoppedAt} ms after the leader resigned`);
    expect(a.events).toEqual(['elected', 'lost:resigned', 'ended:resigned']);
    expect(await c.election.currentLeader()).toEqual(c.info);
  });

  it('deleting the leader\'s election znode ends its term and fences its writes', async () => {
    const fw = freshFramework();
    const a = await candidate(fw, 'a');
    const b = await candidate(fw, 'b');
    const term = await a.election.waitUntilElected();
    const store = (await openZooKeeperStateStore({ connection: a.connection, frameworkName: fw })).fenced(term);
    expect(await store.put(StateKeys.plan('deploy'), cassandra_mesos.v1.PlanControl.create({ planName: 'deploy' }), CREATE)).toBe(0);

    await observer!.remove(term.candidatePath as string, -1);
    const lost = await a.lost;
    expect(lost.reason).toBe('candidate-deleted');
    expect(lost.message).toContain(term.candidatePath);
    const err = await rejection(store.put(StateKeys.plan('deploy'), cassandra_mesos.v1.PlanControl.create({ planName: 'deploy', interrupted: true }), 0));
    expect(err).toBeInstanceOf(NotLeaderError);
    expect((err as Error).message).toContain(`its election znode ${term.candidatePath} is gone`);
    expect((await observer!.getData(`/cassandra-mesos/${fw}/plans/deploy`))?.stat.version).toBe(0);
    await b.election.waitUntilElected();
  });

  it('an election cannot start on an ended session', async () => {
    const connection = await ZooKeeperConnection.connect(zk!.connectString);
    await connection.close();
    const election = new ZooKeeperLeaderElection({ connection, frameworkName: freshFramework(), info: { host: 'x', apiPort: 1, pid: process.pid, startedAtMs: 0 } });
    await expect(election.start()).rejects.toThrow(/was closed/);
  });
});
