// The scheduler's live events feed: a bounded in-memory ring of ClusterEvents, numbered by a sequence
// that only grows within this process, with subscribers for streams (SSE). The events are derived from
// state changes the driver makes; they are a view for operators, not state: a new process (or a new
// leader) starts an empty journal at seq 1, and nothing depends on an event being kept.
import type { ClusterEvent, ClusterEventDraft } from '@cassandra-mesos/model';

export const DEFAULT_JOURNAL_CAPACITY = 500;

/** What readers (the API) see of the journal. */
export interface EventFeed {
  /** The seq of the newest event; 0 before the first one. */
  readonly lastSeq: number;
  /** How many events the feed keeps at most (older ones are dropped). */
  readonly capacity: number;
  /**
   * The events after `since`, oldest first, at most `limit` of them (the newest). A `since` beyond lastSeq
   * comes from before this journal started (another process): every kept event is newer than it.
   */
  since(since: number, limit?: number): ClusterEvent[];
  /** Calls `listener` with every event published from now on; returns the unsubscribe function. */
  subscribe(listener: (event: ClusterEvent) => void): () => void;
}

export interface EventJournalOptions {
  readonly capacity?: number;
  /** Told when a subscriber throws (the publisher and the other subscribers carry on). */
  readonly onListenerError?: (err: unknown) => void;
}

export class EventJournal implements EventFeed {
  readonly capacity: number;
  /** Ring buffer: the event with seq s sits at (s - 1) % capacity. */
  private readonly ring: (ClusterEvent | undefined)[];
  private seq = 0;
  private readonly listeners = new Set<(event: ClusterEvent) => void>();
  private readonly onListenerError: (err: unknown) => void;

  constructor(options: EventJournalOptions = {}) {
    const capacity = options.capacity ?? DEFAULT_JOURNAL_CAPACITY;
    if (!Number.isInteger(capacity) || capacity < 1)
      throw new Error(`EventJournal: capacity must be a whole number of at least 1, got ${capacity}`);
    this.capacity = capacity;
    this.ring = new Array<ClusterEvent | undefined>(capacity);
    this.onListenerError = options.onListenerError ?? (() => undefined);
  }

  get lastSeq(): number {
    return this.seq;
  }

  /** Numbers the event, keeps it (dropping the oldest when full) and hands it to every subscriber. */
  publish(draft: ClusterEventDraft): ClusterEvent {
    this.seq += 1;
    const event: ClusterEvent = { seq: this.seq, ...draft };
    this.ring[(this.seq - 1) % this.capacity] = event;
    // A copy: a listener that unsubscribes (or subscribes another) while called changes nothing here.
    for (const listener of [...this.listeners]) {
      try {
        listener(event);
      } catch (err) {
        this.onListenerError(err);
      }
    }
    return event;
  }

  publishAll(drafts: readonly ClusterEventDraft[]): void {
    for (const draft of drafts) this.publish(draft);
  }

  since(since: number, limit: number = this.capacity): ClusterEvent[] {
    const after = since > this.seq ? 0 : Math.max(0, since);
    const oldestKept = Math.max(1, this.seq - this.capacity + 1);
    const from = Math.max(after + 1, oldestKept, this.seq - Math.max(0, limit) + 1);
    const out: ClusterEvent[] = [];
    for (let s = from; s <= this.seq; s++) {
      const event = this.ring[(s - 1) % this.capacity];
      if (event) out.push(event);
    }
    return out;
  }

  subscribe(listener: (event: ClusterEvent) => void): () => void {
    // Each subscription is its own entry, even for the same function subscribed twice.
    const entry = (event: ClusterEvent): void => listener(event);
    this.listeners.add(entry);
    return () => {
      this.listeners.delete(entry);
    };
  }

  /** Subscribers now (open streams). */
  get subscriberCount(): number {
    return this.listeners.size;
  }
}
