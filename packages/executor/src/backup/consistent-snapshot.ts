// The consistent backup's snapshot stage on this node: while the applications are paused, the scheduler
// sends every node SnapshotRequest{job, tag, keyspaces} at once; each flushes and snapshots under the tag
// and answers SnapshotResult. Framework messages can be lost or repeated, so a repeat of the same
// job + tag is answered again without a second snapshot (a running one is awaited; only a failed one is
// tried again). ClearSnapshotRequest drops the snapshot when the stage failed before any upload.
import { assertSnapshotTag } from '@cassandra-mesos/cassandra-jmx';
import type { cassandra_mesos } from '@cassandra-mesos/model';
import type { Logger } from 'pino';
import type { Clock } from '../clock';
import type { DataJobJmx } from '../data-jobs/context';
import { resolveSelection } from './selection';
import { LONG_CALL_TIMEOUT_MS } from './source';

export type ConsistentSnapshotJmx = Pick<DataJobJmx, 'keyspaces' | 'tables' | 'takeSnapshot' | 'clearSnapshot' | 'listSnapshots'>;

type SnapshotResult = cassandra_mesos.v1.ISnapshotResult;

/** Snapshots remembered for repeats; older ones are forgotten (the stage lasts a minute at most). */
const REMEMBERED = 16;
const IDENTIFIER = /^[A-Za-z0-9_]{1,222}$/;

interface Entry {
  readonly keyspaces: readonly string[];
  readonly result: Promise<SnapshotResult>;
  settled?: SnapshotResult;
}

export class ConsistentSnapshots {
  private readonly entries = new Map<string, Entry>();

  constructor(
    private readonly nodeId: () => string,
    private readonly clock: Clock,
    private readonly log: Logger,
  ) {}

  /**
   * Handles a SnapshotRequest; `jmx` is undefined while Cassandra does not run. Resolves with the
   * SnapshotResult to send (it never rejects: a failure is a result with ok=false and the reason).
   */
  async snapshot(request: cassandra_mesos.v1.ISnapshotRequest, jmx: ConsistentSnapshotJmx | undefined): Promise<SnapshotResult> {
    const jobId = request.jobId ?? '';
    const tag = request.tag ?? '';
    const keyspaces = [...new Set(request.keyspaces ?? [])];
    const fail = (message: string): SnapshotResult => ({ jobId, tag, ok: false, message, durationMs: 0 });
    const problem = requestProblem(jobId, tag, keyspaces);
    if (problem !== undefined) return fail(`SnapshotRequest refused: ${problem}`);
    const id = `${jobId}\u0000${tag}`;
    const known = this.entries.get(id);
    if (known && (known.settled === undefined || known.settled.ok === true)) return known.result;
    if (!jmx) return fail(`Cassandra is not running on ${this.nodeId()}, so it cannot take snapshot ${tag}; the consistent backup cannot include this node`);
    const entry: Entry = { keyspaces, result: this.take(jobId, tag, keyspaces, jmx, known !== undefined) };
    void entry.result.then((result) => (entry.settled = result));
    this.entries.set(id, entry);
    while (this.entries.size > REMEMBERED) this.entries.delete(this.entries.keys().next().value!);
    return entry.result;
  }

  /** Handles a ClearSnapshotRequest: drops snapshot `tag` (and forgets the job's request). */
  async clear(request: cassandra_mesos.v1.IClearSnapshotRequest, jmx: ConsistentSnapshotJmx | undefined): Promise<void> {
    const jobId = request.jobId ?? '';
    const tag = request.tag ?? '';
    const problem = requestProblem(jobId, tag, []);
    if (problem !== undefined) {
      this.log.warn({ jobId, tag }, `ClearSnapshotRequest refused: ${problem}`);
      return;
    }
    const id = `${jobId}\u0000${tag}`;
    const entry = this.entries.get(id);
    this.entries.delete(id);
    // A snapshot still being taken is cleared once it exists.
    await entry?.result;
    if (!jmx) {
      this.log.warn({ jobId, tag }, 'cannot clear the snapshot: Cassandra is not running (it will be in the data directories until cleared)');
      return;
    }
    try {
      await jmx.clearSnapshot(tag, { keyspaces: [...(entry?.keyspaces ?? [])] }, { timeoutMs: 120_000 });
      this.log.info({ jobId, tag }, 'consistent-backup snapshot cleared');
    } catch (err) {
      this.log.warn({ jobId, tag, error: (err as Error).message }, `cannot clear snapshot ${tag}; clear it with nodetool clearsnapshot -t ${tag}`);
    }
  }

  private async take(jobId: string, tag: string, requested: readonly string[], jmx: ConsistentSnapshotJmx, retry: boolean): Promise<SnapshotResult> {
    const startedAt = this.clock.now();
    const result = (ok: boolean, message: string): SnapshotResult => ({ jobId, tag, ok, message, durationMs: this.clock.now() - startedAt });
    const call = { timeoutMs: LONG_CALL_TIMEOUT_MS };
    try {
      const selection = await resolveSelection({ keyspaces: requested, tables: [], nodeId: this.nodeId() }, jmx, new AbortController().signal);
      if (selection.keyspaces.length === 0) return result(true, `no user keyspaces on ${this.nodeId()}: nothing to snapshot`);
      // A snapshot under this tag from an earlier, failed attempt (or an executor that restarted) would
      // make Cassandra refuse the new one, and it predates the pause: replace it.
      const stale = await jmx.listSnapshots({ tag, keyspaces: [...selection.keyspaces] }, { timeoutMs: 60_000 });
      if (stale.length > 0 || retry) await jmx.clearSnapshot(tag, { keyspaces: [...selection.keyspaces] }, call);
      await jmx.takeSnapshot(tag, { entities: [...selection.keyspaces], skipFlush: false }, call);
      const message = `flushed and snapshotted ${selection.keyspaces.join(', ')} under ${tag}`;
      this.log.info({ jobId, tag, keyspaces: selection.keyspaces }, message);
      return result(true, message);
    } catch (err) {
      const message = `snapshot ${tag} on ${this.nodeId()} failed: ${(err as Error).message}`;
      this.log.warn({ jobId, tag }, message);
      return result(false, message);
    }
  }
}

function requestProblem(jobId: string, tag: string, keyspaces: readonly string[]): string | undefined {
  if (jobId === '') return 'job_id is empty';
  try {
    assertSnapshotTag(tag);
  } catch (err) {
    return (err as Error).message;
  }
  const bad = keyspaces.find((k) => !IDENTIFIER.test(k));
  if (bad !== undefined) return `keyspace ${JSON.stringify(bad)} is not a valid name (letters, digits and _ only)`;
  return undefined;
}
