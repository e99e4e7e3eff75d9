import { cassandra_mesos, encodeMessage, mesos } from '@cassandra-mesos/model';
import { decodeSchedulerMessage, ExecutorMessageEncoder } from '../../src/app/framework-messages';
import { decodeTaskDetails, taskResources } from '../../src/app/task-info';
import { FakeClock } from '../support/fake-clock';
import { serverTaskDetails } from '../support/task-details';

const { Value } = mesos.v1;

describe('framework messages', () => {
  it('numbers executor messages and stamps the send time', () => {
    const clock = new FakeClock();
    const encoder = new ExecutorMessageEncoder(clock, 'node-1-executor');
    encoder.encode('node-1', { health: { healthy: true } });
    clock.advance(500);
    const second = cassandra_mesos.v1.ExecutorMessage.decode(encoder.encode('node-1', { protocolError: { code: 'X', message: 'y' } }));
    expect(second.sequence).toBe(2);
    expect(second.sentAtMs).toBe(clock.now());
    expect(second.executorId).toBe('node-1-executor');
    expect(second.body).toBe('protocolError');
  });

  it('turns a malformed, foreign or empty scheduler message into a ProtocolError', () => {
    const malformed = decodeSchedulerMessage(new Uint8Array([0x0a, 0xff]));
    expect(!malformed.ok && malformed.error.code).toBe('MALFORMED_MESSAGE');
    expect(!malformed.ok && malformed.error.message).toContain('SchedulerMessage');
    const v2 = encodeMessage(cassandra_mesos.v1.SchedulerMessage, cassandra_mesos.v1.SchedulerMessage.create({ protocolVersion: 2, healthCheckRequest: {} }));
    expect(decodeSchedulerMessage(v2)).toEqual({ ok: false, error: { code: 'UNSUPPORTED_PROTOCOL', message: 'SchedulerMessage.protocol_version is 2; this executor speaks 1' } });
    const empty = encodeMessage(cassandra_mesos.v1.SchedulerMessage, cassandra_mesos.v1.SchedulerMessage.create({ protocolVersion: 1 }));
    expect(decodeSchedulerMessage(empty)).toEqual({ ok: false, error: { code: 'EMPTY_MESSAGE', message: 'SchedulerMessage has no body: nothing to do' } });
    const good = encodeMessage(cassandra_mesos.v1.SchedulerMessage, cassandra_mesos.v1.SchedulerMessage.create({ protocolVersion: 1, abortNodeJob: { jobId: 'j1' } }));
    const decoded = decodeSchedulerMessage(good);
    expect(decoded.ok && decoded.message.body).toBe('abortNodeJob');
  });
});

describe('task info', () => {
  const task = (data: Uint8Array) => ({ task_id: { value: 't1' }, name: 't1', agent_id: { value: 'a1' }, data, resources: [
    { name: 'cpus', type: Value.Type.SCALAR, scalar: { value: 1.5 } },
    { name: 'mem', type: Value.Type.SCALAR, scalar: { value: 2048 } },
  ] }) as unknown as Parameters<typeof decodeTaskDetails>[0];

  it('decodes TaskDetails and sums the task resources', () => {
    const decoded = decodeTaskDetails(task(serverTaskDetails()));
    expect(decoded.ok && decoded.value.task).toBe('server');
    expect(taskResources(task(serverTaskDetails()))).toEqual({ memMb: 2048, cpus: 1.5 });
  });

  it('names what is wrong with TaskInfo.data', () => {
    const empty = decodeTaskDetails(task(new Uint8Array()));
    expect(!empty.ok && empty.message).toContain("TaskInfo.data of task 't1'");
    expect(decodeTaskDetails(task(serverTaskDetails({ protocolVersion: 9 })))).toEqual({ ok: false, message: "TaskDetails.protocol_version of task 't1' is 9; this executor speaks version 1" });
    expect(decodeTaskDetails(task(serverTaskDetails({ nodeId: '' })))).toEqual({ ok: false, message: "TaskDetails.node_id of task 't1' is empty" });
  });
});
