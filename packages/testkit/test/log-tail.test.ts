import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { formatLogTail, lastLines, readLogTail } from '../src/log-tail';

describe('lastLines', () => {
  it('returns the last n lines, ignoring the final newline', () => {
    expect(lastLines('a\nb\nc\n', 2)).toEqual(['b', 'c']);
    expect(lastLines('a\r\nb', 5)).toEqual(['a', 'b']);
    expect(lastLines('', 3)).toEqual([]);
    expect(lastLines('a\nb', 0)).toEqual([]);
  });
});

describe('readLogTail', () => {
  const dir = mkdtempSync(join(tmpdir(), 'testkit-logtail-'));

  it('reads the last 40 lines of a big file without the partial first line', async () => {
    const file = join(dir, 'big.log');
    const lines = Array.from({ length: 5000 }, (_, i) => `line ${i} ${'x'.repeat(40)}`);
    writeFileSync(file, `${lines.join('\n')}\n`);
    const tail = await readLogTail(file, 40, 4096);
    expect(tail.length).toBeLessThanOrEqual(40);
    expect(tail[tail.length - 1]).toBe(lines[4999]);
    expect(tail.every((l) => /^line \d+ x{40}$/.test(l))).toBe(true);
    expect(await readLogTail(file)).toEqual(lines.slice(-40));
  });

  it('returns [] for a missing file', async () => {
    expect(await readLogTail(join(dir, 'nope.log'))).toEqual([]);
  });

  it('formats the tail with the log path', () => {
    expect(formatLogTail('/x.log', ['a', 'b'])).toBe('--- last 2 lines of /x.log ---\n  | a\n  | b\n--- end of /x.log ---');
    expect(formatLogTail('/x.log', [])).toContain('/x.log');
  });
});
