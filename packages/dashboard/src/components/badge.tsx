// A status word in its tone's colour.
import type { Tone } from '../model/tone';

export function Badge(props: {
  readonly tone: Tone;
  readonly text: string;
  readonly title?: string;
  readonly testId?: string;
}) {
  return (
    <span class={`badge tone-${props.tone}`} title={props.title} data-testid={props.testId}>
      {props.text}
    </span>
  );
}
