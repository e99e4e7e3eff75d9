import type { BackupListPayload, VerifyReportPayload } from './api-types';
import { backupNameProblem, backupRows, defaultBackupName } from './backups';

const list: BackupListPayload = {
  backups: [
    {
      name: 'nightly-2',
      type: 'NODE_SNAPSHOT',
      storage: 's3',
      createdAt: '2024-05-02T01:00:00.000Z',
      totalBytes: 3 * 1024 ** 3,
      totalFiles: 120,
      nodes: [{}, {}, {}],
    },
    {
      name: 'nightly-1',
      type: 'INCREMENTAL',
      storage: 's3',
      createdAt: '2024-05-01T01:00:00.000Z',
      totalBytes: 1024,
      totalFiles: 3,
      nodes: [{}],
    },
    {
      name: 'on-disk',
      type: 'NODE_SNAPSHOT',
      storage: 'local',
      createdAt: '2024-04-30T01:00:00.000Z',
      totalBytes: 10,
      totalFiles: 1,
    },
  ],
};

function report(ok: boolean, problems: VerifyReportPayload['problems'] = []): VerifyReportPayload {
  return { backup: 'x', ok, checkedObjects: 120, checkedBytes: 3 * 1024 ** 3, durationMs: 42_000, problems };
}

describe('backupRows', () => {
  it('shows name, size, file count and UTC date', () => {
    const [first] = backupRows(list, {});
    expect(first).toMatchObject({
      name: 'nightly-2',
      size: '3.00 GiB',
      files: '120',
      nodes: 3,
      date: '2024-05-02 01:00',
      dateFull: '2024-05-02 01:00:00 UTC',
      canVerify: true,
    });
  });

  it('without a verify from this page, S3 backups were checked at commit and local ones cannot be verified here', () => {
    const rows = backupRows(list, {});
    expect(rows.map((r) => [r.verification, r.canVerify])).toEqual([
      ['checked at commit', true],
      ['checked at commit', true],
      ['local: not verifiable here', false],
    ]);
  });

  it('shows a running verify, a clean report, problems and a failed call', () => {
    const rows = backupRows(list, {
      'nightly-2': { state: 'done', report: report(true), atMs: 0 },
      'nightly-1': {
        state: 'done',
        report: report(false, [
          { kind: 'WRONG_CHECKSUM', key: 'data/ab12', message: 'sha256 differs' },
          { kind: 'MISSING', key: 'data/cd34', message: 'gone' },
        ]),
        atMs: 0,
      },
      'on-disk': { state: 'running' },
    });
    expect(rows[0]).toMatchObject({
      verification: 'verified OK',
      verificationTone: 'ok',
      verificationDetail: '120 objects, 3.00 GiB in 42 s',
    });
    expect(rows[1]).toMatchObject({ verification: '2 problems', verificationTone: 'bad' });
    expect(rows[1]?.verificationDetail).toContain('WRONG_CHECKSUM data/ab12: sha256 differs');
    expect(rows[2]).toMatchObject({ verification: 'verifying…', verificationTone: 'busy' });
    const failed = backupRows(list, {
      'nightly-2': { state: 'failed', message: 'S3 answered AccessDenied' },
    });
    expect(failed[0]).toMatchObject({
      verification: 'verify failed',
      verificationDetail: 'S3 answered AccessDenied',
    });
  });

  it('is empty without a list', () => {
    expect(backupRows(undefined, {})).toEqual([]);
  });
});

describe('backup names', () => {
  it('the default name is valid and says when it was taken (UTC)', () => {
    const name = defaultBackupName(Date.parse('2024-05-01T02:00:13.999Z'));
    expect(name).toBe('backup-20240501-020013');
    expect(backupNameProblem(name)).toBeUndefined();
  });

  it.each([
    ['', 'give the backup a name'],
    ['-leading-dash', 'use letters, digits'],
    ['has/slash', 'use letters, digits'],
    ['a..b', 'cannot contain ".."'],
    ['x'.repeat(129), 'at most 128'],
  ])('%j is refused before it is sent', (name, problem) => {
    expect(backupNameProblem(name)).toContain(problem);
  });

  it("accepts the API's characters", () => {
    expect(backupNameProblem('Nightly_2024.05-01')).toBeUndefined();
    expect(backupNameProblem('x'.repeat(128))).toBeUndefined();
  });
});
