// The running job as a plan (one phase, one step per node), and the plan controls operators have over
// it: interrupt pauses the job (no further node starts; the running ones finish), continue resumes it.
// Abort is a job command, not a plan control; a node's part is never force-completed.
import { buildPlan, continuePlan, interruptPlan, type Plan, type Status, type StepSpec } from '../../plans';
import { cassandra_mesos } from '../../gen/cassandra_mesos';
import { formatMs } from '../node-facts';
import type { JobState, NodeJobRecord, OperatorCommand, SchedulerState } from '../types';
import type { Working } from '../working';
import { jobPlanName, jobTitle, jobTypeName, nodeStateName, parallelismOf, recordsInOrder } from './job-facts';
import { stageName } from './stages';

const { NodeJobState } = cassandra_mesos.v1;
type PlanCommand = Extract<OperatorCommand, { plan: string }>;

export function isJobPlanName(w: Working, plan: string): boolean {
  return w.job !== undefined && jobPlanName(w.job.header.type) === plan;
}

export function jobPlanCommandError(w: Working, command: PlanCommand): string | undefined {
  if (command.kind === 'interrupt-plan' || command.kind === 'continue-plan') return undefined;
  return `the ${command.plan} plan shows a running job: interrupt pauses it, continue resumes it, and the job's abort stops it; its steps cannot be ${command.kind === 'force-complete-step' ? 'force-completed' : 'restarted'} (start a new job for the nodes that failed)`;
}

export function applyJobPlanCommand(w: Working, command: PlanCommand): void {
  const control = w.planControls.get(command.plan);
  if (command.kind === 'interrupt-plan') {
    w.putPlanControl(interruptPlan(control, command.plan, w.nowMs), `an operator paused the ${command.plan} job: no further node starts until it is continued`);
  } else if (command.kind === 'continue-plan') {
    w.putPlanControl(continuePlan(control, command.plan, w.nowMs), `an operator continued the ${command.plan} job`);
  }
}

const STEP_STATUS: Record<number, Status> = {
  [NodeJobState.NODE_JOB_PENDING]: 'PENDING',
  [NodeJobState.NODE_JOB_RUNNING]: 'IN_PROGRESS',
  [NodeJobState.NODE_JOB_SUCCEEDED]: 'COMPLETE',
  [NodeJobState.NODE_JOB_FAILED]: 'ERROR',
  [NodeJobState.NODE_JOB_SKIPPED]: 'ERROR',
  [NodeJobState.NODE_JOB_ABORTED]: 'ERROR',
};

/** The job plan, or undefined when no job runs. */
export function jobPlan(state: Pick<SchedulerState, 'job' | 'planControls'>, nowMs: number): Plan | undefined {
  const job = state.job;
  if (!job) return undefined;
  const name = jobPlanName(job.header.type);
  const steps = recordsInOrder(job).map((r) => jobStep(r, nowMs));
  return buildPlan(
    {
      name,
      strategy: 'serial',
      phases: [{ name: job.header.stage ? `${jobTitle(job.header.type)}: ${stageName(job.header.stage)}` : jobTitle(job.header.type), strategy: parallelismOf(job.header) > 1 ? 'parallel' : 'serial', steps }],
      errors: job.header.abortRequested ? [`abort requested: ${job.header.failureMessage || 'by an operator'}; the job stops after the node(s) it is working on`] : [],
    },
    state.planControls.get(name),
  );
}

function jobStep(r: NodeJobRecord, nowMs: number): StepSpec {
  return { name: r.nodeId, status: STEP_STATUS[r.state] ?? 'PENDING', message: stepMessage(r, nowMs) };
}

function stepMessage(r: NodeJobRecord, nowMs: number): string {
  const done = r.keyspaces.map((k) => `${k.keyspace} ${k.status}${k.durationMs ? ` in ${formatMs(k.durationMs)}` : ''}`).join(', ');
  switch (r.state) {
    case NodeJobState.NODE_JOB_PENDING:
      return 'waiting for its turn';
    case NodeJobState.NODE_JOB_RUNNING: {
      const total = r.keyspaces.length + r.remainingKeyspaces.length + (r.currentKeyspace ? 1 : 0);
      const at = r.currentKeyspace ? `working on ${r.currentKeyspace}` : 'started';
      return `${at} for ${formatMs(nowMs - r.startedAtMs)}${total > 0 ? ` (${r.keyspaces.length}/${total} keyspaces done${done ? `: ${done}` : ''})` : ''}${r.failureMessage ? `; ${r.failureMessage}` : ''}`;
    }
    case NodeJobState.NODE_JOB_SUCCEEDED:
      return `succeeded in ${formatMs(r.finishedAtMs - r.startedAtMs)}${done ? `: ${done}` : ''}`;
    case NodeJobState.NODE_JOB_FAILED:
    case NodeJobState.NODE_JOB_SKIPPED:
    case NodeJobState.NODE_JOB_ABORTED:
    case NodeJobState.NODE_JOB_STATE_UNSPECIFIED:
      return `${nodeStateName(r.state).toLowerCase()}: ${r.failureMessage || 'no reason given'}${done ? ` (${done})` : ''}`;
  }
}

/** One line for logs and the API: "repair 2/3 nodes done, working on node-2". */
export function describeJob(job: JobState): string {
  const h = job.header;
  return `${jobTypeName(h.type).toLowerCase()} ${h.completedNodes}/${h.totalNodes} nodes done${h.currentNodeIds.length > 0 ? `, working on ${h.currentNodeIds.join(', ')}` : ''}`;
}
