// What the node takes from an offer, collected stage by stage: resources to RESERVE, volumes to CREATE,
// and the resources of the server task and of the executor. Everything taken from the unreserved pool
// is reserved first (when our role can hold reservations), so it comes back to this node after a crash.
import type { PoolEntry, Piece } from './offer-pools';
import { mergeResources, pushReservation, withPorts, withScalar } from './resource-shapes';
import type { MesosReservation, MesosResource } from './types';

export type Consumer = 'task' | 'executor';

export class Claim {
  readonly reserve: MesosResource[] = [];
  readonly create: MesosResource[] = [];
  readonly task: MesosResource[] = [];
  readonly executor: MesosResource[] = [];

  /**
   * @param reservation what to push onto unreserved resources we take; undefined when the role is "*"
   * (nothing can be reserved and unreserved resources are used as they are).
   */
  constructor(readonly reservation: MesosReservation | undefined) {}

  /** The shape a piece of `entry` has once we hold it: reserved by us if it came from "*". */
  heldShape(entry: PoolEntry): { shape: MesosResource; reserved: boolean } {
    if (entry.kind === 'unreserved' && this.reservation) return { shape: pushReservation(entry.shape, this.reservation), reserved: true };
    return { shape: entry.shape, reserved: false };
  }

  addScalars(consumer: Consumer, pieces: readonly Piece[]): void {
    for (const { entry, milli } of pieces) {
      const { shape, reserved } = this.heldShape(entry);
      const resource = withScalar(shape, milli);
      if (reserved) this.reserve.push(resource);
      this.target(consumer).push(resource);
    }
  }

  addPorts(entry: PoolEntry, ports: readonly number[]): void {
    if (ports.length === 0) return;
    const { shape, reserved } = this.heldShape(entry);
    const resource = withPorts(shape, ports);
    if (reserved) this.reserve.push(resource);
    this.task.push(resource);
  }

  /** Adds a resource exactly as given (an existing volume, or a volume we CREATE). */
  addToTask(resource: MesosResource): void {
    this.task.push(resource);
  }

  /** The claim with same-shaped resources added together, in a stable order. */
  merged(): { reserve: MesosResource[]; create: MesosResource[]; task: MesosResource[]; executor: MesosResource[] } {
    return {
      reserve: mergeResources(this.reserve),
      create: [...this.create],
      task: mergeResources(this.task),
      executor: mergeResources(this.executor),
    };
  }

  private target(consumer: Consumer): MesosResource[] {
    return consumer === 'task' ? this.task : this.executor;
  }
}
