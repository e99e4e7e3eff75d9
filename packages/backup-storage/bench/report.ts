// Figures of the transfer bench and their printed form (pure: numbers in, text out).
import type { TransferSettings } from './mover-protocol';

export type StepName = 'ours-upload' | 'ours-reupload' | 'plain-upload' | 'plain-upload-unsigned' | 'ours-download' | 'plain-download';

export interface StepFigures {
  readonly step: StepName;
  readonly filesMoved: number;
  /** Bytes sent or received. */
  readonly bytesMoved: number;
  readonly filesSkipped: number;
  readonly bytesSkipped: number;
  /** Time of the SHA-256 pass before an upload (ours-upload only; 0 when every hash was known). */
  readonly hashMs: number;
  readonly hashedBytes: number;
  /** Time of the upload/download itself (uploadFiles, downloadFiles, or the plain SDK loop). */
  readonly transferMs: number;
  readonly rssBeforeBytes: number;
  /** Largest RSS sampled every 100 ms during the upload/download itself (not the hash pass before it). */
  readonly peakSampledRssBytes: number;
  /** The kernel's peak RSS over the child's whole life, hash pass included. */
  readonly vmHwmBytes: number;
  readonly peakSampledRssByPhase: Readonly<Record<string, number>>;
  readonly childCpuMs: number;
  readonly s3proxyCpuMs: number | undefined;
}

export interface RoundFigures {
  readonly settings: TransferSettings;
  readonly round: number;
  readonly steps: readonly StepFigures[];
}

/** Decimal megabytes per second, as S3 tools print them. */
export function mbPerSecond(bytes: number, ms: number): number {
  return ms > 0 ? bytes / 1e6 / (ms / 1000) : 0;
}

const mib = (bytes: number): string => `${(bytes / 1024 / 1024).toFixed(0)} MiB`;
const secs = (ms: number): string => (ms / 1000).toFixed(ms < 10_000 ? 2 : 1);
const rate = (bytes: number, ms: number): string => mbPerSecond(bytes, ms).toFixed(0);

export function settingsLabel(s: TransferSettings): string {
  return `concurrency ${s.concurrency}, part ${mib(s.partSizeBytes)}, queueSize ${s.queueSize}, parts in flight ${s.partsInFlight}`;
}

function pad(rows: readonly (readonly string[])[]): string {
  const widths = rows[0]?.map((_, i) => Math.max(...rows.map((r) => (r[i] ?? '').length))) ?? [];
  return rows.map((r) => r.map((cell, i) => (i === 0 ? cell.padEnd(widths[i] ?? 0) : cell.padStart(widths[i] ?? 0))).join('  ')).join('\n');
}

const STEP_LABEL: Record<StepName, string> = {
  'ours-upload': 'ours: upload (uploadFiles)',
  'ours-reupload': 'ours: 2nd upload, same files',
  'plain-upload': 'plain SDK: Upload (signed payload)',
  'plain-upload-unsigned': 'plain SDK: Upload, UNSIGNED-PAYLOAD',
  'ours-download': 'ours: download + verify',
  'plain-download': 'plain SDK: GetObject to file',
};

/** One row per step: what moved, how fast, and the child's memory and CPU. */
export function renderStepTable(steps: readonly StepFigures[]): string {
  const rows: string[][] = [['step', 'files', 'moved', 'skipped', 'time s', 'MB/s', 'node CPU s', 's3proxy CPU s', 'RSS idle', 'peak RSS in transfer', 'VmHWM']];
  const memory = (s: StepFigures): string[] => [mib(s.rssBeforeBytes), mib(s.peakSampledRssBytes), mib(s.vmHwmBytes)];
  const cpu = (s: StepFigures): string[] => [secs(s.childCpuMs), s.s3proxyCpuMs === undefined ? '?' : secs(s.s3proxyCpuMs)];
  for (const s of steps) {
    if (s.step === 'ours-upload' && s.hashMs > 0) {
      rows.push(['ours: SHA-256 of each file first', String(s.filesMoved + s.filesSkipped), mib(s.hashedBytes), '-', secs(s.hashMs), rate(s.hashedBytes, s.hashMs), '', '', '', '', '']);
    }
    rows.push([STEP_LABEL[s.step], String(s.filesMoved), mib(s.bytesMoved), s.filesSkipped === 0 ? '-' : `${s.filesSkipped} / ${mib(s.bytesSkipped)}`, secs(s.transferMs), rate(s.bytesMoved, s.transferMs), ...cpu(s), ...memory(s)]);
    if (s.step === 'ours-upload' && s.hashMs > 0) {
      rows.push(['ours: backup = hash + upload', String(s.filesMoved), mib(s.bytesMoved), '-', secs(s.hashMs + s.transferMs), rate(s.bytesMoved, s.hashMs + s.transferMs), '', '', '', '', '']);
    }
  }
  return pad(rows);
}

export interface Comparison {
  readonly oursUploadMBps: number;
  readonly oursBackupMBps: number;
  readonly plainUploadMBps: number;
  readonly plainUnsignedUploadMBps: number;
  readonly oursDownloadMBps: number;
  readonly plainDownloadMBps: number;
  readonly reuploadMs: number;
  readonly reuploadBytesSkipped: number;
  readonly reuploadBytesMoved: number;
  readonly oursUploadPeakRss: number;
  readonly plainUploadPeakRss: number;
  readonly oursDownloadPeakRss: number;
  readonly plainDownloadPeakRss: number;
}

function stepOf(round: RoundFigures, step: StepName): StepFigures {
  const found = round.steps.find((s) => s.step === step);
  if (found === undefined) throw new Error(`round ${round.round} has no ${step} step`);
  return found;
}

/** The headline figures of one round; peak RSS is the sampled peak during the transfer. */
export function compare(round: RoundFigures): Comparison {
  const up = stepOf(round, 'ours-upload');
  const re = stepOf(round, 'ours-reupload');
  const plainUp = stepOf(round, 'plain-upload');
  const plainUnsignedUp = stepOf(round, 'plain-upload-unsigned');
  const down = stepOf(round, 'ours-download');
  const plainDown = stepOf(round, 'plain-download');
  const peak = (s: StepFigures): number => s.peakSampledRssBytes;
  return {
    oursUploadMBps: mbPerSecond(up.bytesMoved, up.transferMs),
    oursBackupMBps: mbPerSecond(up.bytesMoved, up.hashMs + up.transferMs),
    plainUploadMBps: mbPerSecond(plainUp.bytesMoved, plainUp.transferMs),
    plainUnsignedUploadMBps: mbPerSecond(plainUnsignedUp.bytesMoved, plainUnsignedUp.transferMs),
    oursDownloadMBps: mbPerSecond(down.bytesMoved, down.transferMs),
    plainDownloadMBps: mbPerSecond(plainDown.bytesMoved, plainDown.transferMs),
    reuploadMs: re.hashMs + re.transferMs,
    reuploadBytesSkipped: re.bytesSkipped,
    reuploadBytesMoved: re.bytesMoved,
    oursUploadPeakRss: peak(up),
    plainUploadPeakRss: peak(plainUp),
    oursDownloadPeakRss: peak(down),
    plainDownloadPeakRss: peak(plainDown),
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  if (sorted.length === 0) throw new RangeError('median of no values');
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2;
}

/** Per settings, the median of each headline figure over the rounds. */
export function summarizeBySettings(rounds: readonly RoundFigures[]): { settings: TransferSettings; rounds: number; figures: Comparison }[] {
  const groups = new Map<string, RoundFigures[]>();
  for (const r of rounds) {
    const key = settingsLabel(r.settings);
    groups.set(key, [...(groups.get(key) ?? []), r]);
  }
  return [...groups.values()].map((group) => {
    const comparisons = group.map(compare);
    const figures = Object.fromEntries(
      (Object.keys(comparisons[0] as Comparison) as (keyof Comparison)[]).map((k) => [k, median(comparisons.map((c) => c[k]))]),
    ) as unknown as Comparison;
    return { settings: (group[0] as RoundFigures).settings, rounds: group.length, figures };
  });
}

/** One row per settings: the figures to pick defaults by. */
export function renderSettingsTable(summary: ReturnType<typeof summarizeBySettings>): string {
  const rows: string[][] = [['settings', 'rounds', 'ours up', 'ours hash+up', 'plain up', 'plain unsigned up', 'ours down', 'plain down', 'RSS ours up', 'RSS plain up', 'RSS ours down', 'RSS plain down']];
  for (const { settings, rounds, figures: f } of summary) {
    rows.push([
      settingsLabel(settings),
      String(rounds),
      f.oursUploadMBps.toFixed(0),
      f.oursBackupMBps.toFixed(0),
      f.plainUploadMBps.toFixed(0),
      f.plainUnsignedUploadMBps.toFixed(0),
      f.oursDownloadMBps.toFixed(0),
      f.plainDownloadMBps.toFixed(0),
      mib(f.oursUploadPeakRss),
      mib(f.plainUploadPeakRss),
      mib(f.oursDownloadPeakRss),
      mib(f.plainDownloadPeakRss),
    ]);
  }
  return pad(rows);
}

export function renderHeadline(f: Comparison): string[] {
  const pct = (ours: number, plain: number): string => (plain > 0 ? `${((ours / plain) * 100).toFixed(0)} % of plain` : '-');
  return [
    `backup upload: ours ${f.oursUploadMBps.toFixed(0)} MB/s (${pct(f.oursUploadMBps, f.plainUploadMBps)}), ` +
      `${f.oursBackupMBps.toFixed(0)} MB/s counting the SHA-256 pass before it; plain SDK ${f.plainUploadMBps.toFixed(0)} MB/s ` +
      `(its default: payload signed), ${f.plainUnsignedUploadMBps.toFixed(0)} MB/s with UNSIGNED-PAYLOAD as ours sends`,
    `restore download: ours ${f.oursDownloadMBps.toFixed(0)} MB/s with SHA-256 verification (${pct(f.oursDownloadMBps, f.plainDownloadMBps)}); plain SDK ${f.plainDownloadMBps.toFixed(0)} MB/s`,
    `second upload of the same files: ${mib(f.reuploadBytesSkipped)} skipped, ${mib(f.reuploadBytesMoved)} sent, ${secs(f.reuploadMs)} s (SHA-256s from the first backup's manifest, one HEAD per file)`,
    `peak RSS of the mover process: upload ours ${mib(f.oursUploadPeakRss)} / plain ${mib(f.plainUploadPeakRss)}; download ours ${mib(f.oursDownloadPeakRss)} / plain ${mib(f.plainDownloadPeakRss)}`,
  ];
}
