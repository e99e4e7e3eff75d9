// Canary rollout of a configuration change: the deploy plan rolls the new config out one node at a
// time as always, but once the FIRST node runs it and is live the plan interrupts itself, so an
// operator can look at that node (logs, latencies, errors) before the rest follow. Continuing the
// deploy plan resumes the rollout; interrupting it at any time pauses it. Stored in the deploy plan's
// control, so a failover keeps the canary armed.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { DEPLOY_PLAN } from './deploy-plan';
import { isLive, serverTask } from './node-facts';
import type { Working } from './working';

/** A new target: arm (or disarm) the canary for it. */
export function armCanary(w: Working, canary: boolean): void {
  const control = w.planControls.get(DEPLOY_PLAN);
  const armedFor = control?.canaryConfigId ?? '';
  const want = canary ? w.target.id : '';
  if (armedFor === want) return;
  w.putPlanControl(
    cassandra_mesos.v1.PlanControl.create({ ...control, planName: DEPLOY_PLAN, canaryConfigId: want, updatedAtMs: w.nowMs }),
    canary ? `canary rollout of config ${w.target.id}: the deploy plan pauses after the first node runs it` : `config ${armedFor}'s canary is disarmed by a newer config`,
  );
}

/** The first node runs the canary config and is live: interrupt the deploy plan. */
export function fireCanary(w: Working): void {
  const control = w.planControls.get(DEPLOY_PLAN);
  const configId = control?.canaryConfigId ?? '';
  if (!control || configId === '' ) return;
  if (configId !== w.target.id) {
    w.putPlanControl(cassandra_mesos.v1.PlanControl.create({ ...control, canaryConfigId: '', updatedAtMs: w.nowMs }), `canary of config ${configId} dropped: the target is now ${w.target.id}`);
    return;
  }
  // A relaunch with the config (not a relabel of a change that needed no restart) that came up live.
  const canary = [...w.nodes.values()].find((n) => isLive(n) && serverTask(n)?.configId === configId);
  if (!canary) return;
  w.putPlanControl(
    cassandra_mesos.v1.PlanControl.create({ ...control, interrupted: true, canaryConfigId: '', updatedAtMs: w.nowMs }),
    `canary ${canary.nodeId} is live with config ${configId}: the rollout pauses; check ${canary.nodeId}, then continue the deploy plan to roll out to the other nodes (or change the config back)`,
  );
}
