// The progress sink a data-job part reports into: it merges what the part says into one running
// record and sends it at most once per interval. A report inside the interval is not dropped: it goes
// out when the interval ends, so the scheduler always gets the latest figures (framework messages
// are best effort; the final record travels in TaskStatus.data anyway).
import type { Clock, TimerHandle } from '../clock';
import type { DataJobProgress, DataJobProgressFields } from './context';

export const PROGRESS_INTERVAL_MS = 2_000;

export class ThrottledProgress implements DataJobProgress {
  private fields: DataJobProgressFields = {};
  private lastSentAtMs: number | undefined;
  private trailing: TimerHandle | undefined;
  private closed = false;

  constructor(
    private readonly clock: Clock,
    private readonly send: (fields: DataJobProgressFields) => void,
    private readonly intervalMs = PROGRESS_INTERVAL_MS,
  ) {}

  /** Everything reported so far, merged. */
  get current(): DataJobProgressFields {
    return { ...this.fields };
  }

  report(fields: DataJobProgressFields): void {
    if (this.closed) return;
    this.fields = { ...this.fields, ...fields };
    if (this.trailing) return; // the pending send will carry these fields too
    const now = this.clock.now();
    const dueAtMs = this.lastSentAtMs === undefined ? now : this.lastSentAtMs + this.intervalMs;
    if (dueAtMs <= now) {
      this.flush();
      return;
    }
    this.trailing = this.clock.setTimer(dueAtMs - now, () => {
      this.trailing = undefined;
      if (!this.closed) this.flush();
    });
  }

  /** No more sends (the part ended; its final record goes in the terminal status update). */
  close(): void {
    this.closed = true;
    this.trailing?.cancel();
    this.trailing = undefined;
  }

  private flush(): void {
    this.lastSentAtMs = this.clock.now();
    this.send(this.current);
  }
}
