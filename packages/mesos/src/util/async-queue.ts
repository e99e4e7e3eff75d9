// An unbounded single-consumer queue exposed as an async iterator. The producer (the socket reader)
// never waits for the consumer, so a slow consumer cannot stall the stream and trip the heartbeat
// watchdog; events keep their order. The iterator ends after end(), or throws the error given to fail()
// once every queued item has been taken.

export class AsyncQueue<T> implements AsyncIterableIterator<T> {
  private readonly items: T[] = [];
  private waiter: { resolve: (r: IteratorResult<T>) => void; reject: (e: unknown) => void } | undefined;
  private done = false;
  private error: Error | undefined;
  private failed = false;

  /** onReturn runs when the consumer stops early (break out of for-await). */
  constructor(private readonly onReturn?: () => void) {}

  get ended(): boolean {
    return this.done;
  }

  push(item: T): void {
    if (this.done) return;
    if (this.waiter) {
      const w = this.waiter;
      this.waiter = undefined;
      w.resolve({ value: item, done: false });
    } else {
      this.items.push(item);
    }
  }

  end(): void {
    if (this.done) return;
    this.done = true;
    this.flushWaiter();
  }

  fail(error: Error): void {
    if (this.done) return;
    this.done = true;
    this.failed = true;
    this.error = error;
    this.flushWaiter();
  }

  next(): Promise<IteratorResult<T>> {
    if (this.items.length > 0) return Promise.resolve({ value: this.items.shift() as T, done: false });
    if (this.done) return this.finished();
    if (this.waiter) return Promise.reject(new Error('AsyncQueue: next() called while a previous next() is pending'));
    return new Promise((resolve, reject) => {
      this.waiter = { resolve, reject };
    });
  }

  return(): Promise<IteratorResult<T>> {
    const wasDone = this.done;
    this.items.length = 0;
    this.done = true;
    this.failed = false;
    if (!wasDone) this.onReturn?.();
    return Promise.resolve({ value: undefined, done: true });
  }

  [Symbol.asyncIterator](): AsyncIterableIterator<T> {
    return this;
  }

  private finished(): Promise<IteratorResult<T>> {
    if (this.failed && this.error) {
      const error = this.error;
      this.failed = false; // thrown once; later next() calls just report done
      return Promise.reject(error);
    }
    return Promise.resolve({ value: undefined, done: true });
  }

  private flushWaiter(): void {
    if (!this.waiter || this.items.length > 0) return;
    const w = this.waiter;
    this.waiter = undefined;
    this.finished().then(w.resolve, w.reject);
  }
}
