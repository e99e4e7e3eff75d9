// Plan → phase → step: the operator-visible model of the scheduler's work (dcos-commons style).
// Plans are DERIVED from state on every pass; only what an operator decided (PlanControl) is stored.

/**
 * Status of a step, phase or plan.
 * - PENDING: not started.
 * - IN_PROGRESS: being worked on (a step), or partly done (a phase or plan).
 * - COMPLETE: done (or force-completed by an operator).
 * - WAITING: blocked on something outside the step (a timer, an interrupt, another node).
 * - ERROR: cannot make progress without a change (operator action, new config, the cluster healing).
 */
export type Status = 'PENDING' | 'IN_PROGRESS' | 'COMPLETE' | 'WAITING' | 'ERROR';

export const STATUSES: readonly Status[] = ['PENDING', 'IN_PROGRESS', 'COMPLETE', 'WAITING', 'ERROR'];

/** serial: one child at a time, in order. parallel: every unfinished child at once. */
export type Strategy = 'serial' | 'parallel';

/** A step as the core derives it from state: raw status, before operator controls apply. */
export interface StepSpec {
  /** Unique within its plan: operator overrides (PlanControl) are keyed by it. */
  readonly name: string;
  readonly status: Status;
  /** What is happening or what is wrong, for operators. */
  readonly message: string;
}

export interface PhaseSpec {
  readonly name: string;
  readonly strategy: Strategy;
  readonly steps: readonly StepSpec[];
}

export interface PlanSpec {
  readonly name: string;
  /** How phases are worked on: serial = a phase starts when the previous one is COMPLETE. */
  readonly strategy: Strategy;
  readonly phases: readonly PhaseSpec[];
  /** Plan-level errors (e.g. a rejected config candidate): the plan is ERROR while any exist. */
  readonly errors: readonly string[];
}

export interface Step {
  readonly name: string;
  readonly status: Status;
  readonly message: string;
  /** An operator force-completed this step: its status is COMPLETE whatever the state says. */
  readonly forced: boolean;
  /** When an operator asked to redo this step (0 = never). The core redoes the work once per request. */
  readonly restartRequestedAtMs: number;
}

export interface Phase {
  readonly name: string;
  readonly strategy: Strategy;
  readonly status: Status;
  readonly steps: readonly Step[];
}

export interface Plan {
  readonly name: string;
  readonly strategy: Strategy;
  readonly status: Status;
  /** An operator interrupted the plan: no step is a candidate until it is continued. */
  readonly interrupted: boolean;
  readonly errors: readonly string[];
  readonly phases: readonly Phase[];
}
