// Placement constraints, for new placements only: a node that restarts in place on its own agent
// stays there whatever the constraints say now (moving it would throw its data away).
import { formatConstraint } from '../constraint-parse';
import { checkConstraint, offerSubject } from '../constraint-check';
import { fail, pass, type EvaluationContext } from '../context';
import type { PlacedNode, PlacementConstraint, StageOutcome } from '../types';

/** Operators whose answer depends on where the other nodes run. */
function countsOtherNodes(c: PlacementConstraint): boolean {
  return c[1] === 'UNIQUE' || c[1] === 'MAX_PER' || c[1] === 'GROUP_BY' || (c[1] === 'CLUSTER' && c[2] === undefined);
}

function isHostnameField(field: string): boolean {
  return field === 'hostname' || field === '@hostname';
}

/**
 * Other nodes' placements. Without `placedNodes`, only hostnames are known (from hostnamesInUse);
 * then constraints that count other nodes by an attribute cannot be answered.
 */
function placedNodes(ctx: EvaluationContext): { placed: PlacedNode[]; attributesKnown: boolean } {
  if (ctx.request.placedNodes) return { placed: [...ctx.request.placedNodes], attributesKnown: true };
  const placed = [...ctx.request.hostnamesInUse].map((hostname): PlacedNode => ({ nodeId: `the node on ${hostname}`, hostname, attributes: {} }));
  return { placed, attributesKnown: placed.length === 0 };
}

export function placementStage(ctx: EvaluationContext): StageOutcome {
  const { constraints, nodeId } = ctx.request;
  if (ctx.boundAgentId) return pass('placement', `placement constraints apply to new placements only; ${nodeId} stays on agent ${ctx.boundAgentId}`);
  if (constraints.length === 0) return pass('placement', 'no placement constraints');
  const { placed, attributesKnown } = placedNodes(ctx);
  const subject = offerSubject(ctx.offer);
  const met: string[] = [];
  for (const c of constraints) {
    if (!attributesKnown && countsOtherNodes(c) && !isHostnameField(c[0])) {
      return fail('placement', `${formatConstraint(c)} counts other nodes by ${c[0]}, but the scheduler passed no placedNodes with their agents' attributes`);
    }
    const result = checkConstraint(c, subject, placed);
    if (!result.met) return fail('placement', `constraint not met: ${result.reason}`);
    met.push(result.reason);
  }
  return pass('placement', `offer meets ${met.length} placement constraint(s): ${met.join('; ')}`);
}
