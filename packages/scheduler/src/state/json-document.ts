// Stored values that are JSON documents instead of protobuf messages (format byte 0x02 of the envelope):
// for records that only the scheduler reads, whose shape is checked with a zod schema on every read and
// write (the backup catalogue). They plug into the same StateStore (keys, versions, compare-and-set)
// through the MessageType surface the envelope uses.
import type { MessageType } from '@cassandra-mesos/model';
import type { z } from 'zod';

/** A MessageType whose wire form is UTF-8 JSON (marks the envelope's format byte). */
export interface JsonDocumentType<T> extends MessageType<T> {
  readonly storedFormat: 'json';
}

export function isJsonDocumentType(type: MessageType<unknown>): type is JsonDocumentType<unknown> {
  return (type as Partial<JsonDocumentType<unknown>>).storedFormat === 'json';
}

function describeIssues(error: z.ZodError): string {
  return error.issues.map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`).join('; ');
}

/** A stored JSON document type named `typeName` (for messages), validated by `schema`. */
export function jsonDocumentType<T>(typeName: string, schema: z.ZodType<T>): JsonDocumentType<T> {
  const check = (value: unknown): T => {
    const parsed = schema.safeParse(value);
    if (!parsed.success) throw new Error(describeIssues(parsed.error));
    return parsed.data;
  };
  return {
    storedFormat: 'json',
    decode(bytes) {
      const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
      return check(JSON.parse(text) as unknown);
    },
    encode(message) {
      return { finish: () => new TextEncoder().encode(JSON.stringify(check(message))) };
    },
    verify(message) {
      const parsed = schema.safeParse(message);
      return parsed.success ? null : describeIssues(parsed.error);
    },
    fromObject(object) {
      return check(object);
    },
    getTypeUrl(prefix = 'type.googleapis.com') {
      return `${prefix}/${typeName}`;
    },
  };
}
