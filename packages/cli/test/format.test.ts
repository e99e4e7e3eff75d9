// Formatting and the progress renderer in-process: the table alignment, byte and time units, the
// terminal bar (redrawn with \r) against plain lines only on change, and no colour without a TTY.
import { formatBytes, formatSeconds, formatTable, Output } from '../src/output';
import { ProgressRenderer } from '../src/progress';

function sink(isTTY: boolean): { stream: NodeJS.WritableStream & { isTTY: boolean; columns: number }; text: () => string } {
  let written = '';
  const stream = { isTTY, columns: 200, write: (chunk: string) => ((written += chunk), true) } as unknown as NodeJS.WritableStream & { isTTY: boolean; columns: number };
  return { stream, text: () => written };
}

test('tables pad every column to its widest cell, dash for empty cells, no trailing blanks', () => {
  expect(formatTable(['NODE', 'STATE', 'MESSAGE'], [['node-0', 'SUCCEEDED', null], ['node-10', 'FAILED', 'timed out']])).toEqual([
    'NODE     STATE      MESSAGE',
    'node-0   SUCCEEDED  -',
    'node-10  FAILED     timed out',
  ]);
});

test('bytes and durations in human units', () => {
  expect([formatBytes(0), formatBytes(1536), formatBytes(5 * 1024 ** 3), formatBytes(-1)]).toEqual(['0 B', '1.5 KiB', '5.0 GiB', '-']);
  expect([formatSeconds(4), formatSeconds(75), formatSeconds(3700), formatSeconds(null)]).toEqual(['4s', '1m15s', '1h01m', '-']);
});

test('colour only on a terminal without NO_COLOR', () => {
  const tty = sink(true).stream;
  expect(new Output({ stdout: tty, stderr: tty, env: {} }, false).paint('FAILED')).toBe('\u001b[31mFAILED\u001b[0m');
  expect(new Output({ stdout: tty, stderr: tty, env: { NO_COLOR: '1' } }, false).paint('FAILED')).toBe('FAILED');
  const pipe = sink(false).stream;
  expect(new Output({ stdout: pipe, stderr: pipe, env: {} }, false).paint('FAILED')).toBe('FAILED');
});

const running = { label: 'backup j1', status: 'RUNNING', percent: 40, nodes: ['node-1'], keyspace: 'app', stage: 'BACKUP_UPLOAD', bytesDone: 4 * 1024 ** 2, bytesTotal: 10 * 1024 ** 2, etaSeconds: 75, detail: '1/3 nodes' };

test('on a terminal: one line redrawn in place with a bar, node, keyspace, bytes and ETA', () => {
  const out = sink(true);
  const progress = new ProgressRenderer(out.stream);
  progress.update(running);
  progress.update({ ...running, percent: 50, etaSeconds: 60 });
  progress.finish();
  expect(out.text()).toBe(
    '\r\u001b[2K[########............] backup j1: RUNNING  40.0%  1/3 nodes  node node-1  keyspace app  stage BACKUP_UPLOAD  4.0 MiB/10.0 MiB  ETA 1m15s' +
      '\r\u001b[2K[##########..........] backup j1: RUNNING  50.0%  1/3 nodes  node node-1  keyspace app  stage BACKUP_UPLOAD  4.0 MiB/10.0 MiB  ETA 1m00s\n',
  );
});

test('not a terminal: a plain line only when something other than the ETA changed', () => {
  const out = sink(false);
  const progress = new ProgressRenderer(out.stream);
  progress.update(running);
  progress.update({ ...running, etaSeconds: 70 });
  progress.update({ ...running, percent: 41 });
  progress.update({ ...running, percent: 60, nodes: ['node-2'] });
  progress.finish();
  expect(out.text().trim().split('\n')).toEqual([
    'backup j1: RUNNING  40.0%  1/3 nodes  node node-1  keyspace app  stage BACKUP_UPLOAD  4.0 MiB/10.0 MiB  ETA 1m15s',
    'backup j1: RUNNING  60.0%  1/3 nodes  node node-2  keyspace app  stage BACKUP_UPLOAD  4.0 MiB/10.0 MiB  ETA 1m15s',
  ]);
});
