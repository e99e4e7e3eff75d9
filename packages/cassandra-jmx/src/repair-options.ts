// Typed repair options → the string map StorageService.repairAsync(keyspace, Map) parses (RepairOption).
import { assertIdentifier } from './names';

export type RepairParallelism = 'sequential' | 'parallel' | 'dc_parallel';
export type RepairPreviewKind = 'none' | 'all' | 'unrepaired' | 'repaired';

export interface TokenRange {
  /** Exclusive start token. */
  readonly start: string;
  /** Inclusive end token. */
  readonly end: string;
}

export interface RepairOptions {
  /** Only these tables; empty or absent = every table. */
  readonly tables?: readonly string[];
  /** Repair only the ranges this node is primary for (run on every node). Default false. */
  readonly primaryRange?: boolean;
  /** Default "parallel" (Cassandra's own default). */
  readonly parallelism?: RepairParallelism;
  /** Incremental (true) or full (false) repair. Always sent explicitly; default false (full). */
  readonly incremental?: boolean;
  /** Only replicas in these data centers. */
  readonly dataCenters?: readonly string[];
  /** Only these hosts (IP addresses). */
  readonly hosts?: readonly string[];
  /** Only these token ranges. */
  readonly ranges?: readonly TokenRange[];
  /** Threads per repair job, 1..4. */
  readonly jobThreads?: number;
  readonly trace?: boolean;
  /** Stream only from the other hosts to this one (needs exactly two hosts). */
  readonly pullRepair?: boolean;
  /** Repair even if some replicas are down (only the live ones). */
  readonly forceRepair?: boolean;
  readonly previewKind?: RepairPreviewKind;
  readonly optimiseStreams?: boolean;
  readonly ignoreUnreplicatedKeyspaces?: boolean;
  readonly repairPaxos?: boolean;
  readonly paxosOnly?: boolean;
}

const PARALLELISM: readonly RepairParallelism[] = ['sequential', 'parallel', 'dc_parallel'];
const PREVIEW: readonly RepairPreviewKind[] = ['none', 'all', 'unrepaired', 'repaired'];
const TOKEN = /^-?\d+$|^[0-9a-fA-F]+$/;
const NAME_IN_LIST = /^[^,]+$/;

function list(what: string, values: readonly string[]): string {
  for (const v of values)
    if (!NAME_IN_LIST.test(v) || v.trim() !== v) throw new TypeError(`invalid ${what} ${JSON.stringify(v)}`);
  return values.join(',');
}

/** Validates `options` and renders them as repairAsync's option map (all values strings). */
export function repairOptionsMap(options: RepairOptions = {}): Record<string, string> {
  const map: Record<string, string> = {};
  const parallelism = options.parallelism ?? 'parallel';
  if (!PARALLELISM.includes(parallelism))
    throw new TypeError(
      `invalid repair parallelism ${JSON.stringify(parallelism)} (expected ${PARALLELISM.join(', ')})`,
    );
  map['parallelism'] = parallelism;
  map['incremental'] = String(options.incremental ?? false);
  map['primaryRange'] = String(options.primaryRange ?? false);
  if (options.tables !== undefined && options.tables.length > 0)
    map['columnFamilies'] = options.tables.map((t) => assertIdentifier('table', t)).join(',');
  if (options.dataCenters !== undefined && options.dataCenters.length > 0)
    map['dataCenters'] = list('data center', options.dataCenters);
  if (options.hosts !== undefined && options.hosts.length > 0) map['hosts'] = list('host', options.hosts);
  if (options.ranges !== undefined && options.ranges.length > 0) {
    map['ranges'] = options.ranges
      .map((r) => {
        if (!TOKEN.test(r.start) || !TOKEN.test(r.end))
          throw new TypeError(`invalid token range ${JSON.stringify(r)}`);
        return `${r.start}:${r.end}`;
      })
      .join(',');
  }
  if (options.jobThreads !== undefined) {
    if (!Number.isInteger(options.jobThreads) || options.jobThreads < 1 || options.jobThreads > 4)
      throw new TypeError(`repair jobThreads must be 1..4, got ${options.jobThreads}`);
    map['jobThreads'] = String(options.jobThreads);
  }
  if (options.previewKind !== undefined) {
    if (!PREVIEW.includes(options.previewKind))
      throw new TypeError(`invalid repair previewKind ${JSON.stringify(options.previewKind)}`);
    map['previewKind'] = options.previewKind.toUpperCase();
  }
  for (const key of [
    'trace',
    'pullRepair',
    'forceRepair',
    'optimiseStreams',
    'ignoreUnreplicatedKeyspaces',
    'repairPaxos',
    'paxosOnly',
  ] as const) {
    const v = options[key];
    if (v !== undefined) map[key] = String(v);
  }
  return map;
}
