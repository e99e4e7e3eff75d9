// The confirmation every action goes through: it names what will happen and the request it sends.
// A backup asks for its name here (checked against the API's rule before anything is sent).
import { useEffect, useRef, useState } from 'preact/hooks';
import type { Action } from '../model/actions';
import { describeAction } from '../model/actions';
import { backupNameProblem } from '../model/backups';

export function ConfirmDialog(props: {
  readonly action: Action;
  readonly onConfirm: (action: Action) => void;
  readonly onCancel: () => void;
}) {
  const [name, setName] = useState(props.action.kind === 'backup' ? props.action.name : '');
  const action: Action = props.action.kind === 'backup' ? { kind: 'backup', name } : props.action;
  const described = describeAction(action);
  const problem = action.kind === 'backup' ? backupNameProblem(name) : undefined;
  const nameInput = useRef<HTMLInputElement>(null);
  const cancelButton = useRef<HTMLButtonElement>(null);
  // The page re-renders on every refresh: the latest onCancel is read through a ref, so focus and the
  // key listener are set up once, when the dialog opens, and never move under the operator's hands.
  const onCancel = useRef(props.onCancel);
  onCancel.current = props.onCancel;

  useEffect(() => {
    (nameInput.current ?? cancelButton.current)?.focus();
    const onKey = (e: KeyboardEvent): void => {
      if (e.key === 'Escape') onCancel.current();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);

  const submit = (e: Event): void => {
    e.preventDefault();
    if (!problem) props.onConfirm(action);
  };

  return (
    <div class="overlay">
      <div
        class="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="confirm-title"
        data-testid="confirm-dialog"
      >
        <form onSubmit={submit}>
          <h3 id="confirm-title">{described.title}</h3>
          {action.kind === 'backup' ? (
            <label class="field">
              <span>Backup name</span>
              <input
                ref={nameInput}
                data-testid="backup-name"
                value={name}
                spellcheck={false}
                autocomplete="off"
                onInput={(e) => setName(e.currentTarget.value.trim())}
                aria-invalid={problem ? 'true' : 'false'}
              />
              {problem ? <span class="field-problem">{problem}</span> : null}
            </label>
          ) : null}
          <p class="effect">{described.effect}</p>
          <p class="request mono">{`${described.request.method} ${described.request.path}`}</p>
          <div class="dialog-buttons">
            <button
              type="button"
              class="btn"
              data-testid="confirm-cancel"
              onClick={props.onCancel}
              ref={cancelButton}
            >
              Cancel
            </button>
            <button
              type="submit"
              class={`btn ${described.dangerous ? 'danger' : 'primary'}`}
              data-testid="confirm-ok"
              disabled={problem !== undefined}
            >
              {described.confirmLabel}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
