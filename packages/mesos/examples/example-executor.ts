// A tiny custom executor built on ExecutorSession: the agent starts it (the example framework puts
// `node <path>/example-executor.js` into ExecutorInfo.command) with the MESOS_* environment, and it
//
// - answers every LAUNCH with TASK_STARTING, starts the task (a child `sleep`), then TASK_RUNNING;
// - keeps the task running until KILL (→ TASK_KILLED) or until the child ends by itself
//   (→ TASK_FINISHED / TASK_FAILED);
// - on SHUTDOWN kills every task (→ TASK_KILLED), waits until the agent has stored those updates, exits;
// - echoes every framework message back to the scheduler with message().
//
// EXAMPLE_CONTENT_TYPE=application/x-protobuf switches the executor API to protobuf (JSON by default).
// Logs go to stderr, i.e. to the sandbox's `stderr` file.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mesos } from '@cassandra-mesos/model';
import { CONTENT_TYPE_JSON, CONTENT_TYPE_PROTOBUF, ExecutorSession, sleep } from '@cassandra-mesos/mesos';
import type { ExecutorStatusInput, SessionLogger, TaskInfo } from '@cassandra-mesos/mesos';

const { TaskState } = mesos.v1;

function log(message: string, fields: Record<string, unknown> = {}): void {
  process.stderr.write(`${JSON.stringify({ time: new Date().toISOString(), pid: process.pid, message, ...fields })}\n`);
}
const logger: SessionLogger = { debug: () => undefined, info: log, warn: log };

const contentType = process.env['EXAMPLE_CONTENT_TYPE'] === CONTENT_TYPE_PROTOBUF ? CONTENT_TYPE_PROTOBUF : CONTENT_TYPE_JSON;
const session = new ExecutorSession({ contentType, logger });
const executorId = session.environment.executorId;

interface RunningTask {
  child: ChildProcess;
  /** Set when the kill was ours (KILL or SHUTDOWN): the task ends as TASK_KILLED. */
  killed: boolean;
  /** Resolves once the terminal update was handed to the session. */
  ended: Promise<void>;
}
const tasks = new Map<string, RunningTask>();

/** update() stamps uuid, source and executor_id, and resends until the agent ACKNOWLEDGEs it. */
function sendUpdate(status: ExecutorStatusInput): Promise<void> {
  return session.update(status).then(
    () => undefined,
    (err: unknown) => log('status update rejected', { taskId: status.task_id?.value, error: String(err) }),
  );
}

async function launch(task: TaskInfo): Promise<void> {
  const taskId = task.task_id.value;
  await sendUpdate({ task_id: { value: taskId }, state: TaskState.TASK_STARTING });
  const child = spawn('sleep', ['86400'], { stdio: 'ignore' });
  let markEnded: () => void = () => undefined;
  const entry: RunningTask = { child, killed: false, ended: new Promise((resolve) => (markEnded = resolve)) };
  tasks.set(taskId, entry);
  child.once('error', (err) => log('task process error', { taskId, error: err.message }));
  child.once('exit', (code, signal) => {
    tasks.delete(taskId);
    const state = entry.killed ? TaskState.TASK_KILLED : code === 0 ? TaskState.TASK_FINISHED : TaskState.TASK_FAILED;
    const message = entry.killed ? 'Killed on request' : `Task process exited (code ${String(code)}, signal ${String(signal)})`;
    void sendUpdate({ task_id: { value: taskId }, state, message }).then(markEnded);
  });
  // data: who runs the task, so that a framework (or a test) can find the processes.
  const data = Buffer.from(JSON.stringify({ executorPid: process.pid, taskPid: child.pid }));
  await sendUpdate({ task_id: { value: taskId }, state: TaskState.TASK_RUNNING, message: `running as pid ${String(child.pid)}`, data });
}

function kill(taskId: string): Promise<void> {
  const entry = tasks.get(taskId);
  if (!entry) return sendUpdate({ task_id: { value: taskId }, state: TaskState.TASK_KILLED, message: 'Task was not running' });
  entry.killed = true;
  entry.child.kill('SIGTERM');
  return entry.ended;
}

/** Kills every task, then waits (at most the shutdown grace period) until the agent stored every update. */
async function shutdown(): Promise<void> {
  await Promise.all([...tasks.keys()].map(kill));
  const deadline = Date.now() + Math.max(500, session.environment.shutdownGracePeriodMs - 500);
  while (session.unacknowledgedUpdates.length > 0 && Date.now() < deadline) await sleep(50);
}

async function main(): Promise<void> {
  for await (const event of session.events()) {
    switch (event.type) {
      case 'SUBSCRIBED':
        log('subscribed', { executorId, resubscribed: event.resubscribed, contentType });
        break;
      case 'LAUNCH':
        await launch(event.task);
        break;
      case 'KILL':
        await kill(event.taskId.value);
        break;
      case 'MESSAGE': {
        const text = Buffer.from(event.data).toString('utf8');
        await session
          .message(Buffer.from(`echo from ${executorId} (pid ${process.pid}): ${text}`))
          .catch((err: unknown) => log('echo not sent', { error: String(err) }));
        break;
      }
      case 'SHUTDOWN':
        await shutdown();
        await session.close();
        break;
      case 'LAUNCH_GROUP':
        log('task groups are not supported by this example');
        break;
      case 'ACKNOWLEDGED':
      case 'HEARTBEAT':
      case 'ERROR':
      case 'DISCONNECTED':
        break;
    }
  }
}

process.once('SIGTERM', () => void shutdown().then(() => session.close()));
main().then(
  () => process.exit(0),
  (err: unknown) => {
    log('executor stopped', { error: err instanceof Error ? err.message : String(err) });
    for (const { child } of tasks.values()) child.kill('SIGKILL');
    process.exit(1);
  },
);
