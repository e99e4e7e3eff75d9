// Stored bytes = a 2-byte envelope (magic 0xCA, format 1) + the protobuf encoding of the message.
// Why an envelope: a message whose fields are all defaults encodes to zero bytes, which would be
// indistinguishable from an empty znode that something else created; with the envelope, a znode that
// is empty or was written by another program is reported as corrupt instead of read as defaults. The
// format byte leaves room for a future encoding (e.g. compression) without guessing.
import { decodeMessage, encodeMessage, WireFormatError, type MessageType } from '@cassandra-mesos/model';
import { CorruptStateError } from './errors';

const MAGIC = 0xca;
const FORMAT_PROTOBUF = 0x01;
const HEADER_LENGTH = 2;

function typeNameOf(type: MessageType<unknown>): string {
  return type.getTypeUrl('').replace(/^\//, '');
}

/** Encodes `value` for storage; throws WireFormatError (from model) if the message does not verify. */
export function encodeStoredValue<T>(type: MessageType<T>, value: T): Uint8Array {
  const payload = encodeMessage(type, value);
  const bytes = new Uint8Array(HEADER_LENGTH + payload.length);
  bytes[0] = MAGIC;
  bytes[1] = FORMAT_PROTOBUF;
  bytes.set(payload, HEADER_LENGTH);
  return bytes;
}

/** Decodes stored bytes, turning anything malformed into a CorruptStateError naming `path`. */
export function decodeStoredValue<T>(type: MessageType<T>, bytes: Uint8Array, path: string, version: number): T {
  const expected = typeNameOf(type);
  if (bytes.length < HEADER_LENGTH) {
    throw new CorruptStateError(path, expected, `${bytes.length} byte(s), shorter than the 2-byte header`, version);
  }
  if (bytes[0] !== MAGIC || bytes[1] !== FORMAT_PROTOBUF) {
    const found = Array.from(bytes.subarray(0, HEADER_LENGTH), (b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new CorruptStateError(path, expected, `header is ${found}, expected ca 01 (not written by cassandra-mesos?)`, version);
  }
  const payload = bytes.subarray(HEADER_LENGTH);
  if (payload.length === 0) return type.fromObject({});
  try {
    return decodeMessage(type, payload, path);
  } catch (err) {
    if (err instanceof WireFormatError) throw new CorruptStateError(path, expected, err.reason, version);
    throw err;
  }
}
