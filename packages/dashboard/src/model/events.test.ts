import type { ClusterEvent } from './api-types';
import { lastSeqOf, mergeEvents, parseClusterEvent } from './events';

function event(seq: number, message = `event ${seq}`): ClusterEvent {
  return { seq, at: '2024-05-01T02:00:00.000Z', level: 'info', kind: 'task-state', message };
}

describe('mergeEvents', () => {
  it('keeps each seq once, oldest first, the newer copy winning', () => {
    const merged = mergeEvents([event(1), event(2)], [event(2, 'again'), event(4), event(3)]);
    expect(merged.map((e) => [e.seq, e.message])).toEqual([
      [1, 'event 1'],
      [2, 'again'],
      [3, 'event 3'],
      [4, 'event 4'],
    ]);
  });

  it('keeps only the newest `max`', () => {
    const many = Array.from({ length: 10 }, (_, i) => event(i + 1));
    expect(mergeEvents([], many, 3).map((e) => e.seq)).toEqual([8, 9, 10]);
    expect(mergeEvents(many, [], 4).map((e) => e.seq)).toEqual([7, 8, 9, 10]);
  });

  it('knows where to resume', () => {
    expect(lastSeqOf([event(3), event(9), event(5)])).toBe(9);
    expect(lastSeqOf([])).toBe(0);
  });
});

describe('parseClusterEvent', () => {
  it('reads an event of the stream, optional fields included', () => {
    const json = JSON.stringify({
      seq: 7,
      at: '2024-05-01T02:00:00.000Z',
      level: 'error',
      kind: 'plan-step',
      plan: 'deploy',
      nodeId: 'node-1',
      message: 'node-1 ERROR',
    });
    expect(parseClusterEvent(json)).toEqual({
      seq: 7,
      at: '2024-05-01T02:00:00.000Z',
      level: 'error',
      kind: 'plan-step',
      plan: 'deploy',
      nodeId: 'node-1',
      message: 'node-1 ERROR',
    });
  });

  it('refuses what is not an event, and treats an unknown level as info', () => {
    expect(parseClusterEvent('not json')).toBeUndefined();
    expect(parseClusterEvent('null')).toBeUndefined();
    expect(parseClusterEvent(JSON.stringify({ seq: '7', at: 'x', kind: 'k', message: 'm' }))).toBeUndefined();
    expect(
      parseClusterEvent(JSON.stringify({ seq: 7, at: 'x', kind: 'k', message: 'm', level: 'debug' }))?.level,
    ).toBe('info');
  });
});
