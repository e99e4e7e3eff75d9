import { cassandra_mesos } from '../src/gen/cassandra_mesos';
import { WireFormatError, decodeMessage, encodeMessage } from '../src/wire';

const { ExecutorMessage, TaskDetails } = cassandra_mesos.v1;

describe('decodeMessage', () => {
  it('decodes a valid payload', () => {
    const bytes = encodeMessage(
      ExecutorMessage,
      ExecutorMessage.create({ nodeId: 'node-1', sequence: 3, health: { healthy: true } }),
    );
    const msg = decodeMessage(ExecutorMessage, bytes, 'framework message');
    expect(msg.nodeId).toBe('node-1');
    expect(msg.body).toBe('health');
  });

  it('rejects an empty payload, naming what was decoded', () => {
    expect(() => decodeMessage(TaskDetails, new Uint8Array(), 'TaskInfo.data of task t1')).toThrow(
      'malformed TaskInfo.data of task t1: cannot decode cassandra_mesos.v1.TaskDetails: payload is empty',
    );
  });

  it('rejects truncated bytes with a WireFormatError', () => {
    const bytes = encodeMessage(TaskDetails, TaskDetails.create({ nodeId: 'node-12345', protocolVersion: 1 }));
    const truncated = bytes.subarray(0, bytes.length - 3);
    let caught: unknown;
    try {
      decodeMessage(TaskDetails, truncated, 'TaskInfo.data');
    } catch (err) {
      caught = err;
    }
    expect(caught).toBeInstanceOf(WireFormatError);
    expect((caught as WireFormatError).code).toBe('MALFORMED_MESSAGE');
    expect((caught as WireFormatError).typeName).toBe('cassandra_mesos.v1.TaskDetails');
  });

  it('rejects bytes with an invalid wire type', () => {
    // field 1 with wire type 7 does not exist in protobuf
    expect(() => decodeMessage(TaskDetails, Uint8Array.from([0x0f, 0x01]), 'framework message')).toThrow(WireFormatError);
  });

  it('refuses to encode a message that does not verify', () => {
    const bad = TaskDetails.create({ nodeId: 42 as unknown as string });
    expect(() => encodeMessage(TaskDetails, bad)).toThrow(/outgoing message.*nodeId: string expected/);
  });
});
