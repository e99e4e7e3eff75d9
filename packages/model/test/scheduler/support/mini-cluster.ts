// A deliberately small stand-in for Mesos + executors, for the core's own multi-node tests (the
// whole-system simulation lives in test/sim). Agents offer unreserved resources until something is
// reserved on them, then exactly what was reserved; declines and accepts install refuse filters,
// REVIVE clears them, SUPPRESS stops offers. A launched task reports TASK_RUNNING and a NORMAL health
// check one round later; a KILL ends it with TASK_KILLED.
import { mesos } from '../../../src/gen/mesos';
import type { Decision } from '../../../src/scheduler';
import { FRAMEWORK_ID, health, nextOfferId, status, unreservedOffer, type AgentSpec, type Driver } from './fixtures';

interface SimAgent {
  readonly spec: AgentSpec;
  held: mesos.v1.Resource.$Properties[] | undefined;
  running: { taskId: string; nodeId: string; executorId: string } | undefined;
  filteredUntilMs: number;
}

export class MiniCluster {
  readonly agents = new Map<string, SimAgent>();
  private readonly offerAgent = new Map<string, string>();
  private suppressed = false;
  private started: SimAgent[] = [];
  offersSent = 0;
  rounds = 0;

  constructor(
    readonly driver: Driver,
    agentCount: number,
  ) {
    for (let i = 1; i <= agentCount; i++) {
      const spec = { agentId: `agent-${i}`, hostname: `host-${i}`, ip: `10.${Math.floor(i / 65536) % 256}.${Math.floor(i / 256) % 256}.${i % 256}` };
      this.agents.set(spec.agentId, { spec, held: undefined, running: undefined, filteredUntilMs: 0 });
    }
  }

  /** One allocation round: started tasks report in, free agents offer, then a one-second tick. */
  round(): void {
    this.rounds++;
    const d = this.driver;
    for (const a of this.started) {
      if (!a.running) continue;
      this.apply(d.feed(status(a.running.taskId, mesos.v1.TaskState.TASK_RUNNING, { agentId: a.spec.agentId })));
      this.apply(d.feed(health(d.node(a.running.nodeId), { checkedAtMs: d.nowMs })));
    }
    this.started = [];
    const offers: mesos.v1.Offer.$Properties[] = [];
    if (!this.suppressed) {
      for (const a of this.agents.values()) {
        if (a.running || a.filteredUntilMs > d.nowMs) continue;
        offers.push(this.offer(a));
      }
    }
    if (offers.length > 0) {
      this.offersSent += offers.length;
      this.apply(d.offers(...offers));
    }
    this.apply(d.tick(1_000));
  }

  private offer(a: SimAgent): mesos.v1.Offer.$Properties {
    const offer = a.held
      ? { id: { value: nextOfferId() }, framework_id: { value: FRAMEWORK_ID }, agent_id: { value: a.spec.agentId }, hostname: a.spec.hostname, url: { scheme: 'http', address: { hostname: a.spec.hostname, ip: a.spec.ip, port: 5051 }, path: '/slave(1)' }, resources: a.held }
      : unreservedOffer(a.spec);
    this.offerAgent.set(offer.id?.value ?? '', a.spec.agentId);
    return offer;
  }

  apply(decisions: readonly Decision[]): void {
    const Type = mesos.v1.Offer.Operation.Type;
    for (const x of decisions) {
      if (x.type === 'accept') {
        const a = this.agentOfOffer(x.offerIds[0] ?? '');
        const launch = x.operations.find((o) => o.type === Type.LAUNCH)?.launch?.task_infos?.[0];
        if (launch) {
          a.held = [...(launch.resources ?? []), ...(launch.executor?.resources ?? [])];
          const taskId = launch.task_id?.value ?? '';
          a.running = { taskId, nodeId: taskId.replace(/-server-.*/, ''), executorId: launch.executor?.executor_id?.value ?? '' };
          this.started.push(a);
        } else {
          const reserved = x.operations.find((o) => o.type === Type.RESERVE)?.reserve?.resources ?? [];
          const volumes = x.operations.find((o) => o.type === Type.CREATE)?.create?.volumes ?? [];
          a.held = [...reserved.filter((r) => !(r.name === 'disk' && volumes.length > 0)), ...volumes];
        }
        a.filteredUntilMs = this.driver.nowMs + (x.filters?.refuse_seconds ?? 5) * 1000;
      } else if (x.type === 'decline') {
        for (const id of x.offerIds) this.agentOfOffer(id).filteredUntilMs = this.driver.nowMs + x.refuseSeconds * 1000;
      } else if (x.type === 'revive') {
        this.suppressed = false;
        for (const a of this.agents.values()) a.filteredUntilMs = 0;
      } else if (x.type === 'suppress') {
        this.suppressed = true;
      } else if (x.type === 'kill') {
        const a = [...this.agents.values()].find((ag) => ag.running?.taskId === x.taskId);
        if (a) {
          a.running = undefined;
          this.apply(this.driver.feed(status(x.taskId, mesos.v1.TaskState.TASK_KILLED, { agentId: a.spec.agentId })));
        }
      }
      // Persists, reconciliation and executor shutdowns need no simulated effect here.
    }
  }

  private agentOfOffer(offerId: string): SimAgent {
    const agent = this.agents.get(this.offerAgent.get(offerId) ?? '');
    if (!agent) throw new Error(`offer ${offerId} was not sent by the mini cluster`);
    return agent;
  }
}
