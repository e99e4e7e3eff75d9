import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cassandra_mesos, encodeMessage, mesos } from '@cassandra-mesos/model';
import { runConfigUpdate } from '../../src/app/config-update';
import { decodeTaskDetails } from '../../src/app/task-info';
import type { ExecutorRuntime } from '../../src/app/runtime-env';

const { TaskState, Value } = mesos.v1;
const runtime: ExecutorRuntime = {
  javaHome: '/opt/jdk',
  cassandraHome: '/opt/cassandra',
  cassandraLibDir: '/opt/cassandra/lib',
  jammJar: '/opt/cassandra/lib/jamm-0.4.0.jar',
  jolokiaAgentJar: '/opt/jolokia-agent-jvm-2.6.0-javaagent.jar',
  extraJvmArgs: [],
  logLevel: 'info',
};

function task(config: cassandra_mesos.v1.ICassandraServerConfig) {
  const data = encodeMessage(cassandra_mesos.v1.TaskDetails, cassandra_mesos.v1.TaskDetails.create({ protocolVersion: 1, nodeId: 'node-1', configUpdate: { configId: 'cfg-2', config } }));
  const info = { task_id: { value: 'cu-1' }, name: 'cu-1', agent_id: { value: 'a1' }, data, resources: [{ name: 'mem', type: Value.Type.SCALAR, scalar: { value: 4096 } }] } as unknown as Parameters<typeof decodeTaskDetails>[0];
  const details = decodeTaskDetails(info);
  if (!details.ok) throw new Error(details.message);
  return { info, details: details.value };
}

const good: cassandra_mesos.v1.ICassandraServerConfig = {
  clusterName: 'c1',
  seeds: ['10.0.0.1'],
  listenAddress: '10.0.0.1',
  ports: { storage: 7000, native: 9042, jmx: 7199, jolokia: 8778 },
  dataDir: 'data',
  rackDc: { dc: 'dc1', rack: 'r1' },
  yamlOverrides: { concurrent_reads: '64' },
};

describe('config-update task', () => {
  it('writes the next start’s files without a process, and says so', () => {
    const sandbox = mkdtempSync(join(tmpdir(), 'config-update-'));
    const { info, details } = task(good);
    const update = runConfigUpdate(info, details, sandbox, runtime);
    expect(update.state).toBe(TaskState.TASK_FINISHED);
    expect(update.message).toBe('configuration cfg-2 written for the next start (heap 2048 MiB); Cassandra was not restarted');
    expect(readFileSync(join(sandbox, 'cassandra', 'conf', 'cassandra.yaml'), 'utf8')).toContain('concurrent_reads: 64');
    expect(readFileSync(join(sandbox, 'cassandra', 'conf', 'config-id'), 'utf8')).toBe('cfg-2\n');
  });

  it('rejects a configuration that cannot be rendered and writes nothing', () => {
    const sandbox = mkdtempSync(join(tmpdir(), 'config-update-'));
    const { info, details } = task({ ...good, yamlOverrides: { no_such_setting: '1' } });
    const update = runConfigUpdate(info, details, sandbox, runtime);
    expect(update.state).toBe(TaskState.TASK_ERROR);
    expect(update.message).toContain('no_such_setting');
    expect(update.details.error?.type).toBe(cassandra_mesos.v1.TaskErrorType.INVALID_TASK);
    expect(existsSync(join(sandbox, 'cassandra'))).toBe(false);
  });
});
