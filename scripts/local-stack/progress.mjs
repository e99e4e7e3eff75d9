// What local-stack shows while the nodes come up, read the way an operator would: the deploy plan
// (GET /v1/plan answers 503 until COMPLETE, with the plan as the body) and the nodes (GET /node/all),
// plus each node's own start time.
//
// A node's start time is measured from its server task's TASK_STARTING (the executor sends it when
// it has spawned the Cassandra JVM; its timestamp is read from mesos-local's task status) to the
// health report that first showed the node live (NORMAL with native transport up; its checkedAtMs
// comes from the API). When the TASK_STARTING update was already replaced by TASK_RUNNING before it
// was seen, TASK_RUNNING's timestamp is used and the figure is marked with '~'.

const REQUEST_TIMEOUT_MS = 3_000;

async function getJson(url) {
  const res = await fetch(url, { signal: AbortSignal.timeout(REQUEST_TIMEOUT_MS) });
  const text = await res.text();
  try {
    return { status: res.status, body: JSON.parse(text) };
  } catch {
    return { status: res.status, body: undefined, text };
  }
}

/** The plan and the nodes as the API shows them now; `reachable: false` while the API does not answer. */
export async function readApi(apiUrl) {
  let plan;
  try {
    plan = await getJson(`${apiUrl}/v1/plan`);
  } catch (err) {
    return { reachable: false, error: err.cause?.code ?? err.message };
  }
  let nodes = [];
  try {
    const all = await getJson(`${apiUrl}/node/all`);
    if (all.status === 200 && Array.isArray(all.body?.nodes)) nodes = all.body.nodes;
  } catch {
    // the plan is what matters for progress; nodes show up on the next poll
  }
  const body = plan.body ?? {};
  if (typeof body.status === 'string') return { reachable: true, plan: body, nodes };
  // STATE_UNAVAILABLE until the scheduler has stored its first configuration, NOT_LEADER briefly.
  return { reachable: true, plan: undefined, planError: body.error?.code ?? `HTTP ${plan.status}`, nodes };
}

const shortState = (taskState) => (taskState ?? '').replace(/^TASK_/, '');

/** e.g. "deploy IN_PROGRESS: 1/3 live (node-1 Cassandra JOINING, node-2 waiting)". */
export function statusLine(view, nodeCount) {
  if (!view.reachable) return 'scheduler starting (API not answering yet)';
  if (!view.plan) return `scheduler starting (${view.planError})`;
  const live = view.nodes.filter((n) => n.live);
  const others = view.nodes.filter((n) => !n.live).map((n) => {
    const task = n.tasks?.SERVER;
    if (!task) return `${n.nodeId} waiting`;
    // Task states until Cassandra answers health checks, then Cassandra's own operation mode.
    const mode = n.healthCheckDetails?.operationMode;
    return `${n.nodeId} ${mode && task.state === 'TASK_RUNNING' ? `Cassandra ${mode}` : `task ${shortState(task.state)}`}`;
  });
  const unplaced = Math.max(0, nodeCount - view.nodes.length);
  if (unplaced > 0) others.push(`${unplaced} to place`);
  const errors = view.plan.errors?.length ? `; plan errors: ${view.plan.errors.join('; ')}` : '';
  return `deploy ${view.plan.status}: ${live.length}/${nodeCount} live${others.length ? ` (${others.join(', ')})` : ''}${errors}`;
}

/**
 * Collects each server task's TASK_STARTING time from mesos-local's state (polled often: the update
 * lasts only until Jolokia answers) and each node's first live health report from the API views.
 */
export class StartTimes {
  /** taskId → { atMs, exact } */
  #taskStart = new Map();
  /** nodeId → { taskId, liveAtMs } */
  #firstLive = new Map();

  observeMesos(state) {
    for (const fw of state.frameworks ?? []) {
      for (const task of fw.tasks ?? []) {
        const status = task.statuses?.[0];
        if (!status || typeof status.timestamp !== 'number') continue;
        const known = this.#taskStart.get(task.id);
        if (status.state === 'TASK_STARTING' && (!known || !known.exact)) this.#taskStart.set(task.id, { atMs: status.timestamp * 1000, exact: true });
        else if (status.state === 'TASK_RUNNING' && !known) this.#taskStart.set(task.id, { atMs: status.timestamp * 1000, exact: false });
      }
    }
  }

  observeApi(view) {
    for (const n of view.nodes ?? []) {
      if (!n.live || this.#firstLive.has(n.nodeId)) continue;
      const checked = typeof n.lastHealthCheck === 'number' && n.lastHealthCheck > 0 ? n.lastHealthCheck : Date.now();
      this.#firstLive.set(n.nodeId, { taskId: n.tasks?.SERVER?.taskId, liveAtMs: checked });
    }
  }

  /** Per node: { nodeId, ms, exact } (ms undefined when its start was not seen); and their sum. */
  summary() {
    const nodes = [...this.#firstLive.entries()]
      .sort(([a], [b]) => a.localeCompare(b, 'en', { numeric: true }))
      .map(([nodeId, { taskId, liveAtMs }]) => {
        const start = taskId ? this.#taskStart.get(taskId) : undefined;
        return start ? { nodeId, ms: Math.max(0, liveAtMs - start.atMs), exact: start.exact } : { nodeId, ms: undefined, exact: false };
      });
    const measured = nodes.filter((n) => n.ms !== undefined);
    return { nodes, sumMs: measured.reduce((a, n) => a + n.ms, 0), complete: measured.length === nodes.length };
  }
}

export const seconds = (ms) => `${(ms / 1000).toFixed(1)}s`;

export function formatStartTimes(summary) {
  return summary.nodes.map((n) => `${n.nodeId} ${n.ms === undefined ? 'not measured' : `${n.exact ? '' : '~'}${seconds(n.ms)}`}`).join(' + ');
}
