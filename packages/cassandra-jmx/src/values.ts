// Checks on values decoded from Jolokia's JSON. A value of an unexpected shape is a protocol error
// naming the operation, node and attribute, never silently coerced.
import { JmxProtocolError, type JmxErrorContext } from './errors';

function describe(v: unknown): string {
  return (JSON.stringify(v) ?? String(v)).slice(0, 200);
}

function bad(context: JmxErrorContext, what: string, expected: string, v: unknown): JmxProtocolError {
  return new JmxProtocolError(context, `${what}: expected ${expected}, got ${describe(v)}`);
}

export function expectString(context: JmxErrorContext, what: string, v: unknown): string {
  if (typeof v !== 'string') throw bad(context, what, 'a string', v);
  return v;
}

export function expectBoolean(context: JmxErrorContext, what: string, v: unknown): boolean {
  if (typeof v !== 'boolean') throw bad(context, what, 'a boolean', v);
  return v;
}

export function expectNumber(context: JmxErrorContext, what: string, v: unknown): number {
  if (typeof v === 'string' && /^-?\d+$/.test(v)) return Number(v);
  if (typeof v !== 'number' || !Number.isFinite(v)) throw bad(context, what, 'a number', v);
  return v;
}

export function expectStringArray(context: JmxErrorContext, what: string, v: unknown): string[] {
  if (!Array.isArray(v) || !v.every((x): x is string => typeof x === 'string'))
    throw bad(context, what, 'a list of strings', v);
  return v;
}

export function expectRecord(context: JmxErrorContext, what: string, v: unknown): Record<string, unknown> {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) throw bad(context, what, 'an object', v);
  return v as Record<string, unknown>;
}
