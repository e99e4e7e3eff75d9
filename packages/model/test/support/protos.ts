// Test support for the generated protobuf code (both groups: the Mesos v1 subset and our own
// messages): walks a generated namespace, loads the same .proto files as a protobufjs reflection root
// (our oracle for field metadata and for an independent encoder), and builds fully populated
// instances of any message type.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import * as protobuf from 'protobufjs';
import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { mesos } from '../../src/gen/mesos';

export const PROTO_DIR = join(__dirname, '..', '..', '..', '..', 'proto');

/** A generated group, with the generator settings it was built with (see scripts/generate.mjs). */
export interface ProtoGroup {
  name: string;
  dir: string;
  keepCase: boolean;
  generated: object;
}

export const PROTO_GROUPS: ProtoGroup[] = [
  { name: 'mesos', dir: 'mesos', keepCase: true, generated: { mesos } },
  { name: 'cassandra_mesos', dir: 'cassandra_mesos', keepCase: false, generated: { cassandra_mesos } },
];

/** Every .proto under proto/<dir>, relative to proto/ (the import root), sorted. */
export function protoFiles(dir: string): string[] {
  const out: string[] = [];
  for (const entry of readdirSync(join(PROTO_DIR, dir))) {
    const rel = `${dir}/${entry}`;
    if (statSync(join(PROTO_DIR, rel)).isDirectory()) out.push(...protoFiles(rel));
    else if (entry.endsWith('.proto')) out.push(rel);
  }
  return out.sort();
}

export function mesosProtoFiles(): string[] {
  return protoFiles('mesos');
}

/** Reflection root built from a group's .proto sources, with the generator's settings. */
export function loadReflectionRoot(group: ProtoGroup = PROTO_GROUPS[0]!): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(PROTO_DIR, target);
  root.loadSync(protoFiles(group.dir), { keepCase: group.keepCase });
  root.resolveAll();
  return root;
}

/** All message types of a reflection namespace, by full name without the leading dot. */
export function reflectionTypes(ns: protobuf.NamespaceBase): Map<string, protobuf.Type> {
  const out = new Map<string, protobuf.Type>();
  for (const obj of ns.nestedArray) {
    if (obj instanceof protobuf.Type) out.set(obj.fullName.slice(1), obj);
    if (obj instanceof protobuf.Namespace) for (const [k, v] of reflectionTypes(obj)) out.set(k, v);
  }
  return out;
}

/** The static API every generated message class has. */
export interface MessageClass {
  new (properties?: object): object;
  encode(message: object, writer?: protobuf.Writer): protobuf.Writer;
  decode(reader: Uint8Array | protobuf.Reader): object;
  verify(message: Record<string, unknown>): string | null;
  fromObject(object: Record<string, unknown>): object;
  toObject(message: object, options?: protobuf.IConversionOptions): Record<string, unknown>;
  getTypeUrl(prefix?: string): string;
}

function isMessageClass(v: unknown): v is MessageClass {
  if (typeof v !== 'function') return false;
  const c = v as unknown as Record<string, unknown>;
  return ['encode', 'decode', 'verify', 'fromObject', 'toObject', 'getTypeUrl'].every(
    (k) => typeof c[k] === 'function',
  );
}

function isEnumObject(v: object): boolean {
  const values = Object.values(v);
  return values.length > 0 && values.every((x) => typeof x === 'number');
}

/** Every message class in the generated code, keyed by full proto name (e.g. "mesos.v1.Filters"). */
export function generatedMessageClasses(group: ProtoGroup = PROTO_GROUPS[0]!): Map<string, MessageClass> {
  const out = new Map<string, MessageClass>();
  const walk = (node: object): void => {
    for (const [key, value] of Object.entries(node)) {
      if (key === 'prototype' || value === null || (typeof value !== 'object' && typeof value !== 'function'))
        continue;
      if (isMessageClass(value)) {
        out.set(value.getTypeUrl('').slice(1), value);
        walk(value);
      } else if (typeof value === 'object' && !isEnumObject(value as object)) {
        walk(value as object);
      }
    }
  };
  walk(group.generated);
  return out;
}

/** Optional message fields are populated down to this nesting depth; required ones always. */
const MAX_DEPTH = 4;

/** How many instances are needed so that every member of every oneof is set in one of them. */
export function variantCount(type: protobuf.Type): number {
  return Math.max(1, ...type.oneofsArray.map((o) => o.fieldsArray.length));
}

function scalarValue(field: protobuf.Field, depth: number, idx: number): unknown {
  switch (field.type) {
    case 'string':
      return `${field.name}-${depth}-${idx}-ü`; // non-ASCII checks the UTF-8 length prefix
    case 'bytes':
      return Uint8Array.from([0, 0xff, field.id & 0xff, idx, 0x80]);
    case 'bool':
      // The opposite of the declared default, so a decoded value cannot come from the default.
      return field.defaultValue !== true;
    case 'double':
      return 1.5 + idx;
    case 'float':
      return 0.25 + idx;
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return -(field.id + idx); // negative int32 encodes as a 10-byte varint
    case 'uint32':
    case 'fixed32':
      return 4_000_000_000 - idx; // above 2^31
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return -(2 ** 40) - idx;
    case 'uint64':
    case 'fixed64':
      return 2 ** 52 + idx; // above 2^32, still a safe integer (int64 is generated as number)
    default:
      throw new Error(`unhandled scalar type ${field.type} of ${field.fullName}`);
  }
}

function fieldValue(
  field: protobuf.Field,
  type: protobuf.Type | protobuf.Enum | null,
  depth: number,
  idx: number,
): unknown {
  if (type instanceof protobuf.Type) return populate(type, depth + 1, 0);
  if (type instanceof protobuf.Enum) {
    // The last declared value, which is never the implicit default (the first one).
    const numbers = Object.values(type.values);
    return numbers[(numbers.length - 1 - idx + numbers.length * 4) % numbers.length];
  }
  return scalarValue(field, depth, idx);
}

/**
 * A plain object (proto field names, enums as numbers, bytes as Uint8Array) with every field of
 * `type` set: nested messages, repeated fields (two elements at the top level), maps (two
 * entries), enums and bytes. Of each oneof, member number `variant % size` is set.
 */
export function populate(type: protobuf.Type, depth = 0, variant = 0): Record<string, unknown> {
  const chosen = new Set<protobuf.Field>();
  for (const oneof of type.oneofsArray) {
    const member = oneof.fieldsArray[variant % oneof.fieldsArray.length];
    if (member) chosen.add(member);
  }
  const out: Record<string, unknown> = {};
  for (const field of type.fieldsArray) {
    field.resolve();
    if (field.partOf && !chosen.has(field)) continue;
    const resolved = field.resolvedType;
    if (resolved instanceof protobuf.Type && !field.required && depth >= MAX_DEPTH) continue;
    if (field instanceof protobuf.MapField) {
      const keys = field.keyType === 'string' ? ['k1', 'k2'] : ['1', '2'];
      out[field.name] = Object.fromEntries(keys.map((k, i) => [k, fieldValue(field, resolved, depth, i)]));
    } else if (field.repeated) {
      const n = depth === 0 ? 2 : 1;
      out[field.name] = Array.from({ length: n }, (_, i) => fieldValue(field, resolved, depth, i));
    } else {
      out[field.name] = fieldValue(field, resolved, depth, 0);
    }
  }
  return out;
}

/** Replaces every Uint8Array by its base64 text (what toObject produces with `bytes: String`). */
export function bytesToBase64(value: unknown): unknown {
  if (value instanceof Uint8Array) return Buffer.from(value).toString('base64');
  if (Array.isArray(value)) return value.map(bytesToBase64);
  if (value !== null && typeof value === 'object') {
    return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, bytesToBase64(v)]));
  }
  return value;
}

export function hex(bytes: Uint8Array): string {
  return Buffer.from(bytes).toString('hex');
}

/** Hex literal with optional whitespace -> bytes. */
export function fromHex(text: string): Uint8Array {
  return Uint8Array.from(Buffer.from(text.replace(/\s+/g, ''), 'hex'));
}
