// The parts of the scheduler's REST answers the dashboard reads (docs/api.md). Only what is shown is
// typed; every field the dashboard reads is treated as possibly missing or null, because a dashboard
// served by one scheduler version can talk to another during a rolling upgrade.

/** GET /node/all (cassandra-mesos compatible). */
export interface NodeAllPayload {
  readonly nodes: readonly NodePayload[];
  readonly nodesToAcquire?: number;
}

export interface NodePayload {
  readonly nodeId: string;
  readonly hostname?: string | null;
  readonly ip?: string | null;
  readonly seedNode?: boolean;
  readonly live?: boolean;
  readonly targetRunState?: string;
  readonly replacementForIp?: string;
  readonly rackDc?: { readonly rack?: string; readonly dc?: string } | null;
  readonly tasks?: { readonly SERVER?: { readonly taskId?: string; readonly state?: string } };
  readonly lastHealthCheck?: number | null;
  readonly healthCheckDetails?: {
    readonly healthy?: boolean;
    readonly msg?: string;
    readonly operationMode?: string;
    readonly nativeTransportRunning?: boolean;
    readonly loadBytes?: number;
    readonly version?: string;
  } | null;
}

/** GET /v1/nodes/{node}/status: only the token count is read from it. */
export interface NodeStatusPayload {
  readonly name: string;
  readonly token_count?: number | null;
}

export type PlanStatus = 'PENDING' | 'IN_PROGRESS' | 'COMPLETE' | 'WAITING' | 'ERROR';

/** GET /v1/plans/{plan} (200 when COMPLETE, 503 otherwise, the plan as the body either way). */
export interface PlanPayload {
  readonly status: PlanStatus;
  readonly errors?: readonly string[];
  readonly phases: ReadonlyArray<{
    readonly id?: string;
    readonly name: string;
    readonly status: PlanStatus;
    readonly steps: ReadonlyArray<{
      readonly id?: string;
      readonly name: string;
      readonly status: PlanStatus;
      readonly message?: string;
    }>;
  }>;
}

export interface JobNodePayload {
  readonly nodeId: string;
  readonly sequence?: number;
  readonly state: string;
  readonly startedAt?: string | null;
  readonly finishedAt?: string | null;
  readonly durationMs?: number | null;
  readonly currentKeyspace?: string | null;
  readonly remainingKeyspaces?: readonly string[];
  readonly keyspaces?: ReadonlyArray<{ readonly keyspace: string; readonly status: string }>;
  readonly failureMessage?: string | null;
  // Backup and restore jobs only (GET /v1/backup/status, /v1/restore/status).
  readonly stage?: string | null;
  readonly bytesDone?: number;
  readonly bytesTotal?: number;
  readonly bytesSkipped?: number;
  readonly rateBytesPerSecond?: number;
}

/** The job JSON of both route families (GET /v1/jobs, /v1/jobs/{id}; backup jobs add backup and transfer). */
export interface JobPayload {
  readonly id: string;
  readonly type: string;
  readonly status: string;
  readonly requestedBy?: string;
  readonly startedAt?: string | null;
  readonly finishedAt?: string | null;
  readonly abortRequested?: boolean;
  readonly failureMessage?: string | null;
  readonly totalNodes?: number;
  readonly completedNodes?: number;
  readonly failedNodes?: number;
  readonly progress?: { readonly percent?: number; readonly etaSeconds?: number | null };
  readonly nodes?: readonly JobNodePayload[];
  readonly backup?: { readonly name?: string };
  readonly transfer?: {
    readonly stage?: string | null;
    readonly bytesDone?: number;
    readonly bytesTotal?: number;
    readonly bytesSkipped?: number;
    readonly rateBytesPerSecond?: number;
    readonly etaSeconds?: number | null;
  };
}

/** GET /v1/jobs. */
export interface JobListPayload {
  readonly current: JobPayload | null;
  readonly history: readonly JobPayload[];
}

/** GET /v1/backup/status and /v1/restore/status. */
export interface BackupStatusPayload {
  readonly running: boolean;
  readonly job: JobPayload | null;
}

/** GET /v1/backups. */
export interface BackupListPayload {
  readonly cluster?: string;
  readonly backups: ReadonlyArray<{
    readonly name: string;
    readonly type?: string;
    readonly storage?: string;
    readonly location?: string;
    readonly createdAt?: string;
    readonly totalBytes?: number;
    readonly totalFiles?: number;
    readonly nodes?: readonly unknown[];
  }>;
  readonly warnings?: readonly string[];
}

/** POST /v1/backups/{name}/verify. */
export interface VerifyReportPayload {
  readonly backup: string;
  readonly ok: boolean;
  readonly checkedObjects: number;
  readonly checkedBytes: number;
  readonly durationMs: number;
  readonly problems: ReadonlyArray<{ readonly kind: string; readonly key: string; readonly message: string }>;
}

export type EventLevel = 'info' | 'warn' | 'error';

/** One entry of GET /v1/events and of the SSE stream GET /v1/events/stream. */
export interface ClusterEvent {
  readonly seq: number;
  readonly at: string;
  readonly level: EventLevel;
  readonly kind: string;
  readonly nodeId?: string;
  readonly jobId?: string;
  readonly plan?: string;
  readonly message: string;
}

/** GET /v1/events. */
export interface EventsPayload {
  readonly events: readonly ClusterEvent[];
  readonly lastSeq: number;
}

/** GET /config: the names shown in the header. */
export interface ClusterConfigPayload {
  readonly clusterName?: string;
  readonly frameworkName?: string;
  readonly targetNumberOfNodes?: number;
}
