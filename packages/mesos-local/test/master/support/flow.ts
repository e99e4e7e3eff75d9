// Shared steps: launch a command task on the first agent and report agent updates for it.
/* eslint-disable @typescript-eslint/no-unsafe-member-access -- events are checked as raw wire JSON, which is untyped on purpose */
import { mesos } from '@cassandra-mesos/model';
import { call, scalar, type Harness, type Json, type Subscription } from './harness';

export async function launchTask(h: Harness, sub: Subscription, taskId: string, agentId = 'm1-S0'): Promise<void> {
  for (;;) {
    const offers = (await sub.next('OFFERS')).offers.offers as Json[];
    const offer = offers.find((o) => o.agent_id.value === agentId);
    if (!offer) continue;
    await call(h, sub, {
      type: 'ACCEPT',
      accept: {
        offer_ids: [offer.id],
        operations: [{ type: 'LAUNCH', launch: { task_infos: [{ name: taskId, task_id: { value: taskId }, agent_id: { value: agentId }, resources: [scalar('cpus', 1)], command: { value: 'sleep 100' } }] } }],
        filters: { refuse_seconds: 0 },
      },
    });
    return;
  }
}

let counter = 0;

/** An update as an agent forwards it (reliable: carries a uuid). Returns the uuid. */
export function agentUpdate(h: Harness, frameworkId: string, taskId: string, state: number, agentId = 'm1-S0'): Uint8Array {
  const uuid = new Uint8Array(16);
  uuid[15] = ++counter;
  uuid[6] = 0x40;
  h.master.statusUpdate(agentId, frameworkId, mesos.v1.TaskStatus.create({
    task_id: { value: taskId },
    state,
    source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
    uuid,
    timestamp: 1700000000.5,
  }));
  return uuid;
}

export const S = mesos.v1.TaskState;
