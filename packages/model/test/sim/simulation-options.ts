// Settings of a simulation, what it records, and how it describes itself when a scenario fails.
import type { FrameworkConfigInput } from '../../src/framework-config';
import type { CoreSettings, Decision, LaunchSettings, SchedulerInput } from '../../src/scheduler/types';
import type { ExecutorBehaviour } from './sim-executors';
import type { AgentSpec } from './sim-types';
import type { Simulation } from './simulation';

export interface SimulationOptions {
  agents: AgentSpec[];
  config: FrameworkConfigInput;
  behaviour?: Partial<ExecutorBehaviour>;
  coreSettings?: Partial<CoreSettings>;
  launch?: Partial<LaunchSettings>;
  /** Period of the driver's tick input. */
  tickMs?: number;
  /** Mesos allocation interval: how often free resources are offered. */
  allocationIntervalMs?: number;
  /** Delay of every event on its way to the scheduler. */
  latencyMs?: number;
  /** Keep every decision in `decisions` (off for big benches). */
  recordDecisions?: boolean;
  /** Measure each decide() call in `latenciesMs`. */
  measure?: boolean;
  /** Store `config` as the first target without validating it (only to bench beyond CONFIG_LIMITS). */
  beyondConfigLimits?: boolean;
}

export interface RecordedDecision {
  atMs: number;
  /** Scheduler incarnation (0 = first, +1 per simulated restart). */
  epoch: number;
  input: SchedulerInput['type'];
  decision: Decision;
}

export const DEFAULT_LAUNCH: LaunchSettings = {
  executorCommand: './cassandra-mesos-executor/bin/executor',
  executorEnvironment: {
    CASSANDRA_MESOS_CASSANDRA_HOME: 'cassandra',
    CASSANDRA_MESOS_JOLOKIA_JAR: 'jolokia.jar',
    CASSANDRA_MESOS_JAVA_HOME: 'jdk',
  },
  executorResources: { cpus: 0.1, memMb: 256 },
  killGracePeriodMs: 30_000,
};

/** Plans, violations and problems of a simulation, for failure messages. */
export function describeSimulation(sim: Simulation): string {
  const lines: string[] = [];
  if (sim.state) {
    for (const plan of sim.plans()) {
      lines.push(
        `plan ${plan.name}: ${plan.status}${plan.interrupted ? ' (interrupted)' : ''}${plan.errors.length ? ` errors: ${plan.errors.join('; ')}` : ''}`,
      );
      for (const phase of plan.phases) {
        const open = phase.steps.filter((s) => s.status !== 'COMPLETE');
        lines.push(
          `  phase ${phase.name}: ${phase.status} (${phase.steps.length - open.length}/${phase.steps.length} complete)`,
        );
        for (const step of open.slice(0, 5)) lines.push(`    ${step.name}: ${step.status} ${step.message}`);
      }
    }
  } else {
    lines.push('scheduler is down');
  }
  for (const v of sim.executors.violations.slice(0, 10)) lines.push(`violation: ${v}`);
  for (const p of sim.problems.slice(0, 10)) lines.push(`problem: ${p}`);
  return lines.join('\n');
}
