import type { PhaseSpec, PlanSpec, Status, StepSpec, Strategy } from '../../src/plans';

export function step(name: string, status: Status, message = ''): StepSpec {
  return { name, status, message };
}

export function phase(name: string, strategy: Strategy, steps: StepSpec[]): PhaseSpec {
  return { name, strategy, steps };
}

export function plan(
  phases: PhaseSpec[],
  opts: { strategy?: Strategy; errors?: string[]; name?: string } = {},
): PlanSpec {
  return {
    name: opts.name ?? 'deploy',
    strategy: opts.strategy ?? 'serial',
    phases,
    errors: opts.errors ?? [],
  };
}

/** A serial deploy with a serial phase of nodes in the given statuses. */
export function deploy(...statuses: Status[]): PlanSpec {
  return plan([
    phase(
      'nodes',
      'serial',
      statuses.map((s, i) => step(`node-${i}`, s)),
    ),
  ]);
}
