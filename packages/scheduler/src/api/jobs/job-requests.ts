// What a client may ask of a cluster job, per route family and job kind, as zod schemas (validated
// before anything runs, and documented in OpenAPI from the same objects). A field that does not apply
// to the kind (repair options on a cleanup, keyspaces on a rolling restart) is refused with why, not
// silently ignored. Node references are resolved to node ids later (an unknown one is a 404).
import { cassandra_mesos } from '@cassandra-mesos/model';
import { z } from 'zod';
import { CqlIdentifier, NodeRef } from '../schemas';

/** The cluster jobs the REST API starts, by their path segment. */
export type JobKind = 'repair' | 'cleanup' | 'rolling-restart';
export type StartableJobType = 'REPAIR' | 'CLEANUP' | 'ROLLING_RESTART';

export const JOB_KINDS: readonly JobKind[] = ['repair', 'cleanup', 'rolling-restart'];

export const JOB_TYPE_OF: Readonly<Record<JobKind, StartableJobType>> = { repair: 'REPAIR', cleanup: 'CLEANUP', 'rolling-restart': 'ROLLING_RESTART' };

/** "a repair", "a cleanup", "a rolling restart": for messages. */
export function describeKind(kind: JobKind): string {
  return kind === 'rolling-restart' ? 'a rolling restart' : `a ${kind}`;
}

/** The most nodes one data center may work on at once (the core's limit too). */
const MAX_PARALLELISM = 64;
const MAX_NODE_TIMEOUT_SECONDS = 7 * 86_400;
const DcName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_.-]{0,47}$/, 'a data center name is letters, digits, "_", "." and "-" (at most 48)');

/** A field that does not apply to this kind: present = 400 with `message`. */
function refused(message: string): z.ZodType {
  return z
    .unknown()
    .refine((v) => v === undefined, message)
    .optional()
    .meta({ description: `not accepted here: ${message}` });
}

const nodes = z.array(NodeRef).min(1, 'name at least one node, or leave nodes out for all nodes').max(1000).optional().meta({ description: 'the nodes to visit (ids, IPs or hostnames); default all' });
const keyspaces = z.array(CqlIdentifier).max(1000).optional().meta({ description: 'default: every non-system keyspace' });
const tables = z.array(CqlIdentifier).max(1000).optional().meta({ description: 'tables of the named keyspaces; default all' });
const continueOnFailure = z.boolean().optional().meta({ description: 'go on with the next node after one fails (default false: the job stops)' });
const nodeTimeoutSeconds = z
  .number()
  .int('a whole number of seconds')
  .min(60, 'must be at least 60 seconds')
  .max(MAX_NODE_TIMEOUT_SECONDS, `must be at most ${MAX_NODE_TIMEOUT_SECONDS} seconds (7 days)`)
  .optional()
  .meta({ description: "a node's part fails after this long (default depends on the job type)" });
const parallelism = z
  .number()
  .int('a whole number of nodes')
  .min(1, 'must be at least 1')
  .max(MAX_PARALLELISM, `must be at most ${MAX_PARALLELISM}`)
  .optional()
  .meta({ description: 'nodes of one data center worked on at once (default 1)' });

const REPAIR_ONLY = (field: string): string => `${field} is a repair option; this job is not a repair`;
const NOT_FOR_RESTART = 'a rolling restart restarts whole nodes: it takes no keyspaces or tables';

const repairFields = {
  incremental: z.boolean().optional().meta({ description: 'incremental repair (default false: full repair, which is what gc_grace_seconds needs)' }),
  primaryRange: z.boolean().optional().meta({ description: 'repair only each node\'s primary ranges (default true; every range once across the job)' }),
  repairParallelism: z.enum(['sequential', 'parallel', 'dc_parallel']).optional().meta({ description: "Cassandra repair parallelism (default: Cassandra's, parallel)" }),
  dataCenters: z.array(DcName).min(1).max(100).optional().meta({ description: 'repair with replicas in these data centers only' }),
};
const refusedRepairFields = {
  incremental: refused(REPAIR_ONLY('incremental')),
  primaryRange: refused(REPAIR_ONLY('primaryRange')),
  repairParallelism: refused(REPAIR_ONLY('repairParallelism')),
  dataCenters: refused(REPAIR_ONLY('dataCenters')),
};

/** Tables belong to keyspaces: naming tables alone would pick same-named tables in every keyspace. */
function tablesNeedKeyspaces<T extends { keyspaces?: string[] | undefined; tables?: string[] | undefined }>(schema: z.ZodType<T>): z.ZodType<T> {
  return schema.refine((b) => !b.tables?.length || (b.keyspaces?.length ?? 0) > 0, { message: 'name the keyspaces these tables belong to (keyspaces)', path: ['tables'] });
}

const RepairStartBody = tablesNeedKeyspaces(z.strictObject({ nodes, keyspaces, tables, parallelism, continueOnFailure, nodeTimeoutSeconds, ...repairFields }));
const CleanupStartBody = tablesNeedKeyspaces(z.strictObject({ nodes, keyspaces, tables, parallelism, continueOnFailure, nodeTimeoutSeconds, ...refusedRepairFields }));
const RollingRestartStartBody = z.strictObject({
  nodes,
  parallelism: z
    .number()
    .int('a whole number of nodes')
    .min(1, 'must be 1')
    .max(1, 'must be 1: a rolling restart takes one node down at a time, since two replicas down at once can make data unavailable (QUORUM with replication factor 3)')
    .optional()
    .meta({ description: 'always 1' }),
  continueOnFailure,
  nodeTimeoutSeconds,
  keyspaces: refused(NOT_FOR_RESTART),
  tables: refused(NOT_FOR_RESTART),
  ...refusedRepairFields,
});

/** What any start request comes down to, before node references are resolved. */
export interface JobStartInput {
  readonly nodes?: readonly string[] | undefined;
  readonly keyspaces?: readonly string[] | undefined;
  readonly tables?: readonly string[] | undefined;
  readonly parallelism?: number | undefined;
  readonly continueOnFailure?: boolean | undefined;
  readonly nodeTimeoutSeconds?: number | undefined;
  readonly incremental?: boolean | undefined;
  readonly primaryRange?: boolean | undefined;
  readonly repairParallelism?: 'sequential' | 'parallel' | 'dc_parallel' | undefined;
  readonly dataCenters?: readonly string[] | undefined;
}

/**
 * POST /cluster/<kind>/start body (optional: no body = every node with the defaults). Fields refused
 * for the kind are undefined once validated, hence the common output type.
 */
export const ORIGINAL_START_BODY: Readonly<Record<JobKind, z.ZodType<JobStartInput | undefined>>> = {
  repair: RepairStartBody.optional(),
  cleanup: CleanupStartBody.optional() as z.ZodType<JobStartInput | undefined>,
  'rolling-restart': RollingRestartStartBody.optional() as z.ZodType<JobStartInput | undefined>,
};

const allNodes = z
  .array(z.union([z.literal('*'), NodeRef]))
  .min(1, 'name at least one node, or ["*"] for all')
  .max(1000)
  .refine((refs) => !refs.includes('*') || refs.length === 1, '"*" stands for every node: give it alone, or list the nodes')
  .meta({ description: '["*"] for every node, or node names', example: ['*'] });

/** PUT /v1/{repair,cleanup}/start body (DC/OS names). */
export const DcosNodeJobBody = z
  .strictObject({ nodes: allNodes, key_spaces: keyspaces, column_families: tables })
  .refine((b) => !b.column_families?.length || (b.key_spaces?.length ?? 0) > 0, { message: 'name the keyspaces these column families belong to (key_spaces)', path: ['column_families'] })
  .transform((b) => ({ nodes: dcosNodes(b.nodes), keyspaces: b.key_spaces, tables: b.column_families }));

/** PUT /v1/restart/start body (optional). */
export const DcosRestartBody = z
  .strictObject({ nodes: allNodes.optional() })
  .optional()
  .transform((b) => ({ nodes: dcosNodes(b?.nodes) }));

/** ["*"] means every node: the same as naming none. */
export function dcosNodes(refs: readonly string[] | undefined): string[] | undefined {
  return refs && !(refs.length === 1 && refs[0] === '*') ? [...refs] : undefined;
}

const REPAIR_PARALLELISM = {
  sequential: cassandra_mesos.v1.RepairParallelism.SEQUENTIAL,
  parallel: cassandra_mesos.v1.RepairParallelism.PARALLEL,
  dc_parallel: cassandra_mesos.v1.RepairParallelism.DC_PARALLEL,
} as const;

/** The core's JobParams for a start request whose nodes are resolved to `nodeIds` ([] = all). */
export function jobParams(type: StartableJobType, input: JobStartInput, nodeIds: readonly string[]): cassandra_mesos.v1.JobParams.$Properties {
  return {
    nodeIds: [...nodeIds],
    keyspaces: [...(input.keyspaces ?? [])],
    tables: [...(input.tables ?? [])],
    parallelism: input.parallelism ?? 1,
    continueOnFailure: input.continueOnFailure ?? false,
    nodeTimeoutSeconds: input.nodeTimeoutSeconds ?? 0,
    ...(type === 'REPAIR'
      ? {
          repair: {
            primaryRange: input.primaryRange ?? true,
            incremental: input.incremental ?? false,
            // Unset: the executor uses Cassandra's own default (parallel, as nodetool repair does).
            parallelism: input.repairParallelism ? REPAIR_PARALLELISM[input.repairParallelism] : cassandra_mesos.v1.RepairParallelism.REPAIR_PARALLELISM_UNSPECIFIED,
            dataCenters: [...(input.dataCenters ?? [])],
          },
        }
      : {}),
  };
}
