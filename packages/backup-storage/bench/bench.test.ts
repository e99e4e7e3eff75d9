// The bench's pure parts: the dataset plan, the options, the summary figures.
import { planSnapshotDataset } from './dataset';
import { parseOptions, BenchSetupError } from './options';
import { compare, median, summarizeBySettings, type RoundFigures, type StepFigures, type StepName } from './report';

const MiB = 1024 * 1024;

describe('planSnapshotDataset', () => {
  it('gives Data.db files that add up to the size asked for, in six tables of three SSTables with eight components each', () => {
    const plan = planSnapshotDataset(1024 * MiB);
    const data = plan.filter((f) => f.fileName.endsWith('-Data.db'));
    expect(data.reduce((s, f) => s + f.size, 0)).toBe(1024 * MiB);
    expect(data).toHaveLength(18);
    expect(plan).toHaveLength(18 * 8);
    expect(new Set(plan.map((f) => f.tableId)).size).toBe(6);
    // Both multipart (> 16 MiB) and single-request (< 16 MiB) Data.db files.
    expect(data.some((f) => f.size > 16 * MiB)).toBe(true);
    expect(data.some((f) => f.size < 16 * MiB)).toBe(true);
    const small = plan.filter((f) => !f.fileName.endsWith('-Data.db')).reduce((s, f) => s + f.size, 0);
    expect(small / (1024 * MiB)).toBeGreaterThan(0.02);
    expect(small / (1024 * MiB)).toBeLessThan(0.04);
    expect(plan.find((f) => f.fileName.endsWith('TOC.txt'))?.text).toContain('Data.db');
  });

  it('is the same every time and refuses a dataset under 1 MiB', () => {
    expect(planSnapshotDataset(64 * MiB)).toEqual(planSnapshotDataset(64 * MiB));
    expect(() => planSnapshotDataset(1000)).toThrow('at least 1 MiB');
  });
});

describe('parseOptions', () => {
  it('measures every combination of the listed settings', () => {
    const o = parseOptions(['--concurrency', '2,4', '--part-size-mib', '8,16', '--queue-size', '1'], '/pkg');
    expect(o).not.toBe('help');
    if (o === 'help') return;
    expect(o.settings).toEqual([
      { concurrency: 2, partSizeBytes: 8 * MiB, queueSize: 1, partsInFlight: 4 },
      { concurrency: 2, partSizeBytes: 16 * MiB, queueSize: 1, partsInFlight: 4 },
      { concurrency: 4, partSizeBytes: 8 * MiB, queueSize: 1, partsInFlight: 4 },
      { concurrency: 4, partSizeBytes: 16 * MiB, queueSize: 1, partsInFlight: 4 },
    ]);
    expect(o).toMatchObject({ dataBytes: 1024 * MiB, rounds: 1, warmup: true, cassandra: false, outDir: '/pkg/bench-output' });
  });

  it('says what is wrong with a bad value', () => {
    expect(() => parseOptions(['--part-size-mib', '4'], '/pkg')).toThrow(new BenchSetupError("--part-size-mib must be integers >= 5 separated by commas, got '4'"));
    expect(() => parseOptions(['--size-mib', '1,2'], '/pkg')).toThrow('--size-mib takes one number');
  });
});

function step(name: StepName, bytes: number, ms: number, rss = 100 * MiB): StepFigures {
  return { step: name, filesMoved: 1, bytesMoved: bytes, filesSkipped: 0, bytesSkipped: 0, hashMs: name === 'ours-upload' ? 500 : 0, hashedBytes: bytes, transferMs: ms, rssBeforeBytes: 0, peakSampledRssBytes: rss, vmHwmBytes: rss + 1, peakSampledRssByPhase: {}, childCpuMs: 0, s3proxyCpuMs: 0 };
}

function round(n: number, oursUploadMs: number): RoundFigures {
  const settings = { concurrency: 4, partSizeBytes: 16 * MiB, queueSize: 4, partsInFlight: 4 };
  return {
    settings,
    round: n,
    steps: [step('ours-upload', 1e9, oursUploadMs, 300 * MiB), step('ours-reupload', 0, 300), step('plain-upload', 1e9, 20_000), step('plain-upload-unsigned', 1e9, 10_000), step('ours-download', 1e9, 4000), step('plain-download', 1e9, 2000)],
  };
}

describe('summary figures', () => {
  it('compares in MB/s (10^6 bytes/s), with the hash pass counted for the backup figure', () => {
    const c = compare(round(0, 9500));
    expect(c.oursUploadMBps).toBeCloseTo(1000 / 9.5);
    expect(c.oursBackupMBps).toBeCloseTo(100);
    expect(c.plainUploadMBps).toBe(50);
    expect(c.plainUnsignedUploadMBps).toBe(100);
    expect(c.oursDownloadMBps).toBe(250);
    expect(c.oursUploadPeakRss).toBe(300 * MiB);
  });

  it('takes the median of the rounds per settings', () => {
    const [only] = summarizeBySettings([round(0, 9500), round(1, 4500), round(2, 19_500)]);
    expect(only?.rounds).toBe(3);
    expect(only?.figures.oursBackupMBps).toBeCloseTo(100);
    expect(median([3, 1, 2, 10])).toBe(2.5);
  });
});
