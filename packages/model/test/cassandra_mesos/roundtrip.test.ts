import * as fs from 'node:fs';
import * as path from 'node:path';
import type * as protobuf from 'protobufjs';
import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { PROTO_DIR, allMessageTypes, loadProtoRoot, populate } from '../support/reflection';

const files = fs
  .readdirSync(path.join(PROTO_DIR, 'cassandra_mesos/v1'))
  .filter((f) => f.endsWith('.proto'))
  .map((f) => `cassandra_mesos/v1/${f}`);
const root = loadProtoRoot(files, false);
const types = allMessageTypes(root.lookup('cassandra_mesos.v1') as protobuf.Namespace);

type StaticClass = {
  fromObject(o: object): unknown;
  toObject(m: unknown, opts: object): Record<string, unknown>;
  encode(m: unknown): { finish(): Uint8Array };
  decode(b: Uint8Array): unknown;
  verify(m: object): string | null;
};

function staticClassFor(fullName: string): StaticClass {
  let cur: unknown = { cassandra_mesos };
  for (const part of fullName.replace(/^\./, '').split('.')) cur = (cur as Record<string, unknown>)[part];
  if (!cur) throw new Error(`generated code has no class for ${fullName}: run npm run generate`);
  return cur as StaticClass;
}

const JSON_FORM = { enums: String, bytes: String, longs: Number, defaults: false, arrays: false, oneofs: false };

describe('cassandra_mesos.v1 messages', () => {
  it('are all present in the generated code', () => {
    expect(types.length).toBeGreaterThan(30);
    for (const t of types) expect(() => staticClassFor(t.fullName)).not.toThrow();
  });

  it.each(types.map((t) => [t.fullName, t] as const))('%s round-trips through the wire format', (_name, type) => {
    const cls = staticClassFor(type.fullName);
    const plain = populate(type);
    const message = cls.fromObject(plain);
    expect(cls.verify(message as object)).toBeNull();
    const bytes = cls.encode(message).finish();
    const decoded = cls.decode(bytes);
    expect(cls.toObject(decoded, JSON_FORM)).toEqual(cls.toObject(message, JSON_FORM));
    // The generated code and a reflection-based codec built from the .proto agree byte for byte, which
    // also catches generated code that is stale relative to the .proto sources.
    const reflected = type.encode(type.fromObject(plain)).finish();
    expect(Buffer.from(bytes).toString('hex')).toBe(Buffer.from(reflected).toString('hex'));
  });
});
