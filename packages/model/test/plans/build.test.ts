import { cassandra_mesos } from '../../src/gen/cassandra_mesos';
import { allSteps, buildPlan, candidateSteps } from '../../src/plans';
import { deploy, phase, plan, step } from './fixtures';

const names = (steps: { name: string }[]): string[] => steps.map((s) => s.name);

describe('buildPlan without controls', () => {
  it('keeps the raw statuses and derives phase and plan status', () => {
    const built = buildPlan(deploy('COMPLETE', 'IN_PROGRESS', 'PENDING'), undefined);
    expect(built.status).toBe('IN_PROGRESS');
    expect(built.interrupted).toBe(false);
    expect(built.phases[0]?.status).toBe('IN_PROGRESS');
    expect(allSteps(built).map((s) => [s.name, s.status, s.forced])).toEqual([
      ['node-0', 'COMPLETE', false],
      ['node-1', 'IN_PROGRESS', false],
      ['node-2', 'PENDING', false],
    ]);
  });

  it('is ERROR while the plan has errors, but still hands out steps (the old target keeps converging)', () => {
    const built = buildPlan(
      { ...deploy('COMPLETE', 'PENDING'), errors: ['resources.disk_mb: cannot change'] },
      undefined,
    );
    expect(built.status).toBe('ERROR');
    expect(built.errors).toEqual(['resources.disk_mb: cannot change']);
    expect(names(candidateSteps(built))).toEqual(['node-1']);
  });

  it('refuses the control of another plan', () => {
    const control = cassandra_mesos.v1.PlanControl.create({ planName: 'config-update', interrupted: true });
    expect(() => buildPlan(deploy('PENDING'), control)).toThrow(
      /control of plan 'config-update' was passed for plan 'deploy'/,
    );
  });
});

describe('candidateSteps', () => {
  it('serial phase: only the first step that is not COMPLETE', () => {
    expect(names(candidateSteps(buildPlan(deploy('COMPLETE', 'PENDING', 'PENDING'), undefined)))).toEqual([
      'node-1',
    ]);
    expect(names(candidateSteps(buildPlan(deploy('COMPLETE', 'WAITING', 'PENDING'), undefined)))).toEqual([
      'node-1',
    ]);
  });

  it('serial phase: an ERROR step blocks the steps behind it', () => {
    const built = buildPlan(deploy('COMPLETE', 'ERROR', 'PENDING'), undefined);
    expect(candidateSteps(built)).toEqual([]);
    expect(built.status).toBe('ERROR');
  });

  it('parallel phase: every step that is neither COMPLETE nor ERROR', () => {
    const spec = plan([
      phase('nodes', 'parallel', [
        step('node-0', 'COMPLETE'),
        step('node-1', 'ERROR'),
        step('node-2', 'PENDING'),
        step('node-3', 'IN_PROGRESS'),
        step('node-4', 'WAITING'),
      ]),
    ]);
    expect(names(candidateSteps(buildPlan(spec, undefined)))).toEqual(['node-2', 'node-3', 'node-4']);
  });

  it('serial plan: phases one after the other', () => {
    const spec = plan([
      phase('seeds', 'serial', [step('node-0', 'COMPLETE'), step('node-1', 'COMPLETE')]),
      phase('nodes', 'parallel', [step('node-2', 'PENDING'), step('node-3', 'PENDING')]),
      phase('extra', 'serial', [step('node-4', 'PENDING')]),
    ]);
    expect(names(candidateSteps(buildPlan(spec, undefined)))).toEqual(['node-2', 'node-3']);

    const seedsOpen = plan([
      phase('seeds', 'serial', [step('node-0', 'COMPLETE'), step('node-1', 'IN_PROGRESS')]),
      phase('nodes', 'parallel', [step('node-2', 'PENDING')]),
    ]);
    expect(names(candidateSteps(buildPlan(seedsOpen, undefined)))).toEqual(['node-1']);
  });

  it('serial plan: a phase with an ERROR step keeps the next phase from starting', () => {
    const spec = plan([
      phase('seeds', 'parallel', [step('node-0', 'ERROR'), step('node-1', 'PENDING')]),
      phase('nodes', 'serial', [step('node-2', 'PENDING')]),
    ]);
    expect(names(candidateSteps(buildPlan(spec, undefined)))).toEqual(['node-1']);
  });

  it('parallel plan: every unfinished phase contributes', () => {
    const spec = plan(
      [
        phase('a', 'serial', [step('a-0', 'COMPLETE'), step('a-1', 'PENDING'), step('a-2', 'PENDING')]),
        phase('b', 'serial', [step('b-0', 'IN_PROGRESS')]),
        phase('c', 'serial', [step('c-0', 'COMPLETE')]),
      ],
      { strategy: 'parallel' },
    );
    expect(names(candidateSteps(buildPlan(spec, undefined)))).toEqual(['a-1', 'b-0']);
  });

  it('a COMPLETE plan has no candidates', () => {
    const built = buildPlan(deploy('COMPLETE', 'COMPLETE'), undefined);
    expect(built.status).toBe('COMPLETE');
    expect(candidateSteps(built)).toEqual([]);
  });
});

describe('operator controls in buildPlan', () => {
  it('interrupted: no candidates and WAITING', () => {
    const control = { planName: 'deploy', interrupted: true };
    const built = buildPlan(deploy('COMPLETE', 'IN_PROGRESS', 'PENDING'), control);
    expect(built.interrupted).toBe(true);
    expect(built.status).toBe('WAITING');
    expect(candidateSteps(built)).toEqual([]);
    // the phase still shows what is really going on
    expect(built.phases[0]?.status).toBe('IN_PROGRESS');
  });

  it('interrupted but complete stays COMPLETE', () => {
    expect(buildPlan(deploy('COMPLETE'), { planName: 'deploy', interrupted: true }).status).toBe('COMPLETE');
  });

  it('continued (interrupted false) hands out steps again', () => {
    const built = buildPlan(deploy('COMPLETE', 'PENDING'), { planName: 'deploy', interrupted: false });
    expect(names(candidateSteps(built))).toEqual(['node-1']);
  });

  it('a force-completed step is COMPLETE, says so, and lets the serial phase move on', () => {
    const control = { planName: 'deploy', overrides: [{ stepName: 'node-1', forceComplete: true }] };
    const built = buildPlan(deploy('COMPLETE', 'ERROR', 'PENDING'), control);
    const forced = allSteps(built)[1];
    expect(forced).toMatchObject({ name: 'node-1', status: 'COMPLETE', forced: true });
    expect(forced?.message).toContain('force-completed by an operator');
    expect(forced?.message).toContain('ERROR');
    expect(built.status).toBe('IN_PROGRESS');
    expect(names(candidateSteps(built))).toEqual(['node-2']);
  });

  it('force-complete of a step that is COMPLETE anyway is not shown as forced', () => {
    const control = { planName: 'deploy', overrides: [{ stepName: 'node-0', forceComplete: true }] };
    expect(allSteps(buildPlan(deploy('COMPLETE'), control))[0]?.forced).toBe(false);
  });

  it('passes a restart request through to the step', () => {
    const control = { planName: 'deploy', overrides: [{ stepName: 'node-0', restartRequestedAtMs: 1234 }] };
    const built = buildPlan(deploy('COMPLETE', 'PENDING'), control);
    expect(allSteps(built).map((s) => s.restartRequestedAtMs)).toEqual([1234, 0]);
  });

  it('the last override of a step wins when a stored control repeats it', () => {
    const control = {
      planName: 'deploy',
      overrides: [
        { stepName: 'node-0', forceComplete: true },
        { stepName: 'node-0', forceComplete: false, restartRequestedAtMs: 5 },
      ],
    };
    expect(allSteps(buildPlan(deploy('ERROR'), control))[0]).toMatchObject({
      status: 'ERROR',
      forced: false,
    });
  });

  it('accepts a decoded PlanControl message', () => {
    const control = cassandra_mesos.v1.PlanControl.decode(
      cassandra_mesos.v1.PlanControl.encode({ planName: 'deploy', interrupted: true }).finish(),
    );
    expect(buildPlan(deploy('PENDING'), control).status).toBe('WAITING');
  });
});
