// Progress of a followed job or plan on stderr (stdout stays for the result). On a terminal: one line
// redrawn in place with a bar, node, keyspace, bytes and ETA. Otherwise (a pipe, a CI log): a plain
// line whenever something a reader cares about changed, never a line per poll.
import { formatBytes, formatSeconds } from './output';

export interface ProgressSnapshot {
  /** What is followed, e.g. "repair 1c2d..." or "plan deploy". */
  readonly label: string;
  readonly status: string;
  readonly percent: number | null;
  readonly nodes?: readonly string[];
  readonly keyspace?: string | null | undefined;
  readonly stage?: string | null | undefined;
  readonly bytesDone?: number | undefined;
  readonly bytesTotal?: number | undefined;
  readonly etaSeconds?: number | null | undefined;
  /** Extra text, e.g. "2/3 nodes" or the step in progress. */
  readonly detail?: string | undefined;
}

const BAR_WIDTH = 20;

export class ProgressRenderer {
  private lastKey = '';
  private drawn = false;

  constructor(private readonly stderr: NodeJS.WritableStream & { isTTY?: boolean; columns?: number }) {}

  private get tty(): boolean {
    return this.stderr.isTTY === true;
  }

  update(s: ProgressSnapshot): void {
    if (this.tty) {
      const width = Math.max(40, (this.stderr.columns ?? 100) - 1);
      this.stderr.write(`\r\u001b[2K${truncate(`${bar(s.percent)} ${describe(s)}`, width)}`);
      this.drawn = true;
      return;
    }
    // Percent in whole steps of 5 and bytes in the line's own units (not the ETA, which changes on
    // every poll): enough to show movement without a line per poll.
    const key = [s.status, s.nodes?.join(','), s.keyspace, s.stage, s.detail, s.percent === null ? '' : Math.floor(s.percent / 5), s.bytesDone === undefined ? '' : formatBytes(s.bytesDone)].join('|');
    if (key === this.lastKey) return;
    this.lastKey = key;
    this.stderr.write(`${describe(s)}\n`);
  }

  /** Ends the redrawn line (a terminal), so what follows starts on its own line. */
  finish(): void {
    if (this.tty && this.drawn) this.stderr.write('\n');
    this.drawn = false;
  }
}

function bar(percent: number | null): string {
  const p = Math.max(0, Math.min(100, percent ?? 0));
  const filled = Math.round((p / 100) * BAR_WIDTH);
  return `[${'#'.repeat(filled)}${'.'.repeat(BAR_WIDTH - filled)}]`;
}

export function describe(s: ProgressSnapshot): string {
  const parts = [`${s.label}: ${s.status}`];
  if (s.percent !== null) parts.push(`${s.percent.toFixed(1)}%`);
  if (s.detail) parts.push(s.detail);
  if (s.nodes && s.nodes.length > 0) parts.push(`node ${s.nodes.join(',')}`);
  if (s.keyspace) parts.push(`keyspace ${s.keyspace}`);
  if (s.stage) parts.push(`stage ${s.stage}`);
  if (s.bytesTotal !== undefined && s.bytesTotal > 0) parts.push(`${formatBytes(s.bytesDone ?? 0)}/${formatBytes(s.bytesTotal)}`);
  if (s.etaSeconds !== null && s.etaSeconds !== undefined) parts.push(`ETA ${formatSeconds(s.etaSeconds)}`);
  return parts.join('  ');
}

function truncate(text: string, width: number): string {
  return text.length <= width ? text : `${text.slice(0, width - 1)}…`;
}
