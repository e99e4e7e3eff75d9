// Node jobs: this node's part of a cluster job (repair, cleanup, flush), keyspace by keyspace; the
// parsing of BACKUP/RESTORE tasks (run by ../data-jobs).
export { NodeJobMachine } from './machine';
export { DEFAULT_NODE_JOB_SETTINGS } from './machine-io';
export type { NodeJobInput, NodeJobOutput, NodeJobPhase, NodeJobSettings, NodeJobStatusUpdate, NodeJobTimer } from './machine-io';
export { NodeJobTaskRunner } from './runner';
export type { NodeJobTaskPorts } from './runner';
export { DEFAULT_REPAIR_KEYSPACE_TIMEOUT_MS, parseNodeJobTask, readNodeJobTask, repairRequest, requestedNames } from './task';
export type { NodeJobSpec, NodeJobTaskData, NodeJobTaskHeader, ParsedNodeJobTask } from './task';
export { backupOptions, DEFAULT_DATA_JOB_TIMEOUT_MS, isDataJobType, parseDataJobTask } from './data-task';
export type { ParsedDataJobTask } from './data-task';
export { checkTables, resolveKeyspaces } from './keyspaces';
export type { KeyspaceResolution } from './keyspaces';
export type { KeyspaceListing, NodeJobOperations, RepairParallelismName, RepairRequest, StepOperation, StepReport } from './operations';
export { cassandraJmxJobOperations } from './jmx-operations';
export type { CassandraJmxJobOperationsOptions, NodeJobJmx } from './jmx-operations';
