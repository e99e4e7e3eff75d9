import { RecordIODecoder, RecordIOError, encodeRecord, readRecords } from '../../src/codec/recordio';

const text = (records: Uint8Array[]) => records.map((r) => Buffer.from(r).toString('utf8'));

describe('RecordIO', () => {
  const stream = Buffer.concat([
    encodeRecord(Buffer.from('{"type":"HEARTBEAT"}')),
    encodeRecord(Buffer.from('{"type":"SUBSCRIBED","x":"ü€"}')),
    encodeRecord(Buffer.from([0, 10, 255, 10])),
  ]);

  it('frames a record as "<byte length>\\n<bytes>"', () => {
    expect(encodeRecord(Buffer.from('{"type":"HEARTBEAT"}')).toString()).toBe('20\n{"type":"HEARTBEAT"}');
    // length counts UTF-8 bytes, not characters
    expect(encodeRecord(Buffer.from('€')).toString()).toBe('3\n€');
  });

  it('decodes many records delivered in one chunk', () => {
    const out = new RecordIODecoder().push(stream);
    expect(out).toHaveLength(3);
    expect(text(out.slice(0, 2))).toEqual(['{"type":"HEARTBEAT"}', '{"type":"SUBSCRIBED","x":"ü€"}']);
    expect([...out[2]!]).toEqual([0, 10, 255, 10]);
  });

  it('decodes records split at every possible byte boundary', () => {
    for (let cut = 1; cut < stream.length; cut++) {
      const d = new RecordIODecoder();
      const out = [...d.push(stream.subarray(0, cut)), ...d.push(stream.subarray(cut))];
      expect(out).toHaveLength(3);
      expect(d.hasPartialRecord).toBe(false);
    }
  });

  it('decodes a stream fed one byte at a time', () => {
    const d = new RecordIODecoder();
    const out: Uint8Array[] = [];
    for (const b of stream) out.push(...d.push(Uint8Array.of(b)));
    expect(text(out.slice(0, 2))).toEqual(['{"type":"HEARTBEAT"}', '{"type":"SUBSCRIBED","x":"ü€"}']);
  });

  it('skips empty lines between records', () => {
    const out = new RecordIODecoder().push(Buffer.from('\n\n2\nab\n3\ncde'));
    expect(text(out)).toEqual(['ab', 'cde']);
  });

  it.each([
    ['a non-numeric length', 'x1\nabc', /is not a decimal number/],
    ['a zero length', '0\n', /record length is 0/],
    ['a length beyond the limit', '2000\n', /exceeds the limit of 1000 bytes/],
    ['a header longer than 20 digits', '123456789012345678901', /longer than 20 digits/],
  ])('rejects %s', (_what, input, message) => {
    expect(() => new RecordIODecoder(1000).push(Buffer.from(input))).toThrow(message);
    expect(() => new RecordIODecoder(1000).push(Buffer.from(input))).toThrow(RecordIOError);
  });

  it('readRecords reports a stream that ends inside a record', async () => {
    const body = () => (async function* () {
      yield await Promise.resolve(Buffer.from('5\nab'));
    })();
    const read = async () => {
      for await (const _ of readRecords(body())) void _;
    };
    await expect(read()).rejects.toThrow('stream ended in the middle of a record');
  });

  it('readRecords yields records across chunks', async () => {
    const body = () => (async function* () {
      for (const [a, b] of [[0, 7], [7, 30], [30, stream.length]] as const) yield await Promise.resolve(stream.subarray(a, b));
    })();
    const got: Uint8Array[] = [];
    for await (const r of readRecords(body())) got.push(r);
    expect(got).toHaveLength(3);
  });
});
