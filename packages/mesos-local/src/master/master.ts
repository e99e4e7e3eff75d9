// The mesos-local master: frameworks, offers, resource accounting and the master's view of tasks,
// behind the scheduler API (subscribe/call, driven by the HTTP server) and the MasterPort its agents use.
import type { AgentPort, MasterPort, TaskStatus } from '../contracts';
import type { AgentProbe } from './agent-record';
import { agentUnreachable, probeAgents, recoverAgent, registerAgent } from './agents';
import { allocate } from './allocator';
import { handleCall, type CallResult } from './calls';
import type { TimerHandle } from './clock';
import { resolveMasterOptions, type MasterOptions } from './config';
import { MasterContext } from './context';
import type { Framework } from './framework';
import { subscribe } from './framework-lifecycle';
import { newMasterId } from './ids';
import { stateJson } from './state-json';
import { executorMessage, executorTerminated, statusUpdate } from './status-updates';
import type { EventStream } from './stream';
import { CallType, type Call, type ResourceProps } from './types';

export type FrameworkCheck = { ok: true; framework: Framework } | { ok: false; result: CallResult };

export class Master implements MasterPort {
  readonly ctx: MasterContext;
  private readonly timers = new Set<TimerHandle>();
  private soon: TimerHandle | undefined;
  private running = false;

  constructor(options: MasterOptions = {}) {
    const config = resolveMasterOptions(options);
    this.ctx = new MasterContext(config.masterId ?? newMasterId(), config);
  }

  get id(): string {
    return this.ctx.id;
  }

  /** Starts the allocator and the agent health checks. */
  start(): void {
    if (this.running) return;
    this.running = true;
    const { clock, allocationIntervalMs, agentPingTimeoutMs } = this.ctx.config;
    this.timers.add(clock.setInterval(() => this.allocate(), allocationIntervalMs));
    this.timers.add(clock.setInterval(() => probeAgents(this.ctx), Math.max(10, Math.floor(agentPingTimeoutMs / 5))));
  }

  /** Stops every timer and closes every subscription stream (a master going away). */
  stop(): void {
    this.running = false;
    for (const t of this.timers) t.cancel();
    this.timers.clear();
    this.soon?.cancel();
    this.soon = undefined;
    this.ctx.offers.clear();
    for (const fw of this.ctx.frameworks.values()) {
      fw.failoverTimer?.cancel();
      fw.failoverTimer = undefined;
      const stream = fw.stream;
      fw.stream = undefined;
      stream?.close();
    }
  }

  /** Where the scheduler API listens, for MasterInfo and /state. */
  setAddress(hostname: string, ip: string, port: number): void {
    Object.assign(this.ctx.config, { hostname, ip, port });
  }

  /** One allocation cycle now; returns the number of offers made. */
  allocate(): number {
    return allocate(this.ctx, (offerId) => this.ctx.removeOffer(offerId, true));
  }

  // ------------------------------------------------------------------ scheduler API

  subscribe(call: Call, stream: EventStream): void {
    subscribe(this.ctx, call, stream);
  }

  /** Steps 11-17 of §1.1 for a non-SUBSCRIBE call. */
  checkFrameworkCall(call: Call, streamId: string | undefined, principal: string | undefined): FrameworkCheck {
    const id = call.framework_id?.value ?? '';
    const fw = this.ctx.frameworks.get(id);
    if (!fw) return { ok: false, result: { status: 400, message: 'Framework cannot be found' } };
    if (principal !== undefined && fw.info.principal && fw.info.principal !== principal) {
      return {
        ok: false,
        result: { status: 400, message: `Authenticated principal '${principal}' does not match principal '${fw.info.principal}' set in \`FrameworkInfo\`` },
      };
    }
    if (!fw.connected || fw.recovered) return { ok: false, result: { status: 403, message: 'Framework is not subscribed' } };
    if (streamId === undefined) {
      return { ok: false, result: { status: 400, message: "All non-subscribe calls should include the 'Mesos-Stream-Id' header" } };
    }
    if (streamId !== fw.stream?.id) {
      return {
        ok: false,
        result: {
          status: 400,
          message: `The stream ID '${streamId}' included in this request didn't match the stream ID currently associated with framework ID ${fw.id}`,
        },
      };
    }
    if (call.type === CallType.UNKNOWN) return { ok: false, result: { status: 501, message: "Received 'UNKNOWN' call" } };
    return { ok: true, framework: fw };
  }

  call(fw: Framework, call: Call): CallResult {
    return handleCall(this.ctx, fw, call, { allocateSoon: () => this.allocateSoon() });
  }

  // ------------------------------------------------------------------ agents

  nextAgentId(): string {
    return this.ctx.ids.agent();
  }

  /** Registers an agent (or re-registers a known one). `checkpointed` restores its reservations and volumes. */
  registerAgent(port: AgentPort, probe?: AgentProbe, checkpointed?: ResourceProps[]): void {
    registerAgent(this.ctx, port, probe, checkpointed);
  }

  /**
   * After a master restart: an agent the previous master knew, expected to re-register (until then,
   * explicit reconciliation of unknown tasks gets no answer). `checkpointed` are its total resources
   * with reservations and volumes, which a real agent checkpoints and reports when it re-registers.
   */
  recoverAgent(agentId: string, checkpointed?: ResourceProps[]): void {
    const timer = recoverAgent(this.ctx, agentId, checkpointed, () => {
      const agent = this.ctx.agents.get(agentId);
      if (agent?.state === 'recovering') agentUnreachable(this.ctx, agent);
    });
    if (timer) this.timers.add(timer);
  }

  /** Connects a recovering agent: it re-registers now if reachable, else when the health check reaches it. */
  attachAgent(port: AgentPort, probe: AgentProbe): void {
    const agent = this.ctx.agents.get(port.agentId);
    if (!agent) {
      if (probe() === 'connected') this.registerAgent(port, probe);
      return;
    }
    agent.port = port;
    agent.probe = probe;
    if (agent.state === 'recovering' && probe() === 'connected') registerAgent(this.ctx, port, probe);
  }

  /** Operator action: declare the agent lost now instead of waiting for the ping timeout. */
  removeAgent(agentId: string): boolean {
    const agent = this.ctx.agents.get(agentId);
    if (!agent) return false;
    agentUnreachable(this.ctx, agent);
    return true;
  }

  /** Each agent's total resources, reservations and volumes included (what agents checkpoint). */
  agentTotals(): Map<string, ResourceProps[]> {
    return new Map([...this.ctx.agents.values()].map((a) => [a.id, a.total.toList()]));
  }

  // ------------------------------------------------------------------ admin and state

  framework(id: string): Framework | undefined {
    return this.ctx.frameworks.get(id);
  }

  /** Stalls (true) or resumes (false) a framework's stream without closing it. */
  stallStream(frameworkId: string, stalled: boolean): boolean {
    const stream = this.ctx.frameworks.get(frameworkId)?.stream;
    if (!stream || stream.closed) return false;
    if (stalled) stream.pause();
    else stream.resume();
    return true;
  }

  /** Drops a framework's subscription connection, as a network failure would. */
  dropStream(frameworkId: string): boolean {
    const stream = this.ctx.frameworks.get(frameworkId)?.stream;
    if (!stream || stream.closed) return false;
    stream.drop();
    return true;
  }

  state(): Record<string, unknown> {
    return stateJson(this.ctx);
  }

  // ------------------------------------------------------------------ MasterPort

  statusUpdate(agentId: string, frameworkId: string, status: TaskStatus): void {
    statusUpdate(this.ctx, agentId, frameworkId, status);
  }

  executorMessage(agentId: string, frameworkId: string, executorId: string, data: Uint8Array): void {
    executorMessage(this.ctx, agentId, frameworkId, executorId, data);
  }

  executorTerminated(agentId: string, frameworkId: string, executorId: string, status: number): void {
    executorTerminated(this.ctx, agentId, frameworkId, executorId, status);
  }

  private allocateSoon(): void {
    if (this.soon || !this.running) return;
    this.soon = this.ctx.clock.setTimeout(() => {
      this.soon = undefined;
      this.allocate();
    }, 0);
  }
}
