// The parts of the scheduler's answers the CLI reads for its tables and progress (the full shapes are
// in the scheduler's OpenAPI document, GET /openapi.json). --json prints the answers untouched.

export type PlanStatus = 'PENDING' | 'IN_PROGRESS' | 'COMPLETE' | 'WAITING' | 'ERROR';

export interface PlanStep {
  readonly id: string;
  readonly name: string;
  readonly status: PlanStatus;
  readonly message: string;
}

export interface Plan {
  readonly phases: ReadonlyArray<{ readonly id: string; readonly name: string; readonly status: PlanStatus; readonly steps: readonly PlanStep[] }>;
  readonly errors: readonly string[];
  readonly status: PlanStatus;
}

export interface JobNode {
  readonly nodeId: string;
  readonly state: string;
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly durationMs: number | null;
  readonly currentKeyspace: string | null;
  readonly remainingKeyspaces: readonly string[];
  readonly keyspaces: ReadonlyArray<{ readonly keyspace: string; readonly status: string }>;
  readonly failureMessage: string | null;
  // backup and restore jobs only
  readonly stage?: string | null;
  readonly bytesDone?: number;
  readonly bytesTotal?: number;
  readonly bytesSkipped?: number;
}

export interface Job {
  readonly id: string;
  readonly type: string;
  readonly status: 'PENDING' | 'RUNNING' | 'SUCCEEDED' | 'FAILED' | 'ABORTED' | 'UNSPECIFIED';
  readonly startedAt: string | null;
  readonly finishedAt: string | null;
  readonly abortRequested: boolean;
  readonly failureMessage: string | null;
  readonly totalNodes: number;
  readonly completedNodes: number;
  readonly failedNodes: number;
  readonly currentNodes: readonly string[];
  readonly remainingNodes: readonly string[];
  readonly progress: { readonly percent: number; readonly etaSeconds: number | null };
  readonly params?: { readonly keyspaces?: readonly string[] };
  readonly nodes?: readonly JobNode[];
  // backup and restore jobs only
  readonly backup?: { readonly name: string; readonly type: string; readonly location: string };
  readonly transfer?: {
    readonly stage: string | null;
    readonly bytesDone: number;
    readonly bytesTotal: number;
    readonly bytesSkipped: number;
    readonly rateBytesPerSecond: number;
    readonly etaSeconds: number | null;
  };
}

export interface JobStatusAnswer {
  readonly running: boolean;
  readonly job: Job | null;
}

export const FINISHED_JOB_STATUSES: ReadonlySet<string> = new Set(['SUCCEEDED', 'FAILED', 'ABORTED']);
