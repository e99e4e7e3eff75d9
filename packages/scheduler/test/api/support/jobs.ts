// States with a cluster job, made by the real decision core: start-job submitted against a state with
// live nodes, exactly as the API would.
import { decide, type OperatorCommand, type SchedulerState } from '@cassandra-mesos/model';
import { clusterState, NOW } from './fixtures';

type JobRequest = Extract<OperatorCommand, { kind: 'start-job' }>['request'];

const LAUNCH = { executorCommand: 'true', executorEnvironment: {}, executorResources: { cpus: 0.1, memMb: 256 } };

/** Three live nodes (node-0..2, two seeds). */
export function liveCluster(): SchedulerState {
  return clusterState({ nodes: [{ index: 0 }, { index: 1 }, { index: 2 }] });
}

/** `state` with a job started by the core (job id "job-1"); throws when the core refuses it. */
export function withRunningJob(state: SchedulerState, request: Partial<JobRequest> = {}): SchedulerState {
  let next = 1;
  const command = { kind: 'start-job' as const, request: { type: 'REPAIR' as const, params: {}, requestedBy: 'test', ...request } };
  const { state: after, decisions } = decide(state, { type: 'operator', command }, NOW, { launch: LAUNCH, ids: { uuid: () => `job-${next++}` } });
  const rejected = decisions.find((d) => d.type === 'command-rejected');
  if (rejected) throw new Error(`the core refused the job: ${rejected.error}`);
  if (!after.job) throw new Error('the core accepted the job but no job runs');
  return after;
}
