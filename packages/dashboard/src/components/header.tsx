// The top bar: which cluster this is, whether the page is live, and the token button.
import { formatClock } from '../model/format';

export interface HeaderProps {
  readonly cluster: string;
  readonly framework: string;
  readonly live: boolean;
  /** How the page keeps current, for the indicator's tooltip. */
  readonly liveDetail: string;
  readonly updatedAtMs: number | undefined;
  readonly hasToken: boolean;
  readonly onToken: () => void;
}

export function Header(props: HeaderProps) {
  return (
    <header class="topbar">
      <div class="brand">
        <span class="logo" aria-hidden="true" />
        <span class="product">cassandra-mesos</span>
        {props.cluster ? <span class="cluster">{props.cluster}</span> : null}
        {props.framework && props.framework !== props.cluster ? (
          <span class="muted">{`framework ${props.framework}`}</span>
        ) : null}
      </div>
      <div class="topbar-right">
        {props.updatedAtMs !== undefined ? (
          <span class="muted small">{`updated ${formatClock(new Date(props.updatedAtMs).toISOString())} UTC`}</span>
        ) : null}
        <span
          class={`live ${props.live ? 'is-live' : 'is-down'}`}
          data-testid="live-status"
          title={props.liveDetail}
        >
          {props.live ? 'live' : 'reconnecting'}
        </span>
        <button type="button" class="btn small" onClick={props.onToken}>
          {props.hasToken ? 'Token set' : 'API token'}
        </button>
      </div>
    </header>
  );
}
