// Rows of the backups table. The scheduler keeps no verification record (a verify streams every object
// and answers a report), so the verification column shows what verifies run from this page found;
// every backup was checked once as it was committed (SHA-256 of each upload, manifest last).
import type { BackupListPayload, VerifyReportPayload } from './api-types';
import { formatBytes, formatDuration, formatMinute, formatTime } from './format';
import type { Tone } from './tone';

export type Verification =
  | { readonly state: 'running' }
  | { readonly state: 'done'; readonly report: VerifyReportPayload; readonly atMs: number }
  | { readonly state: 'failed'; readonly message: string };

export interface BackupRow {
  readonly name: string;
  readonly type: string;
  readonly storage: string;
  readonly size: string;
  readonly files: string;
  readonly nodes: number;
  /** Minute precision for the table; `dateFull` (to the second, UTC) for its title. */
  readonly date: string;
  readonly dateFull: string;
  readonly verification: string;
  readonly verificationTone: Tone;
  /** The problems or error behind the verification label (cell title). */
  readonly verificationDetail: string;
  /** Local backups live on the agents' disks: the scheduler cannot read them to verify. */
  readonly canVerify: boolean;
}

export function backupRows(
  list: BackupListPayload | undefined,
  verifications: Readonly<Record<string, Verification>>,
): BackupRow[] {
  return (list?.backups ?? []).map((b) => {
    const canVerify = b.storage !== 'local';
    const v = verificationLabel(verifications[b.name], canVerify);
    return {
      name: b.name,
      type: b.type ?? '—',
      storage: b.storage ?? '—',
      size: formatBytes(b.totalBytes),
      files: b.totalFiles === undefined ? '—' : String(b.totalFiles),
      nodes: b.nodes?.length ?? 0,
      date: formatMinute(b.createdAt),
      dateFull: formatTime(b.createdAt),
      ...v,
      canVerify,
    };
  });
}

function verificationLabel(
  v: Verification | undefined,
  canVerify: boolean,
): Pick<BackupRow, 'verification' | 'verificationTone' | 'verificationDetail'> {
  if (!v) {
    return canVerify
      ? {
          verification: 'checked at commit',
          verificationTone: 'idle',
          verificationDetail:
            'every upload was checked (SHA-256) when the backup was taken; verify re-reads every object now',
        }
      : {
          verification: 'local: not verifiable here',
          verificationTone: 'idle',
          verificationDetail: "a local backup is on the agents' disks; the scheduler cannot read it",
        };
  }
  switch (v.state) {
    case 'running':
      return {
        verification: 'verifying…',
        verificationTone: 'busy',
        verificationDetail: 'every object is being read and checked against its size and SHA-256',
      };
    case 'failed':
      return { verification: 'verify failed', verificationTone: 'bad', verificationDetail: v.message };
    case 'done': {
      const r = v.report;
      const checked = `${r.checkedObjects} objects, ${formatBytes(r.checkedBytes)} in ${formatDuration(r.durationMs / 1000)}`;
      if (r.ok) return { verification: 'verified OK', verificationTone: 'ok', verificationDetail: checked };
      const first = r.problems[0];
      return {
        verification: `${r.problems.length} problem${r.problems.length === 1 ? '' : 's'}`,
        verificationTone: 'bad',
        verificationDetail: `${checked}; ${first ? `${first.kind} ${first.key}: ${first.message}` : ''}`,
      };
    }
  }
}

/** A new backup's default name: "backup-20240501-020013" (UTC), valid for the API (letters, digits, "-"). */
export function defaultBackupName(nowMs: number): string {
  const iso = new Date(nowMs).toISOString();
  return `backup-${iso.slice(0, 10).replace(/-/g, '')}-${iso.slice(11, 19).replace(/:/g, '')}`;
}

/** The API's rule for backup names, checked before asking: 1-128 letters, digits, ".", "_", "-", starting with a letter or digit, no "..". */
export function backupNameProblem(name: string): string | undefined {
  if (name === '') return 'give the backup a name';
  if (name.length > 128) return 'a backup name is at most 128 characters';
  if (!/^[A-Za-z0-9][A-Za-z0-9._-]*$/.test(name))
    return 'use letters, digits, ".", "_" and "-", starting with a letter or digit';
  if (name.includes('..')) return 'a backup name cannot contain ".."';
  return undefined;
}
