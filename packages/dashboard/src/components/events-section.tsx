// Recent events from the scheduler's feed, newest first.
import type { ClusterEvent } from '../model/api-types';
import { formatClock, formatTime } from '../model/format';
import { Section } from './section';

const SHOWN = 60;

export function EventsSection(props: {
  readonly events: readonly ClusterEvent[];
  readonly streaming: boolean;
  readonly error: string | undefined;
}) {
  const newestFirst = props.events.slice(-SHOWN).reverse();
  return (
    <Section
      title="Recent events"
      id="events"
      error={props.error}
      aside={<span class="muted">{props.streaming ? 'streaming' : 'polling'}</span>}
    >
      <ol class="events" data-testid="events">
        {newestFirst.length === 0 ? <li class="empty">No events yet.</li> : null}
        {newestFirst.map((e) => (
          <li
            key={e.seq}
            class={`event level-${e.level}`}
            data-testid="event"
            data-kind={e.kind}
            title={formatTime(e.at)}
          >
            <span class="event-time mono">{formatClock(e.at)}</span>
            <span class="event-kind">{e.kind}</span>
            <span class="event-message">{e.message}</span>
          </li>
        ))}
      </ol>
    </Section>
  );
}
