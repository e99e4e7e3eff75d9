import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import {
  allSteps,
  buildPlan,
  candidateSteps,
  continuePlan,
  forceCompleteStep,
  interruptPlan,
  pruneOverrides,
  restartStep,
} from '../../src/plans';
import { deploy } from './fixtures';

describe('plan control updates', () => {
  it('interrupt then continue, from no stored control', () => {
    const interrupted = interruptPlan(undefined, 'deploy', 100);
    expect(interrupted).toBeInstanceOf(cassandra_mesos.v1.PlanControl);
    expect(interrupted).toMatchObject({ planName: 'deploy', interrupted: true, updatedAtMs: 100 });
    expect(candidateSteps(buildPlan(deploy('PENDING'), interrupted))).toEqual([]);

    const continued = continuePlan(interrupted, 'deploy', 200);
    expect(continued).toMatchObject({ planName: 'deploy', interrupted: false, updatedAtMs: 200 });
    expect(candidateSteps(buildPlan(deploy('PENDING'), continued)).map((s) => s.name)).toEqual(['node-0']);
  });

  it('the interrupt survives encoding (it is what the store keeps)', () => {
    const stored = cassandra_mesos.v1.PlanControl.encode(interruptPlan(undefined, 'deploy', 1)).finish();
    const decoded = cassandra_mesos.v1.PlanControl.decode(stored);
    expect(buildPlan(deploy('PENDING'), decoded).status).toBe('WAITING');
  });

  it('force-complete adds one override and keeps the others and the interrupt', () => {
    let control = interruptPlan(undefined, 'deploy', 1);
    control = restartStep(control, 'deploy', 'node-0', 2);
    control = forceCompleteStep(control, 'deploy', 'node-1', 3);
    control = forceCompleteStep(control, 'deploy', 'node-1', 4);
    expect(control.interrupted).toBe(true);
    expect(control.overrides).toEqual([
      expect.objectContaining({ stepName: 'node-0', forceComplete: false, restartRequestedAtMs: 2 }),
      expect.objectContaining({ stepName: 'node-1', forceComplete: true, restartRequestedAtMs: 0 }),
    ]);
  });

  it('restart undoes a force-complete and records when it was asked', () => {
    const forced = forceCompleteStep(undefined, 'deploy', 'node-1', 10);
    expect(allSteps(buildPlan(deploy('COMPLETE', 'ERROR'), forced))[1]?.status).toBe('COMPLETE');
    const restarted = restartStep(forced, 'deploy', 'node-1', 20);
    const step = allSteps(buildPlan(deploy('COMPLETE', 'ERROR'), restarted))[1];
    expect(step).toMatchObject({ status: 'ERROR', forced: false, restartRequestedAtMs: 20 });
  });

  it('refuses a control of another plan and an empty step name', () => {
    const other = interruptPlan(undefined, 'config-update', 1);
    expect(() => interruptPlan(other, 'deploy', 2)).toThrow(/control of plan 'config-update'/);
    expect(() => forceCompleteStep(undefined, 'deploy', '', 2)).toThrow(/step name is required/);
  });

  it('does not change its input', () => {
    const input = {
      planName: 'deploy',
      interrupted: false,
      overrides: [{ stepName: 'node-0', forceComplete: true }],
    };
    const snapshot = JSON.stringify(input);
    interruptPlan(input, 'deploy', 5);
    restartStep(input, 'deploy', 'node-0', 5);
    expect(JSON.stringify(input)).toBe(snapshot);
  });
});

describe('pruneOverrides', () => {
  it('returns undefined when nothing is obsolete', () => {
    const control = forceCompleteStep(undefined, 'deploy', 'node-1', 1);
    expect(pruneOverrides(control, deploy('COMPLETE', 'ERROR'), 2)).toBeUndefined();
    expect(pruneOverrides(undefined, deploy('PENDING'), 2)).toBeUndefined();
  });

  it('drops a force-complete once the state says COMPLETE, so later work on that step is not skipped', () => {
    const control = forceCompleteStep(undefined, 'deploy', 'node-1', 1);
    const pruned = pruneOverrides(control, deploy('COMPLETE', 'COMPLETE'), 2);
    expect(pruned).toMatchObject({ planName: 'deploy', overrides: [], updatedAtMs: 2 });
    // the step has work again later: it is no longer forced
    expect(allSteps(buildPlan(deploy('COMPLETE', 'PENDING'), pruned))[1]).toMatchObject({
      status: 'PENDING',
      forced: false,
    });
  });

  it('keeps the restart request of a step whose force-complete it drops', () => {
    let control = restartStep(undefined, 'deploy', 'node-1', 1);
    control = forceCompleteStep(control, 'deploy', 'node-1', 2);
    const pruned = pruneOverrides(control, deploy('COMPLETE', 'COMPLETE'), 3);
    expect(pruned?.overrides).toEqual([
      expect.objectContaining({ stepName: 'node-1', forceComplete: false, restartRequestedAtMs: 1 }),
    ]);
  });

  it('drops overrides of steps the plan no longer has, and keeps the interrupt', () => {
    let control = interruptPlan(undefined, 'deploy', 1);
    control = forceCompleteStep(control, 'deploy', 'node-5', 2);
    const pruned = pruneOverrides(control, deploy('PENDING'), 3);
    expect(pruned).toMatchObject({ interrupted: true, overrides: [] });
  });
});
