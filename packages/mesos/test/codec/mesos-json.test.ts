import { mesos } from '@cassandra-mesos/model';
import { jsonCodec, protobufCodec, codecFor, CodecError } from '../../src/codec/codec';

const { scheduler, executor } = mesos.v1;
const enc = (cls: Parameters<typeof jsonCodec.encode>[0], msg: unknown) =>
  JSON.parse(Buffer.from(jsonCodec.encode(cls, msg)).toString('utf8')) as Record<string, unknown>;
const dec = <T>(cls: Parameters<typeof jsonCodec.decode<T>>[0], json: unknown) =>
  jsonCodec.decode(cls, Buffer.from(typeof json === 'string' ? json : JSON.stringify(json)));

describe('Mesos JSON mapping: output', () => {
  it('uses proto field names and enum names, and emits declared non-deprecated defaults', () => {
    const call = scheduler.Call.create({
      type: scheduler.Call.Type.DECLINE,
      framework_id: { value: 'F' },
      decline: { offer_ids: [{ value: 'O' }], filters: {} },
    });
    expect(enc(scheduler.Call, call)).toEqual({
      type: 'DECLINE',
      framework_id: { value: 'F' },
      decline: { offer_ids: [{ value: 'O' }], filters: { refuse_seconds: 5 } },
    });
  });

  it('emits FrameworkInfo defaults but not the deprecated role', () => {
    const json = enc(mesos.v1.FrameworkInfo, mesos.v1.FrameworkInfo.create({ user: 'nobody', name: 'fw' }));
    expect(json).toEqual({ user: 'nobody', name: 'fw', failover_timeout: 0, checkpoint: false });
  });

  it('emits CommandInfo.shell, URI.extract and Environment.Variable.type defaults', () => {
    const json = enc(
      mesos.v1.CommandInfo,
      mesos.v1.CommandInfo.create({ value: 'ls', uris: [{ value: 'http://x/a.tgz' }], environment: { variables: [{ name: 'A', value: 'b' }] } }),
    );
    expect(json).toEqual({
      value: 'ls',
      shell: true,
      uris: [{ value: 'http://x/a.tgz', extract: true }],
      environment: { variables: [{ name: 'A', value: 'b', type: 'VALUE' }] },
    });
  });

  it('writes bytes as base64 and 64-bit integers as numbers', () => {
    const uuid = Buffer.from('abcdef1234567890abcdef1234567890', 'hex');
    const json = enc(
      mesos.v1.TaskStatus,
      mesos.v1.TaskStatus.create({
        task_id: { value: 't1' },
        state: mesos.v1.TaskState.TASK_RUNNING,
        uuid,
        unreachable_time: { nanoseconds: 1_700_000_000_000_000 },
      }),
    );
    expect(json.uuid).toBe(uuid.toString('base64'));
    expect(json.state).toBe('TASK_RUNNING');
    expect(json.unreachable_time).toEqual({ nanoseconds: 1_700_000_000_000_000 });
  });
});

describe('Mesos JSON mapping: input', () => {
  it('parses the reference ACCEPT example', () => {
    const call = dec(scheduler.Call, {
      framework_id: { value: 'F' },
      type: 'ACCEPT',
      accept: {
        offer_ids: [{ value: 'O' }],
        operations: [
          {
            type: 'LAUNCH',
            launch: {
              task_infos: [
                {
                  name: 't1',
                  task_id: { value: 't1' },
                  agent_id: { value: 'S' },
                  resources: [{ name: 'cpus', type: 'SCALAR', scalar: { value: 0.1 } }],
                  command: { value: 'sleep 30', uris: [{ value: 'https://example.com/a.tgz', extract: true, output_file: 'a.tgz' }] },
                },
              ],
            },
          },
        ],
        filters: { refuse_seconds: 5 },
      },
    });
    expect(call.type).toBe(scheduler.Call.Type.ACCEPT);
    const task = call.accept!.operations![0]!.launch!.task_infos![0]!;
    expect(task.resources![0]!.scalar!.value).toBe(0.1);
    expect(task.command!.uris![0]!.output_file).toBe('a.tgz');
  });

  it('parses the reference ACKNOWLEDGE example into the 16 uuid bytes', () => {
    const call = dec(scheduler.Call, {
      framework_id: { value: 'F' },
      type: 'ACKNOWLEDGE',
      acknowledge: { agent_id: { value: 'S' }, task_id: { value: 't1' }, uuid: 'q83vEjRWeJq83vEjRWeJqw==' },
    });
    expect(Buffer.from(call.acknowledge!.uuid).toString('hex')).toBe('abcdef123456789abcdef123456789ab');
    expect(call.acknowledge!.uuid).toHaveLength(16);
  });

  it('ignores unknown keys and treats null as unset', () => {
    const call = dec(scheduler.Call, { type: 'REVIVE', framework_id: { value: 'F' }, revive: { role: 'r' }, bogus: 1, subscribe: null });
    expect(call.revive!.roles).toEqual([]);
    expect(Object.prototype.hasOwnProperty.call(call, 'subscribe')).toBe(false);
  });

  it('accepts a single value for a repeated field and numeric/boolean strings', () => {
    const call = dec(scheduler.Call, {
      type: 'SUPPRESS',
      framework_id: { value: 'F' },
      suppress: { roles: 'r' },
    });
    expect(call.suppress!.roles).toEqual(['r']);
    const filters = dec(mesos.v1.Filters, { refuse_seconds: '3600' });
    expect(filters.refuse_seconds).toBe(3600);
    const fi = dec(mesos.v1.FrameworkInfo, { user: 'u', name: 'n', checkpoint: 'true', failover_timeout: 'Infinity' });
    expect(fi.checkpoint).toBe(true);
    expect(fi.failover_timeout).toBe(Infinity);
  });

  it.each([
    ['a numeric enum', { type: 1 }, /Not expecting a JSON number for enum field 'type'/],
    ['an array for a singular field', { type: 'REVIVE', framework_id: [{ value: 'F' }] }, /Not expecting a JSON array for field 'framework_id'/],
    ['a missing required field', { type: 'ACKNOWLEDGE', framework_id: { value: 'F' }, acknowledge: { task_id: { value: 't' } } }, /Missing required fields: acknowledge.agent_id, acknowledge.uuid/],
    ['bad base64', { type: 'MESSAGE', framework_id: { value: 'F' }, message: { agent_id: { value: 'S' }, executor_id: { value: 'E' }, data: '%%' } }, /Expecting base64 for bytes field 'message.data'/],
    ['a string for an integer', { nanoseconds: 'soon' }, /Expecting an integer/],
  ])('rejects %s with a Mesos-style message', (_what, json, message) => {
    const cls = 'nanoseconds' in json ? mesos.v1.TimeInfo : scheduler.Call;
    expect(() => dec(cls as typeof scheduler.Call, json)).toThrow(CodecError);
    expect(() => dec(cls as typeof scheduler.Call, json)).toThrow(message);
  });

  it('rejects a body that is not JSON', () => {
    expect(() => dec(scheduler.Call, '{"type":')).toThrow(/^Failed to parse body into JSON/);
  });

  it('round-trips executor calls through JSON and protobuf identically', () => {
    const call = executor.Call.create({
      type: executor.Call.Type.UPDATE,
      framework_id: { value: 'F' },
      executor_id: { value: 'E' },
      update: {
        status: {
          task_id: { value: 't1' },
          state: mesos.v1.TaskState.TASK_RUNNING,
          source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
          uuid: Buffer.alloc(16, 7),
          timestamp: 1700000000.123,
          data: Buffer.from([1, 2, 3]),
        },
      },
    });
    const viaJson = jsonCodec.decode(executor.Call, jsonCodec.encode(executor.Call, call));
    const viaProto = protobufCodec.decode(executor.Call, protobufCodec.encode(executor.Call, call));
    expect(executor.Call.toObject(viaJson)).toEqual(executor.Call.toObject(viaProto));
  });
});

describe('codecFor', () => {
  it('matches content types exactly, as Mesos does', () => {
    expect(codecFor('application/json')).toBe(jsonCodec);
    expect(codecFor('application/x-protobuf')).toBe(protobufCodec);
    expect(codecFor('application/json; charset=utf-8')).toBeUndefined();
    expect(codecFor(undefined)).toBeUndefined();
  });

  it('names the message type when protobuf bytes are malformed', () => {
    expect(() => protobufCodec.decode(scheduler.Event, Uint8Array.from([0x0a, 0x05, 0x01]))).toThrow(
      /^Failed to parse body into Event protobuf/,
    );
  });
});
