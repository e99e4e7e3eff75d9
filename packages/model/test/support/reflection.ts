// Reflection over the .proto sources (protobufjs full build), used by tests to enumerate every message
// and build fully populated instances, so a message added to a .proto is tested without editing tests.
import * as path from 'node:path';
import * as protobuf from 'protobufjs';

export const PROTO_DIR = path.resolve(__dirname, '../../../../proto');

export function loadProtoRoot(files: string[], keepCase: boolean): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => (path.isAbsolute(target) ? target : path.join(PROTO_DIR, target));
  root.loadSync(files, { keepCase });
  root.resolveAll();
  return root;
}

export function allMessageTypes(ns: protobuf.NamespaceBase): protobuf.Type[] {
  const out: protobuf.Type[] = [];
  for (const nested of ns.nestedArray) {
    if (nested instanceof protobuf.Type) out.push(nested);
    if (nested instanceof protobuf.Namespace || nested instanceof protobuf.Type) out.push(...allMessageTypes(nested));
  }
  return out;
}

function scalarSample(type: string, seed: number): unknown {
  switch (type) {
    case 'double':
      return 1.5 + seed;
    case 'float':
      return 0.5 + seed;
    case 'int32':
    case 'sint32':
    case 'sfixed32':
      return -7 - seed;
    case 'uint32':
    case 'fixed32':
      return 7 + seed;
    case 'int64':
    case 'sint64':
    case 'sfixed64':
      return -123456789 - seed;
    case 'uint64':
    case 'fixed64':
      return 123456789 + seed;
    case 'bool':
      return true;
    case 'string':
      return `s${seed}`;
    case 'bytes':
      return Buffer.from([1, 2, 3, seed & 0xff]).toString('base64');
    default:
      throw new Error(`no sample for scalar type ${type}`);
  }
}

/**
 * Builds a plain object (the protobufjs JSON form: enums as names, bytes as base64) with every field
 * set. Recursion stops at `depth` so self-referencing messages terminate; within a oneof only the
 * first member is set.
 */
export function populate(type: protobuf.Type, depth = 3, seed = 1): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  const oneofTaken = new Set<string>();
  for (const field of type.fieldsArray) {
    field.resolve();
    if (field.partOf) {
      if (oneofTaken.has(field.partOf.name)) continue;
      oneofTaken.add(field.partOf.name);
    }
    const value = sampleFor(field, depth, seed);
    if (value === undefined) continue;
    if (field.map) obj[field.name] = { k1: value };
    else obj[field.name] = field.repeated ? [value, value] : value;
  }
  return obj;
}

function sampleFor(field: protobuf.Field, depth: number, seed: number): unknown {
  const rt = field.resolvedType;
  if (rt instanceof protobuf.Enum) {
    const names = Object.keys(rt.values);
    return names[names.length - 1];
  }
  if (rt instanceof protobuf.Type) {
    if (depth <= 0) return field.required ? populateRequiredOnly(rt) : undefined;
    return populate(rt, depth - 1, seed + 1);
  }
  return scalarSample(field.type, seed);
}

function populateRequiredOnly(type: protobuf.Type): Record<string, unknown> {
  const obj: Record<string, unknown> = {};
  for (const f of type.fieldsArray) if (f.required) obj[f.name] = sampleFor(f, 0, 0);
  return obj;
}
