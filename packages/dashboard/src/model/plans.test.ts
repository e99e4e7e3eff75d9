import type { PlanPayload } from './api-types';
import { orderPlanNames, planView } from './plans';
import { statusTone } from './tone';

function plan(
  status: PlanPayload['status'],
  steps: Array<[string, PlanPayload['status'], string?]>,
): PlanPayload {
  return {
    status,
    errors: [],
    phases: [
      {
        name: 'nodes',
        status,
        steps: steps.map(([name, s, message]) => ({ name, status: s, message: message ?? '' })),
      },
    ],
  };
}

describe('planView', () => {
  it('counts complete steps and points at the step in progress', () => {
    const view = planView(
      'deploy',
      plan('IN_PROGRESS', [
        ['node-0', 'COMPLETE'],
        ['node-1', 'IN_PROGRESS', 'bootstrapping'],
        ['node-2', 'PENDING'],
      ]),
    );
    expect(view).toMatchObject({
      name: 'deploy',
      totalSteps: 3,
      completeSteps: 1,
      focus: 'node-1 IN_PROGRESS: bootstrapping',
      canInterrupt: true,
      canContinue: false,
    });
  });

  it('an error outranks work in progress', () => {
    const view = planView(
      'deploy',
      plan('ERROR', [
        ['node-0', 'IN_PROGRESS'],
        ['node-1', 'ERROR', 'no offer fits 4 cpus'],
      ]),
    );
    expect(view.focus).toBe('node-1 ERROR: no offer fits 4 cpus');
  });

  it('a waiting (interrupted) plan can be continued; a complete one offers neither button', () => {
    const waiting = planView(
      'repair',
      plan('WAITING', [
        ['node-0', 'COMPLETE'],
        ['node-1', 'WAITING'],
      ]),
    );
    expect([waiting.canInterrupt, waiting.canContinue, waiting.focus]).toEqual([
      true,
      true,
      'node-1 WAITING',
    ]);
    const complete = planView('deploy', plan('COMPLETE', [['node-0', 'COMPLETE']]));
    expect([complete.canInterrupt, complete.canContinue, complete.focus]).toEqual([false, false, '']);
  });

  it('keeps the plan errors and phase order', () => {
    const payload: PlanPayload = {
      status: 'ERROR',
      errors: ['seed_count 4 is more than node_count 3'],
      phases: [
        { name: 'seeds', status: 'COMPLETE', steps: [] },
        { name: 'nodes', status: 'PENDING', steps: [] },
      ],
    };
    const view = planView('deploy', payload);
    expect(view.errors).toEqual(['seed_count 4 is more than node_count 3']);
    expect(view.phases.map((p) => p.name)).toEqual(['seeds', 'nodes']);
    expect(view.totalSteps).toBe(0);
  });
});

describe('orderPlanNames', () => {
  it('puts deploy first and sorts the rest, each once', () => {
    expect(orderPlanNames(['repair', 'deploy', 'cleanup', 'repair'])).toEqual([
      'deploy',
      'cleanup',
      'repair',
    ]);
    expect(orderPlanNames([])).toEqual([]);
  });
});

describe('statusTone', () => {
  it.each([
    ['COMPLETE', 'ok'],
    ['SUCCEEDED', 'ok'],
    ['IN_PROGRESS', 'busy'],
    ['RUNNING', 'busy'],
    ['WAITING', 'wait'],
    ['PENDING', 'wait'],
    ['ERROR', 'bad'],
    ['FAILED', 'bad'],
    ['SOMETHING_NEW', 'idle'],
  ])('%s → %s', (status, tone) => {
    expect(statusTone(status)).toBe(tone);
  });
});
