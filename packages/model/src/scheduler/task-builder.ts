// The Cassandra server task of a node: TaskInfo with our custom executor, and TaskDetails (in
// TaskInfo.data) holding the fully resolved CassandraServerConfig. Launch data is derived at launch
// time from the node record and the target config; it is never stored.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { mesos } from '../gen/mesos';
import { resolveHeapMb } from '../cassandra-config/heap';
import { DEFAULT_ENDPOINT_SNITCH, DEFAULT_NUM_TOKENS } from '../cassandra-config/render';
import type { OfferPlan } from '../offers';
import { FRAMEWORK_LABEL, NODE_LABEL } from '../offers';
import { encodeMessage } from '../wire';
import { nodeInitialTokens } from './initial-tokens';
import { seedAddresses } from './node-set';
import type { TargetView } from './target';
import type { LaunchSettings, NodeRecord } from './types';

/** The scheduler↔executor protocol version of TaskDetails. */
export const TASK_PROTOCOL_VERSION = 1;
export const CONFIG_LABEL = 'cassandra_mesos_config';

export interface ServerTaskInput {
  /** The node as it will be persisted with this launch (ip, reservation, seed, replace_ip set). */
  readonly node: NodeRecord;
  readonly nodes: ReadonlyMap<string, NodeRecord>;
  readonly target: TargetView;
  readonly frameworkId: string;
  readonly agentId: string;
  readonly taskId: string;
  readonly executorId: string;
  readonly plan: Pick<OfferPlan, 'taskResources' | 'executorResources'>;
  readonly launch: LaunchSettings;
}

export function serverTaskId(nodeId: string, uuid: string): string {
  return `${nodeId}-server-${uuid}`;
}

/** The cassandra.yaml inputs of the node, fully resolved. */
export function serverConfig(node: NodeRecord, nodes: ReadonlyMap<string, NodeRecord>, target: TargetView): cassandra_mesos.v1.CassandraServerConfig {
  const c = target.config;
  const heap = resolveHeapMb(c.resources.heapMb, c.resources.memMb);
  const seeds = seedAddresses(nodes);
  return cassandra_mesos.v1.CassandraServerConfig.create({
    clusterName: c.clusterName,
    // A seed that starts before the others' addresses are known still needs one seed: itself.
    seeds: seeds.length > 0 ? seeds : [node.ip],
    listenAddress: node.ip,
    rpcAddress: node.ip,
    broadcastAddress: node.ip,
    ports: cassandra_mesos.v1.NodePorts.create({ ...c.ports }),
    dataDir: node.reservation?.containerPath || 'data',
    endpointSnitch: c.endpointSnitch || DEFAULT_ENDPOINT_SNITCH,
    numTokens: c.numTokens || DEFAULT_NUM_TOKENS,
    // A first start of a cluster restored from a backup: the backup node's tokens (empty = Cassandra's own).
    initialToken: nodeInitialTokens(c, node)?.join(',') ?? '',
    rackDc: cassandra_mesos.v1.RackDc.create({
      rack: node.rackDc?.rack || c.defaultRackDc.rack,
      dc: node.rackDc?.dc || c.defaultRackDc.dc,
    }),
    heapMb: heap.ok ? heap.heapMb : c.resources.heapMb,
    yamlOverrides: { ...c.yamlOverrides },
    replaceAddress: node.replaceIp,
    // Seeds never bootstrap (Cassandra skips it for a node in its own seed list); every other node
    // streams its ranges when it first joins, and a replacement must.
    autoBootstrap: !node.seed,
    jolokiaBind: node.ip,
    cassandraVersion: c.cassandraVersion,
  });
}

export function buildServerTaskInfo(input: ServerTaskInput): mesos.v1.TaskInfo.$Properties {
  const { node, target, launch } = input;
  const details = cassandra_mesos.v1.TaskDetails.create({
    protocolVersion: TASK_PROTOCOL_VERSION,
    nodeId: node.nodeId,
    server: cassandra_mesos.v1.ServerTask.create({
      config: serverConfig(node, input.nodes, target),
      healthCheckIntervalSeconds: target.config.healthCheckIntervalSeconds,
      configId: target.id,
    }),
  });
  const grace = launch.killGracePeriodMs;
  const task: mesos.v1.TaskInfo.$Properties = {
    name: `${node.nodeId}-server`,
    task_id: { value: input.taskId },
    agent_id: { value: input.agentId },
    resources: input.plan.taskResources,
    executor: executorInfo(input),
    data: encodeMessage(cassandra_mesos.v1.TaskDetails, details),
    labels: {
      labels: [
        { key: FRAMEWORK_LABEL, value: target.frameworkName },
        { key: NODE_LABEL, value: node.nodeId },
        { key: CONFIG_LABEL, value: target.id },
      ],
    },
  };
  if (grace !== undefined) task.kill_policy = { grace_period: { nanoseconds: grace * 1_000_000 } };
  return task;
}

export type ExecutorInfoInput = Pick<ServerTaskInput, 'node' | 'target' | 'launch' | 'frameworkId' | 'executorId'> & {
  readonly plan: Pick<OfferPlan, 'executorResources'>;
};

/**
 * The node's ExecutorInfo. A job task that joins the running executor must send exactly the
 * ExecutorInfo it was launched with: same config, same launch settings, same resources.
 */
export function executorInfo(input: ExecutorInfoInput): mesos.v1.ExecutorInfo.$Properties {
  const { node, target, launch } = input;
  const a = target.config.artifacts;
  // A configured executor URI wins over the tarball the scheduler serves.
  const executorUri = a.executor || launch.servedExecutorUri || '';
  const uris = [executorUri, a.cassandra, a.jolokia, a.java, a.node].filter((u) => u !== '').map((value) => ({ value }));
  const variables = Object.keys(launch.executorEnvironment)
    .sort()
    .map((name) => ({ name, value: launch.executorEnvironment[name] ?? '' }));
  const info: mesos.v1.ExecutorInfo.$Properties = {
    type: mesos.v1.ExecutorInfo.Type.CUSTOM,
    executor_id: { value: input.executorId },
    framework_id: { value: input.frameworkId },
    name: `cassandra-mesos executor of ${node.nodeId} (${target.frameworkName})`,
    command: { value: launch.executorCommand, shell: true, environment: { variables }, uris },
    resources: input.plan.executorResources,
    labels: { labels: [{ key: FRAMEWORK_LABEL, value: target.frameworkName }, { key: NODE_LABEL, value: node.nodeId }] },
  };
  if (launch.killGracePeriodMs !== undefined) info.shutdown_grace_period = { nanoseconds: launch.killGracePeriodMs * 1_000_000 };
  return info;
}
