import { open } from 'node:fs/promises';

export const DEFAULT_TAIL_LINES = 40;

/** The last `n` lines of `text` (a trailing newline does not count as an empty last line). */
export function lastLines(text: string, n: number): string[] {
  if (n <= 0 || text === '') return [];
  const lines = text.split(/\r?\n/);
  if (lines[lines.length - 1] === '') lines.pop();
  return lines.slice(-n);
}

/** The last `n` lines of a log file, reading at most `maxBytes` from its end; [] when the file does not exist. */
export async function readLogTail(file: string, n = DEFAULT_TAIL_LINES, maxBytes = 64 * 1024): Promise<string[]> {
  let handle;
  try {
    handle = await open(file, 'r');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw err;
  }
  try {
    const { size } = await handle.stat();
    const length = Math.min(size, maxBytes);
    const buffer = Buffer.alloc(length);
    await handle.read(buffer, 0, length, size - length);
    let text = buffer.toString('utf8');
    // When the read started mid-file, drop the (probably partial) first line.
    if (length < size) text = text.slice(text.indexOf('\n') + 1);
    return lastLines(text, n);
  } finally {
    await handle.close();
  }
}

/** A block for error messages: header, indented tail lines, and the log path. */
export function formatLogTail(logFile: string, lines: readonly string[]): string {
  if (lines.length === 0) return `(log ${logFile} is empty or missing)`;
  return [`--- last ${lines.length} lines of ${logFile} ---`, ...lines.map((l) => `  | ${l}`), `--- end of ${logFile} ---`].join('\n');
}
