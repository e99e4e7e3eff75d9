// /metrics: driver counters fed through the observer, cluster gauges computed at scrape time, API
// latency by route template.
import { cassandra_mesos, mesos, type Decision } from '@cassandra-mesos/model';
import { ApiMetrics } from '../../src/api';
import { harness } from './support/harness';
import { liveCluster, withRunningJob } from './support/jobs';

function offer(id: string): mesos.v1.Offer.$Properties {
  return { id: { value: id }, framework_id: { value: 'fw' }, agent_id: { value: 'a' }, hostname: 'h' };
}

function line(text: string, prefix: string): string | undefined {
  return text.split('\n').find((l) => l.startsWith(prefix));
}

describe('metrics', () => {
  it('counts offers, launches, status updates and operator commands from the driver observer', async () => {
    const metrics = new ApiMetrics({ processMetrics: false });
    const { http } = harness({ app: { metrics } });
    const observer = metrics.driverObserver;
    observer.input?.({ type: 'offers', offers: [offer('o1'), offer('o2'), offer('o3')] });
    const launch: Decision = {
      type: 'accept',
      reason: 'test',
      offerIds: ['o1'],
      operations: [{ type: mesos.v1.Offer.Operation.Type.LAUNCH, launch: { task_infos: [{ name: 't', task_id: { value: 't1' }, agent_id: { value: 'a' } }] } }],
    };
    observer.decision?.(launch);
    observer.decision?.({ type: 'decline', reason: 'test', offerIds: ['o2', 'o3'], refuseSeconds: 5 });
    observer.input?.({ type: 'status', status: { task_id: { value: 't1' }, state: mesos.v1.TaskState.TASK_RUNNING } });
    observer.input?.({ type: 'operator', command: { kind: 'interrupt-plan', plan: 'reconciliation' } });
    observer.decision?.({ type: 'command-rejected', reason: 'test', command: { kind: 'interrupt-plan', plan: 'reconciliation' }, error: 'no' });

    const res = await http.get('/metrics');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toContain('text/plain');
    const text = res.text;
    expect(line(text, 'cassandra_mesos_offers_received_total ')).toBe('cassandra_mesos_offers_received_total 3');
    expect(line(text, 'cassandra_mesos_offers_accepted_total ')).toBe('cassandra_mesos_offers_accepted_total 1');
    expect(line(text, 'cassandra_mesos_offers_declined_total ')).toBe('cassandra_mesos_offers_declined_total 2');
    expect(line(text, 'cassandra_mesos_task_launches_total ')).toBe('cassandra_mesos_task_launches_total 1');
    expect(text).toContain('cassandra_mesos_task_status_updates_total{state="TASK_RUNNING"} 1');
    expect(text).toContain('cassandra_mesos_operator_commands_total{kind="interrupt-plan",outcome="received"} 1');
    expect(text).toContain('cassandra_mesos_operator_commands_total{kind="interrupt-plan",outcome="rejected"} 1');
  });

  it('shows plan status, nodes, tasks and leadership from the current state', async () => {
    const metrics = new ApiMetrics({ processMetrics: false });
    const { http, scheduler } = harness({ app: { metrics } });
    let text = (await http.get('/metrics')).text;
    expect(text).toContain('cassandra_mesos_plan_status{plan="deploy",status="COMPLETE"} 0');
    expect(text).toMatch(/cassandra_mesos_plan_status\{plan="deploy",status="(IN_PROGRESS|PENDING|WAITING)"\} 1/);
    expect(text).toContain('cassandra_mesos_nodes{condition="target"} 3');
    expect(text).toContain('cassandra_mesos_nodes{condition="live"} 2');
    expect(text).toContain('cassandra_mesos_tasks{state="TASK_RUNNING"} 2');
    expect(text).toContain('cassandra_mesos_tasks{state="TASK_STAGING"} 1');
    expect(text).toContain('cassandra_mesos_leader 1');
    await http.post('/v1/plan/interrupt').expect(200);
    scheduler.leading = false;
    text = (await http.get('/metrics')).text;
    expect(text).toContain('cassandra_mesos_plan_status{plan="deploy",status="WAITING"} 1');
    expect(text).toContain('cassandra_mesos_leader 0');
    expect(scheduler.state?.planControls.get('deploy')).toBeInstanceOf(cassandra_mesos.v1.PlanControl);
  });

  it('observes API latency by route template, method and status, never by raw URL', async () => {
    const metrics = new ApiMetrics({ processMetrics: false });
    const { http } = harness({ app: { metrics } });
    await http.get('/v1/nodes/node-0/info').expect(200);
    await http.get('/v1/nodes/node-9/info').expect(404);
    await http.get('/no/such/route').expect(404);
    const text = (await http.get('/metrics')).text;
    expect(text).toContain('cassandra_mesos_api_request_duration_seconds_count{route="/v1/nodes/:node/info",method="GET",status="200"} 1');
    expect(text).toContain('cassandra_mesos_api_request_duration_seconds_count{route="/v1/nodes/:node/info",method="GET",status="404"} 1');
    expect(text).toContain('cassandra_mesos_api_request_duration_seconds_count{route="unmatched",method="GET",status="404"} 1');
    expect(text).not.toContain('node-9');
  });

  it('shows which job type runs, and counts finished node parts once per node by type and state', async () => {
    const metrics = new ApiMetrics({ processMetrics: false });
    const { http } = harness({ state: withRunningJob(liveCluster(), { type: 'CLEANUP' }), app: { metrics } });
    const v1 = cassandra_mesos.v1;
    const job = v1.ClusterJob.create({ jobId: 'job-9', type: v1.ClusterJobType.CLEANUP, status: v1.JobStatus.JOB_RUNNING });
    const part = (nodeId: string, state: cassandra_mesos.v1.NodeJobState): Decision => ({ type: 'persist-job-node', reason: 'test', record: v1.NodeJobRecord.create({ jobId: 'job-9', nodeId, state }) });
    const observer = metrics.driverObserver;
    observer.decision?.({ type: 'persist-job', reason: 'test', job });
    observer.decision?.(part('node-0', v1.NodeJobState.NODE_JOB_RUNNING));
    observer.decision?.(part('node-0', v1.NodeJobState.NODE_JOB_SUCCEEDED));
    observer.decision?.(part('node-0', v1.NodeJobState.NODE_JOB_SUCCEEDED)); // written again: not counted again
    observer.decision?.(part('node-1', v1.NodeJobState.NODE_JOB_FAILED));
    observer.decision?.(part('node-2', v1.NodeJobState.NODE_JOB_SKIPPED));
    observer.decision?.({ type: 'archive-job', reason: 'test', job: v1.ClusterJob.create({ ...job, status: v1.JobStatus.JOB_FAILED }) });

    const text = (await http.get('/metrics')).text;
    expect(text).toContain('cassandra_mesos_job_running{type="CLEANUP"} 1');
    expect(text).toContain('cassandra_mesos_job_running{type="REPAIR"} 0');
    expect(text).toContain('cassandra_mesos_job_running{type="ROLLING_RESTART"} 0');
    expect(text).toContain('cassandra_mesos_job_node_parts_finished_total{type="CLEANUP",state="SUCCEEDED"} 1');
    expect(text).toContain('cassandra_mesos_job_node_parts_finished_total{type="CLEANUP",state="FAILED"} 1');
    expect(text).toContain('cassandra_mesos_job_node_parts_finished_total{type="CLEANUP",state="SKIPPED"} 1');
    expect(text).not.toContain('state="RUNNING"');
  });

  it('includes the Node.js process metrics by default', async () => {
    const metrics = new ApiMetrics();
    expect((await metrics.render()).body).toContain('process_cpu_user_seconds_total');
  });
});
