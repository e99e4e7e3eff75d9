// RecordIO framing used by both Mesos event streams: "<decimal byte length>\n<bytes>", repeated.
// Chunk boundaries of the HTTP body have no relation to record boundaries, so the decoder buffers.

export const DEFAULT_MAX_RECORD_BYTES = 64 * 1024 * 1024;
const MAX_LENGTH_DIGITS = 20; // the largest uint64 has 20 decimal digits
const LF = 0x0a;

export class RecordIOError extends Error {
  readonly code = 'RECORDIO_MALFORMED';
  constructor(message: string) {
    super(`malformed RecordIO stream: ${message}`);
    this.name = 'RecordIOError';
  }
}

export function encodeRecord(data: Uint8Array): Buffer {
  return Buffer.concat([Buffer.from(`${data.length}\n`, 'ascii'), data]);
}

/**
 * Incremental decoder: push() every chunk as it arrives and get back the records completed by it.
 * A record may span many chunks and a chunk may hold many records. Empty lines before a length are
 * tolerated (Mesos's own reader skips them).
 */
export class RecordIODecoder {
  private buffered: Buffer[] = [];
  private bufferedBytes = 0;
  private expected: number | undefined; // length of the record being read, once its header is complete

  constructor(private readonly maxRecordBytes = DEFAULT_MAX_RECORD_BYTES) {}

  push(chunk: Uint8Array): Uint8Array[] {
    if (chunk.length > 0) {
      this.buffered.push(Buffer.from(chunk.buffer, chunk.byteOffset, chunk.length));
      this.bufferedBytes += chunk.length;
    }
    const records: Uint8Array[] = [];
    for (;;) {
      if (this.expected === undefined && !this.readHeader()) break;
      const want = this.expected as number;
      if (this.bufferedBytes < want) break;
      records.push(this.take(want));
      this.expected = undefined;
    }
    return records;
  }

  /** True when a record header or part of a record is buffered (the stream ended mid-record). */
  get hasPartialRecord(): boolean {
    return this.expected !== undefined || this.bufferedBytes > 0;
  }

  private readHeader(): boolean {
    for (;;) {
      const all = this.flatten();
      const lf = all.indexOf(LF);
      if (lf < 0) {
        if (all.length > MAX_LENGTH_DIGITS) throw new RecordIOError(`record length header longer than ${MAX_LENGTH_DIGITS} digits`);
        return false;
      }
      const header = all.subarray(0, lf).toString('ascii');
      this.take(lf + 1);
      if (header.length === 0 || header === '\r') continue; // blank line between records
      if (!/^[0-9]{1,20}$/.test(header)) throw new RecordIOError(`record length '${header.slice(0, 32)}' is not a decimal number`);
      const length = Number(header);
      if (length === 0) throw new RecordIOError('record length is 0');
      if (length > this.maxRecordBytes) {
        throw new RecordIOError(`record of ${length} bytes exceeds the limit of ${this.maxRecordBytes} bytes`);
      }
      this.expected = length;
      return true;
    }
  }

  private flatten(): Buffer {
    if (this.buffered.length > 1) this.buffered = [Buffer.concat(this.buffered, this.bufferedBytes)];
    return this.buffered[0] ?? Buffer.alloc(0);
  }

  private take(n: number): Buffer {
    const all = this.flatten();
    const head = Buffer.from(all.subarray(0, n)); // copy: callers keep records after the buffer moves on
    const rest = all.subarray(n);
    this.buffered = rest.length > 0 ? [rest] : [];
    this.bufferedBytes = rest.length;
    return head;
  }
}

/** Decodes a whole byte stream (an HTTP response body) into records. */
export async function* readRecords(body: AsyncIterable<Uint8Array>, maxRecordBytes?: number): AsyncGenerator<Uint8Array> {
  const decoder = new RecordIODecoder(maxRecordBytes);
  for await (const chunk of body) yield* decoder.push(chunk);
  if (decoder.hasPartialRecord) throw new RecordIOError('stream ended in the middle of a record');
}
