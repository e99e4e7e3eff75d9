// The embedded store: the StateStore contract on a temp directory, plus what only it has (the process
// lock, the journal that makes batches atomic across a crash, the value file format).
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { readFile, truncate, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { CorruptStateError, StateLockedError, StateUnavailableError } from '../../src/state/errors';
import { writeJournal } from '../../src/state/file/journal';
import { openFileStateStore, type FileStateStore } from '../../src/state/file/open';
import { encodeValueFile, readValueFile } from '../../src/state/file/value-file';
import { encodeStoredValue } from '../../src/state/envelope';
import { StateCollections, StateKeys } from '../../src/state/keys';
import { CREATE } from '../../src/state/state-store';
import { registerStateStoreContract } from './contract';
import { nodeJobRecord, nodeRecord } from './samples';
import { rejection } from './support';

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'cassandra-mesos-state-'));
});
afterAll(() => {
  rmSync(dir, { recursive: true, force: true });
});

registerStateStoreContract('embedded file store', () => ({
  open: (frameworkName) => openFileStateStore({ directory: dir, frameworkName }),
  async corrupt(frameworkName, path, bytes) {
    // Keep the file's own framing valid: what the typed layer decodes is what is damaged.
    const file = join(dir, 'cassandra-mesos', frameworkName, path);
    const current = await readValueFile(file);
    await writeFile(file, encodeValueFile((current?.version ?? -1) + 1, bytes));
  },
}));

describe('embedded file store', () => {
  const opened: FileStateStore[] = [];
  let n = 0;
  const frameworkDir = (name: string): string => join(dir, 'cassandra-mesos', name);
  const open = async (name: string): Promise<FileStateStore> => {
    const store = await openFileStateStore({ directory: dir, frameworkName: name });
    opened.push(store);
    return store;
  };
  const freshName = (): string => `file-only-${++n}`;
  afterEach(async () => {
    await Promise.all(opened.splice(0).map((s) => s.close()));
  });

  describe('process lock', () => {
    it('a second open of the same framework fails naming the holder; after close it opens', async () => {
      const name = freshName();
      const first = await open(name);
      const err = await rejection(openFileStateStore({ directory: dir, frameworkName: name }));
      expect(err).toBeInstanceOf(StateLockedError);
      expect(err).toMatchObject({ holderPid: process.pid });
      expect((err as Error).message).toContain(`in use by scheduler pid ${process.pid} (this process) on host ${hostname()}`);
      expect((err as Error).message).toContain(frameworkDir(name));
      await first.close();
      const second = await open(name);
      expect(second.lock.owner.pid).toBe(process.pid);
    });

    it('breaks a lock whose holder is gone, or whose pid now belongs to another process', async () => {
      const deadPid = Number(readFileSync('/proc/sys/kernel/pid_max', 'utf8').trim()) + 1;
      const holders = [
        { pid: deadPid, hostname: hostname(), acquiredAtMs: 1, token: 'aaaa' },
        { pid: process.pid, hostname: hostname(), processStartTime: '1', acquiredAtMs: 1, token: 'bbbb' }, // pid reused
      ];
      for (const holder of holders) {
        const name = freshName();
        const store = await open(name);
        await store.put(StateKeys.node('node-0'), nodeRecord('node-0'), CREATE);
        await store.close();
        await writeFile(join(frameworkDir(name), '.lock'), JSON.stringify(holder));
        const reopened = await open(name);
        expect((await reopened.get(StateKeys.node('node-0')))?.version).toBe(0);
        expect(JSON.parse(await readFile(join(frameworkDir(name), '.lock'), 'utf8'))).toMatchObject({ pid: process.pid, token: reopened.lock.owner.token });
      }
    });

    it('does not break a lock held on another host, and says how to clear it', async () => {
      const name = freshName();
      await (await open(name)).close();
      await writeFile(join(frameworkDir(name), '.lock'), JSON.stringify({ pid: 1, hostname: 'elsewhere.example', acquiredAtMs: 0, token: 'cccc' }));
      await expect(openFileStateStore({ directory: dir, frameworkName: name })).rejects.toThrow(/in use by scheduler pid 1 on host elsewhere\.example/);
      await writeFile(join(frameworkDir(name), '.lock'), 'garbage');
      await expect(openFileStateStore({ directory: dir, frameworkName: name })).rejects.toThrow(/lock file .* is unreadable; if no scheduler uses this state directory, delete it/);
    });

    it('a holder whose lock file was taken over stops writing', async () => {
      const name = freshName();
      const store = await open(name);
      await writeFile(join(frameworkDir(name), '.lock'), JSON.stringify({ pid: 1, hostname: 'other-host', acquiredAtMs: 0, token: 'dddd' }));
      expect(await store.lock.verify()).toBe(false);
      expect(store.lock.lost.aborted).toBe(true);
      const err = await rejection(store.put(StateKeys.node('node-0'), nodeRecord('node-0'), CREATE));
      expect(err).toBeInstanceOf(StateLockedError);
      expect((err as Error).message).toMatch(/lost the lock .*it now names scheduler pid 1 on host other-host.*must stop writing/);
      expect(await store.get(StateKeys.node('node-0'))).toBeUndefined();
    });
  });

  describe('durability', () => {
    it('versions and values survive reopening; no temp files are left; a closed store refuses calls', async () => {
      const name = freshName();
      const store = await open(name);
      await store.put(StateKeys.node('node-0'), nodeRecord('node-0'), CREATE);
      await store.put(StateKeys.node('node-0'), nodeRecord('node-0', { serverPid: 1 }), 0);
      await store.close();
      await expect(store.get(StateKeys.node('node-0'))).rejects.toThrow(StateUnavailableError);
      const reopened = await open(name);
      expect((await reopened.get(StateKeys.node('node-0')))?.value.serverPid).toBe(1);
      expect((await reopened.get(StateKeys.node('node-0')))?.version).toBe(1);
      expect(readdirSync(join(frameworkDir(name), 'nodes'))).toEqual(['node-0']);
    });

    it('finishes a committed batch that a crash interrupted, and ignores an uncommitted one', async () => {
      const name = freshName();
      const store = await open(name);
      await store.put(StateKeys.node('node-0'), nodeRecord('node-0'), CREATE);
      await store.put(StateKeys.node('node-9'), nodeRecord('node-9'), CREATE);
      await store.close();
      const root = frameworkDir(name);
      // The crash happened after the journal's commit point, with only its first entry applied.
      const node0 = encodeStoredValue(StateKeys.node('node-0').type, nodeRecord('node-0', { serverPid: 11 }));
      const entries = [
        { type: 'put' as const, path: 'nodes/node-0', version: 1, data: node0 },
        { type: 'put' as const, path: 'jobs/job-1/nodes/node-0', version: 0, data: encodeStoredValue(StateKeys.jobNode('job-1', 'node-0').type, nodeJobRecord('job-1', 'node-0')) },
        { type: 'delete' as const, path: 'nodes/node-9' },
      ];
      await writeJournal(root, entries);
      await writeFile(join(root, 'nodes', 'node-0'), encodeValueFile(1, node0));
      // And an uncommitted one (its temp file never got renamed) from an earlier crash.
      await writeFile(join(root, '..journal.123.abcd.tmp'), 'half written');
      await writeFile(join(root, 'nodes', '.node-5.123.abcd.tmp'), 'half written');

      const recovered = await open(name);
      expect((await recovered.get(StateKeys.node('node-0')))?.value.serverPid).toBe(11);
      expect(await recovered.get(StateKeys.node('node-9'))).toBeUndefined();
      expect(await recovered.listIds(StateCollections.jobNodes('job-1'))).toEqual(['node-0']);
      expect(readdirSync(root).filter((f) => f.startsWith('.')).sort()).toEqual(['.lock']);
      expect(readdirSync(join(root, 'nodes'))).toEqual(['node-0']);
    });

    it('reports a damaged value file with its path, whatever part is damaged', async () => {
      const name = freshName();
      const store = await open(name);
      await store.put(StateKeys.node('node-0'), nodeRecord('node-0'), CREATE);
      const file = join(frameworkDir(name), 'nodes', 'node-0');
      const good = await readFile(file);

      await truncate(file, 10);
      await expect(store.get(StateKeys.node('node-0'))).rejects.toThrow(/corrupt state at .*nodes\/node-0: .*shorter than the 17-byte header/);
      const flipped = Buffer.from(good);
      flipped[flipped.length - 1] = (flipped[flipped.length - 1] as number) ^ 0xff;
      await writeFile(file, flipped);
      await expect(store.get(StateKeys.node('node-0'))).rejects.toThrow(/checksum mismatch/);
      await writeFile(file, Buffer.concat([good, Buffer.from('x')]));
      const err = await rejection(store.get(StateKeys.node('node-0')));
      expect(err).toBeInstanceOf(CorruptStateError);
      expect((err as CorruptStateError).path).toBe(file);
    });
  });
});
