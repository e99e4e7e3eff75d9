// A NODE_JOB task's TaskInfo.data → a validated NodeJobSpec, or the reason it is invalid (→ TASK_ERROR
// with TaskError INVALID_TASK). Everything that can be checked without Cassandra is checked here, so a
// bad task fails at once instead of at its third keyspace.
import { cassandra_mesos, decodeMessage, WireFormatError } from '@cassandra-mesos/model';
import { PROTOCOL_VERSION } from '../server/machine';
import type { RepairParallelismName, RepairRequest, StepOperation } from './operations';

const { ClusterJobType, RepairParallelism } = cassandra_mesos.v1;

/** Per-keyspace repair limit when RepairOptions.timeout_seconds is 0: a large keyspace's full repair takes hours. */
export const DEFAULT_REPAIR_KEYSPACE_TIMEOUT_MS = 6 * 3600_000;

/** What Cassandra accepts as an unquoted keyspace or table name (and what Jolokia ObjectNames can carry). */
const IDENTIFIER = /^[A-Za-z0-9_]{1,222}$/;

export interface NodeJobSpec {
  readonly taskId: string;
  readonly nodeId: string;
  readonly jobId: string;
  readonly type: cassandra_mesos.v1.ClusterJobType;
  /** How messages name the operation: "repair", "cleanup", "flush". */
  readonly verb: string;
  /** Requested keyspaces, in order, without duplicates; empty = every user keyspace. */
  readonly keyspaces: readonly string[];
  /** Tables of each keyspace; empty = all. */
  readonly tables: readonly string[];
  readonly operation: StepOperation;
  /** Limit of one keyspace's step, if the job type has one. */
  readonly stepTimeoutMs: number | undefined;
  /** Limit of the whole job on this node (NodeJobTask.timeout_seconds); undefined = none. */
  readonly jobTimeoutMs: number | undefined;
}

interface JobKind {
  readonly verb: string;
  operation(task: cassandra_mesos.v1.NodeJobTask.$Properties): StepOperation;
  stepTimeoutMs(operation: StepOperation): number | undefined;
}

// The job types an executor runs keyspace by keyspace. BACKUP and RESTORE are data jobs (./data-task).
const JOB_KINDS = new Map<cassandra_mesos.v1.ClusterJobType, JobKind>([
  [
    ClusterJobType.REPAIR,
    {
      verb: 'repair',
      operation: (task) => ({ type: 'repair', options: repairRequest(task.params?.repair) }),
      stepTimeoutMs: (op) => (op.type === 'repair' ? op.options.timeoutMs : undefined),
    },
  ],
  [ClusterJobType.CLEANUP, { verb: 'cleanup', operation: () => ({ type: 'cleanup' }), stepTimeoutMs: () => undefined }],
  [ClusterJobType.FLUSH, { verb: 'flush', operation: () => ({ type: 'flush' }), stepTimeoutMs: () => undefined }],
]);

const PARALLELISM: ReadonlyMap<cassandra_mesos.v1.RepairParallelism, RepairParallelismName> = new Map([
  [RepairParallelism.SEQUENTIAL, 'sequential'],
  [RepairParallelism.PARALLEL, 'parallel'],
  [RepairParallelism.DC_PARALLEL, 'dc_parallel'],
]);

/**
 * RepairOptions → what the executor asks Cassandra for. job.proto documents primary_range as "default
 * true", but proto3 cannot tell an unset bool from false: the default applies when the scheduler sends
 * no RepairOptions at all; a RepairOptions it does send is taken as given.
 */
export function repairRequest(options: cassandra_mesos.v1.RepairOptions.$Properties | null | undefined): RepairRequest {
  const timeoutSeconds = options?.timeoutSeconds ?? 0;
  return {
    primaryRange: options ? options.primaryRange === true : true,
    incremental: options?.incremental === true,
    // Cassandra's own default, as nodetool repair uses it.
    parallelism: PARALLELISM.get(options?.parallelism ?? RepairParallelism.REPAIR_PARALLELISM_UNSPECIFIED) ?? 'parallel',
    dataCenters: [...(options?.dataCenters ?? [])],
    timeoutMs: timeoutSeconds > 0 ? timeoutSeconds * 1000 : DEFAULT_REPAIR_KEYSPACE_TIMEOUT_MS,
  };
}

export type ParsedNodeJobTask = { readonly ok: true; readonly spec: NodeJobSpec } | { readonly ok: false; readonly nodeId: string; readonly message: string };

/** A node job's TaskInfo.data, raw or already decoded. */
export type NodeJobTaskData = Uint8Array | cassandra_mesos.v1.TaskDetails.$Properties | null | undefined;

/** A node job's TaskDetails after the checks every node job shares (protocol, node, job id). */
export type NodeJobTaskHeader =
  | { readonly ok: true; readonly nodeId: string; readonly task: cassandra_mesos.v1.NodeJobTask.$Properties & { readonly jobId: string } }
  | { readonly ok: false; readonly nodeId: string; readonly message: string };

/**
 * Decodes (if needed) a node job's TaskDetails and checks what every node job needs. `executorNodeId`,
 * when given, is the node this executor runs: a task for another node is invalid.
 */
export function readNodeJobTask(taskId: string, data: NodeJobTaskData, executorNodeId?: string): NodeJobTaskHeader {
  let details: cassandra_mesos.v1.TaskDetails.$Properties;
  if (data === null || data === undefined || data instanceof Uint8Array) {
    try {
      details = decodeMessage(cassandra_mesos.v1.TaskDetails, data, `TaskInfo.data of task '${taskId}'`);
    } catch (err) {
      if (err instanceof WireFormatError) return { ok: false, nodeId: executorNodeId ?? '', message: err.message };
      throw err;
    }
  } else {
    details = data;
  }
  const nodeId = details.nodeId ?? '';
  const invalid = (message: string): NodeJobTaskHeader => ({ ok: false, nodeId, message });
  if ((details.protocolVersion ?? 0) !== PROTOCOL_VERSION) {
    return invalid(`TaskDetails.protocol_version is ${details.protocolVersion ?? 0}; this executor speaks version ${PROTOCOL_VERSION}`);
  }
  if (!nodeId) return invalid('TaskDetails.node_id is empty');
  if (executorNodeId && nodeId !== executorNodeId) {
    return { ok: false, nodeId: executorNodeId, message: `TaskDetails.node_id is '${nodeId}', but this executor runs node '${executorNodeId}'` };
  }
  if (details.task !== 'nodeJob' || !details.nodeJob) {
    return invalid(`TaskDetails carries ${details.task ? `a '${details.task}' task` : 'no task'}, but task '${taskId}' was launched as a node job`);
  }
  const task = details.nodeJob;
  if (!task.jobId) return invalid('NodeJobTask.job_id is empty');
  return { ok: true, nodeId, task: { ...task, jobId: task.jobId } };
}

/** The job's keyspace and table filters, without duplicates, or why one of them is not a valid name. */
export function requestedNames(params: cassandra_mesos.v1.IJobParams | null | undefined): { ok: true; keyspaces: string[]; tables: string[] } | { ok: false; message: string } {
  const keyspaces = unique(params?.keyspaces ?? []);
  const tables = unique(params?.tables ?? []);
  const badNames = [...keyspaces.filter((k) => !IDENTIFIER.test(k)).map((k) => `keyspace ${JSON.stringify(k)}`), ...tables.filter((t) => !IDENTIFIER.test(t)).map((t) => `table ${JSON.stringify(t)}`)];
  if (badNames.length > 0) return { ok: false, message: `JobParams names an invalid ${badNames.join(', ')}: only letters, digits and _ are allowed` };
  return { ok: true, keyspaces, tables };
}

/**
 * Decodes (if needed) and validates the TaskDetails of a keyspace-by-keyspace node job (repair,
 * cleanup, flush). BACKUP and RESTORE are data jobs: parseDataJobTask (./data-task).
 */
export function parseNodeJobTask(taskId: string, data: NodeJobTaskData, executorNodeId?: string): ParsedNodeJobTask {
  const header = readNodeJobTask(taskId, data, executorNodeId);
  if (!header.ok) return header;
  const { nodeId, task } = header;
  const invalid = (message: string): ParsedNodeJobTask => ({ ok: false, nodeId, message });
  const type = task.type ?? ClusterJobType.CLUSTER_JOB_TYPE_UNSPECIFIED;
  const kind = JOB_KINDS.get(type);
  if (!kind) {
    const name = ClusterJobType[type] ?? String(type);
    const supported = [...JOB_KINDS.keys()].map((t) => ClusterJobType[t]).join(', ');
    return invalid(`NodeJobTask.type ${name} is not a job this executor runs keyspace by keyspace (it runs ${supported}; BACKUP and RESTORE run as data jobs)`);
  }
  const names = requestedNames(task.params);
  if (!names.ok) return invalid(names.message);
  const { keyspaces, tables } = names;
  const operation = kind.operation(task);
  if (operation.type === 'repair') {
    const badDc = operation.options.dataCenters.find((dc) => dc.trim() === '' || dc.trim() !== dc || dc.includes(','));
    if (badDc !== undefined) return invalid(`RepairOptions.data_centers has an invalid name ${JSON.stringify(badDc)}: no blanks at either end, no commas`);
  }
  const jobTimeoutSeconds = task.timeoutSeconds ?? 0;
  return {
    ok: true,
    spec: {
      taskId,
      nodeId,
      jobId: task.jobId,
      type,
      verb: kind.verb,
      keyspaces,
      tables,
      operation,
      stepTimeoutMs: kind.stepTimeoutMs(operation),
      jobTimeoutMs: jobTimeoutSeconds > 0 ? jobTimeoutSeconds * 1000 : undefined,
    },
  };
}

function unique(values: readonly string[]): string[] {
  return [...new Set(values)];
}
