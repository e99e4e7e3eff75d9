// The events journal: numbering, the bounded ring, reads after a seq (also one from an earlier
// process), and subscribers that come, go and fail without disturbing the publisher.
import type { ClusterEventDraft } from '@cassandra-mesos/model';
import { EventJournal } from '../../src/events';

const draft = (message: string): ClusterEventDraft => ({
  at: '2023-11-14T22:13:20.000Z',
  level: 'info',
  kind: 'task-state',
  message,
});
const messages = (events: ReadonlyArray<{ message: string }>): string[] => events.map((e) => e.message);

describe('EventJournal', () => {
  it('numbers events from 1 and keeps their fields', () => {
    const journal = new EventJournal();
    expect(journal.lastSeq).toBe(0);
    expect(journal.since(0)).toEqual([]);
    const first = journal.publish({ ...draft('a'), nodeId: 'node-1' });
    journal.publishAll([draft('b'), draft('c')]);
    expect(first).toEqual({
      seq: 1,
      at: '2023-11-14T22:13:20.000Z',
      level: 'info',
      kind: 'task-state',
      nodeId: 'node-1',
      message: 'a',
    });
    expect(journal.lastSeq).toBe(3);
    expect(journal.since(0).map((e) => e.seq)).toEqual([1, 2, 3]);
  });

  it('reads the events after a seq, oldest first; with a limit, the newest of them', () => {
    const journal = new EventJournal();
    for (const m of ['a', 'b', 'c', 'd', 'e']) journal.publish(draft(m));
    expect(messages(journal.since(2))).toEqual(['c', 'd', 'e']);
    expect(messages(journal.since(0, 2))).toEqual(['d', 'e']);
    expect(messages(journal.since(3, 10))).toEqual(['d', 'e']);
    expect(journal.since(5)).toEqual([]);
    expect(journal.since(0, 0)).toEqual([]);
  });

  it('treats a seq beyond the newest as one from an earlier process: every kept event is newer', () => {
    const journal = new EventJournal();
    journal.publishAll([draft('a'), draft('b')]);
    expect(messages(journal.since(9_000))).toEqual(['a', 'b']);
    expect(messages(journal.since(9_000, 1))).toEqual(['b']);
  });

  it('keeps only the newest `capacity` events, with seq still growing', () => {
    const journal = new EventJournal({ capacity: 3 });
    for (let i = 1; i <= 7; i++) journal.publish(draft(`e${i}`));
    expect(journal.lastSeq).toBe(7);
    expect(journal.since(0).map((e) => [e.seq, e.message])).toEqual([
      [5, 'e5'],
      [6, 'e6'],
      [7, 'e7'],
    ]);
    expect(messages(journal.since(2))).toEqual(['e5', 'e6', 'e7']);
    expect(messages(journal.since(6))).toEqual(['e7']);
  });

  it('refuses a capacity that is not a positive whole number', () => {
    expect(() => new EventJournal({ capacity: 0 })).toThrow(
      'capacity must be a whole number of at least 1, got 0',
    );
    expect(() => new EventJournal({ capacity: 2.5 })).toThrow('got 2.5');
  });

  it('hands every new event to each subscriber until it unsubscribes', () => {
    const journal = new EventJournal();
    journal.publish(draft('before'));
    const a: number[] = [];
    const b: number[] = [];
    const stopA = journal.subscribe((e) => a.push(e.seq));
    const stopB = journal.subscribe((e) => b.push(e.seq));
    expect(journal.subscriberCount).toBe(2);
    journal.publish(draft('x'));
    stopA();
    journal.publish(draft('y'));
    stopB();
    stopB();
    journal.publish(draft('z'));
    expect(a).toEqual([2]);
    expect(b).toEqual([2, 3]);
    expect(journal.subscriberCount).toBe(0);
  });

  it('goes on when a subscriber throws, and says so', () => {
    const errors: unknown[] = [];
    const journal = new EventJournal({ onListenerError: (err) => errors.push(err) });
    const seen: number[] = [];
    journal.subscribe(() => {
      throw new Error('socket gone');
    });
    journal.subscribe((e) => seen.push(e.seq));
    expect(journal.publish(draft('a')).seq).toBe(1);
    expect(seen).toEqual([1]);
    expect(errors).toEqual([new Error('socket gone')]);
  });

  it('lets a subscriber unsubscribe while it is being called, without skipping the others', () => {
    const journal = new EventJournal();
    const seen: string[] = [];
    const stop = journal.subscribe(() => {
      seen.push('first');
      stop();
    });
    journal.subscribe(() => seen.push('second'));
    journal.publish(draft('a'));
    journal.publish(draft('b'));
    expect(seen).toEqual(['first', 'second', 'second']);
  });
});
