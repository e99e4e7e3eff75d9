// Where the executor comes from: the served tarball, a configured URI, or neither.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  ArtifactSetupError,
  advertisedHost,
  artifactUri,
  findExecutorTarball,
  planExecutorArtifact,
  resolveArtifactDir,
  type ExecutorArtifactInput,
} from '../../src/artifacts';

let installDir: string;

beforeEach(() => {
  installDir = mkdtempSync(join(tmpdir(), 'executor-artifact-'));
});

afterEach(() => {
  rmSync(installDir, { recursive: true, force: true });
});

function withTarballs(...names: string[]): string {
  const dir = join(installDir, 'artifacts');
  mkdirSync(dir, { recursive: true });
  for (const name of names) writeFileSync(join(dir, name), 'tarball');
  return dir;
}

function plan(overrides: Partial<ExecutorArtifactInput> = {}) {
  return planExecutorArtifact({
    env: {},
    artifactDir: '',
    installDir,
    configuredExecutorUri: '',
    apiHost: '0.0.0.0',
    apiPort: 8080,
    osHostname: () => 'sched-1.example.com',
    ...overrides,
  });
}

describe('the artifact directory', () => {
  it('is <install dir>/artifacts by default, existing or not', () => {
    expect(resolveArtifactDir('', installDir)).toBe(join(installDir, 'artifacts'));
  });

  it('is CASSANDRA_MESOS_ARTIFACT_DIR when set, which must be a directory', () => {
    const dir = withTarballs();
    expect(resolveArtifactDir(dir, '/elsewhere')).toBe(dir);
    const missing = join(installDir, 'missing');
    expect(() => resolveArtifactDir(missing, installDir)).toThrow(ArtifactSetupError);
    expect(() => resolveArtifactDir(missing, installDir)).toThrow(`CASSANDRA_MESOS_ARTIFACT_DIR=${missing} is not a directory`);
    writeFileSync(join(installDir, 'a-file'), '');
    expect(() => resolveArtifactDir(join(installDir, 'a-file'), installDir)).toThrow('is not a directory');
  });
});

describe('the executor tarball in the directory', () => {
  it('is the one cassandra-mesos-executor-<version>.tar.gz, ignoring other files', () => {
    const dir = withTarballs('cassandra-mesos-executor-0.1.0.tar.gz', 'jolokia.jar', 'cassandra-mesos-scheduler-0.1.0.tar.gz');
    expect(findExecutorTarball(dir)).toBe('cassandra-mesos-executor-0.1.0.tar.gz');
  });

  it('is none in an empty or missing directory', () => {
    expect(findExecutorTarball(join(installDir, 'missing'))).toBeUndefined();
    expect(findExecutorTarball(withTarballs('README.md'))).toBeUndefined();
  });

  it('is an error when there are several, naming them', () => {
    const dir = withTarballs('cassandra-mesos-executor-0.1.0.tar.gz', 'cassandra-mesos-executor-0.2.0.tar.gz');
    expect(() => findExecutorTarball(dir)).toThrow(/2 executor tarballs \(cassandra-mesos-executor-0\.1\.0\.tar\.gz, cassandra-mesos-executor-0\.2\.0\.tar\.gz\).*keep one, or set CASSANDRA_MESOS_EXECUTOR_URI/);
  });
});

describe('the advertised address', () => {
  it('is the API host when it is a specific address', () => {
    expect(advertisedHost('10.1.2.3', { HOST: 'agent-7' }, () => 'me')).toBe('10.1.2.3');
  });

  it("is Marathon's HOST, else the host name, when the API listens on every address", () => {
    expect(advertisedHost('0.0.0.0', { HOST: 'agent-7.example.com' }, () => 'me')).toBe('agent-7.example.com');
    expect(advertisedHost('::', { HOST: ' ' }, () => 'me')).toBe('me');
  });

  it('makes an http URI under /v1/artifacts, bracketing IPv6 and encoding the name', () => {
    expect(artifactUri('agent-7', 8080, 'cassandra-mesos-executor-0.1.0.tar.gz')).toBe('http://agent-7:8080/v1/artifacts/cassandra-mesos-executor-0.1.0.tar.gz');
    expect(artifactUri('fd00::1', 31005, 'a b.tgz')).toBe('http://[fd00::1]:31005/v1/artifacts/a%20b.tgz');
  });
});

describe('the executor launch plan', () => {
  it('serves the shipped tarball and runs its launcher when no executor URI is configured', () => {
    withTarballs('cassandra-mesos-executor-0.1.0.tar.gz');
    const p = plan({ env: { HOST: 'agent-3' }, apiPort: 31001 });
    expect(p).toMatchObject({
      artifactDir: join(installDir, 'artifacts'),
      servedExecutorUri: 'http://agent-3:31001/v1/artifacts/cassandra-mesos-executor-0.1.0.tar.gz',
    });
    expect(p.summary).toContain('from this scheduler');
  });

  it('serves nothing for the executor when a URI is configured, even with several tarballs present', () => {
    withTarballs('cassandra-mesos-executor-0.1.0.tar.gz', 'cassandra-mesos-executor-0.2.0.tar.gz');
    const p = plan({ configuredExecutorUri: 'https://mirror/cassandra-mesos-executor-0.2.0.tar.gz' });
    expect(p.servedExecutorUri).toBeUndefined();
    expect(p.summary).toContain('https://mirror/');
  });

  it('changes nothing when there is neither a tarball nor a URI (executor installed on the agents)', () => {
    const p = plan();
    expect(p.servedExecutorUri).toBeUndefined();
    expect(p.summary).toContain('must start an executor installed on every agent');
  });

  it('refuses an ambiguous directory as a configuration error', () => {
    withTarballs('cassandra-mesos-executor-0.1.0.tar.gz', 'cassandra-mesos-executor-0.2.0.tar.gz');
    expect(() => plan()).toThrow(ArtifactSetupError);
  });
});
