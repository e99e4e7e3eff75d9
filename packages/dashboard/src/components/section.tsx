// A titled panel of the overview; `error` shows the last failed read of its data above the content.
import type { ComponentChildren } from 'preact';

export function Section(props: {
  readonly title: string;
  readonly id: string;
  readonly aside?: ComponentChildren;
  readonly error?: string | undefined;
  readonly wide?: boolean;
  readonly testId?: string;
  readonly children: ComponentChildren;
}) {
  return (
    <section
      class={`panel${props.wide ? ' wide' : ''}`}
      aria-labelledby={`${props.id}-title`}
      data-testid={props.testId}
    >
      <header class="panel-head">
        <h2 id={`${props.id}-title`}>{props.title}</h2>
        <div class="panel-aside">{props.aside}</div>
      </header>
      {props.error ? (
        <p class="panel-error" role="status">
          {props.error}
        </p>
      ) : null}
      {props.children}
    </section>
  );
}
