// The scheduler's state as stored, read without taking part in it: for status displays and tests
// that watch a running scheduler (the driver itself loads through StatePersistence, which also
// proposes the configuration and tracks versions for its writes).
import { createSchedulerState, type SchedulerState } from '@cassandra-mesos/model';
import { StateCollections, StateKeys, type StateStore } from '../state';

/** The decision core's state from the store (the running job included); undefined until a configuration was accepted. */
export async function readSchedulerState(store: StateStore): Promise<SchedulerState | undefined> {
  const target = (await store.get(StateKeys.configTarget))?.value;
  const version = target?.targetId ? (await store.get(StateKeys.configVersion(target.targetId)))?.value : undefined;
  if (!target || !version?.config) return undefined;
  const [framework, nodes, planControls, currentJob] = await Promise.all([
    store.get(StateKeys.framework),
    store.list(StateCollections.nodes),
    store.list(StateCollections.plans),
    store.get(StateKeys.currentJob),
  ]);
  const jobNodes = currentJob ? await store.list(StateCollections.jobNodes(currentJob.value.jobId)) : [];
  return createSchedulerState({
    framework: framework?.value,
    target: { id: target.targetId, config: version.config },
    rejectedErrors: target.rejectedErrors,
    nodes: nodes.map((e) => e.value),
    planControls: planControls.map((e) => e.value),
    ...(currentJob ? { job: { header: currentJob.value, nodes: jobNodes.map((e) => e.value) } } : {}),
  });
}
