// The master's state and the primitives every part of it uses: sending events, resource accounting,
// removing offers. Handlers for calls, agents and status updates live in their own modules.
import type { AgentRecord } from './agent-record';
import { packIp, MESOS_VERSION, type MasterConfig } from './config';
import { canonical } from './canonical';
import { FilterBook } from './filters';
import type { Framework } from './framework';
import { IdGenerator } from './ids';
import { OfferBook, type OfferRecord } from './offers';
import { Resources } from './resources';
import { isTerminalState, stateFor } from './status';
import { CapabilityType, EventType, TaskState, v1, type EventProps, type TaskStatusProps } from './types';
import type { Clock } from './clock';
import type { Logger } from './logger';
import type { mesos } from '@cassandra-mesos/model';

export interface CompletedFramework {
  id: string;
  info: mesos.v1.FrameworkInfo;
  removedTimeMs: number;
  completedTasks: string[];
}

export class MasterContext {
  readonly ids: IdGenerator;
  readonly frameworks = new Map<string, Framework>();
  readonly completedFrameworks: CompletedFramework[] = [];
  readonly agents = new Map<string, AgentRecord>();
  readonly offers = new OfferBook();
  readonly filters = new FilterBook();
  readonly startTimeMs: number;
  /** Incremented on every change that may make new offers possible (cheap "dirty" flag for tests). */
  allocationRuns = 0;

  constructor(
    readonly id: string,
    readonly config: MasterConfig,
  ) {
    this.ids = new IdGenerator(id);
    this.startTimeMs = config.clock.now();
  }

  get clock(): Clock {
    return this.config.clock;
  }

  get log(): Logger {
    return this.config.logger;
  }

  masterInfo(): mesos.v1.MasterInfo.$Properties {
    const { hostname, ip, port } = this.config;
    return {
      id: this.id,
      ip: packIp(ip),
      port,
      pid: `master@${ip}:${port}`,
      hostname,
      version: MESOS_VERSION,
      address: { hostname, ip, port },
      capabilities: [
        { type: v1.MasterInfo.Capability.Type.AGENT_UPDATE },
        { type: v1.MasterInfo.Capability.Type.AGENT_DRAINING },
        { type: v1.MasterInfo.Capability.Type.QUOTA_V2 },
      ],
    };
  }

  isCompleted(frameworkId: string): boolean {
    return this.completedFrameworks.some((f) => f.id === frameworkId);
  }

  /** Sends an event to a connected framework; dropped otherwise (Mesos drops them too). */
  send(fw: Framework, event: EventProps): boolean {
    if (!fw.connected || !fw.stream) return false;
    fw.stream.send(event);
    return true;
  }

  /**
   * Sends a task status update: partition-aware states become TASK_LOST for other frameworks, and
   * TASK_KILLING only reaches frameworks with TASK_KILLING_STATE. Returns whether it was sent.
   */
  sendUpdate(fw: Framework, status: TaskStatusProps): boolean {
    if (status.state === TaskState.TASK_KILLING && !fw.capable(CapabilityType.TASK_KILLING_STATE)) return false;
    const state = stateFor(status.state ?? TaskState.TASK_STAGING, fw.partitionAware);
    return this.send(fw, { type: EventType.UPDATE, update: { status: { ...status, state } } });
  }

  /** Resources on an agent held by offers, live tasks and executors. */
  allocated(agentId: string): Resources {
    const used = new Resources();
    for (const o of this.offers.onAgent(agentId)) used.add(o.resources);
    for (const fw of this.frameworks.values()) {
      for (const t of fw.tasks.values()) if (t.agentId === agentId && !isTerminalState(t.state)) used.add(t.resources);
      for (const e of fw.executors.get(agentId)?.values() ?? []) used.add(e.resources);
    }
    return used;
  }

  available(agent: AgentRecord): Resources {
    return agent.total.clone().subtract(this.allocated(agent.id));
  }

  /** Removes an offer; with `rescind` the framework is told (RESCIND), otherwise it is silently discarded. */
  removeOffer(offerId: string, rescind: boolean): OfferRecord | undefined {
    const offer = this.offers.take(offerId);
    if (!offer) return undefined;
    const fw = this.frameworks.get(offer.frameworkId);
    if (rescind && fw) this.send(fw, { type: EventType.RESCIND, rescind: { offer_id: { value: offer.id } } });
    return offer;
  }

  /** The executors of a framework on an agent, by ID (what Offer.executor_ids lists). */
  executorIds(fw: Framework, agentId: string): string[] {
    return [...(fw.executors.get(agentId)?.keys() ?? [])];
  }

  sameExecutorInfo(a: object, b: object): boolean {
    return canonical(a) === canonical(b);
  }
}
