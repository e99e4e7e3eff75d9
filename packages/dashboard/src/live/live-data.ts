// Everything the page shows, kept current without reloads: the REST views are read again on every
// event of the live stream (coalesced) and by polling every few seconds as a fallback. Views that cost
// the scheduler more (the backup list reads the bucket, token counts ask each node's executor) are
// read on a slower cadence and when a job finishes.
import type {
  BackupListPayload,
  BackupStatusPayload,
  ClusterConfigPayload,
  ClusterEvent,
  EventsPayload,
  JobListPayload,
  NodeAllPayload,
  NodeStatusPayload,
  PlanPayload,
} from '../model/api-types';
import { lastSeqOf, mergeEvents } from '../model/events';
import { transferKind } from '../model/jobs';
import { nodesWithHealth } from '../model/nodes';
import { orderPlanNames } from '../model/plans';
import { ApiCallError, AuthRequiredError, type ApiClient } from './api-client';
import { EventStream, type StreamState } from './event-stream';

export const POLL_INTERVAL_MS = 2_500;
const SLOW_INTERVAL_MS = 30_000;
/** Events of a burst (a deploy step flips several things) are answered with one refresh. */
const EVENT_COALESCE_MS = 200;
/** Events read at once: enough for the list the page shows. */
const EVENTS_READ = 100;

export interface DashboardData {
  readonly config: ClusterConfigPayload | undefined;
  readonly nodes: NodeAllPayload | undefined;
  readonly tokenCounts: Readonly<Record<string, number>>;
  readonly plans: ReadonlyArray<{ readonly name: string; readonly plan: PlanPayload }>;
  readonly jobs: JobListPayload | undefined;
  readonly transfer: BackupStatusPayload | undefined;
  readonly backups: BackupListPayload | undefined;
  /** Why the backup list is missing (e.g. this scheduler runs without a backup service). */
  readonly backupsError: string | undefined;
  /** This scheduler runs without a backup service (BACKUPS_UNAVAILABLE): backups cannot be started. */
  readonly backupsUnavailable: boolean;
  readonly events: readonly ClusterEvent[];
  /** false: this scheduler has no events feed (404); undefined: not known yet. */
  readonly eventsAvailable: boolean | undefined;
  readonly stream: StreamState;
  /** The last poll of the core views worked. */
  readonly pollOk: boolean;
  /** Per view, the message of its last failed read. */
  readonly errors: Readonly<Record<string, string>>;
  /** Set when a read answered 401: the message to show beside the token form. */
  readonly authMessage: string | undefined;
  readonly updatedAtMs: number | undefined;
}

export const EMPTY_DATA: DashboardData = {
  config: undefined,
  nodes: undefined,
  tokenCounts: {},
  plans: [],
  jobs: undefined,
  transfer: undefined,
  backups: undefined,
  backupsError: undefined,
  backupsUnavailable: false,
  events: [],
  eventsAvailable: undefined,
  stream: 'closed',
  pollOk: false,
  errors: {},
  authMessage: undefined,
  updatedAtMs: undefined,
};

export class LiveData {
  private data: DashboardData = EMPTY_DATA;
  private readonly stream: EventStream;
  private timer: ReturnType<typeof setTimeout> | undefined;
  private eventTimer: ReturnType<typeof setTimeout> | undefined;
  private running = false;
  private refreshing: Promise<void> | undefined;
  private again = false;
  private lastSlowMs = -Infinity;
  private slowDue = true;
  private lastFinishedJobId: string | undefined;

  constructor(
    private readonly client: ApiClient,
    private readonly publish: (data: DashboardData) => void,
    private readonly now: () => number = () => Date.now(),
  ) {
    this.stream = new EventStream(
      client,
      {
        onEvent: (event) => this.onEvent(event),
        onState: (state) =>
          this.update({
            stream: state,
            ...(state === 'unavailable'
              ? { eventsAvailable: false }
              : state === 'open'
                ? { eventsAvailable: true }
                : {}),
          }),
      },
      () => lastSeqOf(this.data.events),
    );
  }

  start(): void {
    if (this.running) return;
    this.running = true;
    void this.refresh();
  }

  stop(): void {
    this.running = false;
    clearTimeout(this.timer);
    clearTimeout(this.eventTimer);
    this.stream.stop();
  }

  /** Reads everything again now (after an action, a new token); slow views too when `everything`. */
  refreshNow(everything = false): Promise<void> {
    if (everything) this.slowDue = true;
    return this.refresh();
  }

  /** A verify or an action changed what the slow views show. */
  markSlowViewsStale(): void {
    this.slowDue = true;
  }

  private onEvent(event: ClusterEvent): void {
    this.update({ events: mergeEvents(this.data.events, [event]) });
    if (event.kind === 'job-finished' || event.kind.startsWith('backup')) this.slowDue = true;
    clearTimeout(this.eventTimer);
    this.eventTimer = setTimeout(() => void this.refresh(), EVENT_COALESCE_MS);
  }

  /** One refresh at a time; a request during one runs once more right after it. */
  private refresh(): Promise<void> {
    if (this.refreshing) {
      this.again = true;
      return this.refreshing;
    }
    clearTimeout(this.timer);
    this.refreshing = this.readAll()
      .catch(() => undefined)
      .finally(() => {
        this.refreshing = undefined;
        if (!this.running) return;
        if (this.again) {
          this.again = false;
          void this.refresh();
        } else {
          this.timer = setTimeout(() => void this.refresh(), POLL_INTERVAL_MS);
        }
      });
    return this.refreshing;
  }

  private async readAll(): Promise<void> {
    const reads = new Reads(this.data.errors);
    const [nodes, plans, jobs] = await Promise.all([
      reads.view('nodes', () => this.client.get<NodeAllPayload>('/node/all')),
      reads.view('plans', () => this.readPlans()),
      reads.view('jobs', () => this.client.get<JobListPayload>('/v1/jobs')),
    ]);
    const kind = transferKind(jobs?.current?.type);
    const transfer = kind
      ? await reads.view('transfer', () => this.client.get<BackupStatusPayload>(`/v1/${kind}/status`))
      : undefined;

    // A job that finished since the last read may have added a backup or changed a node.
    const finishedId = jobs?.history[0]?.id;
    if (finishedId !== undefined && finishedId !== this.lastFinishedJobId) {
      if (this.lastFinishedJobId !== undefined) this.slowDue = true;
      this.lastFinishedJobId = finishedId;
    }
    const slow = this.slowDue || this.now() - this.lastSlowMs >= SLOW_INTERVAL_MS;
    const slowViews = slow ? await this.readSlowViews(nodes, reads) : {};
    if (slow) {
      this.slowDue = false;
      this.lastSlowMs = this.now();
    }
    const events = this.data.stream === 'open' ? {} : await this.pollEvents(slow, reads);

    this.update({
      ...(nodes ? { nodes } : {}),
      ...(plans ? { plans } : {}),
      ...(jobs ? { jobs } : {}),
      transfer,
      ...slowViews,
      ...events,
      errors: reads.errors,
      authMessage: reads.authMessage,
      pollOk: nodes !== undefined && jobs !== undefined,
      updatedAtMs: this.now(),
    });
    if (reads.authMessage === undefined && this.data.eventsAvailable === true) this.stream.start();
  }

  private async readPlans(): Promise<DashboardData['plans']> {
    const names = orderPlanNames(await this.client.get<string[]>('/v1/plans'));
    return Promise.all(
      names.map(async (name) => ({
        name,
        plan: await this.client.get<PlanPayload>(`/v1/plans/${encodeURIComponent(name)}`, { alsoOk: [503] }),
      })),
    );
  }

  private async readSlowViews(
    nodes: NodeAllPayload | undefined,
    reads: Reads,
  ): Promise<Partial<DashboardData>> {
    const [config, backups, tokenCounts] = await Promise.all([
      reads.view('config', () => this.client.get<ClusterConfigPayload>('/config')),
      this.readBackups(),
      this.readTokenCounts(nodes),
    ]);
    return { ...(config ? { config } : {}), ...backups, tokenCounts };
  }

  private async readBackups(): Promise<
    Pick<DashboardData, 'backups' | 'backupsError' | 'backupsUnavailable'>
  > {
    try {
      return {
        backups: await this.client.get<BackupListPayload>('/v1/backups?limit=50'),
        backupsError: undefined,
        backupsUnavailable: false,
      };
    } catch (err) {
      const unavailable = err instanceof ApiCallError && err.code === 'BACKUPS_UNAVAILABLE';
      return {
        backups: unavailable ? undefined : this.data.backups,
        backupsError: err instanceof Error ? err.message : String(err),
        backupsUnavailable: unavailable,
      };
    }
  }

  /** Token counts change only when a node joins; each read asks the node's executor (≤ 2 s). */
  private async readTokenCounts(nodes: NodeAllPayload | undefined): Promise<Record<string, number>> {
    const counts: Record<string, number> = { ...this.data.tokenCounts };
    await Promise.all(
      nodesWithHealth(nodes).map(async (id) => {
        try {
          const status = await this.client.get<NodeStatusPayload>(
            `/v1/nodes/${encodeURIComponent(id)}/status`,
          );
          if (typeof status.token_count === 'number') counts[id] = status.token_count;
        } catch {
          // The count stays as last read; the cell shows "—" until a read works.
        }
      }),
    );
    return counts;
  }

  /** Without an open stream, new events are polled; a 404 hides the section and is asked again on the slow cadence. */
  private async pollEvents(slow: boolean, reads: Reads): Promise<Partial<DashboardData>> {
    if (this.data.eventsAvailable === false && !slow) return {};
    const since = lastSeqOf(this.data.events);
    try {
      const payload = await this.client.get<EventsPayload>(
        `/v1/events?${since > 0 ? `since=${since}&` : ''}limit=${EVENTS_READ}`,
      );
      reads.succeeded('events');
      if (payload.lastSeq < since) return { events: await this.readFreshEvents(), eventsAvailable: true };
      return { events: mergeEvents(this.data.events, payload.events), eventsAvailable: true };
    } catch (err) {
      if (err instanceof ApiCallError && err.status === 404) {
        reads.succeeded('events');
        return { eventsAvailable: false };
      }
      reads.failed('events', err);
      return {};
    }
  }

  /**
   * The journal lives in the leading scheduler's memory: after a restart or a new leader it starts again
   * at seq 1, and what the page holds is from before. Read when the stream (re)opens and when polling
   * sees a lastSeq below the page's.
   */
  private async resyncEvents(): Promise<void> {
    try {
      const payload = await this.client.get<EventsPayload>(`/v1/events?limit=${EVENTS_READ}`);
      if (payload.lastSeq < lastSeqOf(this.data.events))
        this.update({ events: mergeEvents([], payload.events) });
      else this.update({ events: mergeEvents(this.data.events, payload.events) });
    } catch {
      // The next poll or stream event tries again.
    }
  }

  private async readFreshEvents(): Promise<ClusterEvent[]> {
    return mergeEvents([], (await this.client.get<EventsPayload>(`/v1/events?limit=${EVENTS_READ}`)).events);
  }

  private update(patch: Partial<DashboardData>): void {
    this.data = { ...this.data, ...patch };
    this.publish(this.data);
  }
}

/** The outcome of one round of reads: each view's last error, and the 401 message if any read got one. */
class Reads {
  readonly errors: Record<string, string>;
  authMessage: string | undefined;

  constructor(previous: Readonly<Record<string, string>>) {
    this.errors = { ...previous };
  }

  async view<T>(name: string, load: () => Promise<T>): Promise<T | undefined> {
    try {
      const value = await load();
      this.succeeded(name);
      return value;
    } catch (err) {
      this.failed(name, err);
      return undefined;
    }
  }

  succeeded(name: string): void {
    delete this.errors[name];
  }

  failed(name: string, err: unknown): void {
    const message = err instanceof Error ? err.message : String(err);
    if (err instanceof AuthRequiredError) this.authMessage = message;
    this.errors[name] = message;
  }
}
