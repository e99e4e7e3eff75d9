// Cluster jobs (repair, cleanup, rolling restart) in both route families, the job list and the repair
// schedule. Every route goes through ClusterService.jobs: starts and aborts are commands to the
// decision core, the rest reads the running job and the stored history. Both families answer the
// same job JSON (views/job.ts); only the envelopes differ, as each original API had them.
import { z } from 'zod';
import { ApiError } from '../errors';
import { DcosNodeJobBody, DcosRestartBody, JOB_KINDS, ORIGINAL_START_BODY, type JobKind } from '../jobs/job-requests';
import { RepairScheduleSchema } from '../jobs/repair-schedule';
import { json, route, type RouteDef } from '../route';
import { JobViewSchema } from '../views/job';

/** The original API's name of each kind's job in status and last answers. */
const ORIGINAL_NAME: Readonly<Record<JobKind, string>> = { repair: 'repair', cleanup: 'cleanup', 'rolling-restart': 'clusterRestart' };

const TITLE: Readonly<Record<JobKind, string>> = { repair: 'repair', cleanup: 'cleanup', 'rolling-restart': 'rolling restart' };

const JobId = z
  .string()
  .regex(/^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$/, 'a job id is the id a start answered (letters, digits, ".", "_" and "-")')
  .meta({ description: 'job id (from the start answer or GET /v1/jobs)' });

const START_ERRORS = {
  404: { description: 'NODE_NOT_FOUND: a named node does not exist' },
  409: { description: 'JOB_RUNNING: another job runs (one at a time); COMMAND_REJECTED: the core refused the job (the message says why)' },
} as const;

const STOP_ERRORS = { 409: { description: 'NO_JOB_RUNNING: no job of this kind runs' } } as const;

/** The original API answered refusals in its own field (started/aborted: false); kept next to the error. */
function withOriginalFlag(field: 'started' | 'aborted'): (err: unknown) => never {
  return (err: unknown) => {
    if (err instanceof ApiError && err.status === 409) throw err.withBodyFields({ [field]: false });
    throw err;
  };
}

function originalJobRoutes(): RouteDef[] {
  const routes: RouteDef[] = [];
  for (const kind of JOB_KINDS) {
    const name = ORIGINAL_NAME[kind];
    const title = TITLE[kind];
    routes.push(
      route({
        method: 'post', path: `/cluster/${kind}/start`, family: 'cassandra-mesos', mutating: true,
        summary: `Start a cluster-wide ${title}, one node at a time (optional JSON body: nodes, filters, parallelism, timeouts${kind === 'repair' ? ', repair options' : ''})`,
        body: ORIGINAL_START_BODY[kind],
        responses: { 202: { description: 'the job started', schema: z.object({ started: z.literal(true), job: JobViewSchema }) }, ...START_ERRORS },
        handler: async ({ service, body }) => {
          const job = await service.jobs.start(kind, body ?? {}).catch(withOriginalFlag('started'));
          return json({ started: true, job }, 202);
        },
      }),
      route({
        method: 'post', path: `/cluster/${kind}/abort`, family: 'cassandra-mesos', mutating: true,
        summary: `Abort the running ${title} after the node(s) it is working on`,
        responses: { 202: { description: 'the abort is requested', schema: z.object({ aborted: z.literal(true), job: JobViewSchema }) }, ...STOP_ERRORS },
        handler: async ({ service }) => {
          const job = await service.jobs.abort(kind).catch(withOriginalFlag('aborted'));
          return json({ aborted: true, job }, 202);
        },
      }),
      route({
        method: 'get', path: `/cluster/${kind}/status`, family: 'cassandra-mesos', mutating: false, summary: `The running ${title}, if any`,
        responses: { 200: { description: `{running, ${name}: job|null}`, schema: z.object({ running: z.boolean(), [name]: JobViewSchema.nullable() }) } },
        handler: async ({ service }) => {
          const status = await service.jobs.status(kind);
          return json({ running: status.running, [name]: status.job });
        },
      }),
      route({
        method: 'get', path: `/cluster/${kind}/last`, family: 'cassandra-mesos', mutating: false, summary: `The last finished ${title}, with its nodes`,
        responses: { 200: { description: `{present, ${name}: job|null}`, schema: z.object({ present: z.boolean(), [name]: JobViewSchema.nullable() }) } },
        handler: async ({ service }) => {
          const job = await service.jobs.last(kind);
          return json({ present: job !== null, [name]: job });
        },
      }),
    );
  }
  return routes;
}

const DcosStatusSchema = z.object({ running: z.boolean(), job: JobViewSchema.nullable() });

function dcosJobRoutes(): RouteDef[] {
  const routes: RouteDef[] = [];
  const kinds = [
    { kind: 'repair', segment: 'repair' },
    { kind: 'cleanup', segment: 'cleanup' },
    { kind: 'rolling-restart', segment: 'restart' },
  ] as const;
  for (const { kind, segment } of kinds) {
    const title = TITLE[kind];
    routes.push(
      kind === 'rolling-restart'
        ? route({
            method: 'put', path: `/v1/${segment}/start`, family: 'dcos', mutating: true, summary: 'Start a rolling restart (optional body {nodes: ["*"] or names})',
            body: DcosRestartBody, responses: { 202: { description: 'the job', schema: JobViewSchema }, ...START_ERRORS },
            handler: async ({ service, body }) => json(await service.jobs.start(kind, body), 202),
          })
        : route({
            method: 'put', path: `/v1/${segment}/start`, family: 'dcos', mutating: true, summary: `Start a ${title} of the named nodes`,
            body: DcosNodeJobBody, responses: { 202: { description: 'the job', schema: JobViewSchema }, ...START_ERRORS },
            handler: async ({ service, body }) => json(await service.jobs.start(kind, body), 202),
          }),
      route({
        method: 'put', path: `/v1/${segment}/stop`, family: 'dcos', mutating: true, summary: `Stop the running ${title} after the node(s) it is working on`,
        responses: { 202: { description: 'the job, abortRequested', schema: JobViewSchema }, ...STOP_ERRORS },
        handler: async ({ service }) => json(await service.jobs.abort(kind), 202),
      }),
      route({
        method: 'get', path: `/v1/${segment}/status`, family: 'dcos', mutating: false, summary: `The running ${title}, if any`,
        responses: { 200: { description: '{running, job|null}', schema: DcosStatusSchema } },
        handler: async ({ service }) => json(await service.jobs.status(kind)),
      }),
    );
  }
  routes.push(
    route({
      method: 'get', path: '/v1/jobs', family: 'dcos', mutating: false, summary: 'The running job, the finished ones (newest first, bounded), the last of each type and a suggested cleanup',
      description: 'History entries and lastByType are summaries without per-node records; GET /v1/jobs/{id} has them.',
      responses: {
        200: {
          description: '{current, history, lastByType}',
          schema: z.object({
            current: JobViewSchema.nullable(),
            history: z.array(JobViewSchema),
            lastByType: z.record(z.string(), JobViewSchema),
            cleanupSuggestion: z
              .object({ suggestedAt: z.string(), nodes: z.array(z.string()), message: z.string() })
              .nullable()
              .meta({ description: 'after a scale-up: the nodes that still hold data they no longer own, until a cleanup of them succeeds' }),
          }),
        },
      },
      handler: async ({ service }) => json(await service.jobs.list()),
    }),
    route({
      method: 'get', path: '/v1/jobs/:id', family: 'dcos', mutating: false, summary: 'A running or finished job with its nodes',
      params: z.strictObject({ id: JobId }),
      responses: { 200: { description: 'the job', schema: JobViewSchema }, 404: { description: 'JOB_NOT_FOUND (finished jobs beyond the history limit are gone)' } },
      handler: async ({ service, params }) => json(await service.jobs.get(params.id)),
    }),
    route({
      method: 'get', path: '/v1/repair/schedule', family: 'dcos', mutating: false,
      summary: "The repair schedule, each node's last repair, and tables repaired less often than their gc_grace_seconds",
      description: 'Reads system_schema.tables over CQL from one live node (5 s timeout); when that fails, checkError says why and the rest is still answered.',
      responses: { 200: { description: 'schedule and warnings', schema: RepairScheduleSchema } },
      handler: async ({ service }) => json(await service.jobs.repairSchedule()),
    }),
  );
  return routes;
}

export function jobRoutes(): RouteDef[] {
  return [...dcosJobRoutes(), ...originalJobRoutes()];
}
