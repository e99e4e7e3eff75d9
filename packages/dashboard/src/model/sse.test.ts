import { SseParser } from './sse';

describe('SseParser', () => {
  it("parses the scheduler's events: id, event name, JSON data", () => {
    const parser = new SseParser();
    const out = parser.push('id: 5\nevent: cluster-event\ndata: {"seq":5}\n\n');
    expect(out).toEqual([{ event: 'cluster-event', data: '{"seq":5}', id: '5' }]);
    expect(parser.lastEventId).toBe('5');
  });

  it('joins a message split anywhere across chunks', () => {
    const parser = new SseParser();
    const text =
      'id: 1\nevent: cluster-event\ndata: {"a":1}\n\nid: 2\nevent: cluster-event\ndata: {"a":2}\n\n';
    const messages = [...text].flatMap((ch) => parser.push(ch));
    expect(messages.map((m) => [m.id, m.data])).toEqual([
      ['1', '{"a":1}'],
      ['2', '{"a":2}'],
    ]);
  });

  it('ignores heartbeat comments and messages without data', () => {
    const parser = new SseParser();
    expect(parser.push(': heartbeat\n\n')).toEqual([]);
    expect(parser.push('event: cluster-event\n\n')).toEqual([]);
    expect(parser.push('data: x\n\n')).toEqual([{ event: 'message', data: 'x', id: undefined }]);
  });

  it('joins data lines with LF and accepts CRLF and CR line ends, also CRLF split between chunks', () => {
    const parser = new SseParser();
    expect(parser.push('data: one\r\ndata: two\r\n\r\n')).toEqual([
      { event: 'message', data: 'one\ntwo', id: undefined },
    ]);
    // A CRLF split after the CR is one line end, not a line end and a blank line (which would end the message).
    expect(parser.push('data: three\r')).toEqual([]);
    expect(parser.push('\ndata: more\r\n\r\n')).toEqual([
      { event: 'message', data: 'three\nmore', id: undefined },
    ]);
    expect(parser.push('data: four\r\r')).toEqual([{ event: 'message', data: 'four', id: undefined }]);
  });

  it('keeps the last id for later messages and ignores unknown fields', () => {
    const parser = new SseParser();
    parser.push('id: 9\nretry: 100\nfoo: bar\ndata: a\n\n');
    expect(parser.push('data: b\n\n')).toEqual([{ event: 'message', data: 'b', id: '9' }]);
  });

  it('a field without a colon has an empty value; only one space after the colon is dropped', () => {
    const parser = new SseParser();
    expect(parser.push('data\ndata:  two spaces\n\n')).toEqual([
      { event: 'message', data: '\n two spaces', id: undefined },
    ]);
  });
});
