// Decoding of untrusted protobuf payloads (TaskInfo.data, TaskStatus.data, framework messages).
// A malformed payload must give a clear error that names what was being decoded and why it failed;
// protobufjs on its own throws terse reader errors ("index out of range") or silently accepts garbage.

/** The static-code surface of a generated protobufjs message class that we rely on. */
export interface MessageType<T> {
  decode(reader: Uint8Array): T;
  encode(message: T): { finish(): Uint8Array };
  verify(message: { [k: string]: unknown }): string | null;
  fromObject(object: { [k: string]: unknown }): T;
  getTypeUrl(prefix?: string): string;
}

export class WireFormatError extends Error {
  readonly code = 'MALFORMED_MESSAGE';
  constructor(
    readonly typeName: string,
    readonly what: string,
    readonly reason: string,
  ) {
    super(`malformed ${what}: cannot decode ${typeName}: ${reason}`);
    this.name = 'WireFormatError';
  }
}

function typeNameOf(type: MessageType<unknown>): string {
  return type.getTypeUrl('').replace(/^\//, '');
}

/**
 * Decodes `bytes` as `type`, throwing a WireFormatError naming `what` (e.g. "framework message from
 * executor x") when the bytes are not a valid encoding of that message.
 */
export function decodeMessage<T>(type: MessageType<T>, bytes: Uint8Array | null | undefined, what: string): T {
  if (!bytes || bytes.length === 0) throw new WireFormatError(typeNameOf(type), what, 'payload is empty');
  let decoded: T;
  try {
    decoded = type.decode(bytes);
  } catch (err) {
    throw new WireFormatError(typeNameOf(type), what, err instanceof Error ? err.message : String(err));
  }
  const problem = type.verify(decoded as { [k: string]: unknown });
  if (problem) throw new WireFormatError(typeNameOf(type), what, problem);
  return decoded;
}

/** Encodes a message after verifying it, so a programming error never reaches the wire. */
export function encodeMessage<T>(type: MessageType<T>, message: T): Uint8Array {
  const problem = type.verify(message as { [k: string]: unknown });
  if (problem) throw new WireFormatError(typeNameOf(type), 'outgoing message', problem);
  return type.encode(message).finish();
}
