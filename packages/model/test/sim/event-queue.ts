// The simulation's clock: a queue of timed actions, run in (time, insertion) order so every run of a
// scenario is the same run.
interface Entry {
  atMs: number;
  seq: number;
  action: () => void;
}

export class EventQueue {
  private readonly heap: Entry[] = [];
  private seq = 0;
  private now = 0;

  get nowMs(): number {
    return this.now;
  }

  get size(): number {
    return this.heap.length;
  }

  at(atMs: number, action: () => void): void {
    this.push({ atMs: Math.max(atMs, this.now), seq: this.seq++, action });
  }

  after(delayMs: number, action: () => void): void {
    this.at(this.now + Math.max(0, delayMs), action);
  }

  /** Time of the next action, undefined when nothing is scheduled. */
  peekMs(): number | undefined {
    return this.heap[0]?.atMs;
  }

  /** Runs the next action (advancing the clock to it); false when the queue is empty. */
  runNext(): boolean {
    const next = this.pop();
    if (!next) return false;
    this.now = next.atMs;
    next.action();
    return true;
  }

  /** Moves the clock forward without running anything (only up to the next action). */
  advanceTo(atMs: number): void {
    const next = this.peekMs();
    this.now = Math.max(this.now, next === undefined ? atMs : Math.min(atMs, next));
  }

  private push(entry: Entry): void {
    const h = this.heap;
    h.push(entry);
    let i = h.length - 1;
    while (i > 0) {
      const parent = (i - 1) >> 1;
      if (!before(h[i]!, h[parent]!)) break;
      [h[i], h[parent]] = [h[parent]!, h[i]!];
      i = parent;
    }
  }

  private pop(): Entry | undefined {
    const h = this.heap;
    const top = h[0];
    const last = h.pop();
    if (top === undefined || last === undefined || h.length === 0) return top;
    h[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < h.length && before(h[l]!, h[m]!)) m = l;
      if (r < h.length && before(h[r]!, h[m]!)) m = r;
      if (m === i) break;
      [h[i], h[m]] = [h[m]!, h[i]!];
      i = m;
    }
    return top;
  }
}

function before(a: Entry, b: Entry): boolean {
  return a.atMs < b.atMs || (a.atMs === b.atMs && a.seq < b.seq);
}
