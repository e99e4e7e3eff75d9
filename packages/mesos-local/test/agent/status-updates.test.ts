import { mesos } from '@cassandra-mesos/model';
import type { TaskStatus } from '../../src/contracts';
import { StatusUpdateManager } from '../../src/agent/status-updates';
import { newUuid } from './helpers';

const S = mesos.v1.TaskState;

function status(taskId: string, state: mesos.v1.TaskState): TaskStatus {
  return mesos.v1.TaskStatus.create({
    task_id: { value: taskId },
    state,
    uuid: newUuid(),
    source: mesos.v1.TaskStatus.Source.SOURCE_EXECUTOR,
  });
}

describe('StatusUpdateManager', () => {
  let forwarded: Array<{ fw: string; status: TaskStatus; at: number }>;
  let closed: string[];
  let m: StatusUpdateManager;

  beforeEach(() => {
    jest.useFakeTimers();
    forwarded = [];
    closed = [];
    m = new StatusUpdateManager({
      minMs: 100,
      maxMs: 1000,
      forward: (fw, s) => forwarded.push({ fw, status: s, at: Date.now() }),
      onStreamClosed: (_fw, taskId) => closed.push(taskId),
    });
  });
  afterEach(() => {
    m.close();
    jest.useRealTimers();
  });

  it('forwards only the head of a stream and the next one after its ack', () => {
    const running = status('t1', S.TASK_RUNNING);
    const finished = status('t1', S.TASK_FINISHED);
    expect(m.update('fw', running)).toBe('queued');
    expect(m.update('fw', finished)).toBe('queued');
    expect(forwarded.map((f) => f.status)).toEqual([running]);

    expect(m.acknowledge('fw', 't1', finished.uuid)).toBe(false); // not the head: ignored
    expect(forwarded).toHaveLength(1);
    expect(m.acknowledge('fw', 't1', running.uuid)).toBe(true);
    expect(forwarded.map((f) => f.status)).toEqual([running, finished]);
    expect(m.acknowledge('fw', 't1', running.uuid)).toBe(false); // duplicate ack
    expect(m.acknowledge('fw', 't1', finished.uuid)).toBe(true);
    expect(closed).toEqual(['t1']);
    expect(m.hasStream('fw', 't1')).toBe(false);
  });

  it('keeps streams of different tasks independent', () => {
    const a = status('a', S.TASK_RUNNING);
    const b = status('b', S.TASK_RUNNING);
    m.update('fw', a);
    m.update('fw', b);
    expect(forwarded.map((f) => f.status)).toEqual([a, b]);
  });

  it('retries an unacknowledged head with doubling intervals up to the cap', () => {
    const start = Date.now();
    const s = status('t1', S.TASK_RUNNING);
    m.update('fw', s);
    jest.advanceTimersByTime(100 + 200 + 400 + 800 + 1000 + 1000);
    expect(forwarded.map((f) => f.at - start)).toEqual([0, 100, 300, 700, 1500, 2500, 3500]);
    expect(forwarded.every((f) => f.status === s)).toBe(true);
    m.acknowledge('fw', 't1', s.uuid);
    jest.advanceTimersByTime(5000);
    expect(forwarded).toHaveLength(7);
  });

  it('resends every head of a framework at once when it resubscribes, and restarts the backoff', () => {
    const a = status('a', S.TASK_RUNNING);
    const b = status('b', S.TASK_RUNNING);
    const other = status('c', S.TASK_RUNNING);
    m.update('fw', a);
    m.update('fw', b);
    m.update('fw2', other);
    jest.advanceTimersByTime(350); // retries at 100 and 300
    forwarded.length = 0;
    m.resend('fw');
    expect(forwarded.map((f) => f.status)).toEqual([a, b]);
    forwarded.length = 0;
    jest.advanceTimersByTime(100);
    expect(forwarded.map((f) => f.status.task_id.value).sort()).toEqual(['a', 'b']);
  });

  it('recognises duplicates by uuid, also after they were acknowledged, and rejects updates after a terminal one', () => {
    const running = status('t1', S.TASK_RUNNING);
    m.update('fw', running);
    expect(m.update('fw', mesos.v1.TaskStatus.create({ ...running }))).toBe('duplicate');
    m.acknowledge('fw', 't1', running.uuid);
    expect(m.update('fw', running)).toBe('duplicate');
    m.update('fw', status('t1', S.TASK_FAILED));
    expect(m.update('fw', status('t1', S.TASK_RUNNING))).toBe('after-terminal');
    expect(forwarded.map((f) => S[f.status.state])).toEqual(['TASK_RUNNING', 'TASK_FAILED']);
  });

  it('forwards nothing while paused and every head at once on resume', () => {
    m.pause();
    const s = status('t1', S.TASK_RUNNING);
    m.update('fw', s);
    jest.advanceTimersByTime(1000);
    expect(forwarded).toHaveLength(0);
    m.resume();
    expect(forwarded.map((f) => f.status)).toEqual([s]);
    jest.advanceTimersByTime(100);
    expect(forwarded).toHaveLength(2);
  });

  it('drops the streams of a removed framework', () => {
    m.update('fw', status('t1', S.TASK_RUNNING));
    m.dropFramework('fw');
    jest.advanceTimersByTime(1000);
    expect(forwarded).toHaveLength(1);
    expect(m.pending('fw', 't1')).toEqual([]);
  });
});
