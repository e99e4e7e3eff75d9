// The last N lines of a process's output, kept in memory for failure reports.

/** Longest line kept; longer lines are cut (a stack trace or a binary dump must not exhaust memory). */
export const MAX_LINE_CHARS = 2_000;

export class LineTail {
  private readonly lines: string[] = [];
  private readonly partial = new Map<string, string>();

  constructor(readonly capacity: number) {
    if (!Number.isInteger(capacity) || capacity < 1) throw new RangeError(`capacity must be a positive integer, got ${capacity}`);
  }

  /** Adds output of `stream` (e.g. "stdout"); a line is complete at "\n". */
  push(stream: string, chunk: string): void {
    const text = (this.partial.get(stream) ?? '') + chunk;
    const parts = text.split('\n');
    const rest = parts.pop() ?? '';
    for (const line of parts) this.add(line);
    // Keep an unfinished line bounded too.
    this.partial.set(stream, rest.length > MAX_LINE_CHARS ? rest.slice(0, MAX_LINE_CHARS) : rest);
  }

  /** Completes every unfinished line (the stream ended). */
  flush(): void {
    for (const rest of this.partial.values()) if (rest !== '') this.add(rest);
    this.partial.clear();
  }

  /** The kept lines, oldest first. */
  snapshot(): string[] {
    return [...this.lines];
  }

  private add(line: string): void {
    const clean = line.endsWith('\r') ? line.slice(0, -1) : line;
    this.lines.push(clean.length > MAX_LINE_CHARS ? `${clean.slice(0, MAX_LINE_CHARS)}…` : clean);
    if (this.lines.length > this.capacity) this.lines.shift();
  }
}
