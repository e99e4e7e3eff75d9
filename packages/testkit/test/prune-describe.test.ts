import { mkdirSync, mkdtempSync, readdirSync, utimesSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pruneWorkDirs } from '../src/jest/prune';
import { describeProcess } from '../src/process/markers';

describe('pruneWorkDirs', () => {
  it('keeps the most recent session dirs and deletes the rest', () => {
    const root = mkdtempSync(join(tmpdir(), 'testkit-prune-'));
    for (let i = 0; i < 5; i++) {
      const dir = join(root, `session-${i}`);
      mkdirSync(join(dir, 'zookeeper-x'), { recursive: true });
      const t = new Date(Date.UTC(2026, 0, 1 + i));
      utimesSync(dir, t, t);
    }
    expect(pruneWorkDirs(root, 2).sort()).toEqual(['session-0', 'session-1', 'session-2']);
    expect(readdirSync(root).sort()).toEqual(['session-3', 'session-4']);
  });

  it('does nothing for a missing root', () => {
    expect(pruneWorkDirs(join(tmpdir(), 'testkit-no-such-dir-xyz'))).toEqual([]);
  });
});

describe('describeProcess', () => {
  it('names servers by main class and testkit name, watchdogs as such', () => {
    expect(describeProcess({ pid: 7, cmdline: 'java -Dcassandra-mesos.testkit.name=cassandra-node2 -cp x org.apache.cassandra.service.CassandraDaemon' })).toBe(
      'pid 7: org.apache.cassandra.service.CassandraDaemon (cassandra-node2)',
    );
    expect(describeProcess({ pid: 8, cmdline: 'node /x/bin/watchdog.cjs {"args":["-Dcassandra-mesos.testkit.name=zookeeper-1234","-cp"]}' })).toBe('pid 8: testkit watchdog of zookeeper-1234');
    expect(describeProcess({ pid: 9, cmdline: 'sleep 100' })).toBe('pid 9: sleep 100');
  });
});
