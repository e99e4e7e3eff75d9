// Nodes: one row per node with its place, Cassandra's view of itself and the Mesos task, and the
// per-node actions (each goes through the confirmation dialog).
import type { Action } from '../model/actions';
import type { NodeRow } from '../model/nodes';
import { statusTone, taskTone } from '../model/tone';
import { Badge } from './badge';
import { Section } from './section';

export function NodesSection(props: {
  readonly rows: readonly NodeRow[];
  readonly error: string | undefined;
  readonly onAction: (action: Action) => void;
}) {
  const live = props.rows.filter((r) => r.live).length;
  return (
    <Section
      title="Nodes"
      id="nodes"
      wide
      error={props.error}
      aside={<span class="muted">{`${live}/${props.rows.length} live`}</span>}
    >
      <div class="table-wrap">
        <table class="grid" data-testid="nodes-table">
          <thead>
            <tr>
              <th>node</th>
              <th>host</th>
              <th>dc</th>
              <th>rack</th>
              <th>mode</th>
              <th>health</th>
              <th class="num">load</th>
              <th class="num">tokens</th>
              <th>seed</th>
              <th>task</th>
              <th>run state</th>
              <th class="actions-col">actions</th>
            </tr>
          </thead>
          <tbody>
            {props.rows.length === 0 ? (
              <tr>
                <td colSpan={12} class="empty">
                  No nodes yet: the scheduler creates them as the deploy plan acquires offers.
                </td>
              </tr>
            ) : (
              props.rows.map((r) => <NodeTableRow key={r.nodeId} row={r} onAction={props.onAction} />)
            )}
          </tbody>
        </table>
      </div>
    </Section>
  );
}

function NodeTableRow({
  row,
  onAction,
}: {
  readonly row: NodeRow;
  readonly onAction: (action: Action) => void;
}) {
  return (
    <tr data-testid="node-row" data-node-id={row.nodeId} class={row.live ? '' : 'row-down'}>
      <td class="mono strong">{row.nodeId}</td>
      <td data-col="host" class="mono" title={row.note || undefined}>
        {row.host}
        {row.note ? <span class="note"> {row.note}</span> : null}
      </td>
      <td data-col="dc">{row.dc}</td>
      <td data-col="rack">{row.rack}</td>
      <td data-col="mode">
        {row.mode === '—' ? '—' : <Badge tone={statusTone(row.mode)} text={row.mode} />}
      </td>
      <td data-col="health" title={row.healthMessage || undefined}>
        <Badge tone={statusTone(row.health)} text={row.health} />
      </td>
      <td data-col="load" class="num">
        {row.load}
      </td>
      <td data-col="tokens" class="num">
        {row.tokens}
      </td>
      <td data-col="seed" data-seed={row.seed ? 'true' : 'false'}>
        {row.seed ? <span class="seed">seed</span> : <span class="muted">—</span>}
      </td>
      <td data-col="task">{row.task === '—' ? '—' : <Badge tone={taskTone(row.task)} text={row.task} />}</td>
      <td class="muted">{row.runState}</td>
      <td class="actions-col">
        <button
          type="button"
          class="btn small"
          data-testid="node-restart"
          onClick={() => onAction({ kind: 'node-restart', nodeId: row.nodeId, host: row.host })}
        >
          Restart
        </button>
        <button
          type="button"
          class="btn small danger-outline"
          data-testid="node-replace"
          onClick={() => onAction({ kind: 'node-replace', nodeId: row.nodeId, host: row.host })}
        >
          Replace
        </button>
      </td>
    </tr>
  );
}
