// A tiny framework built on SchedulerSession. It keeps N tasks running, each with its own instance of
// the example executor, and shows the rules a real framework follows:
//
// - checkpoint, a failover timeout and PARTITION_AWARE; the FrameworkID and the tasks are saved in a
//   state file *before* anything depends on them, so a restarted process resubscribes with the same id
//   and finds its tasks again;
// - every (re)subscribe is followed by an explicit reconciliation of the tasks it believes alive;
// - every update that carries a uuid is acknowledged after the state file is written; updates without
//   one (reconciliation answers and other master-generated updates) are not;
// - offers it does not need are declined with refuse_seconds; it REVIVEs when it needs a task again;
// - it pings each running executor with a framework message and logs the echo.
//
// One JSON line per event goes to stdout, so a test (or `jq`) can follow it; session logs go to stderr.
//
//   node dist-examples/example-framework.js --master http://127.0.0.1:5050 --tasks 2 \
//        --failover-timeout 60 --state-file /tmp/example-framework.json [--content-type json]
import { renameSync, readFileSync, writeFileSync } from 'node:fs';
import { userInfo } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { mesos } from '@cassandra-mesos/model';
import { CONTENT_TYPE_JSON, CONTENT_TYPE_PROTOBUF, MesosFrameworkError, Operations, SchedulerSession } from '@cassandra-mesos/mesos';
import type { Offer, ResourceInput, SchedulerEvent, SessionLogger, TaskInfoInput, TaskStatus } from '@cassandra-mesos/mesos';

const { TaskState, TaskStatus: Status, Value } = mesos.v1;

const { values: args } = parseArgs({
  options: {
    master: { type: 'string' },
    tasks: { type: 'string', default: '2' },
    'failover-timeout': { type: 'string', default: '60' },
    'state-file': { type: 'string', default: 'example-framework.json' },
    'content-type': { type: 'string', default: 'protobuf' },
    'refuse-seconds': { type: 'string', default: '5' },
    executor: { type: 'string', default: join(__dirname, 'example-executor.js') },
    name: { type: 'string', default: 'example-framework' },
  },
});
if (!args.master) {
  process.stderr.write('usage: example-framework --master http://127.0.0.1:5050 [--tasks N] [--failover-timeout S] [--state-file F] [--content-type json|protobuf] [--refuse-seconds S]\n');
  process.exit(2);
}
const wanted = Number(args.tasks);
const refuseSeconds = Number(args['refuse-seconds']);
const stateFile = resolve(args['state-file']);
const contentType = args['content-type'] === 'json' ? CONTENT_TYPE_JSON : CONTENT_TYPE_PROTOBUF;
const executorPath = resolve(args.executor);

/** One JSON line per event on stdout. */
function emit(event: string, fields: Record<string, unknown> = {}): void {
  process.stdout.write(`${JSON.stringify({ time: Date.now(), pid: process.pid, event, ...fields })}\n`);
}
const logger: SessionLogger = {
  debug: () => undefined,
  info: (message, fields) => process.stderr.write(`${JSON.stringify({ message, ...fields })}\n`),
  warn: (message, fields) => process.stderr.write(`${JSON.stringify({ level: 'warn', message, ...fields })}\n`),
};

// ---- state that must survive a crash ----------------------------------------------------------------

interface SavedTask {
  agentId: string;
  executorId: string;
  state: string;
}
interface SavedState {
  frameworkId?: string;
  nextTask: number;
  tasks: Record<string, SavedTask>;
}

function load(): SavedState {
  try {
    return JSON.parse(readFileSync(stateFile, 'utf8')) as SavedState;
  } catch {
    return { nextTask: 0, tasks: {} };
  }
}
function save(): void {
  writeFileSync(`${stateFile}.tmp`, JSON.stringify(state, null, 2));
  renameSync(`${stateFile}.tmp`, stateFile); // atomic: a crash leaves the old or the new file
}
const state = load();

const TERMINAL = new Set(['TASK_FINISHED', 'TASK_FAILED', 'TASK_KILLED', 'TASK_ERROR', 'TASK_LOST', 'TASK_DROPPED', 'TASK_GONE', 'TASK_GONE_BY_OPERATOR', 'TASK_UNKNOWN']);
const liveTasks = (): string[] => Object.keys(state.tasks).filter((id) => !TERMINAL.has(state.tasks[id]?.state ?? ''));

// ---- the session -----------------------------------------------------------------------------------

const session = new SchedulerSession({
  master: args.master,
  frameworkId: state.frameworkId,
  frameworkInfo: {
    user: userInfo().username,
    name: args.name,
    checkpoint: true,
    failover_timeout: Number(args['failover-timeout']),
    capabilities: [{ type: mesos.v1.FrameworkInfo.Capability.Type.PARTITION_AWARE }],
  },
  contentType,
  logger,
});

const scalar = (name: string, value: number): ResourceInput => ({ name, type: Value.Type.SCALAR, scalar: { value } });
const scalarIn = (offer: Offer, name: string): number =>
  offer.resources.filter((r) => r.name === name).reduce((sum, r) => sum + (r.scalar?.value ?? 0), 0);

function taskFor(offer: Offer, taskId: string, executorId: string): TaskInfoInput {
  return {
    name: `example ${taskId}`,
    task_id: { value: taskId },
    agent_id: { value: offer.agent_id.value },
    resources: [scalar('cpus', 0.1), scalar('mem', 32)],
    executor: {
      executor_id: { value: executorId },
      name: `example executor ${executorId}`,
      // Run `node <abs path>/example-executor.js` directly (no shell); the same node as this process.
      command: {
        shell: false,
        value: process.execPath,
        arguments: ['node', executorPath],
        environment: { variables: [{ name: 'EXAMPLE_CONTENT_TYPE', value: contentType }] },
      },
      resources: [scalar('cpus', 0.05), scalar('mem', 64)],
    },
  };
}

async function onOffers(offers: Offer[]): Promise<void> {
  for (const offer of offers) {
    const fits = scalarIn(offer, 'cpus') >= 0.15 && scalarIn(offer, 'mem') >= 96;
    if (liveTasks().length >= wanted || !fits) {
      await session.decline([offer.id], { refuse_seconds: refuseSeconds });
      emit('DECLINED', { offerId: offer.id.value, agentId: offer.agent_id.value });
      continue;
    }
    const taskId = `task-${state.nextTask++}`;
    const executorId = `${taskId}-executor`;
    state.tasks[taskId] = { agentId: offer.agent_id.value, executorId, state: 'TASK_STAGING' };
    save(); // before ACCEPT: after a crash the task is reconciled instead of forgotten
    await session.accept([offer.id], [Operations.launch([taskFor(offer, taskId, executorId)])], { refuse_seconds: refuseSeconds });
    emit('LAUNCHED', { taskId, executorId, agentId: offer.agent_id.value, offerId: offer.id.value });
  }
}

async function onUpdate(status: TaskStatus): Promise<void> {
  const taskId = status.task_id.value;
  const stateName = TaskState[status.state];
  const hasUuid = status.uuid !== undefined && status.uuid !== null && status.uuid.length > 0;
  emit('UPDATE', {
    taskId,
    state: stateName,
    // Unset optional fields read as their defaults in protobufjs: check presence, not the value.
    reason: Object.prototype.hasOwnProperty.call(status, 'reason') ? Status.Reason[status.reason] : undefined,
    source: Status.Source[status.source],
    message: status.message || undefined,
    agentId: status.agent_id?.value,
    executorId: status.executor_id?.value,
    uuid: hasUuid ? Buffer.from(status.uuid).toString('hex') : null,
    data: status.data && status.data.length > 0 ? Buffer.from(status.data).toString('utf8') : undefined,
  });
  const saved = state.tasks[taskId];
  if (saved) {
    saved.state = stateName;
    save();
  }
  if (hasUuid) {
    await session.acknowledge(status); // after the state is saved: a crash before this gets it resent
    emit('ACKNOWLEDGED', { taskId, state: stateName, uuid: Buffer.from(status.uuid).toString('hex') });
  }
  if (status.state === TaskState.TASK_RUNNING && saved) {
    const text = `ping ${taskId} from framework pid ${process.pid}`;
    await session.message(saved.agentId, saved.executorId, Buffer.from(text));
    emit('MESSAGE_SENT', { taskId, executorId: saved.executorId, text });
  }
  if (TERMINAL.has(stateName) && liveTasks().length < wanted) {
    await session.revive(); // declined offers are filtered for refuse_seconds: ask for them again
    emit('REVIVED');
  }
}

async function main(): Promise<void> {
  for await (const event of session.events()) {
    try {
      await handle(event);
    } catch (err) {
      // A call can fail (e.g. 403 while the master fails us over): the session resubscribes by itself
      // and the reconciliation after it repairs what was missed.
      emit('CALL_FAILED', { event: event.type, error: err instanceof Error ? err.message : String(err) });
    }
  }
}

async function handle(event: SchedulerEvent): Promise<void> {
    switch (event.type) {
      case 'SUBSCRIBED': {
        if (state.frameworkId !== event.frameworkId) {
          state.frameworkId = event.frameworkId;
          save();
        }
        emit('SUBSCRIBED', { frameworkId: event.frameworkId, resubscribed: event.resubscribed, master: session.masterUrl });
        const live = liveTasks();
        if (live.length > 0) {
          await session.reconcile(live.map((id) => ({ taskId: id, agentId: state.tasks[id]?.agentId })));
          emit('RECONCILE', { tasks: live });
        }
        break;
      }
      case 'OFFERS':
        await onOffers(event.offers);
        break;
      case 'UPDATE':
        await onUpdate(event.status);
        break;
      case 'MESSAGE':
        emit('MESSAGE', { agentId: event.agentId.value, executorId: event.executorId.value, text: Buffer.from(event.data).toString('utf8') });
        break;
      case 'FAILURE':
        emit('FAILURE', { agentId: event.agentId?.value, executorId: event.executorId?.value, status: event.status });
        break;
      case 'DISCONNECTED':
        emit('DISCONNECTED', { reason: event.reason.message, retryInMs: event.retryInMs });
        break;
      case 'RESCIND':
        emit('RESCIND', { offerId: event.offerId.value });
        break;
      case 'HEARTBEAT':
      case 'INVERSE_OFFERS':
      case 'RESCIND_INVERSE_OFFER':
      case 'UPDATE_OPERATION_STATUS':
        break;
    }
}

// SIGTERM / SIGINT: leave without TEARDOWN, so that the tasks keep running until the failover timeout.
for (const signal of ['SIGTERM', 'SIGINT'] as const) process.once(signal, () => void session.close());

main().then(
  () => {
    emit('CLOSED');
    process.exit(0);
  },
  (err: unknown) => {
    if (err instanceof MesosFrameworkError) {
      // 'removed': the failover timeout expired (or TEARDOWN). A real framework decides what to do with
      // the old tasks' records and starts afresh without the id; the example stops and leaves the file.
      emit('ERROR', { message: err.mesosMessage, reason: err.reason, frameworkId: state.frameworkId });
      process.exit(3);
    }
    emit('FATAL', { error: err instanceof Error ? err.message : String(err) });
    process.exit(1);
  },
);
