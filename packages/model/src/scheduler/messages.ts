// SchedulerMessage framing, for the core's send-message decisions and the driver's own requests. The
// sequence defaults to the send time: messages are unreliable and the executor acts on each one on its
// own, so it needs no gap-free count.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { encodeMessage } from '../wire';
import { TASK_PROTOCOL_VERSION } from './task-builder';

export type SchedulerMessageBody = Omit<cassandra_mesos.v1.ISchedulerMessage, 'protocolVersion' | 'sequence' | 'sentAtMs'>;

export function encodeSchedulerMessage(nowMs: number, body: SchedulerMessageBody, sequence = nowMs): Uint8Array {
  return encodeMessage(
    cassandra_mesos.v1.SchedulerMessage,
    cassandra_mesos.v1.SchedulerMessage.create({ protocolVersion: TASK_PROTOCOL_VERSION, sequence, sentAtMs: nowMs, ...body }),
  );
}
