// Metadata from the real machine: the .runtime JDK 17 (`java -version`), the .runtime Cassandra lib
// directory, statfs and this package's package.json. setup-runtime.sh always runs before the tests.
import { loadRuntime } from '@cassandra-mesos/testkit';
import { readFileSync } from 'node:fs';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { collectExecutorMetadata, nodeHostPorts } from '../../src';

describe('collectExecutorMetadata on the real runtime', () => {
  it('reads the Java and Cassandra versions setup-runtime.sh installed', async () => {
    const runtime = loadRuntime();
    const dataPath = join(tmpdir(), `executor-metadata-${process.pid}`, 'data'); // does not exist yet
    const { metadata, problems } = await collectExecutorMetadata(
      { executorId: 'e1', ip: '127.0.0.1', sandbox: tmpdir(), dataPath, javaHome: runtime.java.home, cassandraHome: runtime.cassandra.home },
      nodeHostPorts,
    );
    expect(problems).toEqual([]);
    const ownVersion = (JSON.parse(readFileSync(join(__dirname, '..', '..', 'package.json'), 'utf8')) as { version: string }).version;
    expect(metadata).toMatchObject({ hostname: hostname(), javaVersion: runtime.java.version, cassandraVersion: runtime.cassandra.version, executorVersion: ownVersion });
    expect(runtime.java.version).toMatch(/^17\./);
    expect(Number(metadata.dataPathFreeBytes)).toBeGreaterThan(0);
  });

  it('reports a JAVA_HOME without java', async () => {
    const { metadata, problems } = await collectExecutorMetadata(
      { executorId: 'e1', ip: '127.0.0.1', sandbox: tmpdir(), dataPath: tmpdir(), javaHome: join(tmpdir(), 'no-such-jdk'), cassandraHome: loadRuntime().cassandra.home },
      nodeHostPorts,
    );
    expect(metadata.javaVersion).toBe('');
    expect(problems).toEqual([expect.stringMatching(/^Java version: cannot run .*no-such-jdk\/bin\/java -version: spawn .* ENOENT$/)]);
  });
});
