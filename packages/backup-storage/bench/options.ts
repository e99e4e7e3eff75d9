// Command line of the transfer bench.
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import type { TransferSettings } from './mover-protocol';

export class BenchSetupError extends Error {
  override readonly name = 'BenchSetupError';
}

export interface BenchOptions {
  /** Bytes of Data.db files (synthetic) or of data to load (--cassandra); small components come on top. */
  readonly dataBytes: number;
  /** Every combination of these is measured; the first is the headline. */
  readonly settings: readonly TransferSettings[];
  readonly rounds: number;
  readonly warmup: boolean;
  readonly cassandra: boolean;
  readonly outDir: string;
  /** Each mover child writes a V8 CPU profile here (for finding where the time goes). */
  readonly cpuProfileDir: string | undefined;
}

export const USAGE = `transfer bench: backup-storage uploadFiles/downloadFiles against the plain AWS SDK, real s3proxy

  npm run bench -w @cassandra-mesos/backup-storage [-- options]
  flock /tmp/cassandra-ports.lock npm run bench -w @cassandra-mesos/backup-storage -- --cassandra

  --size-mib N          dataset size in MiB of Data.db files (default 1024; components add ~2.5 %)
  --concurrency LIST    files in flight, e.g. 4 or 2,4,8 (default 4)
  --part-size-mib LIST  multipart part size, at least 5 (default 16)
  --queue-size LIST     parts of one file in flight at most (default 4)
  --parts-in-flight LIST  ours: parts in flight across all files, bounds upload memory (default 4)
  --rounds N            repeat each combination N times, alternating which side goes first (default 1)
  --no-warmup           skip the untimed warm-up transfer that lets s3proxy's JIT settle
  --cassandra           load the data into a real Cassandra node and back up its snapshot (hold the port lock)
  --out DIR             where the JSON figures go (default <package>/bench-output)
  --cpu-profile DIR     every mover child writes a V8 CPU profile (<step>-<time>.cpuprofile) into DIR
`;

function list(name: string, raw: string, min: number): number[] {
  const values = raw.split(',').map((part) => Number(part.trim()));
  const bad = values.find((n) => !Number.isInteger(n) || n < min);
  if (bad !== undefined || values.length === 0) throw new BenchSetupError(`--${name} must be integers >= ${min} separated by commas, got '${raw}'`);
  return [...new Set(values)];
}

export function parseOptions(argv: readonly string[], packageDir: string): BenchOptions | 'help' {
  const { values } = parseArgs({
    args: [...argv],
    options: {
      'size-mib': { type: 'string', default: '1024' },
      concurrency: { type: 'string', default: '4' },
      'part-size-mib': { type: 'string', default: '16' },
      'queue-size': { type: 'string', default: '4' },
      'parts-in-flight': { type: 'string', default: '4' },
      rounds: { type: 'string', default: '1' },
      'no-warmup': { type: 'boolean', default: false },
      cassandra: { type: 'boolean', default: false },
      out: { type: 'string' },
      'cpu-profile': { type: 'string' },
      help: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.help) return 'help';
  const [sizeMiB] = list('size-mib', values['size-mib'], 1);
  if (sizeMiB === undefined || values['size-mib'].includes(',')) throw new BenchSetupError(`--size-mib takes one number, got '${values['size-mib']}'`);
  const [rounds] = list('rounds', values.rounds, 1);
  if (rounds === undefined || values.rounds.includes(',')) throw new BenchSetupError(`--rounds takes one number, got '${values.rounds}'`);
  const settings: TransferSettings[] = [];
  for (const concurrency of list('concurrency', values.concurrency, 1))
    for (const partMiB of list('part-size-mib', values['part-size-mib'], 5))
      for (const queueSize of list('queue-size', values['queue-size'], 1))
        for (const partsInFlight of list('parts-in-flight', values['parts-in-flight'], 1)) settings.push({ concurrency, partSizeBytes: partMiB * 1024 * 1024, queueSize, partsInFlight });
  return {
    dataBytes: sizeMiB * 1024 * 1024,
    settings,
    rounds,
    warmup: !values['no-warmup'],
    cassandra: values.cassandra,
    outDir: values.out ?? join(packageDir, 'bench-output'),
    cpuProfileDir: values['cpu-profile'] === undefined ? undefined : resolve(values['cpu-profile']),
  };
}
