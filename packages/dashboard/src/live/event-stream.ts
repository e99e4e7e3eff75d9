// The live feed: GET /v1/events/stream read with fetch (EventSource cannot send the Authorization
// header), resumed with Last-Event-ID after a drop. A 404 means this scheduler has no events feed:
// the stream stays off and the caller asks again later; polling keeps the page current meanwhile.
import type { ClusterEvent } from '../model/api-types';
import { parseClusterEvent } from '../model/events';
import { SseParser } from '../model/sse';
import type { ApiClient } from './api-client';

export type StreamState = 'connecting' | 'open' | 'closed' | 'unavailable' | 'unauthorized';

export interface EventStreamListener {
  onEvent(event: ClusterEvent): void;
  onState(state: StreamState, detail?: string): void;
}

/** The server sends a heartbeat comment every 15 s; silence this long means the connection is dead. */
const SILENCE_LIMIT_MS = 40_000;
const RETRY_DELAYS_MS = [1_000, 2_000, 5_000, 10_000] as const;

export class EventStream {
  private abort: AbortController | undefined;
  private retry: ReturnType<typeof setTimeout> | undefined;
  private failures = 0;
  private stopped = true;

  constructor(
    private readonly client: ApiClient,
    private readonly listener: EventStreamListener,
    /** The seq to resume after (the highest the page has). */
    private readonly resumeAfter: () => number,
  ) {}

  start(): void {
    if (!this.stopped) return;
    this.stopped = false;
    this.connect();
  }

  stop(): void {
    this.stopped = true;
    clearTimeout(this.retry);
    this.abort?.abort();
    this.abort = undefined;
  }

  private connect(): void {
    if (this.stopped) return;
    const abort = new AbortController();
    this.abort = abort;
    this.listener.onState('connecting');
    this.read(abort).then(
      (outcome) => this.after(outcome),
      () => this.after('dropped'),
    );
  }

  private after(outcome: 'dropped' | 'unavailable' | 'unauthorized'): void {
    if (this.stopped) return;
    if (outcome === 'dropped') {
      this.listener.onState('closed');
      const delay = RETRY_DELAYS_MS[Math.min(this.failures, RETRY_DELAYS_MS.length - 1)] ?? 10_000;
      this.failures += 1;
      this.retry = setTimeout(() => this.connect(), delay);
    } else {
      // Unavailable or unauthorized: the owner restarts the stream when that may have changed.
      this.stopped = true;
    }
  }

  private async read(abort: AbortController): Promise<'dropped' | 'unavailable' | 'unauthorized'> {
    const after = this.resumeAfter();
    const res = await fetch('/v1/events/stream', {
      headers: this.client.headers({
        Accept: 'text/event-stream',
        ...(after > 0 ? { 'Last-Event-ID': String(after) } : {}),
      }),
      cache: 'no-store',
      signal: abort.signal,
    });
    if (res.status === 404) {
      await res.body?.cancel();
      this.listener.onState('unavailable');
      return 'unavailable';
    }
    if (res.status === 401) {
      await res.body?.cancel();
      this.listener.onState('unauthorized');
      return 'unauthorized';
    }
    if (!res.ok || !res.body) {
      await res.body?.cancel();
      return 'dropped';
    }
    this.listener.onState('open');
    this.failures = 0;
    const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
    const parser = new SseParser();
    let silence = setTimeout(() => abort.abort(), SILENCE_LIMIT_MS);
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) return 'dropped';
        clearTimeout(silence);
        silence = setTimeout(() => abort.abort(), SILENCE_LIMIT_MS);
        for (const message of parser.push(value)) {
          if (message.event !== 'cluster-event') continue;
          const event = parseClusterEvent(message.data);
          if (event) this.listener.onEvent(event);
        }
      }
    } finally {
      clearTimeout(silence);
      reader.releaseLock();
    }
  }
}
