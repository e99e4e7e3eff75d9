// A small server-sent events client for tests: connects with node:http, parses frames (id, event, data,
// retry, comments) as they arrive, and lets a test wait for the next frame with a deadline.
import { request, type IncomingMessage } from 'node:http';

export interface SseFrame {
  readonly id?: string;
  readonly event?: string;
  readonly data?: string;
  readonly retry?: string;
  /** Comment lines (": ..."), without the colon. */
  readonly comments: readonly string[];
}

export class SseClient {
  private readonly frames: SseFrame[] = [];
  private waiter: (() => void) | undefined;
  private buffer = '';
  ended = false;

  private constructor(
    readonly response: IncomingMessage,
    private readonly abort: () => void,
  ) {
    response.setEncoding('utf8');
    response.on('data', (chunk: string) => {
      this.buffer += chunk;
      let end = this.buffer.indexOf('\n\n');
      while (end >= 0) {
        this.frames.push(parseFrame(this.buffer.slice(0, end)));
        this.buffer = this.buffer.slice(end + 2);
        end = this.buffer.indexOf('\n\n');
      }
      this.waiter?.();
    });
    response.on('close', () => {
      this.ended = true;
      this.waiter?.();
    });
  }

  /** Connects; resolves once the response headers are in. */
  static connect(url: string, headers: Record<string, string> = {}): Promise<SseClient> {
    return new Promise((resolve, reject) => {
      const req = request(url, { headers: { Accept: 'text/event-stream', ...headers } }, (res) =>
        resolve(new SseClient(res, () => req.destroy())),
      );
      req.on('error', reject);
      req.end();
    });
  }

  /** The next frame that `matches`, skipping others; fails after `timeoutMs`. */
  async next(matches: (frame: SseFrame) => boolean = () => true, timeoutMs = 2_000): Promise<SseFrame> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const index = this.frames.findIndex(matches);
      if (index >= 0) return this.frames.splice(0, index + 1)[index] as SseFrame;
      this.frames.length = 0;
      if (this.ended) throw new Error('the stream ended before the expected frame arrived');
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching frame within ${timeoutMs} ms`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, left);
        this.waiter = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.waiter = undefined;
    }
  }

  /** The next cluster-event frame's data, parsed. */
  async nextEvent(timeoutMs?: number): Promise<{ id: string; event: Record<string, unknown> }> {
    const frame = await this.next((f) => f.event === 'cluster-event', timeoutMs);
    return { id: frame.id ?? '', event: JSON.parse(frame.data ?? 'null') as Record<string, unknown> };
  }

  close(): void {
    this.abort();
  }
}

function parseFrame(text: string): SseFrame {
  const fields: Record<string, string> = {};
  const comments: string[] = [];
  for (const line of text.split('\n')) {
    if (line.startsWith(':')) {
      comments.push(line.slice(1).trim());
      continue;
    }
    const colon = line.indexOf(':');
    const name = colon < 0 ? line : line.slice(0, colon);
    const value = colon < 0 ? '' : line.slice(colon + 1).replace(/^ /, '');
    fields[name] = name === 'data' && fields.data !== undefined ? `${fields.data}\n${value}` : value;
  }
  return { ...fields, comments };
}
