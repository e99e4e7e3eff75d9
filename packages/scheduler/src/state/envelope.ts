// Stored bytes = a 2-byte envelope (magic 0xCA, format 1) + the protobuf encoding of the message.
// Why an envelope: a message whose fields are all defaults encodes to zero bytes, which would be
// indistinguishable from an empty znode that something else created; with the envelope, a znode that
// is empty or was written by another program is reported as corrupt instead of read as defaults. The
// format byte leaves room for other encodings without guessing: 0x02 = a JSON document checked by its
// schema (json-document.ts; the backup catalogue).
import { decodeMessage, encodeMessage, WireFormatError, type MessageType } from '@cassandra-mesos/model';
import { CorruptStateError } from './errors';
import { isJsonDocumentType } from './json-document';

const MAGIC = 0xca;
const FORMAT_PROTOBUF = 0x01;
const FORMAT_JSON = 0x02;
const HEADER_LENGTH = 2;

function typeNameOf(type: MessageType<unknown>): string {
  return type.getTypeUrl('').replace(/^\//, '');
}

/** Encodes `value` for storage; throws WireFormatError (from model) if the message does not verify. */
export function encodeStoredValue<T>(type: MessageType<T>, value: T): Uint8Array {
  const payload = encodeMessage(type, value);
  const bytes = new Uint8Array(HEADER_LENGTH + payload.length);
  bytes[0] = MAGIC;
  bytes[1] = isJsonDocumentType(type) ? FORMAT_JSON : FORMAT_PROTOBUF;
  bytes.set(payload, HEADER_LENGTH);
  return bytes;
}

/** Decodes stored bytes, turning anything malformed into a CorruptStateError naming `path`. */
export function decodeStoredValue<T>(type: MessageType<T>, bytes: Uint8Array, path: string, version: number): T {
  const expected = typeNameOf(type);
  if (bytes.length < HEADER_LENGTH) {
    throw new CorruptStateError(path, expected, `${bytes.length} byte(s), shorter than the 2-byte header`, version);
  }
  const format = isJsonDocumentType(type) ? FORMAT_JSON : FORMAT_PROTOBUF;
  if (bytes[0] !== MAGIC || bytes[1] !== format) {
    const found = Array.from(bytes.subarray(0, HEADER_LENGTH), (b) => b.toString(16).padStart(2, '0')).join(' ');
    throw new CorruptStateError(path, expected, `header is ${found}, expected ca 0${format} (not written by cassandra-mesos?)`, version);
  }
  const payload = bytes.subarray(HEADER_LENGTH);
  if (payload.length === 0 && format === FORMAT_PROTOBUF) return type.fromObject({});
  try {
    return decodeMessage(type, payload, path);
  } catch (err) {
    if (err instanceof WireFormatError) throw new CorruptStateError(path, expected, err.reason, version);
    throw err;
  }
}
