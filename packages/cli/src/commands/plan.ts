// cassandra-mesos plan list|show|interrupt|continue|force-complete|restart — the DC/OS plan calls
// (/v1/plans/...). A plan answers 503 while it is not COMPLETE: that is an answer, not an error.
import type { Command } from 'commander';
import type { Plan } from '../api-types';
import type { Context } from '../context';
import { planElement, planName } from '../validate';
import { fetchPlan, followPlan } from '../wait';
import { action, examples, waitOptions, withWait, type Deps, type WaitFlags } from './common';

const DEPLOY = 'deploy';

export function printPlan(ctx: Context, name: string, plan: Plan): void {
  ctx.out.result(plan, () => {
    ctx.out.line(`plan ${name}: ${ctx.out.paint(plan.status)}`);
    const rows = plan.phases.flatMap((phase) => phase.steps.map((step) => [phase.name, step.name, step.status, step.message, step.id] as const));
    if (rows.length > 0) {
      ctx.out.line();
      ctx.out.table(['PHASE', 'STEP', 'STATUS', 'MESSAGE', 'STEP ID'], rows);
    }
    for (const error of plan.errors) ctx.out.line(`error: ${error}`);
  });
}

/**
 * Sends a plan command and prints its answer; with --wait and --json the followed plan is the one
 * document printed, so the answer is not.
 */
async function command(ctx: Context, name: string, kind: string, query: Record<string, string | undefined> = {}, waiting = false): Promise<void> {
  const answer = await ctx.client.post<{ message: string }>(`/v1/plans/${encodeURIComponent(name)}/${kind}`, { query });
  if (waiting && ctx.out.json) return;
  ctx.out.result(answer.body, () => ctx.out.line(`plan ${name}: ${answer.body.message}`));
}

async function waitFor(ctx: Context, name: string, flags: WaitFlags): Promise<void> {
  const plan = await followPlan(ctx, name, waitOptions(flags, `cassandra-mesos plan show ${name}`, `cassandra-mesos plan interrupt ${name}`));
  if (ctx.out.json) ctx.out.document(plan);
  else ctx.out.line(`plan ${name}: ${ctx.out.paint(plan.status)}`);
}

interface StepFlags extends WaitFlags {
  readonly plan: string;
  readonly phase?: string;
}

export function registerPlan(program: Command, deps: Deps): void {
  const plan = program.command('plan').description('show and steer the plans (deploy, config rollouts, jobs)');
  examples(plan, 'cassandra-mesos plan show', 'cassandra-mesos plan interrupt deploy');

  examples(
    plan.command('list').description('names of the plans').action(
      action(deps, async (ctx) => {
        const names = (await ctx.client.get<string[]>('/v1/plans')).body;
        ctx.out.result(names, () => names.forEach((n) => ctx.out.line(n)));
      }),
    ),
    'cassandra-mesos plan list',
  );

  examples(
    plan
      .command('show')
      .description('a plan with its phases and steps (default: deploy)')
      .argument('[plan]', 'plan name', planName, DEPLOY)
      .action(action(deps, async (ctx, _cmd, name: string) => printPlan(ctx, name, await fetchPlan(ctx, name)))),
    'cassandra-mesos plan show deploy',
  );

  examples(
    plan
      .command('interrupt')
      .description('no new step starts until the plan is continued (the step in progress finishes)')
      .argument('[plan]', 'plan name', planName, DEPLOY)
      .action(action(deps, (ctx, _cmd, name: string) => command(ctx, name, 'interrupt'))),
    'cassandra-mesos plan interrupt deploy',
  );

  examples(
    withWait(plan.command('continue').description('continue an interrupted plan').argument('[plan]', 'plan name', planName, DEPLOY), 'the plan').action(
      action(deps, async (ctx, cmd, name: string) => {
        const flags = cmd.opts<WaitFlags>();
        await command(ctx, name, 'continue', {}, flags.wait);
        if (flags.wait) await waitFor(ctx, name, flags);
      }),
    ),
    'cassandra-mesos plan continue deploy --wait',
  );

  const stepCommand = (verb: string, description: string): Command =>
    plan
      .command(verb)
      .description(description)
      .argument('<step>', 'step id or name (as `plan show` prints them)', planElement)
      .option('--plan <plan>', 'plan name', planName, DEPLOY)
      .option('--phase <phase>', 'phase id or name (when the step name is not unique)', planElement);

  examples(
    stepCommand('force-complete', 'mark a step COMPLETE whatever its state (e.g. a node that cannot be deployed)').action(
      action(deps, (ctx, cmd, step: string) => {
        const flags = cmd.opts<StepFlags>();
        return command(ctx, flags.plan, 'forceComplete', { phase: flags.phase, step });
      }),
    ),
    'cassandra-mesos plan force-complete node-2 --plan deploy',
  );

  examples(
    withWait(stepCommand('restart', 'redo a step once (e.g. restart that node)'), 'the plan').action(
      action(deps, async (ctx, cmd, step: string) => {
        const flags = cmd.opts<StepFlags>();
        await command(ctx, flags.plan, 'restart', { phase: flags.phase, step }, flags.wait);
        if (flags.wait) await waitFor(ctx, flags.plan, flags);
      }),
    ),
    'cassandra-mesos plan restart node-1 --wait',
  );
}
