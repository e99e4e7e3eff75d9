// mesos-local: a single-machine Mesos master with agents on 127.0.0.x, speaking the v1 HTTP APIs.
import { join } from 'node:path';
import { startAgent } from './agent';
import type { AgentConfig, AgentOptions, LocalAgent } from './contracts';
import { AgentLink } from './master/agent-link';
import type { MasterOptions } from './master/config';
import { agentConfigs, DEFAULT_LAYOUT } from './master/defaults';
import { silentLogger, type Logger } from './master/logger';
import { Master } from './master/master';
import type { AdminApi, AdminOutcome } from './server/admin-endpoint';
import { masterApp } from './server/app';
import type { Credential } from './server/basic-auth';
import { startHttpServer } from './server/http-server';
import type { LeadershipMode } from './server/scheduler-endpoint';

export interface LocalMesosOptions {
  /** Root for every agent's sandboxes, volumes and fetcher cache. */
  workDir: string;
  /** Loopback address and port of the master (default 127.0.0.1:5050; 0 picks a free port). */
  host?: string;
  port?: number;
  /** Default: three agents on 127.0.0.1..3 (see agentConfigs). */
  agents?: AgentConfig[];
  master?: Omit<MasterOptions, 'masterId' | 'hostname' | 'ip' | 'port' | 'logger'>;
  agentOptions?: Omit<AgentOptions, 'agentId' | 'config' | 'master' | 'workDir'>;
  /** Require HTTP basic authentication of frameworks. */
  credentials?: Credential[];
  logger?: Logger;
}

export interface LocalMesos {
  /** e.g. http://127.0.0.1:5050 (the scheduler API is at /api/v1/scheduler). */
  readonly masterUrl: string;
  readonly agents: readonly LocalAgent[];
  /** The current master instance (a new one after restartMaster). */
  master(): Master;
  /** The /state document. */
  state(): Record<string, unknown>;
  /** Fault injection, also served at POST /admin/... */
  readonly admin: AdminApi;
  /** Stops the master, every agent and every process they started; resolves when all are gone. */
  stop(): Promise<void>;
}

const ok = (result?: unknown): AdminOutcome => (result === undefined ? { ok: true } : { ok: true, result });
const notFound = (message: string): AdminOutcome => ({ ok: false, status: 404, message });

export async function startLocalMesos(options: LocalMesosOptions): Promise<LocalMesos> {
  const host = options.host ?? '127.0.0.1';
  const log = options.logger ?? silentLogger;
  const masterOptions = (port: number): MasterOptions => ({ ...options.master, hostname: host, ip: host, port, logger: log });
  let current: Master | undefined = new Master(masterOptions(options.port ?? 5050));
  let leadership: LeadershipMode = { mode: 'leader' };
  const links = new Map<string, AgentLink>();
  const agents: LocalAgent[] = [];
  let stopped = false;

  const byId = (id: string): AgentLink | undefined => links.get(id);
  const withAgent = async (id: string, f: (link: AgentLink) => Promise<AdminOutcome> | AdminOutcome): Promise<AdminOutcome> => {
    const link = byId(id);
    return link ? f(link) : notFound(`Unknown agent '${id}'; known agents: ${[...links.keys()].join(', ')}`);
  };
  const withMaster = (f: (m: Master) => AdminOutcome): AdminOutcome =>
    current ? f(current) : { ok: false, status: 409, message: 'The master is restarting' };
  const frameworkAction = (id: string, f: (m: Master) => boolean): AdminOutcome =>
    withMaster((m) => {
      if (!m.framework(id)) return notFound(`Unknown framework '${id}'`);
      return f(m) ? ok() : { ok: false, status: 409, message: `Framework '${id}' is not subscribed` };
    });

  const admin: AdminApi = {
    killAgent: (id) => withAgent(id, async (l) => (await l.agent.stop({ killProcesses: true }), ok())),
    stopAgent: (id) => withAgent(id, async (l) => (await l.agent.stop({ killProcesses: false }), ok())),
    restartAgent: (id) => withAgent(id, async (l) => (await l.agent.restart(), ok())),
    partitionAgent: (id) => withAgent(id, (l) => ((l.partitioned = true), ok())),
    healAgent: (id) => withAgent(id, (l) => ((l.partitioned = false), ok())),
    removeAgent: (id) => withAgent(id, () => withMaster((m) => (m.removeAgent(id) ? ok() : notFound(`Unknown agent '${id}'`)))),
    killExecutor: (id, frameworkId, executorId, signal) =>
      withAgent(id, (l) =>
        l.agent.killExecutorProcess(frameworkId, executorId, signal) ? ok() : notFound(`No running executor '${executorId}' of framework '${frameworkId}' on agent '${id}'`),
      ),
    stallFramework: (id, stalled) => Promise.resolve(frameworkAction(id, (m) => m.stallStream(id, stalled))),
    dropFramework: (id) => Promise.resolve(frameworkAction(id, (m) => m.dropStream(id))),
    restartMaster: ({ agentReregisterDelayMs }) => {
      const old = current;
      if (!old) return Promise.resolve<AdminOutcome>({ ok: false, status: 409, message: 'The master is already restarting' });
      const totals = old.agentTotals();
      old.stop();
      current = undefined;
      const next = new Master(masterOptions(server.port));
      for (const id of links.keys()) next.recoverAgent(id, totals.get(id));
      next.start();
      current = next;
      const reattach = (): void => {
        if (current !== next || stopped) return;
        for (const link of links.values()) next.attachAgent(link.toAgent, link.probe);
      };
      if (agentReregisterDelayMs > 0) setTimeout(reattach, agentReregisterDelayMs).unref();
      else reattach();
      return Promise.resolve(ok({ masterId: next.id }));
    },
    setLeadership: (mode, leader) => {
      leadership = mode === 'non-leader' ? { mode, leader: leader ?? '' } : { mode };
      return Promise.resolve(ok());
    },
  };

  const server = await startHttpServer(host, options.port ?? 5050, masterApp({
    master: () => current,
    leadership: () => leadership,
    state: () => current?.state(),
    admin,
    ...(options.credentials ? { credentials: options.credentials } : {}),
  }));
  const first = current;
  first.setAddress(host, host, server.port);
  try {
    for (const config of options.agents ?? agentConfigs(DEFAULT_LAYOUT)) {
      const agentId = first.nextAgentId();
      const link = new AgentLink(() => current);
      const agent = await startAgent({ ...options.agentOptions, agentId, config, master: link.toMaster, workDir: join(options.workDir, 'agents', agentId) });
      link.attach(agent);
      links.set(agentId, link);
      agents.push(agent);
      first.registerAgent(link.toAgent, link.probe);
    }
  } catch (err) {
    await Promise.allSettled(agents.map((a) => closeAgent(a)));
    first.stop();
    await server.close();
    throw err;
  }
  first.start();
  log.info({ masterUrl: `http://${host}:${server.port}`, masterId: first.id, agents: agents.map((a) => `${a.agentId}@${a.endpoint}`) }, 'mesos-local started');

  return {
    masterUrl: `http://${host}:${server.port}`,
    agents,
    master: () => {
      if (!current) throw new Error('The master is restarting');
      return current;
    },
    state: () => current?.state() ?? {},
    admin,
    stop: async () => {
      if (stopped) return;
      stopped = true;
      current?.stop();
      await Promise.allSettled(agents.map((a) => closeAgent(a)));
      await server.close();
      log.info({}, 'mesos-local stopped');
    },
  };
}

/** Stops an agent and kills everything it runs (close() when the agent offers it). */
async function closeAgent(agent: LocalAgent): Promise<void> {
  const closable = agent as LocalAgent & { close?: () => Promise<void> };
  if (typeof closable.close === 'function') await closable.close();
  else await agent.stop({ killProcesses: true });
}

export { Master } from './master/master';
export type { MasterOptions } from './master/config';
export { agentConfigs, DEFAULT_LAYOUT, type AgentLayout } from './master/defaults';
export type { AdminApi, AdminOutcome } from './server/admin-endpoint';
export type { Credential } from './server/basic-auth';
export type { AgentConfig, LocalAgent } from './contracts';
