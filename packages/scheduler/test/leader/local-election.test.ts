// Local mode's always-leader election (held through the embedded store's lock), and the pure parts
// of the ZooKeeper election.
import { mkdtempSync, rmSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseCandidate, sortCandidates } from '../../src/leader/candidates';
import { LeadershipLostError, storedLeaderInfo, type LeaderInfo } from '../../src/leader/leader-election';
import { LocalLeaderElection } from '../../src/leader/local-leader-election';
import { openFileStateStore, type FileStateStore } from '../../src/state/file/open';

const INFO: LeaderInfo = { host: 'sched-1.example.org', apiPort: 18080, pid: process.pid, startedAtMs: 1_700_000_000_000 };

describe('LocalLeaderElection', () => {
  let dir: string;
  let store: FileStateStore;
  let n = 0;
  beforeEach(async () => {
    dir = mkdtempSync(join(tmpdir(), 'cassandra-mesos-leader-'));
    store = await openFileStateStore({ directory: dir, frameworkName: `local-${++n}` });
  });
  afterEach(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('leads from start() on, reports itself, and ends the term on stop()', async () => {
    const election = new LocalLeaderElection({ lock: store.lock, info: INFO });
    const events: string[] = [];
    election.on('elected', () => events.push('elected'));
    election.on('lost', (e) => events.push(`lost:${e.reason}`));
    election.on('ended', (e) => events.push(`ended:${e.reason}`));
    expect(await election.currentLeader()).toBeUndefined();
    await election.start();
    expect(election.isLeader).toBe(true);
    const term = await election.waitUntilElected();
    expect(term.id).toBe(store.lock.owner.token);
    expect(await election.currentLeader()).toEqual(INFO);
    await election.stop();
    expect(term.signal.aborted).toBe(true);
    expect(term.signal.reason).toBeInstanceOf(LeadershipLostError);
    expect(events).toEqual(['elected', 'lost:resigned', 'ended:resigned']);
    expect(election.isLeader).toBe(false);
    await expect(election.waitUntilElected()).rejects.toThrow(/leadership ended \(resigned\)/);
    await expect(election.start()).rejects.toThrow(/already started/);
  });

  it('a lost lock ends the term at once: the signal aborts before the events', async () => {
    const election = new LocalLeaderElection({ lock: store.lock, info: INFO });
    await election.start();
    const term = election.term!;
    const seen: string[] = [];
    term.signal.addEventListener('abort', () => seen.push('signal'));
    election.on('lost', (e) => seen.push(`lost:${e.reason}`));
    await writeFile(store.lock.file, JSON.stringify({ pid: 1, hostname: 'other', acquiredAtMs: 0, token: 'ffff' }));
    expect(await store.lock.verify()).toBe(false);
    expect(seen).toEqual(['signal', 'lost:lock-lost']);
    expect((term.signal.reason as LeadershipLostError).message).toMatch(/lost the lock .*now names scheduler pid 1 on host other/);
  });

  it('refuses to start on a lock that is already lost', async () => {
    await writeFile(store.lock.file, JSON.stringify({ pid: 1, hostname: 'other', acquiredAtMs: 0, token: 'eeee' }));
    await store.lock.verify();
    const election = new LocalLeaderElection({ lock: store.lock, info: INFO });
    await expect(election.start()).rejects.toThrow(/lost the lock/);
    await expect(election.waitUntilElected()).rejects.toThrow(LeadershipLostError);
  });

  it('waitUntilElected can be abandoned with a signal', async () => {
    const election = new LocalLeaderElection({ lock: store.lock, info: INFO });
    const controller = new AbortController();
    const waiting = election.waitUntilElected(controller.signal);
    controller.abort(new Error('shutting down'));
    await expect(waiting).rejects.toThrow('shutting down');
    expect(election.listenerCount('elected')).toBe(0);
  });
});

describe('leader info', () => {
  it('stores only the known fields, checked', () => {
    const withExtra = { ...INFO, version: '1.2.3', apiToken: 'must-not-be-stored' } as LeaderInfo;
    expect(storedLeaderInfo(withExtra)).toEqual({ ...INFO, version: '1.2.3' });
    expect(() => storedLeaderInfo({ ...INFO, host: '' })).toThrow(/host is empty/);
    expect(() => storedLeaderInfo({ ...INFO, apiPort: 70_000 })).toThrow(/apiPort 70000 is not a port/);
    expect(() => storedLeaderInfo({ ...INFO, pid: 0 })).toThrow(/pid 0/);
  });
});

describe('election candidates', () => {
  it('sorts by sequence, whatever the token, and ignores other children', () => {
    const sorted = sortCandidates(['candidate-ff-0000000010', 'candidate-aa-0000000002', 'lock', 'candidate-0b-0000000009', 'candidate-zz-0000000001']);
    expect(sorted.map((c) => c.name)).toEqual(['candidate-aa-0000000002', 'candidate-0b-0000000009', 'candidate-ff-0000000010']);
    expect(parseCandidate('candidate-12ab-0000000042')).toEqual({ name: 'candidate-12ab-0000000042', token: '12ab', sequence: 42 });
  });
});
