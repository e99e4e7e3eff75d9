// Small facts about node records that several views print.
import { isTerminated, serverTask, type CompleteFrameworkConfig, type NodeRecord } from '@cassandra-mesos/model';

/** In the cluster's count: not terminated, not decommissioned. */
export function inService(node: NodeRecord): boolean {
  return !isTerminated(node) && !node.decommissioned;
}

export function rackDcOf(node: NodeRecord, target: CompleteFrameworkConfig): { rack: string; dc: string } {
  return { rack: node.rackDc?.rack || target.defaultRackDc.rack, dc: node.rackDc?.dc || target.defaultRackDc.dc };
}

/** The server task's last Mesos state ("TASK_RUNNING"), or null without one. */
export function serverTaskState(node: NodeRecord): string | null {
  return serverTask(node)?.state || null;
}

/** Mesos-DNS name of the node's server task: <task name>.<framework name>.mesos, both sanitised to DNS labels. */
export function mesosDnsName(node: NodeRecord, frameworkName: string): string {
  return `${dnsLabel(`${node.nodeId}-server`)}.${dnsLabel(frameworkName)}.mesos`;
}

function dnsLabel(name: string): string {
  const label = name.toLowerCase().replace(/[^a-z0-9-]/g, '-').replace(/^-+|-+$/g, '');
  return label.slice(0, 63) || 'x';
}
