import { cassandra_mesos } from '@cassandra-mesos/model';
import { DEFAULT_REPAIR_KEYSPACE_TIMEOUT_MS, parseNodeJobTask, repairRequest } from '../../src';
import { ClusterJobType, jobTaskDetails, RepairParallelism } from './support';

describe('parseNodeJobTask', () => {
  it('reads a repair job with its filters and limits', () => {
    const parsed = parseNodeJobTask(
      't1',
      jobTaskDetails({
        timeoutSeconds: 3600,
        params: { keyspaces: ['b', 'a', 'b'], tables: ['t1'], repair: { primaryRange: true, incremental: true, parallelism: RepairParallelism.DC_PARALLEL, dataCenters: ['dc1'], timeoutSeconds: 600 } },
      }),
    );
    expect(parsed).toEqual({
      ok: true,
      spec: {
        taskId: 't1',
        nodeId: 'node-1',
        jobId: 'job-7',
        type: ClusterJobType.REPAIR,
        verb: 'repair',
        keyspaces: ['b', 'a'],
        tables: ['t1'],
        operation: { type: 'repair', options: { primaryRange: true, incremental: true, parallelism: 'dc_parallel', dataCenters: ['dc1'], timeoutMs: 600_000 } },
        stepTimeoutMs: 600_000,
        jobTimeoutMs: 3_600_000,
      },
    });
  });

  it('accepts TaskDetails that were already decoded', () => {
    const details = cassandra_mesos.v1.TaskDetails.decode(jobTaskDetails({ type: ClusterJobType.FLUSH }));
    const parsed = parseNodeJobTask('t1', details);
    expect(parsed.ok && parsed.spec.operation).toEqual({ type: 'flush' });
    expect(parsed.ok && parsed.spec.stepTimeoutMs).toBeUndefined();
    expect(parsed.ok && parsed.spec.jobTimeoutMs).toBeUndefined();
  });

  it.each([
    ['garbage bytes', new Uint8Array([0x0a, 0xff]), /^malformed TaskInfo.data of task 't1': cannot decode cassandra_mesos.v1.TaskDetails/],
    ['no payload', undefined, /payload is empty/],
    ['another protocol', jobTaskDetails({}, { protocolVersion: 2 }), /protocol_version is 2; this executor speaks version 1/],
    ['no node id', jobTaskDetails({}, { nodeId: '' }), /node_id is empty/],
    ['a server task', jobTaskDetails({}, { nodeJob: null, server: { configId: 'c' } }), /carries a 'server' task, but task 't1' was launched as a node job/],
    ['no job id', jobTaskDetails({ jobId: '' }), /NodeJobTask.job_id is empty/],
    ['a rolling restart (a scheduler-side job)', jobTaskDetails({ type: ClusterJobType.ROLLING_RESTART }), /NodeJobTask.type ROLLING_RESTART is not a job this executor runs keyspace by keyspace \(it runs REPAIR, CLEANUP, FLUSH; BACKUP and RESTORE run as data jobs\)/],
    ['no job type', jobTaskDetails({ type: ClusterJobType.CLUSTER_JOB_TYPE_UNSPECIFIED }), /type CLUSTER_JOB_TYPE_UNSPECIFIED is not a job/],
    ['a bad keyspace name', jobTaskDetails({ params: { keyspaces: ['ok', 'drop;table'] } }), /invalid keyspace "drop;table": only letters, digits and _/],
    ['a bad table name', jobTaskDetails({ params: { tables: ['a b'] } }), /invalid table "a b"/],
    ['a data center with a comma', jobTaskDetails({ params: { repair: { dataCenters: ['dc1,dc2'] } } }), /data_centers has an invalid name "dc1,dc2"/],
  ])('rejects %s, naming what is wrong', (_what, data, message) => {
    const parsed = parseNodeJobTask('t1', data);
    expect(parsed.ok).toBe(false);
    expect(!parsed.ok && parsed.message).toMatch(message);
  });

  it("rejects a task for another node than the executor's", () => {
    expect(parseNodeJobTask('t1', jobTaskDetails(), 'node-2')).toEqual({ ok: false, nodeId: 'node-2', message: "TaskDetails.node_id is 'node-1', but this executor runs node 'node-2'" });
  });
});

describe('repairRequest', () => {
  it('repairs primary ranges, in full, in parallel, with the default timeout when the scheduler sends no RepairOptions', () => {
    expect(repairRequest(undefined)).toEqual({ primaryRange: true, incremental: false, parallelism: 'parallel', dataCenters: [], timeoutMs: DEFAULT_REPAIR_KEYSPACE_TIMEOUT_MS });
    expect(repairRequest(null).primaryRange).toBe(true);
  });

  it('takes RepairOptions as given when present (proto3 cannot tell an unset bool from false)', () => {
    expect(repairRequest({ timeoutSeconds: 5 })).toEqual({ primaryRange: false, incremental: false, parallelism: 'parallel', dataCenters: [], timeoutMs: 5_000 });
    expect(repairRequest({ primaryRange: true, parallelism: RepairParallelism.SEQUENTIAL }).parallelism).toBe('sequential');
    expect(repairRequest({ parallelism: RepairParallelism.PARALLEL }).parallelism).toBe('parallel');
  });
});
