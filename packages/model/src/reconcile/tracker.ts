// Task reconciliation with the Mesos master, as Mesos recommends (reference: mesos-v1-http-api §4.5):
// after every (re)subscribe ask explicitly for every task we know, re-ask with truncated exponential
// backoff for those not answered yet, and once all have answered reconcile implicitly (an empty task
// list: the master reports every task it knows, including ones we have lost track of), then implicitly
// again every `implicitIntervalMs`. One round in flight at a time.
//
// The tracker is an immutable value: every method returns a new tracker (or this one when nothing
// changed), so it can live in the scheduler's volatile state and a restart simply starts a new one.

/** A task to ask the master about. The agent id lets the master answer for an agent it knows. */
export interface ReconcileTask {
  readonly taskId: string;
  readonly agentId?: string;
}

export interface ReconcileSettings {
  /** Wait before the first re-ask of unanswered tasks; doubles after each re-ask. */
  readonly initialBackoffMs: number;
  /** Cap of the re-ask interval. A task whose agent is still recovering may stay unanswered a long time. */
  readonly maxBackoffMs: number;
  /** Period of implicit reconciliation once the explicit round is done. */
  readonly implicitIntervalMs: number;
}

export const DEFAULT_RECONCILE_SETTINGS: ReconcileSettings = {
  initialBackoffMs: 1_000,
  maxBackoffMs: 60_000,
  implicitIntervalMs: 15 * 60_000,
};

/**
 * - idle: not started (not subscribed yet);
 * - explicit: asking for known tasks until each has answered;
 * - implicit: explicit round done; implicit reconciliation is due at `nextAtMs`.
 */
export type ReconcilePhase = 'idle' | 'explicit' | 'implicit';

/** What to send now. `reconcileTasks` = explicit RECONCILE; `implicit` = RECONCILE with no tasks. */
export interface ReconcileOutcome {
  readonly tracker: ReconcileTracker;
  readonly reconcileTasks?: ReconcileTask[];
  readonly implicit?: boolean;
  /** When `tick` has something to do next (undefined while idle). */
  readonly nextAtMs: number | undefined;
}

interface TrackerFields {
  readonly phase: ReconcilePhase;
  readonly settings: ReconcileSettings;
  /** Explicit round: tasks not answered yet, by task id. */
  readonly pending: ReadonlyMap<string, ReconcileTask>;
  readonly roundSize: number;
  readonly roundStartedAtMs: number;
  /** Explicit requests sent in this round (1 = the initial ask). */
  readonly asks: number;
  readonly backoffMs: number;
  readonly nextAtMs: number | undefined;
  readonly explicitDoneAtMs: number | undefined;
  readonly lastImplicitAtMs: number | undefined;
}

export class ReconcileTracker {
  private constructor(private readonly f: TrackerFields) {}

  static idle(settings: ReconcileSettings = DEFAULT_RECONCILE_SETTINGS): ReconcileTracker {
    if (!(settings.initialBackoffMs > 0 && settings.maxBackoffMs >= settings.initialBackoffMs)) {
      throw new Error(
        `reconcile settings: need 0 < initialBackoffMs <= maxBackoffMs, got ${settings.initialBackoffMs} and ${settings.maxBackoffMs}`,
      );
    }
    if (!(settings.implicitIntervalMs > 0)) {
      throw new Error(
        `reconcile settings: implicitIntervalMs must be > 0, got ${settings.implicitIntervalMs}`,
      );
    }
    return new ReconcileTracker({
      phase: 'idle',
      settings,
      pending: new Map(),
      roundSize: 0,
      roundStartedAtMs: 0,
      asks: 0,
      backoffMs: settings.initialBackoffMs,
      nextAtMs: undefined,
      explicitDoneAtMs: undefined,
      lastImplicitAtMs: undefined,
    });
  }

  get phase(): ReconcilePhase {
    return this.f.phase;
  }
  get settings(): ReconcileSettings {
    return this.f.settings;
  }
  /** True once every task of the explicit round has answered (what a launch should wait for). */
  get explicitDone(): boolean {
    return this.f.phase === 'implicit';
  }
  get nextAtMs(): number | undefined {
    return this.f.nextAtMs;
  }
  /** Tasks of the current explicit round that have not answered yet. */
  get pendingTasks(): ReconcileTask[] {
    return [...this.f.pending.values()];
  }
  get roundSize(): number {
    return this.f.roundSize;
  }
  get roundStartedAtMs(): number {
    return this.f.roundStartedAtMs;
  }
  get asks(): number {
    return this.f.asks;
  }
  get explicitDoneAtMs(): number | undefined {
    return this.f.explicitDoneAtMs;
  }
  get lastImplicitAtMs(): number | undefined {
    return this.f.lastImplicitAtMs;
  }

  /**
   * Starts a new explicit round (after SUBSCRIBED, also on re-subscribe: answers of an older round may
   * have been lost with the old connection). Asks for every task now. With no tasks the round is done
   * at once and implicit reconciliation is due now.
   */
  startExplicit(tasks: readonly ReconcileTask[], nowMs: number): ReconcileOutcome {
    const pending = new Map<string, ReconcileTask>();
    for (const t of tasks) pending.set(t.taskId, t);
    if (pending.size === 0) {
      const done = this.with({ ...this.roundReset(nowMs, pending), phase: 'explicit' }).finishExplicit(nowMs);
      return { tracker: done, nextAtMs: done.nextAtMs };
    }
    const backoffMs = this.f.settings.initialBackoffMs;
    const tracker = this.with({
      ...this.roundReset(nowMs, pending),
      asks: 1,
      backoffMs,
      nextAtMs: nowMs + backoffMs,
    });
    return { tracker, reconcileTasks: [...pending.values()], nextAtMs: tracker.nextAtMs };
  }

  /**
   * Any status update for a task counts as its answer (reconciliation answers and ordinary updates
   * alike: both tell the current state). The last answer ends the explicit round.
   */
  onStatus(taskId: string, nowMs: number): ReconcileTracker {
    if (this.f.phase !== 'explicit' || !this.f.pending.has(taskId)) return this;
    const pending = new Map(this.f.pending);
    pending.delete(taskId);
    const next = this.with({ pending });
    return pending.size === 0 ? next.finishExplicit(nowMs) : next;
  }

  /** Sends what is due at `nowMs`: a re-ask of unanswered tasks, or an implicit reconciliation. */
  tick(nowMs: number): ReconcileOutcome {
    const { phase, nextAtMs } = this.f;
    if (phase === 'idle' || nextAtMs === undefined || nowMs < nextAtMs) return this.outcome();
    if (phase === 'implicit') {
      const tracker = this.with({
        lastImplicitAtMs: nowMs,
        nextAtMs: nowMs + this.f.settings.implicitIntervalMs,
      });
      return { tracker, implicit: true, nextAtMs: tracker.nextAtMs };
    }
    const backoffMs = Math.min(this.f.backoffMs * 2, this.f.settings.maxBackoffMs);
    const tracker = this.with({ asks: this.f.asks + 1, backoffMs, nextAtMs: nowMs + backoffMs });
    return { tracker, reconcileTasks: [...this.f.pending.values()], nextAtMs: tracker.nextAtMs };
  }

  private outcome(): ReconcileOutcome {
    return { tracker: this, nextAtMs: this.f.nextAtMs };
  }

  private finishExplicit(nowMs: number): ReconcileTracker {
    // Implicit right away: it reveals tasks the master knows and we do not (e.g. launched by a scheduler
    // that died before its state write), which explicit reconciliation cannot.
    return this.with({ phase: 'implicit', explicitDoneAtMs: nowMs, nextAtMs: nowMs });
  }

  private roundReset(nowMs: number, pending: ReadonlyMap<string, ReconcileTask>): Partial<TrackerFields> {
    return {
      phase: 'explicit',
      pending,
      roundSize: pending.size,
      roundStartedAtMs: nowMs,
      asks: 0,
      backoffMs: this.f.settings.initialBackoffMs,
      explicitDoneAtMs: undefined,
    };
  }

  private with(changes: Partial<TrackerFields>): ReconcileTracker {
    return new ReconcileTracker({ ...this.f, ...changes });
  }
}
