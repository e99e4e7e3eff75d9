// Mesos's own JSON <-> protobuf mapping (stout's protobuf.hpp), which is NOT proto3 canonical JSON:
//  - keys are the .proto field names (snake_case); unknown keys are ignored; null means unset;
//  - enums are names (a JSON number is an error); bytes are standard base64;
//  - 64-bit integers are JSON numbers; numbers may also arrive as numeric strings, doubles as
//    "Infinity"/"-Infinity", bools as "true"/"false";
//  - a single value for a repeated field is a one-element list; an array for a singular field is an error;
//  - on output, an unset optional field with a declared [default = ...] that is not deprecated is emitted;
//  - after parsing, missing required fields are an error.
import type * as protobuf from 'protobufjs/light';

export class MesosJsonError extends Error {
  readonly code = 'MESOS_JSON_INVALID';
  constructor(message: string) {
    super(message);
    this.name = 'MesosJsonError';
  }
}

type Plain = Record<string, unknown>;
const INT_TYPES = new Set(['int32', 'uint32', 'sint32', 'fixed32', 'sfixed32', 'int64', 'uint64', 'sint64', 'fixed64', 'sfixed64']);
const FLOAT_TYPES = new Set(['double', 'float']);

function isSet(message: Plain, field: protobuf.Field): boolean {
  if (!Object.prototype.hasOwnProperty.call(message, field.name)) return false;
  const v = message[field.name];
  if (v === undefined || v === null) return false;
  if (field.repeated && Array.isArray(v)) return v.length > 0;
  if (field.map) return Object.keys(v).length > 0;
  return true;
}

// ---------------------------------------------------------------- message -> JSON

/** Converts a message (static class instance or plain object with proto field names) to Mesos JSON. */
export function toMesosJson(type: protobuf.Type, message: object): Plain {
  const msg = message as Plain;
  const out: Plain = {};
  for (const field of type.fieldsArray) {
    field.resolve();
    if (isSet(msg, field)) {
      const v = msg[field.name];
      if (field.map) {
        const m: Plain = {};
        for (const [k, mv] of Object.entries(v as Plain)) m[k] = valueToJson(field, mv);
        out[field.name] = m;
      } else if (field.repeated) {
        out[field.name] = (v as unknown[]).map((item) => valueToJson(field, item));
      } else {
        out[field.name] = valueToJson(field, v);
      }
    } else if (!field.repeated && !field.map && field.options?.default !== undefined && !field.options?.deprecated) {
      out[field.name] = defaultToJson(field);
    }
  }
  return out;
}

function valueToJson(field: protobuf.Field, v: unknown): unknown {
  const rt = field.resolvedType;
  if (rt && 'values' in rt) {
    return typeof v === 'number' ? (rt.valuesById[v] ?? v) : v;
  }
  if (rt) return toMesosJson(rt, v as object);
  if (field.type === 'bytes') return Buffer.from(v as Uint8Array).toString('base64');
  if (INT_TYPES.has(field.type) && typeof v === 'object' && v !== null) return Number((v as { toString(): string }).toString()); // a protobufjs Long
  return v;
}

function defaultToJson(field: protobuf.Field): unknown {
  const d: unknown = field.options?.default;
  const rt = field.resolvedType;
  if (rt && 'values' in rt) return typeof d === 'number' ? (rt).valuesById[d] : d;
  return d;
}

// ---------------------------------------------------------------- JSON -> message

/**
 * Parses Mesos JSON into a plain object with proto field names, numeric enums and Uint8Array bytes,
 * ready for the generated class's fromObject(). Throws MesosJsonError with Mesos-like messages.
 */
export function fromMesosJson(type: protobuf.Type, json: unknown): Plain {
  const missing: string[] = [];
  const out = parseMessage(type, json, '', missing);
  if (missing.length > 0) throw new MesosJsonError(`Missing required fields: ${missing.join(', ')}`);
  return out;
}

function parseMessage(type: protobuf.Type, json: unknown, prefix: string, missing: string[]): Plain {
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    throw new MesosJsonError(`Expecting a JSON object for '${prefix || type.name}'`);
  }
  const obj = json as Plain;
  const out: Plain = {};
  for (const field of type.fieldsArray) {
    field.resolve();
    const path = prefix ? `${prefix}.${field.name}` : field.name;
    const raw = obj[field.name];
    if (raw === undefined || raw === null) {
      if (field.required) missing.push(path);
      continue;
    }
    if (field.map) {
      if (typeof raw !== 'object' || Array.isArray(raw)) throw new MesosJsonError(`Expecting a JSON object for map '${path}'`);
      const m: Plain = {};
      for (const [k, v] of Object.entries(raw as Plain)) m[k] = parseValue(field, v, `${path}.${k}`, missing);
      out[field.name] = m;
    } else if (field.repeated) {
      const items = Array.isArray(raw) ? raw : [raw];
      out[field.name] = items.map((item, i) => parseValue(field, item, `${path}[${i}]`, missing)).filter((v) => v !== undefined);
    } else {
      if (Array.isArray(raw)) throw new MesosJsonError(`Not expecting a JSON array for field '${path}'`);
      const v = parseValue(field, raw, path, missing);
      if (v !== undefined) out[field.name] = v;
      else if (field.required) missing.push(path);
    }
  }
  return out;
}

function parseValue(field: protobuf.Field, raw: unknown, path: string, missing: string[]): unknown {
  const rt = field.resolvedType;
  if (rt && 'values' in rt) {
    if (typeof raw !== 'string') throw new MesosJsonError(`Not expecting a JSON ${typeof raw} for enum field '${path}'`);
    const n = (rt).values[raw];
    return n; // unknown name: unset (proto2); a required field then shows up as missing
  }
  if (rt) return parseMessage(rt, raw, path, missing);
  if (field.type === 'string') {
    if (typeof raw !== 'string') throw new MesosJsonError(`Not expecting a JSON ${typeof raw} for string field '${path}'`);
    return raw;
  }
  if (field.type === 'bytes') {
    if (typeof raw !== 'string' || !/^[A-Za-z0-9+/]*={0,2}$/.test(raw) || raw.length % 4 !== 0) {
      throw new MesosJsonError(`Expecting base64 for bytes field '${path}'`);
    }
    return new Uint8Array(Buffer.from(raw, 'base64'));
  }
  if (field.type === 'bool') {
    if (raw === true || raw === 'true') return true;
    if (raw === false || raw === 'false') return false;
    throw new MesosJsonError(`Expecting a boolean for field '${path}'`);
  }
  if (INT_TYPES.has(field.type)) {
    const n = typeof raw === 'string' && /^-?[0-9]+$/.test(raw.trim()) ? Number(raw) : raw;
    if (typeof n !== 'number' || !Number.isInteger(n)) throw new MesosJsonError(`Expecting an integer for field '${path}'`);
    if (field.type.startsWith('u') && n < 0) throw new MesosJsonError(`Expecting a non-negative integer for field '${path}'`);
    return n;
  }
  if (FLOAT_TYPES.has(field.type)) {
    if (raw === 'Infinity') return Infinity;
    if (raw === '-Infinity') return -Infinity;
    const n = typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : raw;
    if (typeof n !== 'number' || Number.isNaN(n)) throw new MesosJsonError(`Expecting a number for field '${path}'`);
    return n;
  }
  throw new MesosJsonError(`Unsupported field type '${field.type}' at '${path}'`);
}
