// What the CLI prints: aligned plain-text tables and key/value lists for people, the API's JSON (one
// document) for scripts with --json, messages on stderr. Colour only on a terminal and never with
// NO_COLOR, so piped output is plain text.

export interface Streams {
  readonly stdout: NodeJS.WritableStream & { isTTY?: boolean };
  readonly stderr: NodeJS.WritableStream & { isTTY?: boolean };
  readonly env: NodeJS.ProcessEnv;
}

export type Cell = string | number | boolean | null | undefined;

export class Output {
  readonly color: boolean;

  constructor(
    readonly streams: Streams,
    readonly json: boolean,
  ) {
    this.color = streams.stdout.isTTY === true && !streams.env['NO_COLOR'] && streams.env['TERM'] !== 'dumb';
  }

  /** A line on stdout. */
  line(text = ''): void {
    this.streams.stdout.write(`${text}\n`);
  }

  /** A message for people on stderr (progress, notes, hints). */
  note(text: string): void {
    this.streams.stderr.write(`${text}\n`);
  }

  /** The API's answer as one JSON document (--json). */
  document(value: unknown): void {
    this.streams.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
  }

  /** With --json the API's answer, else what `human` prints. */
  result(value: unknown, human: () => void): void {
    if (this.json) this.document(value);
    else human();
  }

  table(headers: readonly string[], rows: ReadonlyArray<readonly Cell[]>): void {
    for (const line of formatTable(headers, rows, (text) => this.paint(text))) this.line(line);
  }

  keyValues(pairs: ReadonlyArray<readonly [string, Cell]>): void {
    const width = Math.max(0, ...pairs.map(([k]) => k.length));
    for (const [key, value] of pairs) this.line(`${`${key}:`.padEnd(width + 1)}  ${this.paint(cellText(value))}`);
  }

  /** Status words in colour on a terminal: green when good, red when bad, yellow while under way. */
  paint(text: string): string {
    if (!this.color) return text;
    const code = GOOD.has(text) ? 32 : BAD.has(text) ? 31 : BUSY.has(text) ? 33 : undefined;
    return code === undefined ? text : `\u001b[${code}m${text}\u001b[0m`;
  }
}

const GOOD = new Set(['COMPLETE', 'SUCCEEDED', 'NORMAL', 'TASK_RUNNING', 'RUN', 'yes', 'true', 'ok']);
const BAD = new Set(['ERROR', 'FAILED', 'ABORTED', 'TASK_FAILED', 'TASK_LOST', 'TASK_KILLED', 'TERMINATE', 'no', 'false']);
const BUSY = new Set(['IN_PROGRESS', 'RUNNING', 'PENDING', 'WAITING', 'STARTING', 'JOINING', 'LEAVING', 'TASK_STARTING', 'RESTART', 'STOP']);

export function cellText(value: Cell): string {
  if (value === null || value === undefined || value === '') return '-';
  if (typeof value === 'boolean') return value ? 'yes' : 'no';
  return String(value);
}

/** Rows padded to the widest cell of each column (two spaces between columns, no trailing blanks). */
export function formatTable(headers: readonly string[], rows: ReadonlyArray<readonly Cell[]>, paint: (text: string) => string = (t) => t): string[] {
  const texts = rows.map((row) => headers.map((_, i) => cellText(row[i])));
  const widths = headers.map((h, i) => Math.max(h.length, ...texts.map((r) => (r[i] ?? '').length)));
  const render = (cells: readonly string[], colour: boolean): string =>
    cells
      .map((cell, i) => {
        const padded = i === cells.length - 1 ? cell : cell.padEnd(widths[i] ?? 0);
        return colour ? padded.replace(cell, paint(cell)) : padded;
      })
      .join('  ')
      .trimEnd();
  return [render(headers, false), ...texts.map((r) => render(r, true))];
}

const UNITS = ['B', 'KiB', 'MiB', 'GiB', 'TiB', 'PiB'];

export function formatBytes(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '-';
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < UNITS.length - 1) {
    value /= 1024;
    unit++;
  }
  return unit === 0 ? `${value} B` : `${value.toFixed(value >= 100 ? 0 : 1)} ${UNITS[unit] ?? ''}`;
}

/** 75 → "1m15s", 3700 → "1h01m", 4 → "4s". */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds === null || seconds === undefined || !Number.isFinite(seconds) || seconds < 0) return '-';
  const s = Math.round(seconds);
  if (s < 60) return `${s}s`;
  if (s < 3600) return `${Math.floor(s / 60)}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(s / 3600)}h${String(Math.floor((s % 3600) / 60)).padStart(2, '0')}m`;
}

export function formatMs(ms: number | null | undefined): string {
  return ms === null || ms === undefined ? '-' : formatSeconds(ms / 1000);
}

export function list(values: readonly string[] | null | undefined): string {
  return values && values.length > 0 ? values.join(',') : '-';
}
