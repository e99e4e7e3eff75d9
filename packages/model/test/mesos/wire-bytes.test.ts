// Exact wire bytes, worked out by hand from the field numbers and wire types of Mesos 1.11.
//
// A tag is the varint of (field_number << 3 | wire_type); wire types: 0 = varint, 1 = 64-bit,
// 2 = length-delimited, 5 = 32-bit. Every case is checked in both directions: our encoder must
// produce exactly these bytes, and decoding them must give back the same message.
import { mesos } from '../../src/gen/mesos';
import { fromHex, hex } from '../support/protos';

const UUID_0_TO_15 = fromHex('000102030405060708090a0b0c0d0e0f');
const UUID_FF = fromHex('ff'.repeat(16));

describe('Mesos v1 wire bytes', () => {
  it('FrameworkID{value: "f"}', () => {
    // value = 1, wire type 2: tag (1<<3|2) = 0x0a; length 1; "f" = 0x66.
    const want = '0a 01 66';
    const msg = mesos.v1.FrameworkID.create({ value: 'f' });
    expect(hex(mesos.v1.FrameworkID.encode(msg).finish())).toBe(want.replace(/ /g, ''));
    expect(mesos.v1.FrameworkID.decode(fromHex(want)).value).toBe('f');
  });

  it('scheduler.Call ACKNOWLEDGE with framework_id, agent_id, task_id and a 16-byte uuid', () => {
    const want = [
      '0a 04', //        framework_id = 1, LEN: (1<<3|2) = 0x0a, 4 bytes follow
      '0a 02 66 77', //    FrameworkID.value = 1, LEN: 0x0a, 2, "fw"
      '10 08', //        type = 2, VARINT: (2<<3|0) = 0x10, ACKNOWLEDGE = 8
      '42 1e', //        acknowledge = 8, LEN: (8<<3|2) = 0x42, 6 + 6 + 18 = 30 = 0x1e bytes
      '0a 04 0a 02 61 31', // agent_id = 1: 0x0a, 4, AgentID{value "a1"} = 0a 02 61 31
      '12 04 0a 02 74 31', // task_id = 2: (2<<3|2) = 0x12, 4, TaskID{value "t1"} = 0a 02 74 31
      '1a 10', //          uuid = 3, LEN: (3<<3|2) = 0x1a, 16 bytes
      '00 01 02 03 04 05 06 07 08 09 0a 0b 0c 0d 0e 0f',
    ].join(' ');
    const call = mesos.v1.scheduler.Call.create({
      framework_id: { value: 'fw' },
      type: mesos.v1.scheduler.Call.Type.ACKNOWLEDGE,
      acknowledge: { agent_id: { value: 'a1' }, task_id: { value: 't1' }, uuid: UUID_0_TO_15 },
    });
    expect(hex(mesos.v1.scheduler.Call.encode(call).finish())).toBe(hex(fromHex(want)));

    const decoded = mesos.v1.scheduler.Call.decode(fromHex(want));
    expect(decoded.type).toBe(8);
    expect(decoded.framework_id?.value).toBe('fw');
    expect(decoded.acknowledge?.agent_id.value).toBe('a1');
    expect(decoded.acknowledge?.task_id.value).toBe('t1');
    expect(hex(decoded.acknowledge!.uuid)).toBe(hex(UUID_0_TO_15));
  });

  it('executor Call.Message carries data in field 2 (tag 0x12), and there is no field 1', () => {
    // Call.Message.data = 2, LEN: (2<<3|2) = 0x12; length 2; "hi" = 68 69.
    expect(hex(mesos.v1.executor.Call.Message.encode({ data: Buffer.from('hi') }).finish())).toBe('12026869');
    const want = [
      '0a 03 0a 01 65', // executor_id = 1, LEN: 0x0a, 3, ExecutorID{value "e"}
      '12 03 0a 01 66', // framework_id = 2, LEN: (2<<3|2) = 0x12, 3, FrameworkID{value "f"}
      '18 03', //          type = 3, VARINT: (3<<3|0) = 0x18, MESSAGE = 3
      '32 04 12 02 68 69', // message = 6, LEN: (6<<3|2) = 0x32, 4, Message{data "hi"} = 12 02 68 69
    ].join(' ');
    const call = mesos.v1.executor.Call.create({
      executor_id: { value: 'e' },
      framework_id: { value: 'f' },
      type: mesos.v1.executor.Call.Type.MESSAGE,
      message: { data: Buffer.from('hi') },
    });
    expect(hex(mesos.v1.executor.Call.encode(call).finish())).toBe(hex(fromHex(want)));
    expect(Buffer.from(mesos.v1.executor.Call.decode(fromHex(want)).message!.data).toString()).toBe('hi');
    // A payload that used field 1 (tag 0x0a) for the data would leave `data` unset: it is required.
    expect(() => mesos.v1.executor.Call.Message.decode(fromHex('0a 02 68 69'))).toThrow(
      /missing required 'data'/,
    );
  });

  it('TaskStatus TASK_RUNNING from the executor, healthy, with a 16-byte uuid in field 11', () => {
    const want = [
      '0a 03 0a 01 74', // task_id = 1, LEN: 0x0a, 3, TaskID{value "t"}
      '10 01', //          state = 2, VARINT: (2<<3|0) = 0x10, TASK_RUNNING = 1
      '40 01', //          healthy = 8, VARINT: (8<<3|0) = 0x40, true
      '48 02', //          source = 9, VARINT: (9<<3|0) = 0x48, SOURCE_EXECUTOR = 2
      '5a 10', //          uuid = 11, LEN: (11<<3|2) = 88 + 2 = 0x5a, 16 bytes
      'ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff ff',
    ].join(' ');
    const status = mesos.v1.TaskStatus.create({
      task_id: { value: 't' },
      state: mesos.v1.TaskState.TASK_RUNNING,
      source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
      healthy: true,
      uuid: UUID_FF,
    });
    expect(hex(mesos.v1.TaskStatus.encode(status).finish())).toBe(hex(fromHex(want)));
    const decoded = mesos.v1.TaskStatus.decode(fromHex(want));
    expect(decoded.state).toBe(mesos.v1.TaskState.TASK_RUNNING);
    expect(decoded.source).toBe(2);
    expect(hex(decoded.uuid)).toBe(hex(UUID_FF));
  });

  it('Filters{refuse_seconds: 5} is a little-endian double in field 1, even though 5 is the default', () => {
    // refuse_seconds = 1, I64: (1<<3|1) = 0x09. 5.0 = 0x4014000000000000, little-endian.
    const want = '09 00 00 00 00 00 00 14 40';
    expect(hex(mesos.v1.Filters.encode({ refuse_seconds: 5 }).finish())).toBe(hex(fromHex(want)));
    expect(mesos.v1.Filters.decode(fromHex(want)).refuse_seconds).toBe(5);
    // Unset: nothing on the wire, and the reader sees the default.
    expect(mesos.v1.Filters.encode({}).finish()).toHaveLength(0);
    // refuse_seconds 0 (no filter) must still be sent: 0.0 is eight zero bytes.
    expect(hex(mesos.v1.Filters.encode({ refuse_seconds: 0 }).finish())).toBe('090000000000000000');
  });

  it('Resource cpus:0.5 (scalar) and ports:[31000-32000] (ranges, explicit role "*")', () => {
    const cpus = [
      '0a 04 63 70 75 73', // name = 1, LEN: 0x0a, 4, "cpus"
      '10 00', //             type = 2, VARINT: 0x10, SCALAR = 0 (required, so always written)
      '1a 09', //             scalar = 3, LEN: (3<<3|2) = 0x1a, 9 bytes
      '09 00 00 00 00 00 00 e0 3f', // Scalar.value = 1, I64: 0x09; 0.5 = 0x3fe0000000000000 LE
    ].join(' ');
    const cpusMsg = { name: 'cpus', type: mesos.v1.Value.Type.SCALAR, scalar: { value: 0.5 } };
    expect(hex(mesos.v1.Resource.encode(cpusMsg).finish())).toBe(hex(fromHex(cpus)));

    const ports = [
      '0a 05 70 6f 72 74 73', // name = 1, LEN: 0x0a, 5, "ports"
      '10 01', //                type = 2, VARINT: 0x10, RANGES = 1
      '22 0a', //                ranges = 4, LEN: (4<<3|2) = 0x22, 10 bytes
      '0a 08', //                  Ranges.range = 1, LEN: 0x0a, 8 bytes
      '08 98 f2 01', //              begin = 1, VARINT: 0x08; 31000 = 0x18 + 0x72<<7 + 1<<14 -> 98 f2 01
      '10 80 fa 01', //              end = 2, VARINT: 0x10; 32000 = 0x00 + 0x7a<<7 + 1<<14 -> 80 fa 01
      '32 01 2a', //             role = 6, LEN: (6<<3|2) = 0x32, 1, "*"
    ].join(' ');
    const portsMsg = {
      name: 'ports',
      type: mesos.v1.Value.Type.RANGES,
      ranges: { range: [{ begin: 31000, end: 32000 }] },
      role: '*',
    };
    expect(hex(mesos.v1.Resource.encode(portsMsg).finish())).toBe(hex(fromHex(ports)));

    // uint64 values are compared through toObject({longs: Number}): see the int64 test below.
    const decoded = mesos.v1.Resource.toObject(mesos.v1.Resource.decode(fromHex(ports)), { longs: Number });
    expect(decoded).toEqual({
      name: 'ports',
      type: 1,
      ranges: { range: [{ begin: 31000, end: 32000 }] },
      role: '*',
    });
    expect(mesos.v1.Resource.decode(fromHex(cpus)).scalar?.value).toBe(0.5);
  });

  it('scheduler.Call UPDATE_FRAMEWORK: field 19 needs a two-byte tag', () => {
    const want = [
      '10 11', //       type = 2, VARINT: 0x10, UPDATE_FRAMEWORK = 17 = 0x11
      '9a 01 08', //    update_framework = 19, LEN: (19<<3|2) = 154 = varint 9a 01; 8 bytes
      '0a 06', //         framework_info = 1, LEN: 0x0a, 6 bytes
      '0a 01 75', //        user = 1: "u"
      '12 01 6e', //        name = 2, LEN: 0x12: "n"
    ].join(' ');
    const call = {
      type: mesos.v1.scheduler.Call.Type.UPDATE_FRAMEWORK,
      update_framework: { framework_info: { user: 'u', name: 'n' } },
    };
    expect(hex(mesos.v1.scheduler.Call.encode(call).finish())).toBe(hex(fromHex(want)));
    expect(mesos.v1.scheduler.Call.decode(fromHex(want)).update_framework?.framework_info.name).toBe('n');
  });

  it('scheduler.Event HEARTBEAT and REVIVE roles (field 15)', () => {
    // Event.type = 1, VARINT: (1<<3|0) = 0x08, HEARTBEAT = 8.
    expect(
      hex(mesos.v1.scheduler.Event.encode({ type: mesos.v1.scheduler.Event.Type.HEARTBEAT }).finish()),
    ).toBe('0808');
    // Call: type = 2 (0x10) REVIVE = 5; revive = 15, LEN: (15<<3|2) = 0x7a, 3 bytes;
    // Revive.roles = 1, LEN: 0x0a, 1, "c".
    const want = '10 05 7a 03 0a 01 63';
    const call = { type: mesos.v1.scheduler.Call.Type.REVIVE, revive: { roles: ['c'] } };
    expect(hex(mesos.v1.scheduler.Call.encode(call).finish())).toBe(hex(fromHex(want)));
  });

  it('TaskInfo.limits is a map<string, Value.Scalar> in field 15', () => {
    const want = [
      '0a 01 6e', //       name = 1: "n"
      '12 03 0a 01 74', // task_id = 2, LEN: 0x12, TaskID{value "t"}
      '1a 03 0a 01 61', // agent_id = 3, LEN: (3<<3|2) = 0x1a, AgentID{value "a"}
      '7a 11', //          limits = 15, LEN: (15<<3|2) = 0x7a; one map entry of 6 + 11 = 17 bytes
      '0a 04 63 70 75 73', //  entry key = 1, LEN: "cpus"
      '12 09 09 00 00 00 00 00 00 00 40', // entry value = 2, LEN 9: Scalar{value 2.0 = 0x4000000000000000 LE}
    ].join(' ');
    const task = {
      name: 'n',
      task_id: { value: 't' },
      agent_id: { value: 'a' },
      limits: { cpus: { value: 2 } },
    };
    expect(hex(mesos.v1.TaskInfo.encode(task).finish())).toBe(hex(fromHex(want)));
    expect(mesos.v1.TaskInfo.decode(fromHex(want)).limits.cpus?.value).toBe(2);
  });

  // 64-bit fields are JS numbers at runtime too, not protobufjs Long objects (generate.mjs configures it).
  it('DurationInfo{nanoseconds: 1000} encodes from a JS number', () => {
    // nanoseconds = 1, VARINT: 0x08; 1000 = 0x68 + 0x07<<7 -> e8 07.
    expect(hex(mesos.v1.DurationInfo.encode({ nanoseconds: 1000 }).finish())).toBe('08e807');
  });

  it('64-bit fields decode as JS numbers, as the typings declare', () => {
    expect(mesos.v1.DurationInfo.decode(fromHex('08 e8 07')).nanoseconds).toBe(1000);
    // ports 31000-32000 (begin = 1, end = 2): arithmetic on decoded ranges must work
    const range = mesos.v1.Value.Range.decode(fromHex('08 98 f2 01 10 80 fa 01'));
    expect(range.end - range.begin).toBe(1000);
  });
});
