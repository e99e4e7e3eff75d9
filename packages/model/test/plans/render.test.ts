import {
  buildPlan,
  forceCompleteStep,
  nameBasedUuid,
  phaseId,
  renderPlan,
  resolveStep,
  stepId,
} from '../../src/plans';
import { phase, plan, step } from './fixtures';

const spec = plan(
  [
    phase('seeds', 'serial', [
      step('node-0', 'COMPLETE', 'running'),
      step('node-1', 'IN_PROGRESS', 'bootstrapping'),
    ]),
    phase('nodes', 'serial', [step('node-2', 'PENDING', 'waiting for seeds')]),
  ],
  { errors: ['node_count: must be at least seed_count'] },
);

describe('renderPlan', () => {
  it('has exactly the DC/OS plan shape, keys in DC/OS order', () => {
    const rendered = renderPlan(buildPlan(spec, undefined));
    expect(Object.keys(rendered)).toEqual(['phases', 'errors', 'status']);
    expect(Object.keys(rendered.phases[0] ?? {})).toEqual(['id', 'name', 'steps', 'status']);
    expect(Object.keys(rendered.phases[0]?.steps[0] ?? {})).toEqual(['id', 'status', 'name', 'message']);
    expect(rendered).toEqual({
      phases: [
        {
          id: phaseId('deploy', 'seeds'),
          name: 'seeds',
          steps: [
            {
              id: stepId('deploy', 'seeds', 'node-0'),
              status: 'COMPLETE',
              name: 'node-0',
              message: 'running',
            },
            {
              id: stepId('deploy', 'seeds', 'node-1'),
              status: 'IN_PROGRESS',
              name: 'node-1',
              message: 'bootstrapping',
            },
          ],
          status: 'IN_PROGRESS',
        },
        {
          id: phaseId('deploy', 'nodes'),
          name: 'nodes',
          steps: [
            {
              id: stepId('deploy', 'nodes', 'node-2'),
              status: 'PENDING',
              name: 'node-2',
              message: 'waiting for seeds',
            },
          ],
          status: 'PENDING',
        },
      ],
      errors: ['node_count: must be at least seed_count'],
      status: 'ERROR',
    });
    // plain data: survives JSON unchanged
    expect(JSON.parse(JSON.stringify(rendered))).toEqual(rendered);
  });

  it('shows a forced step as COMPLETE with its reason', () => {
    const rendered = renderPlan(buildPlan(spec, forceCompleteStep(undefined, 'deploy', 'node-1', 1)));
    expect(rendered.phases[0]?.steps[1]).toMatchObject({ status: 'COMPLETE' });
    expect(rendered.phases[0]?.steps[1]?.message).toMatch(/force-completed.*IN_PROGRESS: bootstrapping/);
  });
});

describe('ids', () => {
  it('are UUID-shaped (version 8, RFC variant), stable, and differ per element', () => {
    const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;
    expect(stepId('deploy', 'nodes', 'node-1')).toMatch(uuid);
    expect(stepId('deploy', 'nodes', 'node-1')).toBe(stepId('deploy', 'nodes', 'node-1'));
    expect(stepId('deploy', 'nodes', 'node-1')).not.toBe(stepId('deploy', 'nodes', 'node-2'));
    expect(stepId('deploy', 'nodes', 'node-1')).not.toBe(stepId('config-update', 'nodes', 'node-1'));
    expect(phaseId('deploy', 'nodes')).not.toBe(stepId('deploy', 'nodes', ''));
    // joining must not make ("a b", "c") and ("a", "b c") collide
    expect(nameBasedUuid(['ab', 'c'])).not.toBe(nameBasedUuid(['a', 'bc']));
  });

  it('do not collide over many names', () => {
    const ids = new Set<string>();
    for (let i = 0; i < 20_000; i++) ids.add(stepId('deploy', 'nodes', `node-${i}`));
    expect(ids.size).toBe(20_000);
  });
});

describe('resolveStep', () => {
  const built = buildPlan(spec, undefined);

  it('finds a step by name or by id, with or without its phase', () => {
    expect(resolveStep(built, undefined, 'node-2')).toMatchObject({
      phase: { name: 'nodes' },
      step: { name: 'node-2' },
    });
    expect(resolveStep(built, 'seeds', 'node-1')).toMatchObject({ step: { name: 'node-1' } });
    const byIds = resolveStep(built, phaseId('deploy', 'seeds'), stepId('deploy', 'seeds', 'node-0'));
    expect(byIds).toMatchObject({ phase: { name: 'seeds' }, step: { name: 'node-0' } });
  });

  it('says what exists when the phase or step is unknown', () => {
    expect(resolveStep(built, 'bogus', 'node-0')).toEqual({
      error: "plan 'deploy' has no phase 'bogus'; its phases are: seeds, nodes",
    });
    expect(resolveStep(built, 'nodes', 'node-0')).toEqual({
      error: "phase 'nodes' has no step 'node-0'; its steps are: node-2",
    });
    expect(resolveStep(built, undefined, 'node-9')).toEqual({
      error: "plan 'deploy' has no step 'node-9'; its steps are: node-0, node-1, node-2",
    });
  });
});
