// Asks for the API token after a call answered 401. The token is kept in sessionStorage only (gone
// with the tab) and sent as "Authorization: Bearer".
import { useState } from 'preact/hooks';

export function TokenForm(props: {
  readonly message: string;
  readonly onSubmit: (token: string) => void;
  readonly onCancel: (() => void) | undefined;
}) {
  const [token, setToken] = useState('');
  return (
    <div class="overlay">
      <div class="dialog" role="dialog" aria-modal="true" aria-labelledby="token-title">
        <form
          data-testid="token-form"
          onSubmit={(e) => {
            e.preventDefault();
            if (token !== '') props.onSubmit(token);
          }}
        >
          <h3 id="token-title">API token needed</h3>
          <p class="effect">{props.message}</p>
          <label class="field">
            <span>Token (CASSANDRA_MESOS_API_TOKEN)</span>
            <input
              type="password"
              data-testid="token-input"
              value={token}
              autocomplete="off"
              autoFocus
              onInput={(e) => setToken(e.currentTarget.value.trim())}
            />
          </label>
          <p class="muted small">
            Kept in this tab's session storage only; sent as a bearer token to this scheduler.
          </p>
          <div class="dialog-buttons">
            {props.onCancel ? (
              <button type="button" class="btn" onClick={props.onCancel}>
                Cancel
              </button>
            ) : null}
            <button type="submit" class="btn primary" data-testid="token-submit" disabled={token === ''}>
              Use token
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
