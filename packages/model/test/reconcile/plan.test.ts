import { buildPlan, candidateSteps } from '../../src/plans';
import { RECONCILIATION_PLAN, ReconcileTracker, reconciliationPlanSpec } from '../../src/reconcile';

const settings = { initialBackoffMs: 1_000, maxBackoffMs: 60_000, implicitIntervalMs: 900_000 };

describe('reconciliationPlanSpec', () => {
  it('PENDING before the subscription', () => {
    const spec = reconciliationPlanSpec(ReconcileTracker.idle(settings), 0);
    expect(spec.name).toBe(RECONCILIATION_PLAN);
    expect(spec.phases[0]?.steps[0]?.status).toBe('PENDING');
    expect(spec.phases[0]?.steps[0]?.message).toContain('subscription');
  });

  it('IN_PROGRESS with what it waits for while tasks are unanswered', () => {
    const t = ReconcileTracker.idle(settings)
      .startExplicit([{ taskId: 'a' }, { taskId: 'b' }], 0)
      .tracker.onStatus('a', 10);
    const spec = reconciliationPlanSpec(t, 200);
    expect(spec.phases[0]?.steps[0]).toEqual({
      name: 'reconcile-tasks',
      status: 'IN_PROGRESS',
      message: 'waiting for 1 of 2 known tasks to answer (asked 1 times; next ask in 1s)',
    });
    expect(buildPlan(spec, undefined).status).toBe('IN_PROGRESS');
  });

  it('COMPLETE once all answered', () => {
    const t = ReconcileTracker.idle(settings)
      .startExplicit([{ taskId: 'a' }], 0)
      .tracker.onStatus('a', 10);
    const plan = buildPlan(reconciliationPlanSpec(t, 20), undefined);
    expect(plan.status).toBe('COMPLETE');
    expect(candidateSteps(plan)).toEqual([]);
    expect(plan.phases[0]?.steps[0]?.message).toBe(
      'all 1 known tasks answered; implicit reconciliation every 900s',
    );
  });
});
