// A minimal test scheduler for the executor's integration tests: mesos-local in-process with agents
// on 127.0.0.x, a SchedulerSession that launches the real executor (dist/main.js) with real Cassandra,
// and a record of every status update and framework message that comes back.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { cassandra_mesos, encodeMessage, mesos } from '@cassandra-mesos/model';
import { Operations, SchedulerSession } from '@cassandra-mesos/mesos';
import type { Offer, SchedulerEvent, TaskInfoInput, TaskStatus } from '@cassandra-mesos/mesos';
import { startLocalMesos, type LocalMesos } from '@cassandra-mesos/mesos-local';
import { loadRuntime } from '@cassandra-mesos/testkit';
import { PROTOCOL_VERSION } from '../../src';

const { Value } = mesos.v1;
export const EXECUTOR_MAIN = join(__dirname, '..', '..', 'dist', 'main.js');
export const CLUSTER = 'executor-it';

const scalar = (name: string, value: number) => ({ name, type: Value.Type.SCALAR, scalar: { value } });

export async function waitUntil<T>(probe: () => T | undefined | false, what: string, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = probe();
    if (value !== undefined && value !== false) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs} ms waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

export interface ReceivedMessage {
  readonly at: number;
  readonly message: cassandra_mesos.v1.ExecutorMessage;
}

export interface ReceivedUpdate {
  readonly at: number;
  readonly status: TaskStatus;
  readonly details: cassandra_mesos.v1.TaskStatusDetails | undefined;
}

export class ExecutorHarness {
  readonly updates: ReceivedUpdate[] = [];
  readonly messages: ReceivedMessage[] = [];
  private readonly offers = new Map<string, Offer>();
  private readonly executors = new Map<string, { executorId: string; agentId: string; ip: string }>();
  private seq = 0;
  private readonly loop: Promise<void>;

  private constructor(
    readonly mesosLocal: LocalMesos,
    readonly session: SchedulerSession,
    readonly workDir: string,
  ) {
    this.loop = this.consume();
  }

  static async start(ips: readonly string[]): Promise<ExecutorHarness> {
    const workDir = mkdtempSync(join(tmpdir(), 'executor-it-'));
    const mesosLocal = await startLocalMesos({
      workDir: join(workDir, 'mesos'),
      port: 0,
      agents: ips.map((ip) => ({ ip, resources: { cpus: 4, memMb: 8192, diskMb: 20_000, ports: [[7000, 7001], [8778, 8778], [9042, 9042]] } })),
    });
    const session = new SchedulerSession({
      master: mesosLocal.masterUrl,
      frameworkInfo: { user: 'it', name: 'executor-it', checkpoint: true, failover_timeout: 60 },
    });
    return new ExecutorHarness(mesosLocal, session, workDir);
  }

  private async consume(): Promise<void> {
    try {
      for await (const event of this.session.events()) await this.onEvent(event);
    } catch {
      // Session closed by stop().
    }
  }

  private async onEvent(event: SchedulerEvent): Promise<void> {
    switch (event.type) {
      case 'OFFERS':
        for (const offer of event.offers) this.offers.set(offer.agent_id.value, offer);
        return;
      case 'RESCIND':
        for (const [agent, offer] of this.offers) if (offer.id.value === event.offerId.value) this.offers.delete(agent);
        return;
      case 'UPDATE': {
        const data = event.status.data;
        const details = data && data.length > 0 ? cassandra_mesos.v1.TaskStatusDetails.decode(data) : undefined;
        this.updates.push({ at: Date.now(), status: event.status, details });
        if (event.status.uuid && event.status.uuid.length > 0) await this.session.acknowledge(event.status);
        return;
      }
      case 'MESSAGE':
        this.messages.push({ at: Date.now(), message: cassandra_mesos.v1.ExecutorMessage.decode(event.data) });
        return;
      case 'SUBSCRIBED':
      case 'DISCONNECTED':
      case 'FAILURE':
      case 'HEARTBEAT':
      case 'INVERSE_OFFERS':
      case 'RESCIND_INVERSE_OFFER':
      case 'UPDATE_OPERATION_STATUS':
        return;
    }
  }

  private async offerFor(ip: string): Promise<Offer> {
    const offer = await waitUntil(() => [...this.offers.values()].find((o) => o.hostname === ip), `an offer from agent ${ip}`, 30_000);
    this.offers.delete(offer.agent_id.value);
    return offer;
  }

  /** Launches a task for `nodeId` on agent `ip`, through the node's executor (started on first use). */
  async launch(ip: string, nodeId: string, details: cassandra_mesos.v1.ITaskDetails, resources: { cpus: number; memMb: number }): Promise<string> {
    const offer = await this.offerFor(ip);
    let executor = this.executors.get(nodeId);
    if (!executor) {
      executor = { executorId: `${nodeId}-executor`, agentId: offer.agent_id.value, ip };
      this.executors.set(nodeId, executor);
    }
    const kind = details.server ? 'server' : details.nodeJob ? 'job' : 'config';
    const taskId = `${nodeId}-${kind}-${++this.seq}`;
    const runtime = loadRuntime();
    const task: TaskInfoInput = {
      name: taskId,
      task_id: { value: taskId },
      agent_id: { value: offer.agent_id.value },
      resources: [scalar('cpus', resources.cpus), scalar('mem', resources.memMb)],
      data: encodeMessage(cassandra_mesos.v1.TaskDetails, cassandra_mesos.v1.TaskDetails.create({ protocolVersion: PROTOCOL_VERSION, nodeId, ...details })),
      executor: {
        executor_id: { value: executor.executorId },
        name: `cassandra-mesos executor of ${nodeId}`,
        command: {
          shell: false,
          value: process.execPath,
          arguments: ['node', EXECUTOR_MAIN],
          environment: {
            variables: [
              { name: 'CASSANDRA_MESOS_JAVA_HOME', value: runtime.java.home },
              { name: 'CASSANDRA_MESOS_CASSANDRA_HOME', value: runtime.cassandra.home },
              { name: 'CASSANDRA_MESOS_JOLOKIA_JAR', value: runtime.jolokia.agentJar },
              // Test speed only (reference/cassandra-jolokia-runtime.md): C1 JIT, no gossip settle wait.
              { name: 'CASSANDRA_MESOS_JVM_EXTRA_ARGS', value: '-XX:TieredStopAtLevel=1 -Dcassandra.skip_wait_for_gossip_to_settle=0 -Dcassandra.ring_delay_ms=5000' },
            ],
          },
        },
        resources: [scalar('cpus', 0.1), scalar('mem', 128)],
      },
    };
    await this.session.accept([offer.id.value], [Operations.launch([task])], { refuse_seconds: 0.5 });
    return taskId;
  }

  async kill(taskId: string, agentIp: string): Promise<void> {
    const agentId = [...this.executors.values()].find((e) => e.ip === agentIp)?.agentId;
    await this.session.kill(taskId, agentId);
  }

  async send(nodeId: string, body: Omit<cassandra_mesos.v1.ISchedulerMessage, 'protocolVersion' | 'sequence' | 'sentAtMs'>): Promise<void> {
    const executor = this.executors.get(nodeId);
    if (!executor) throw new Error(`no executor for ${nodeId}`);
    const data = encodeMessage(cassandra_mesos.v1.SchedulerMessage, cassandra_mesos.v1.SchedulerMessage.create({ protocolVersion: PROTOCOL_VERSION, sequence: ++this.seq, sentAtMs: Date.now(), ...body }));
    await this.session.message(executor.agentId, executor.executorId, data);
  }

  statesOf(taskId: string): string[] {
    return this.updates.filter((u) => u.status.task_id.value === taskId).map((u) => mesos.v1.TaskState[u.status.state]);
  }

  async waitForState(taskId: string, state: mesos.v1.TaskState, timeoutMs = 120_000): Promise<ReceivedUpdate> {
    return waitUntil(
      () => this.updates.find((u) => u.status.task_id.value === taskId && u.status.state === state),
      `${mesos.v1.TaskState[state]} of ${taskId} (seen ${this.statesOf(taskId).join(', ') || 'nothing'})`,
      timeoutMs,
    );
  }

  healthOf(nodeId: string): cassandra_mesos.v1.HealthCheckDetails[] {
    return this.messages.filter((m) => m.message.nodeId === nodeId && m.message.health).map((m) => m.message.health as cassandra_mesos.v1.HealthCheckDetails);
  }

  jobProgress(jobId: string): cassandra_mesos.v1.NodeJobRecord[] {
    return this.messages.filter((m) => m.message.jobProgress?.jobId === jobId).map((m) => m.message.jobProgress as cassandra_mesos.v1.NodeJobRecord);
  }

  /** The node's sandbox on the agent (…/executors/<executor id>/runs/<container id>). */
  sandboxOf(nodeId: string): string | undefined {
    const executorId = this.executors.get(nodeId)?.executorId;
    if (!executorId) return undefined;
    const marker = `/executors/${executorId}/runs/`;
    const entries = readdirSync(this.workDir, { recursive: true, encoding: 'utf8' });
    const run = entries.map((e) => join(this.workDir, e)).find((p) => p.includes(marker) && !p.slice(p.indexOf(marker) + marker.length).includes('/'));
    return run;
  }

  async stop(): Promise<void> {
    await this.session.teardown().catch(() => undefined);
    await this.session.close().catch(() => undefined);
    await this.mesosLocal.stop();
    await this.loop;
    rmSync(this.workDir, { recursive: true, force: true });
  }
}
