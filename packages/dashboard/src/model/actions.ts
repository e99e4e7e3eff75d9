// The operator actions of the page: for each one the request it sends and the sentence the
// confirmation dialog shows, which says exactly what will happen (and what the scheduler may refuse).
import { jobTypeSlug } from './jobs';

export type Action =
  | { readonly kind: 'plan-interrupt'; readonly plan: string }
  | { readonly kind: 'plan-continue'; readonly plan: string }
  | { readonly kind: 'repair' }
  | { readonly kind: 'cleanup' }
  | { readonly kind: 'backup'; readonly name: string }
  | { readonly kind: 'abort-job'; readonly jobType: string; readonly jobId: string }
  | { readonly kind: 'node-restart'; readonly nodeId: string; readonly host: string }
  | { readonly kind: 'node-replace'; readonly nodeId: string; readonly host: string }
  | { readonly kind: 'backup-verify'; readonly name: string };

export interface ActionRequest {
  readonly method: 'POST' | 'PUT';
  /** Path and query, URL-encoded. */
  readonly path: string;
}

export interface ActionDescription {
  /** Dialog title and confirm button label. */
  readonly title: string;
  readonly confirmLabel: string;
  /** What will happen, in one or two sentences. */
  readonly effect: string;
  /** Changes the cluster in a way that takes nodes down or removes one: the confirm button is red. */
  readonly dangerous: boolean;
  readonly request: ActionRequest;
}

/** The original API's job path segment of each job type (POST /cluster/<segment>/abort). */
const ABORT_SEGMENT: Readonly<Record<string, string>> = {
  REPAIR: 'repair',
  CLEANUP: 'cleanup',
  ROLLING_RESTART: 'rolling-restart',
  BACKUP: 'backup',
  RESTORE: 'restore',
};

export function describeAction(action: Action): ActionDescription {
  switch (action.kind) {
    case 'plan-interrupt':
      return {
        title: `Interrupt plan ${action.plan}`,
        confirmLabel: 'Interrupt',
        effect: `No new step of plan "${action.plan}" starts until it is continued; a step already in progress finishes.`,
        dangerous: false,
        request: { method: 'POST', path: `/v1/plans/${enc(action.plan)}/interrupt` },
      };
    case 'plan-continue':
      return {
        title: `Continue plan ${action.plan}`,
        confirmLabel: 'Continue',
        effect: `Plan "${action.plan}" hands out its next steps again.`,
        dangerous: false,
        request: { method: 'POST', path: `/v1/plans/${enc(action.plan)}/continue` },
      };
    case 'repair':
      return {
        title: 'Start a repair',
        confirmLabel: 'Start repair',
        effect:
          "A full repair of each node's primary token ranges, every non-system keyspace, one node at a time. It is refused while another cluster job runs.",
        dangerous: false,
        request: { method: 'POST', path: '/cluster/repair/start' },
      };
    case 'cleanup':
      return {
        title: 'Start a cleanup',
        confirmLabel: 'Start cleanup',
        effect:
          'Every node drops the data it no longer owns (nodetool cleanup of every non-system keyspace), one node at a time. It is refused while another cluster job runs.',
        dangerous: false,
        request: { method: 'POST', path: '/cluster/cleanup/start' },
      };
    case 'backup':
      return {
        title: 'Start a backup',
        confirmLabel: 'Start backup',
        effect: `Backup "${action.name}" of every node to the configured backup location, one node at a time: snapshot, upload (files already stored are not uploaded again), checksums, manifest last.`,
        dangerous: false,
        request: { method: 'POST', path: `/cluster/backup/start?name=${enc(action.name)}` },
      };
    case 'abort-job': {
      const segment = ABORT_SEGMENT[action.jobType] ?? jobTypeSlug(action.jobType);
      return {
        title: `Abort the ${segment.replace(/-/g, ' ')}`,
        confirmLabel: 'Abort job',
        effect: `Job ${action.jobId} stops after the node(s) it is working on; nodes not started yet are skipped.`,
        dangerous: true,
        request: { method: 'POST', path: `/cluster/${segment}/abort` },
      };
    }
    case 'node-restart':
      return {
        title: `Restart ${action.nodeId}`,
        confirmLabel: 'Restart node',
        effect: `Cassandra on ${action.nodeId} (${action.host}) is drained, stopped and started again in place: same host, same data. The node is down until it is live again.`,
        dangerous: true,
        request: { method: 'PUT', path: `/v1/nodes/restart?node=${enc(action.nodeId)}` },
      };
    case 'node-replace':
      return {
        title: `Replace ${action.nodeId}`,
        confirmLabel: 'Replace node',
        effect: `${action.nodeId} (${action.host}) is terminated for good and a new node takes its place on another host (Cassandra replace_address), streaming its data from the replicas. The scheduler refuses to replace a node that is live.`,
        dangerous: true,
        request: { method: 'PUT', path: `/v1/nodes/replace?node=${enc(action.nodeId)}` },
      };
    case 'backup-verify':
      return {
        title: `Verify backup ${action.name}`,
        confirmLabel: 'Verify',
        effect: `Every object of backup "${action.name}" is read from storage and checked against its size and SHA-256. Nothing changes.`,
        dangerous: false,
        request: { method: 'POST', path: `/v1/backups/${enc(action.name)}/verify` },
      };
  }
}

/** The toast after an action the API accepted; `body` is its answer. */
export function successMessage(action: Action, body: unknown): string {
  const job = jobOf(body);
  switch (action.kind) {
    case 'plan-interrupt':
      return `Plan ${action.plan} interrupted`;
    case 'plan-continue':
      return `Plan ${action.plan} continued`;
    case 'repair':
    case 'cleanup':
    case 'backup':
      return `${action.kind === 'backup' ? `Backup ${action.name}` : action.kind === 'repair' ? 'Repair' : 'Cleanup'} started${job ? ` (job ${job})` : ''}`;
    case 'abort-job':
      return `Abort requested for job ${action.jobId}`;
    case 'node-restart':
      return `${action.nodeId} is restarting`;
    case 'node-replace':
      return `${action.nodeId} is being replaced`;
    case 'backup-verify':
      return `Backup ${action.name} verified`;
  }
}

function jobOf(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const job = (body as { job?: { id?: unknown } }).job;
  return typeof job?.id === 'string' ? job.id : undefined;
}

function enc(value: string): string {
  return encodeURIComponent(value);
}
