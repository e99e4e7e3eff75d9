// The repair schedule as operators see it: the configured interval and window, when the next scheduled
// repair is due, each node's last successful repair, and the tables whose gc_grace_seconds is shorter
// than the time since the oldest repair. Cassandra purges tombstones older than gc_grace_seconds; a
// replica that missed the delete and was not repaired within that time brings the deleted data back,
// which is why this check exists. Pure: the caller supplies the tables and the time.
import { formatRepairWindow, nextScheduledRepairMs, parseRepairWindow, type CompleteFrameworkConfig, type FrameworkRecord, type NodeRecord } from '@cassandra-mesos/model';
import { z } from 'zod';
import type { TableGcGrace } from './table-schema-reader';


export const GcGraceWarningSchema = z.object({
  keyspace: z.string(),
  table: z.string(),
  gcGraceSeconds: z.number(),
  lastRepairAt: z.string().nullable().meta({ description: 'the oldest last repair over the nodes; null = a node was never repaired' }),
  message: z.string(),
});

export const RepairScheduleSchema = z.object({
  intervalDays: z.number().meta({ description: 'a full repair every N days; 0 = no schedule' }),
  window: z.string().nullable().meta({ description: '"HH:MM-HH:MM" UTC in which the schedule starts repairs; null = any time' }),
  nextDueAt: z.string().nullable().meta({ description: 'earliest start of the next scheduled repair (never before now); null without a schedule' }),
  lastRepairByNode: z.record(z.string(), z.string().nullable()).meta({ description: "each node's last successful repair; null = never" }),
  gcGraceWarnings: z.array(GcGraceWarningSchema),
  checkedNode: z.string().nullable().meta({ description: 'the live node whose schema was read' }),
  checkError: z.string().nullable().meta({ description: 'why the tables could not be read (then gcGraceWarnings is empty); null when the check ran' }),
});

export type RepairScheduleView = z.infer<typeof RepairScheduleSchema>;
export type GcGraceWarning = z.infer<typeof GcGraceWarningSchema>;

function iso(ms: number): string | null {
  return ms > 0 ? new Date(ms).toISOString() : null;
}

/** "10 days", "3 hours", "90 seconds": for messages. */
export function humanDuration(seconds: number): string {
  const unit = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
  if (seconds >= 86_400 && seconds % 86_400 === 0) return unit(seconds / 86_400, 'day');
  if (seconds >= 2 * 86_400) return `${(seconds / 86_400).toFixed(1).replace(/\.0$/, '')} days`;
  if (seconds >= 3_600) return unit(Math.round(seconds / 3_600), 'hour');
  if (seconds >= 60) return unit(Math.round(seconds / 60), 'minute');
  return unit(seconds, 'second');
}

/** When the schedule starts the next repair: the core's own rule (undefined without a schedule). */
export function nextRepairDueMs(
  config: Pick<CompleteFrameworkConfig, 'repairIntervalDays' | 'repairWindow'>,
  framework: FrameworkRecord | undefined,
  oldestRepairMs: number,
  nowMs: number,
): number | undefined {
  return nextScheduledRepairMs(config, framework, oldestRepairMs, nowMs);
}

/** The tables whose gc_grace_seconds ran out since the oldest repair of the given nodes. */
export function gcGraceWarnings(tables: readonly TableGcGrace[], nodes: readonly NodeRecord[], nowMs: number): GcGraceWarning[] {
  if (nodes.length === 0) return [];
  const oldest = nodes.reduce((a, b) => (Number(b.lastRepairAtMs) < Number(a.lastRepairAtMs) ? b : a));
  const oldestMs = Number(oldest.lastRepairAtMs) || 0;
  const never = nodes.filter((n) => !Number(n.lastRepairAtMs)).map((n) => n.nodeId);
  const warnings: GcGraceWarning[] = [];
  for (const t of tables) {
    // gc_grace_seconds 0 purges tombstones at once: no repair interval can protect such a table.
    if (t.gcGraceSeconds <= 0) continue;
    const grace = humanDuration(t.gcGraceSeconds);
    const advice = `run a repair (PUT /v1/repair/start or POST /cluster/repair/start) now and at least every ${grace}, or raise the table's gc_grace_seconds`;
    if (never.length > 0) {
      warnings.push({
        keyspace: t.keyspace,
        table: t.table,
        gcGraceSeconds: t.gcGraceSeconds,
        lastRepairAt: null,
        message: `${t.keyspace}.${t.table}: ${never.join(', ')} ${never.length === 1 ? 'was' : 'were'} never repaired, and tombstones are purged after gc_grace_seconds ${t.gcGraceSeconds} (${grace}), so deleted data can come back from a replica that missed the delete; ${advice}`,
      });
    } else if (nowMs - oldestMs > t.gcGraceSeconds * 1000) {
      warnings.push({
        keyspace: t.keyspace,
        table: t.table,
        gcGraceSeconds: t.gcGraceSeconds,
        lastRepairAt: iso(oldestMs),
        message: `${t.keyspace}.${t.table}: the oldest repair (${oldest.nodeId}, ${iso(oldestMs) ?? ''}) is ${humanDuration(Math.floor((nowMs - oldestMs) / 1000))} old, longer than gc_grace_seconds ${t.gcGraceSeconds} (${grace}), so deleted data can come back from a replica that missed the delete; ${advice}`,
      });
    }
  }
  return warnings;
}

export interface RepairScheduleInput {
  readonly config: Pick<CompleteFrameworkConfig, 'repairIntervalDays' | 'repairWindow'>;
  readonly framework: FrameworkRecord | undefined;
  /** The nodes in service (their last repairs count). */
  readonly nodes: readonly NodeRecord[];
  readonly nowMs: number;
  /** The user tables, or why they could not be read. */
  readonly tables: { readonly node: string | null } & ({ readonly ok: true; readonly tables: readonly TableGcGrace[] } | { readonly ok: false; readonly error: string });
}

export function repairScheduleView(input: RepairScheduleInput): RepairScheduleView {
  const { config, nodes, nowMs } = input;
  const lastRepairByNode: Record<string, string | null> = {};
  for (const n of nodes) lastRepairByNode[n.nodeId] = iso(Number(n.lastRepairAtMs) || 0);
  const oldestMs = nodes.length > 0 ? Math.min(...nodes.map((n) => Number(n.lastRepairAtMs) || 0)) : 0;
  const next = nextRepairDueMs(config, input.framework, oldestMs, nowMs);
  const window = parseRepairWindow(config.repairWindow).window;
  return {
    intervalDays: config.repairIntervalDays,
    window: window ? formatRepairWindow(window) : null,
    nextDueAt: next === undefined ? null : new Date(next).toISOString(),
    lastRepairByNode,
    gcGraceWarnings: input.tables.ok ? gcGraceWarnings(input.tables.tables, nodes, nowMs) : [],
    checkedNode: input.tables.node,
    checkError: input.tables.ok ? null : input.tables.error,
  };
}
