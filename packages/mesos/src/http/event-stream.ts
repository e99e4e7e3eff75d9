// Decodes a SUBSCRIBE response body (RecordIO framed, JSON or protobuf records) into event messages.
import { RecordIODecoder, RecordIOError } from '../codec/recordio';
import type { Codec, MesosMessageClass } from '../codec/codec';

/**
 * Yields each decoded event. onBytes runs for every chunk received, before decoding, so a watchdog
 * sees any traffic (even half a record) as a sign of life.
 */
export async function* decodeEventStream<T>(
  body: AsyncIterable<Uint8Array>,
  codec: Codec,
  cls: MesosMessageClass<T>,
  onBytes: () => void,
  maxRecordBytes?: number,
): AsyncGenerator<T> {
  const decoder = new RecordIODecoder(maxRecordBytes);
  for await (const chunk of body) {
    onBytes();
    for (const record of decoder.push(chunk)) yield codec.decode(cls, record);
  }
  if (decoder.hasPartialRecord) throw new RecordIOError('stream ended in the middle of a record');
}
