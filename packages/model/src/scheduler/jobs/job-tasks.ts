// The node part of a repair, cleanup or flush runs as a NODE_JOB task on the node's running executor
// (TaskInfo.data = TaskDetails.node_job). Its resources are a token share taken from an offer of the
// node's agent and never reserved; its ExecutorInfo must be exactly the running executor's, which is
// why the server launch stores the executor's resources on the node record.
//
// Write-ahead: the job's node record names the task id before the node record lists the task, and
// the node record lists it before the ACCEPT. A record that names a task the node does not list was
// never launched, so launching it again (same id) cannot run the node twice.
import { cassandra_mesos } from '../../gen/cassandra_mesos';
import type { mesos } from '../../gen/mesos';
import { decodeMessage, encodeMessage, WireFormatError } from '../../wire';
import { offerPools, takeScalar } from '../../offers/offer-pools';
import { launchOperation } from '../../offers/operations';
import { FRAMEWORK_LABEL, NODE_LABEL } from '../../offers/reservation-labels';
import { withScalar } from '../../offers/resource-shapes';
import { isAgentLost, isLive, replaceTask } from '../node-facts';
import { executorInfo, TASK_PROTOCOL_VERSION } from '../task-builder';
import type { JobState, MesosOffer, MesosOperation, NodeJobRecord, NodeRecord } from '../types';
import type { Working } from '../working';
import { isTaskJob, JOB_TASK_RESOURCES, jobPlanName, jobTaskOf, jobTypeName, nodeTimeoutMs } from './job-facts';
import { isNodeRestore, partBlocker, truncatesInImport } from './stages';

const { NodeJobState, NodeTaskKind } = cassandra_mesos.v1;
const MEM_MILLI = JOB_TASK_RESOURCES.memMb * 1000;
const CPU_MILLI = Math.round(JOB_TASK_RESOURCES.cpus * 1000);

/** A job record that waits for its task to be launched on this node, if any. */
export function pendingLaunch(w: Working, node: NodeRecord): NodeJobRecord | undefined {
  const job = w.job;
  if (!job || !isTaskJob(job.header)) return undefined;
  const record = job.nodes.get(node.nodeId);
  if (!record || record.state !== NodeJobState.NODE_JOB_RUNNING || record.taskId === '') return undefined;
  return jobTaskOf(node) ? undefined : record;
}

/** Why the pending job task cannot launch on the node now (shown in the job plan), or undefined. */
export function jobLaunchBlocker(w: Working, node: NodeRecord): string | undefined {
  if (isAgentLost(node)) return `its agent ${node.agentId} is unreachable`;
  const header = w.job?.header;
  if (header && isNodeRestore(header)) return partBlocker(header, node);
  if (!isLive(node)) return `${node.nodeId} is not live`;
  if (node.appliedConfigId !== w.target.id) return `waiting for the configuration rollout to reach ${node.nodeId} (it runs ${node.appliedConfigId || 'an unknown config'})`;
  if (node.executorResourcesJson === '') return `${node.nodeId}'s executor was started by an older scheduler that did not record its resources: restart the node once, then run the job`;
  return undefined;
}

/** Agents with a job task to launch: their offers are wanted. */
export function agentsWithJobLaunches(w: Working): Set<string> {
  const agents = new Set<string>();
  const job = w.job;
  if (!job || !isTaskJob(job.header)) return agents;
  for (const record of job.nodes.values()) {
    const node = w.node(record.nodeId);
    if (node && pendingLaunch(w, node) && jobLaunchBlocker(w, node) === undefined) agents.add(node.agentId);
  }
  return agents;
}

/** The ACCEPT operations launching the pending job task on the offer's agent, or [] (with the reason noted). */
export function launchJobTaskFromOffer(w: Working, offer: MesosOffer): { ops: MesosOperation[]; reason: string } | undefined {
  const agentId = offer.agent_id?.value ?? '';
  const framework = w.framework;
  if (!framework) return undefined;
  for (const node of w.nodes.values()) {
    if (node.agentId !== agentId) continue;
    const record = pendingLaunch(w, node);
    if (!record || jobLaunchBlocker(w, node) !== undefined) continue;
    const pools = offerPools(offer, { role: w.target.config.role, frameworkName: w.target.frameworkName, reservationId: node.reservation?.reservationId ?? undefined });
    const kinds = ['ours', 'role', 'unreserved'] as const;
    const cpus = takeScalar(pools, 'cpus', CPU_MILLI, kinds);
    const mem = takeScalar(pools, 'mem', MEM_MILLI, kinds);
    if (cpus.missingMilli > 0 || mem.missingMilli > 0) {
      w.emit({ type: 'log', level: 'info', reason: `${node.nodeId}'s ${jobPlanName(w.job?.header.type ?? 0)} task needs ${JOB_TASK_RESOURCES.cpus} cpus and ${JOB_TASK_RESOURCES.memMb} MB unreserved on ${offer.hostname}; the offer lacks them` });
      return undefined;
    }
    const resources = [...cpus.pieces, ...mem.pieces].map((p) => withScalar(p.entry.shape, p.milli));
    const task = cassandra_mesos.v1.NodeTask.create({
      taskId: record.taskId,
      kind: NodeTaskKind.NODE_JOB,
      state: 'TASK_STAGING',
      launchedAtMs: w.nowMs,
      stateAtMs: w.nowMs,
      configId: w.target.id,
      jobId: record.jobId,
    });
    const updated = cassandra_mesos.v1.NodeRecord.create({ ...node, tasks: [...node.tasks, task] });
    w.putNode(updated, `launching ${record.taskId} (${jobPlanName(w.job?.header.type ?? 0)} of job ${record.jobId}) on ${node.nodeId}`);
    return { ops: [launchOperation([jobTaskInfo(w, updated, record, resources, framework.frameworkId)])], reason: `starting ${node.nodeId}'s part of job ${record.jobId}` };
  }
  return undefined;
}

function jobTaskInfo(w: Working, node: NodeRecord, record: NodeJobRecord, resources: mesos.v1.Resource.$Properties[], frameworkId: string): mesos.v1.TaskInfo.$Properties {
  const job = w.job;
  if (!job) throw new Error('jobTaskInfo without a job');
  const header = job.header;
  const params = cassandra_mesos.v1.JobParams.create({ ...header.params, nodeIds: [node.nodeId] });
  const details = cassandra_mesos.v1.TaskDetails.create({
    protocolVersion: TASK_PROTOCOL_VERSION,
    nodeId: node.nodeId,
    nodeJob: cassandra_mesos.v1.NodeJobTask.create({ jobId: header.jobId, type: header.type, params, timeoutSeconds: Math.ceil(nodeTimeoutMs(header) / 1000), ...dataJobFields(w, job, record) }),
  });
  const executorResources = JSON.parse(node.executorResourcesJson) as mesos.v1.Resource.$Properties[];
  return {
    name: `${node.nodeId}-${jobPlanName(header.type)}`,
    task_id: { value: record.taskId },
    agent_id: { value: node.agentId },
    resources,
    executor: executorInfo({ node, target: w.target, launch: w.ctx.launch, frameworkId, executorId: node.executorId, plan: { executorResources } }),
    data: encodeMessage(cassandra_mesos.v1.TaskDetails, details),
    labels: { labels: [{ key: FRAMEWORK_LABEL, value: w.target.frameworkName }, { key: NODE_LABEL, value: node.nodeId }, { key: 'cassandra_mesos_job', value: header.jobId }] },
  };
}

/**
 * Backup and restore tasks also say which stage runs, under which cluster name the backup's keys are,
 * whose files a restored node gets, and whether this node truncates. Credentials are added by the edge.
 */
function dataJobFields(w: Working, job: JobState, record: NodeJobRecord): cassandra_mesos.v1.NodeJobTask.$Properties {
  const type = jobTypeName(job.header.type);
  if (type !== 'BACKUP' && type !== 'RESTORE') return {};
  const options = job.header.params?.backup;
  const restore = type === 'RESTORE';
  return {
    stage: job.header.stage,
    clusterName: (restore ? options?.sourceCluster : '') || w.target.frameworkName,
    sourceNodeId: restore ? (options?.nodeMapping?.[record.nodeId] ?? record.nodeId) : record.nodeId,
    truncate: restore && truncatesInImport(job, record),
  };
}

/** The executor's final record of a node job (TaskStatus.data = TaskStatusDetails.job_result), if it sent one. */
export function jobResultOf(status: mesos.v1.TaskStatus.$Properties): cassandra_mesos.v1.NodeJobRecord | undefined {
  if (!status.data || status.data.length === 0) return undefined;
  try {
    const details = decodeMessage<cassandra_mesos.v1.TaskStatusDetails>(cassandra_mesos.v1.TaskStatusDetails, status.data, `TaskStatus.data of ${status.task_id?.value ?? ''}`);
    return details.jobResult ? cassandra_mesos.v1.NodeJobRecord.create(details.jobResult) : undefined;
  } catch (err) {
    if (err instanceof WireFormatError) return undefined;
    throw err;
  }
}

/** Removes a job task the node no longer runs (its end was handled). */
export function withoutTask(node: NodeRecord, taskId: string): NodeRecord {
  return cassandra_mesos.v1.NodeRecord.create({ ...node, tasks: replaceTask(node, taskId, undefined) });
}
