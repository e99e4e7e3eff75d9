// An incremental parser of the text/event-stream format (the WHATWG "server-sent events" rules: lines
// end in LF, CRLF or CR; "data" lines join with LF; ":" starts a comment; a blank line ends a message).
// The dashboard reads the stream with fetch rather than EventSource because EventSource cannot send
// the Authorization header an API with protected reads needs.

export interface SseMessage {
  /** "message" when the server names no event. */
  readonly event: string;
  readonly data: string;
  /** The last id the stream set (it carries over to later messages, as Last-Event-ID does). */
  readonly id: string | undefined;
}

export class SseParser {
  private buffer = '';
  private event = '';
  private data: string[] = [];
  private hasData = false;
  private lastId: string | undefined;
  /** A chunk ended in CR: a LF at the start of the next one belongs to that line end. */
  private pendingCr = false;

  /** Feeds a chunk of the stream; answers the messages it completed. */
  push(chunk: string): SseMessage[] {
    let text = chunk;
    if (this.pendingCr && text.startsWith('\n')) text = text.slice(1);
    this.pendingCr = false;
    this.buffer += text;
    const out: SseMessage[] = [];
    for (;;) {
      const end = this.buffer.search(/\r\n|\r|\n/);
      if (end < 0) break;
      const crlf = this.buffer.startsWith('\r\n', end);
      if (this.buffer[end] === '\r' && !crlf && end === this.buffer.length - 1) this.pendingCr = true;
      const line = this.buffer.slice(0, end);
      this.buffer = this.buffer.slice(end + (crlf ? 2 : 1));
      const message = this.line(line);
      if (message) out.push(message);
    }
    return out;
  }

  /** The id to resume from (sent as Last-Event-ID on reconnect). */
  get lastEventId(): string | undefined {
    return this.lastId;
  }

  private line(line: string): SseMessage | undefined {
    if (line === '') return this.dispatch();
    if (line.startsWith(':')) return undefined;
    const colon = line.indexOf(':');
    const field = colon < 0 ? line : line.slice(0, colon);
    let value = colon < 0 ? '' : line.slice(colon + 1);
    if (value.startsWith(' ')) value = value.slice(1);
    switch (field) {
      case 'event':
        this.event = value;
        break;
      case 'data':
        this.data.push(value);
        this.hasData = true;
        break;
      case 'id':
        // An id with NUL is ignored by the standard.
        if (!value.includes('\0')) this.lastId = value;
        break;
      default:
        // "retry" and unknown fields: the reconnect delay is the dashboard's own.
        break;
    }
    return undefined;
  }

  private dispatch(): SseMessage | undefined {
    const message = this.hasData
      ? { event: this.event || 'message', data: this.data.join('\n'), id: this.lastId }
      : undefined;
    this.event = '';
    this.data = [];
    this.hasData = false;
    return message;
  }
}
