import { DEFAULT_RECONCILE_SETTINGS, ReconcileTracker } from '../../src/reconcile';
import type { ReconcileTask } from '../../src/reconcile';

const tasks: ReconcileTask[] = [
  { taskId: 'node-0-server-a', agentId: 'agent-0' },
  { taskId: 'node-1-server-b', agentId: 'agent-1' },
  { taskId: 'node-2-server-c' },
];
const settings = { initialBackoffMs: 1_000, maxBackoffMs: 8_000, implicitIntervalMs: 60_000 };

describe('ReconcileTracker: explicit round', () => {
  it('is idle until started: nothing is due', () => {
    const idle = ReconcileTracker.idle();
    expect(idle.phase).toBe('idle');
    expect(idle.settings).toBe(DEFAULT_RECONCILE_SETTINGS);
    expect(idle.tick(10_000_000)).toEqual({ tracker: idle, nextAtMs: undefined });
  });

  it('asks for every known task at once', () => {
    const { tracker, reconcileTasks, implicit, nextAtMs } = ReconcileTracker.idle(settings).startExplicit(
      tasks,
      5_000,
    );
    expect(reconcileTasks).toEqual(tasks);
    expect(implicit).toBeUndefined();
    expect(nextAtMs).toBe(6_000);
    expect(tracker.phase).toBe('explicit');
    expect(tracker.explicitDone).toBe(false);
    expect(tracker.roundSize).toBe(3);
    expect(tracker.roundStartedAtMs).toBe(5_000);
  });

  it('re-asks only unanswered tasks, doubling the wait up to the cap', () => {
    let t = ReconcileTracker.idle(settings).startExplicit(tasks, 0).tracker;
    t = t.onStatus('node-1-server-b', 100);
    const askTimes: number[] = [];
    let now = 0;
    for (let i = 0; i < 7; i++) {
      expect(t.tick(t.nextAtMs! - 1).reconcileTasks).toBeUndefined(); // not due yet
      now = t.nextAtMs!;
      const out = t.tick(now);
      expect(out.reconcileTasks?.map((x) => x.taskId)).toEqual(['node-0-server-a', 'node-2-server-c']);
      askTimes.push(now);
      t = out.tracker;
    }
    // waits 1s, 2s, 4s, 8s, then capped at 8s
    expect(askTimes).toEqual([1_000, 3_000, 7_000, 15_000, 23_000, 31_000, 39_000]);
    expect(t.asks).toBe(8);
    // the agent id is kept so the master can answer for the right agent
    expect(t.pendingTasks).toEqual([tasks[0], tasks[2]]);
  });

  it('is done when the last task answers, then reconciles implicitly right away and every interval', () => {
    let t = ReconcileTracker.idle(settings).startExplicit(tasks, 0).tracker;
    for (const [i, task] of tasks.entries()) t = t.onStatus(task.taskId, 500 + i);
    expect(t.explicitDone).toBe(true);
    expect(t.phase).toBe('implicit');
    expect(t.explicitDoneAtMs).toBe(502);
    expect(t.nextAtMs).toBe(502);

    const first = t.tick(600);
    expect(first.implicit).toBe(true);
    expect(first.reconcileTasks).toBeUndefined();
    expect(first.nextAtMs).toBe(60_600);
    expect(first.tracker.tick(60_599).implicit).toBeUndefined();
    const second = first.tracker.tick(60_650);
    expect(second.implicit).toBe(true);
    expect(second.tracker.lastImplicitAtMs).toBe(60_650);
    expect(second.nextAtMs).toBe(120_650);
  });

  it('with no known tasks the explicit round is done at once', () => {
    const out = ReconcileTracker.idle(settings).startExplicit([], 42);
    expect(out.reconcileTasks).toBeUndefined();
    expect(out.tracker.explicitDone).toBe(true);
    expect(out.nextAtMs).toBe(42);
    expect(out.tracker.tick(42).implicit).toBe(true);
  });

  it('ignores statuses of tasks it is not waiting for, and duplicates', () => {
    const t = ReconcileTracker.idle(settings).startExplicit(tasks, 0).tracker;
    expect(t.onStatus('someone-else', 1)).toBe(t);
    const once = t.onStatus('node-0-server-a', 1);
    expect(once.onStatus('node-0-server-a', 2)).toBe(once);
    expect(once.pendingTasks).toHaveLength(2);
    expect(ReconcileTracker.idle().onStatus('node-0-server-a', 1).phase).toBe('idle');
  });

  it('sends no implicit reconciliation while the explicit round is open', () => {
    const t = ReconcileTracker.idle(settings).startExplicit(tasks, 0).tracker;
    const out = t.tick(1_000);
    expect(out.implicit).toBeUndefined();
    expect(out.reconcileTasks).toHaveLength(3);
  });

  it('a re-subscribe starts a new round: everything is asked again with the initial backoff', () => {
    let t = ReconcileTracker.idle(settings).startExplicit(tasks, 0).tracker;
    for (const task of tasks) t = t.onStatus(task.taskId, 10);
    t = t.tick(10).tracker; // implicit sent
    const again = t.startExplicit(tasks.slice(0, 2), 100_000);
    expect(again.reconcileTasks).toEqual(tasks.slice(0, 2));
    expect(again.tracker.phase).toBe('explicit');
    expect(again.tracker.asks).toBe(1);
    expect(again.tracker.explicitDoneAtMs).toBeUndefined();
    expect(again.nextAtMs).toBe(101_000);

    // also mid-round: the backoff starts over
    let mid = ReconcileTracker.idle(settings).startExplicit(tasks, 0).tracker;
    mid = mid.tick(1_000).tracker.tick(3_000).tracker;
    expect(mid.nextAtMs).toBe(7_000);
    const restarted = mid.startExplicit(tasks, 4_000);
    expect(restarted.nextAtMs).toBe(5_000);
    expect(restarted.tracker.pendingTasks).toHaveLength(3);
  });

  it('does not change the tracker it was called on', () => {
    const t = ReconcileTracker.idle(settings).startExplicit(tasks, 0).tracker;
    t.onStatus('node-0-server-a', 1);
    t.tick(1_000);
    expect(t.pendingTasks).toHaveLength(3);
    expect(t.asks).toBe(1);
  });

  it('counts duplicate task ids once', () => {
    const out = ReconcileTracker.idle(settings).startExplicit([tasks[0]!, tasks[0]!], 0);
    expect(out.reconcileTasks).toEqual([tasks[0]]);
    expect(out.tracker.onStatus(tasks[0]!.taskId, 1).explicitDone).toBe(true);
  });

  it('rejects settings that cannot work', () => {
    expect(() => ReconcileTracker.idle({ ...settings, initialBackoffMs: 0 })).toThrow(/initialBackoffMs/);
    expect(() => ReconcileTracker.idle({ ...settings, maxBackoffMs: 10 })).toThrow(
      /initialBackoffMs <= maxBackoffMs/,
    );
    expect(() => ReconcileTracker.idle({ ...settings, implicitIntervalMs: 0 })).toThrow(/implicitIntervalMs/);
  });

  it('answers thousands of tasks quickly', () => {
    const many = Array.from({ length: 5_000 }, (_, i) => ({ taskId: `node-${i}-server`, agentId: `a-${i}` }));
    let t = ReconcileTracker.idle(settings).startExplicit(many, 0).tracker;
    const started = performance.now();
    for (const task of many) t = t.onStatus(task.taskId, 1);
    expect(t.explicitDone).toBe(true);
    expect(performance.now() - started).toBeLessThan(5_000);
  });
});
