// Framework messages between executor and scheduler: ExecutorMessage out (sequence-numbered, so the
// scheduler can drop stale or duplicated ones), SchedulerMessage in (decoded defensively: a bad one
// is answered with a ProtocolError naming what was wrong, and changes nothing).
import { cassandra_mesos, decodeMessage, encodeMessage, WireFormatError } from '@cassandra-mesos/model';
import type { Clock } from '../clock';
import { PROTOCOL_VERSION } from '../server/machine';

export type ExecutorMessageBody =
  | { readonly health: cassandra_mesos.v1.IHealthCheckDetails }
  | { readonly jobProgress: cassandra_mesos.v1.INodeJobRecord }
  | { readonly metadata: cassandra_mesos.v1.IExecutorMetadata }
  | { readonly protocolError: cassandra_mesos.v1.IProtocolError }
  | { readonly ringChange: cassandra_mesos.v1.IRingChange }
  /** Consistent backup: this node's answer to a SnapshotRequest. */
  | { readonly snapshotResult: cassandra_mesos.v1.ISnapshotResult };

export class ExecutorMessageEncoder {
  private sequence = 0;

  constructor(
    private readonly clock: Clock,
    private readonly executorId: string,
  ) {}

  encode(nodeId: string, body: ExecutorMessageBody): Uint8Array {
    this.sequence += 1;
    return encodeMessage(
      cassandra_mesos.v1.ExecutorMessage,
      cassandra_mesos.v1.ExecutorMessage.create({
        protocolVersion: PROTOCOL_VERSION,
        sequence: this.sequence,
        sentAtMs: this.clock.now(),
        nodeId,
        executorId: this.executorId,
        ...body,
      }),
    );
  }
}

type SchedulerMessage = ReturnType<typeof decodeRaw>;

function decodeRaw(data: Uint8Array) {
  return decodeMessage(cassandra_mesos.v1.SchedulerMessage, data, 'framework message from the scheduler');
}

export type DecodedSchedulerMessage =
  | { readonly ok: true; readonly message: SchedulerMessage }
  | { readonly ok: false; readonly error: cassandra_mesos.v1.IProtocolError };

export function decodeSchedulerMessage(data: Uint8Array): DecodedSchedulerMessage {
  let message: SchedulerMessage;
  try {
    message = decodeRaw(data);
  } catch (err) {
    if (err instanceof WireFormatError) return { ok: false, error: { code: 'MALFORMED_MESSAGE', message: err.message } };
    throw err;
  }
  if ((message.protocolVersion ?? 0) !== PROTOCOL_VERSION) {
    return {
      ok: false,
      error: { code: 'UNSUPPORTED_PROTOCOL', message: `SchedulerMessage.protocol_version is ${message.protocolVersion}; this executor speaks ${PROTOCOL_VERSION}` },
    };
  }
  if (!message.body) return { ok: false, error: { code: 'EMPTY_MESSAGE', message: 'SchedulerMessage has no body: nothing to do' } };
  return { ok: true, message };
}
