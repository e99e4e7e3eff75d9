// Outcomes of actions: a success line, or the API's error message (it says what to do).
export interface Toast {
  readonly id: number;
  readonly tone: 'ok' | 'bad';
  readonly text: string;
}

export function Toasts(props: {
  readonly toasts: readonly Toast[];
  readonly onDismiss: (id: number) => void;
}) {
  return (
    <div class="toasts" aria-live="polite">
      {props.toasts.map((t) => (
        <div
          key={t.id}
          class={`toast tone-${t.tone}`}
          data-testid="toast"
          data-tone={t.tone}
          role={t.tone === 'bad' ? 'alert' : 'status'}
        >
          <span>{t.text}</span>
          <button
            type="button"
            class="toast-close"
            aria-label="dismiss"
            onClick={() => props.onDismiss(t.id)}
          >
            ×
          </button>
        </div>
      ))}
    </div>
  );
}
