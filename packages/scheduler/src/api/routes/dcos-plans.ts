// DC/OS plan routes: /v1/plans, /v1/plans/{plan} (+ interrupt, continue, forceComplete, restart) and
// the deprecated /v1/plan aliases for "deploy" that Marathon readiness checks use. A plan answers 200
// when COMPLETE and 503 otherwise, with the plan as the body either way.
import { DEPLOY_PLAN, renderPlan } from '@cassandra-mesos/model';
import { z } from 'zod';
import { json, route, type RouteDef } from '../route';
import { MessageSchema, PlanElementRef, PlanName, RenderedPlanSchema, StringList } from '../schemas';
import type { ClusterService, PlanCommandKind } from '../service';

const PlanParams = z.strictObject({ plan: PlanName });
const StepQuery = z.strictObject({
  phase: PlanElementRef.optional().meta({ description: 'phase id (from the plan) or name; optional' }),
  step: PlanElementRef.meta({ description: 'step id (from the plan) or name' }),
});

const PLAN_RESPONSES = {
  200: { description: 'the plan is COMPLETE', schema: RenderedPlanSchema },
  503: { description: 'the plan is not COMPLETE (body: the plan); also the state is unavailable (body: error)' },
  404: { description: 'PLAN_NOT_FOUND' },
} as const;

async function showPlan(service: ClusterService, name: string): Promise<ReturnType<typeof json>> {
  const snapshot = await service.snapshot();
  const plan = service.findPlan(snapshot, name);
  return json(renderPlan(plan), plan.status === 'COMPLETE' ? 200 : 503);
}

async function command(service: ClusterService, plan: string, kind: PlanCommandKind, phase?: string, step?: string): Promise<ReturnType<typeof json>> {
  await service.planCommand(plan, kind, phase, step);
  return json({ message: `Received cmd: ${kind}` });
}

const COMMANDS: ReadonlyArray<{ readonly kind: PlanCommandKind; readonly summary: string; readonly needsStep: boolean }> = [
  { kind: 'interrupt', summary: 'Interrupt the plan: no new step starts until it is continued (the step in progress finishes)', needsStep: false },
  { kind: 'continue', summary: 'Continue an interrupted plan', needsStep: false },
  { kind: 'forceComplete', summary: 'Mark a step COMPLETE whatever its state (e.g. a node that cannot be deployed)', needsStep: true },
  { kind: 'restart', summary: 'Redo a step once (e.g. restart that node)', needsStep: true },
];

const COMMAND_RESPONSES = {
  200: { description: 'the command was applied and stored', schema: MessageSchema },
  404: { description: 'PLAN_NOT_FOUND or STEP_NOT_FOUND' },
  409: { description: 'COMMAND_REJECTED: the core refused it in the current state (the message says why)' },
} as const;

function planCommandRoutes(): RouteDef[] {
  const routes: RouteDef[] = [];
  for (const c of COMMANDS) {
    if (c.needsStep) {
      routes.push(
        route({
          method: 'post', path: `/v1/plans/:plan/${c.kind}`, family: 'dcos', mutating: true, summary: c.summary,
          params: PlanParams, query: StepQuery, responses: COMMAND_RESPONSES,
          handler: ({ service, params, query }) => command(service, params.plan, c.kind, query.phase, query.step),
        }),
        route({
          method: 'post', path: `/v1/plan/${c.kind}`, family: 'dcos', mutating: true, summary: `${c.summary} (deploy plan; deprecated alias)`,
          query: StepQuery, responses: COMMAND_RESPONSES,
          handler: ({ service, query }) => command(service, DEPLOY_PLAN, c.kind, query.phase, query.step),
        }),
      );
    } else {
      routes.push(
        route({
          method: 'post', path: `/v1/plans/:plan/${c.kind}`, family: 'dcos', mutating: true, summary: c.summary,
          params: PlanParams, responses: COMMAND_RESPONSES,
          handler: ({ service, params }) => command(service, params.plan, c.kind),
        }),
        route({
          method: 'post', path: `/v1/plan/${c.kind}`, family: 'dcos', mutating: true, summary: `${c.summary} (deploy plan; deprecated alias)`,
          responses: COMMAND_RESPONSES,
          handler: ({ service }) => command(service, DEPLOY_PLAN, c.kind),
        }),
      );
    }
  }
  return routes;
}

export function dcosPlanRoutes(): RouteDef[] {
  return [
    route({
      method: 'get', path: '/v1/plans', family: 'dcos', mutating: false, summary: 'Names of the plans',
      responses: { 200: { description: 'plan names', schema: StringList } },
      handler: async ({ service }) => json((await service.snapshot()).plans.map((p) => p.name)),
    }),
    route({
      method: 'get', path: '/v1/plans/:plan', family: 'dcos', mutating: false, probe: true, summary: 'A plan with its phases and steps',
      params: PlanParams, responses: PLAN_RESPONSES,
      handler: ({ service, params }) => showPlan(service, params.plan),
    }),
    route({
      method: 'get', path: '/v1/plan', family: 'dcos', mutating: false, probe: true, summary: 'The deploy plan (Marathon readiness check; deprecated alias of /v1/plans/deploy)',
      responses: PLAN_RESPONSES,
      handler: ({ service }) => showPlan(service, DEPLOY_PLAN),
    }),
    ...planCommandRoutes(),
  ];
}
