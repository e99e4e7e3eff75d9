// The current cluster job with per-node progress, the last finished job, and the buttons that start
// jobs (repair, cleanup, backup) or abort the running one.
import type { Action } from '../model/actions';
import { formatTime } from '../model/format';
import type { JobNodeRow, JobView } from '../model/jobs';
import { statusTone } from '../model/tone';
import { Badge } from './badge';
import { Section } from './section';

export interface JobSectionProps {
  readonly current: JobView | null;
  readonly last: JobView | null;
  readonly error: string | undefined;
  /** Backups can be started (the scheduler has a backup service). */
  readonly backupsEnabled: boolean;
  readonly onAction: (action: Action) => void;
  readonly onBackup: () => void;
}

export function JobSection(props: JobSectionProps) {
  const { current, last } = props;
  const busy = current !== null;
  const aside = (
    <div class="button-row">
      <button
        type="button"
        class="btn"
        data-testid="action-repair"
        disabled={busy}
        title={busy ? 'one cluster job runs at a time' : undefined}
        onClick={() => props.onAction({ kind: 'repair' })}
      >
        Repair
      </button>
      <button
        type="button"
        class="btn"
        data-testid="action-cleanup"
        disabled={busy}
        title={busy ? 'one cluster job runs at a time' : undefined}
        onClick={() => props.onAction({ kind: 'cleanup' })}
      >
        Cleanup
      </button>
      <button
        type="button"
        class="btn"
        data-testid="action-backup"
        disabled={busy || !props.backupsEnabled}
        title={
          !props.backupsEnabled
            ? 'this scheduler runs without a backup service'
            : busy
              ? 'one cluster job runs at a time'
              : undefined
        }
        onClick={props.onBackup}
      >
        Backup…
      </button>
    </div>
  );
  return (
    <Section title="Current job" id="job" error={props.error} aside={aside}>
      <div
        data-testid="current-job"
        data-job-type={current?.slug ?? 'none'}
        data-job-status={current?.status ?? 'NONE'}
      >
        {current ? (
          <JobDetails job={current} onAction={props.onAction} />
        ) : (
          <p class="empty">No cluster job is running.</p>
        )}
      </div>
      {last ? <LastJob job={last} /> : null}
    </Section>
  );
}

function JobDetails({
  job,
  onAction,
}: {
  readonly job: JobView;
  readonly onAction: (action: Action) => void;
}) {
  const hasBytes = job.nodes.some((n) => n.bytes !== '—');
  return (
    <div class="job">
      <div class="job-head">
        <span class="job-title">{job.backupName ? `${job.title} ${job.backupName}` : job.title}</span>
        <Badge
          tone={statusTone(job.status)}
          text={job.abortRequested ? `${job.status} (aborting)` : job.status}
        />
        <span class="mono muted" title={job.id}>
          {job.shortId}
        </span>
        <span class="spacer" />
        <button
          type="button"
          class="btn small danger-outline"
          data-testid="job-abort"
          disabled={job.abortRequested}
          onClick={() => onAction({ kind: 'abort-job', jobType: job.type, jobId: job.id })}
        >
          Abort
        </button>
      </div>
      <div class="job-progress">
        <progress max={100} value={job.percent} aria-label={`${job.title} progress`} />
        <span class="figure">{job.percentText}</span>
      </div>
      <dl class="facts">
        <dt>nodes</dt>
        <dd>{job.nodesText}</dd>
        <dt>ETA</dt>
        <dd>{job.eta}</dd>
        <dt>running for</dt>
        <dd>{job.duration}</dd>
        {job.bytes !== '—' ? (
          <>
            <dt>bytes</dt>
            <dd>{job.bytes}</dd>
            <dt>rate</dt>
            <dd>{job.rate}</dd>
          </>
        ) : null}
        <dt>requested by</dt>
        <dd>{job.requestedBy || '—'}</dd>
      </dl>
      {job.failure ? <p class="plan-error">{job.failure}</p> : null}
      <table class="grid compact">
        <thead>
          <tr>
            <th>node</th>
            <th>state</th>
            <th>{hasBytes ? 'stage' : 'keyspace'}</th>
            <th class="progress-col">progress</th>
            {hasBytes ? <th class="num">rate</th> : null}
            <th class="num">ETA</th>
            <th class="num">time</th>
          </tr>
        </thead>
        <tbody>
          {job.nodes.map((n) => (
            <JobNode key={n.nodeId} node={n} hasBytes={hasBytes} />
          ))}
        </tbody>
      </table>
    </div>
  );
}

function JobNode({ node, hasBytes }: { readonly node: JobNodeRow; readonly hasBytes: boolean }) {
  return (
    <tr
      data-testid="job-node"
      data-node-id={node.nodeId}
      data-state={node.state}
      title={node.failure || undefined}
    >
      <td class="mono">{node.nodeId}</td>
      <td>
        <Badge tone={statusTone(node.state)} text={node.state} />
      </td>
      <td class="mono">{hasBytes ? node.stage || '—' : node.keyspace}</td>
      <td class="progress-col">
        {node.fraction === null ? null : <progress max={1} value={node.fraction} />}
        <span data-testid="job-progress" class="figure">
          {node.progressText}
        </span>
      </td>
      {hasBytes ? <td class="num">{node.rate}</td> : null}
      <td class="num">{node.eta}</td>
      <td class="num">{node.duration}</td>
    </tr>
  );
}

function LastJob({ job }: { readonly job: JobView }) {
  return (
    <div class="last-job" data-testid="last-job" data-job-type={job.slug} data-job-status={job.status}>
      <span class="muted">last finished:</span>
      <span class="strong">{job.backupName ? `${job.title} ${job.backupName}` : job.title}</span>
      <Badge tone={statusTone(job.status)} text={job.status} />
      <span class="muted">{job.nodesText}</span>
      <span class="muted">{`took ${job.duration}`}</span>
      <span class="muted">{`ended ${formatTime(job.finishedAt)}`}</span>
      {job.failure ? (
        <span class="last-failure" title={job.failure}>
          {job.failure}
        </span>
      ) : null}
    </div>
  );
}
