// collectExecutorMetadata with a staged host: every fact, and what happens when one cannot be found.
import { collectExecutorMetadata, JAVA_VERSION_TIMEOUT_MS, type CommandResult, type HostPorts, type MetadataSources } from '../../src';

const SOURCES: MetadataSources = {
  executorId: 'node-1-executor',
  ip: '10.0.0.1',
  sandbox: '/var/lib/mesos/slaves/s1/sandbox',
  dataPath: '/data/cassandra/node-1',
  javaHome: '/opt/jdk17',
  cassandraHome: '/opt/cassandra',
  executorPackageJson: '/opt/executor/package.json',
};

function enoent(path: string): Error {
  return Object.assign(new Error(`ENOENT: no such file or directory, statfs '${path}'`), { code: 'ENOENT' });
}

function host(overrides: Partial<HostPorts> = {}): HostPorts & { runs: string[][] } {
  const runs: string[][] = [];
  return {
    runs,
    hostname: () => 'agent-1.example.com',
    statfs: (path) => (path === '/data' ? Promise.resolve({ bavail: 1_000, bsize: 4_096 }) : Promise.reject(enoent(path))),
    readdir: (path) => (path === '/opt/cassandra/lib' ? Promise.resolve(['jamm-0.4.0.jar', 'cassandra-all-5.0.9.jar']) : Promise.reject(new Error(`ENOENT: ${path}`))),
    readFile: () => Promise.resolve('{"name":"@cassandra-mesos/executor","version":"0.1.0"}'),
    run: (file, args, timeoutMs): Promise<CommandResult> => {
      runs.push([file, ...args, String(timeoutMs)]);
      return Promise.resolve({ code: 0, signal: null, stdout: '', stderr: 'openjdk version "17.0.15" 2025-04-15\nOpenJDK Runtime Environment\n' });
    },
    ...overrides,
  };
}

describe('collectExecutorMetadata', () => {
  it('collects every fact; the free space is measured on the nearest existing parent of the data path', async () => {
    const h = host();
    const { metadata, problems } = await collectExecutorMetadata(SOURCES, h);
    expect(problems).toEqual([]);
    expect(metadata).toMatchObject({
      executorId: 'node-1-executor',
      ip: '10.0.0.1',
      hostname: 'agent-1.example.com',
      sandbox: '/var/lib/mesos/slaves/s1/sandbox',
      dataPathFreeBytes: 4_096_000,
      javaVersion: '17.0.15',
      cassandraVersion: '5.0.9',
      executorVersion: '0.1.0',
    });
    expect(h.runs).toEqual([['/opt/jdk17/bin/java', '-version', String(JAVA_VERSION_TIMEOUT_MS)]]);
  });

  it('leaves a fact it cannot find empty and says why, keeping the others', async () => {
    const h = host({
      run: () => Promise.resolve({ code: 1, signal: null, stdout: '', stderr: 'Error: dl failure on line 542\n' }),
      readdir: () => Promise.resolve(['jamm-0.4.0.jar']),
      statfs: () => Promise.reject(Object.assign(new Error('EACCES: permission denied'), { code: 'EACCES' })),
      readFile: () => Promise.resolve('{"name":"x"}'),
    });
    const { metadata, problems } = await collectExecutorMetadata(SOURCES, h);
    expect(metadata).toMatchObject({ hostname: 'agent-1.example.com', javaVersion: '', cassandraVersion: '', dataPathFreeBytes: 0, executorVersion: '' });
    expect(problems).toEqual([
      'free space at /data/cassandra/node-1: statfs(/data/cassandra/node-1) failed: EACCES: permission denied',
      'Java version: /opt/jdk17/bin/java -version exited with code 1: "Error: dl failure on line 542"',
      'Cassandra version: /opt/cassandra/lib has no cassandra-all-<version>.jar or apache-cassandra-<version>.jar',
      'executor version: /opt/executor/package.json has no "version"',
    ]);
  });

  it('says when java cannot be started at all, or is killed by the timeout', async () => {
    const missing = await collectExecutorMetadata(SOURCES, host({ run: () => Promise.reject(new Error('spawn /opt/jdk17/bin/java ENOENT')) }));
    expect(missing.problems).toEqual(['Java version: cannot run /opt/jdk17/bin/java -version: spawn /opt/jdk17/bin/java ENOENT']);
    const hung = await collectExecutorMetadata(SOURCES, host({ run: () => Promise.resolve({ code: null, signal: 'SIGKILL', stdout: '', stderr: '' }) }));
    expect(hung.problems).toEqual([`Java version: /opt/jdk17/bin/java -version was killed by SIGKILL (timeout ${JAVA_VERSION_TIMEOUT_MS} ms?): ""`]);
  });
});
