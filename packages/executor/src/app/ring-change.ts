// Ring departures of a scale-down, asked for by the scheduler: this node decommissions itself, or (when
// the leaving node is down) this node removes it by host id. Both run for minutes to hours inside
// Cassandra, so they run in the background; the scheduler hears STARTED, then SUCCEEDED or FAILED with
// Cassandra's own reason (e.g. the replication factor needs the node). A repeated request while one
// runs is answered with STARTED again and starts nothing.
import { cassandra_mesos } from '@cassandra-mesos/model';
import type { Logger } from 'pino';
import type { Clock } from '../clock';

const { RingChangeOperation, RingChangeState } = cassandra_mesos.v1;

export interface RingChangeRequest {
  readonly operation: cassandra_mesos.v1.RingChangeOperation;
  /** The node leaving the ring. */
  readonly nodeId: string;
  readonly run: () => Promise<void>;
}

export class RingChanges {
  private readonly running = new Map<string, number>();

  constructor(
    private readonly clock: Clock,
    private readonly log: Logger,
    private readonly send: (change: cassandra_mesos.v1.IRingChange) => void,
    private readonly afterSuccess: () => void = () => undefined,
  ) {}

  start(request: RingChangeRequest): void {
    const key = `${request.operation}:${request.nodeId}`;
    const op = RingChangeOperation[request.operation];
    const startedAt = this.running.get(key);
    if (startedAt !== undefined) {
      this.report(request, RingChangeState.RING_CHANGE_STARTED, '', startedAt);
      return;
    }
    const started = this.clock.now();
    this.running.set(key, started);
    this.log.info({ operation: op, leavingNode: request.nodeId }, 'ring departure started');
    this.report(request, RingChangeState.RING_CHANGE_STARTED, '', started);
    request.run().then(
      () => {
        this.running.delete(key);
        this.log.info({ operation: op, leavingNode: request.nodeId, durationMs: this.clock.now() - started }, 'ring departure finished');
        this.report(request, RingChangeState.RING_CHANGE_SUCCEEDED, '', started);
        this.afterSuccess();
      },
      (err: unknown) => {
        this.running.delete(key);
        const message = err instanceof Error ? err.message : String(err);
        this.log.warn({ operation: op, leavingNode: request.nodeId, error: message }, 'ring departure failed');
        this.report(request, RingChangeState.RING_CHANGE_FAILED, message, started);
      },
    );
  }

  /** A request that cannot start here (no Cassandra running): FAILED at once, with why. */
  refuse(operation: cassandra_mesos.v1.RingChangeOperation, nodeId: string, message: string): void {
    this.report({ operation, nodeId, run: () => Promise.resolve() }, RingChangeState.RING_CHANGE_FAILED, message, this.clock.now());
  }

  private report(request: RingChangeRequest, state: cassandra_mesos.v1.RingChangeState, message: string, startedAt: number): void {
    this.send({ operation: request.operation, nodeId: request.nodeId, state, message, durationMs: this.clock.now() - startedAt });
  }
}
