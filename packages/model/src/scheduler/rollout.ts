// Configuration rollout. The Deploy step of a live node whose applied config differs from the target
// is not COMPLETE; when it is the serial candidate its Cassandra is stopped and relaunched in place with
// the target config, and the next node waits until this one is live again.
// A difference that needs no restart (seed_count, timeouts, auto_replace: effect SCHEDULER/SCALE) is
// adopted in place when the node's applied config is known, as DC/OS did for "duplicate" configs.
import { diffConfig } from '../framework-config/change';
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { isoTime } from './gates';
import { killServer } from './kills';
import { isAgentLost, isLive, serverTask } from './node-facts';
import type { NodeRecord } from './types';
import type { Working } from './working';

/** Relabels live nodes whose config differs from the target only in ways that need no restart. */
export function adoptConfigsWithoutRestart(w: Working): void {
  const versions = w.before.configVersions;
  if (!versions || versions.size === 0) return;
  const needsRestart = new Map<string, boolean>();
  for (const node of w.nodes.values()) {
    const applied = node.appliedConfigId;
    if (applied === '' || applied === w.target.id || !isLive(node)) continue;
    let restart = needsRestart.get(applied);
    if (restart === undefined) {
      const version = versions.get(applied);
      restart = version === undefined || diffConfig(version, w.before.target.config).rollingRestart;
      needsRestart.set(applied, restart);
    }
    if (restart) continue;
    w.putNode(
      cassandra_mesos.v1.NodeRecord.create({ ...node, appliedConfigId: w.target.id }),
      `${node.nodeId}: config ${w.target.id} differs from ${applied} only in fields that need no restart`,
    );
  }
}

/** Stops the candidate node's Cassandra when its step needs a relaunch (new config, operator restart). */
export function restartForStep(w: Working, node: NodeRecord, restartRequestedAtMs: number): void {
  const task = serverTask(node);
  if (!task || task.killRequestedAtMs > 0 || isAgentLost(node)) return;
  if (restartRequestedAtMs > task.launchedAtMs) {
    killServer(w, node, `an operator restarted its deploy step at ${isoTime(restartRequestedAtMs)}`);
  } else if (isLive(node) && node.appliedConfigId !== w.target.id) {
    killServer(w, node, `rolling out config ${w.target.id} (it runs ${node.appliedConfigId || 'an unknown config'})`);
  }
}
