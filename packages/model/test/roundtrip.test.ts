// Round-trips every message type of proto/** (the Mesos v1 subset and our own messages) through the
// generated code. The list of types comes from walking the generated namespace (and is checked
// against the .proto sources), and each instance is built from reflection metadata, so a message
// added to the protos is covered without touching this file.
import type * as protobuf from 'protobufjs';
import {
  PROTO_GROUPS,
  bytesToBase64,
  generatedMessageClasses,
  hex,
  loadReflectionRoot,
  mesosProtoFiles,
  populate,
  reflectionTypes,
  variantCount,
} from './support/protos';

// Binary view: enums as numbers, bytes as base64, int64 as number (the generator forces numbers).
const BINARY: protobuf.IConversionOptions = { enums: Number, bytes: String, longs: Number };
// JSON view: the group's field names, enum names, base64 bytes, 64-bit ints as numbers.
const MESOS_JSON: protobuf.IConversionOptions = { enums: String, bytes: String, longs: Number };

describe('generated Mesos v1 code', () => {
  const generated = generatedMessageClasses(PROTO_GROUPS[0]);
  const reflected = reflectionTypes(loadReflectionRoot(PROTO_GROUPS[0]));

  it('is generated from the three Mesos v1 files', () => {
    expect(mesosProtoFiles()).toEqual(
      expect.arrayContaining([
        'mesos/v1/executor/executor.proto',
        'mesos/v1/mesos.proto',
        'mesos/v1/scheduler/scheduler.proto',
      ]),
    );
  });

  it('has a class for every message in the .proto sources, and nothing else', () => {
    expect([...generated.keys()].sort()).toEqual([...reflected.keys()].sort());
    const count = (prefix: string) => [...generated.keys()].filter((n) => n.startsWith(prefix)).length;
    expect(count('mesos.v1.scheduler.')).toBeGreaterThan(40);
    expect(count('mesos.v1.executor.')).toBeGreaterThan(10);
    expect(count('mesos.v1.') - count('mesos.v1.scheduler.') - count('mesos.v1.executor.')).toBeGreaterThan(
      100,
    );
  });
});

describe.each(PROTO_GROUPS)('generated code of proto/$dir', (group) => {
  const generated = generatedMessageClasses(group);
  const reflected = reflectionTypes(loadReflectionRoot(group));
  const names = [...generated.keys()].sort();

  it('has a class for every message in the .proto sources', () => {
    expect(names).toEqual([...reflected.keys()].sort());
    expect(names.length).toBeGreaterThan(30);
  });

  describe.each(names)('%s', (name) => {
    const Cls = generated.get(name)!;
    const type = reflected.get(name)!;
    const variants = Array.from({ length: variantCount(type) }, (_, i) => i);

    it.each(variants)('round-trips a fully populated instance (oneof variant %d)', (variant) => {
      const plain = populate(type, 0, variant);
      // Every field of the type is set, apart from the oneof members of other variants.
      const unset = type.fieldsArray.filter((f) => !(f.name in plain) && !f.partOf).map((f) => f.name);
      expect(unset).toEqual([]);
      expect(Cls.verify(plain)).toBeNull();

      const message = Cls.fromObject(plain);
      expect(message).toBeInstanceOf(Cls);
      const bytes = Cls.encode(message).finish();
      // Only the empty messages (RevocableInfo, SharedInfo, Exists, ...) encode to nothing.
      expect(bytes.length > 0).toBe(type.fieldsArray.length > 0);

      // An independent encoder (protobufjs reflection over the same .proto) produces the same bytes.
      expect(hex(type.encode(type.fromObject(plain)).finish())).toBe(hex(bytes));

      const decoded = Cls.decode(bytes);
      expect(decoded).toBeInstanceOf(Cls);
      expect(Cls.toObject(decoded, BINARY)).toEqual(bytesToBase64(plain));
      expect(hex(Cls.encode(decoded).finish())).toBe(hex(bytes));

      // toObject -> JSON text -> fromObject, in the shape Mesos's JSON API uses, loses nothing.
      const json: unknown = JSON.parse(JSON.stringify(Cls.toObject(decoded, MESOS_JSON)));
      expect(Object.keys(json as object).sort()).toEqual(Object.keys(plain).sort());
      const back = Cls.fromObject(json as Record<string, unknown>);
      expect(hex(Cls.encode(back).finish())).toBe(hex(bytes));
    });

    const required = type.fieldsArray.filter((f) => f.required).map((f) => f.name);
    if (required.length > 0) {
      it(`rejects a payload without its required fields (${required.join(', ')})`, () => {
        expect(() => Cls.decode(new Uint8Array(0))).toThrow(/missing required/);
      });
    }
  });
});
