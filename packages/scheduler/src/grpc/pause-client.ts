// Pausing the applications around a cluster-wide consistent backup, as Cassy does it: the hosts of a
// DNS SRV record (Cassy's srv_service_url, our CASSANDRA_MESOS_PAUSE_SRV) each serve rpc.Admin
// (scalar-admin); Pause is called on all of them at once, with wait_outstanding so each answers
// only when the requests it already accepted are done. All paused = the snapshots can be taken.
// One failure = nobody stays paused: every host is unpaused again before the answer goes back.
import { resolveSrv as dnsResolveSrv } from 'node:dns/promises';
import { Client, credentials, Metadata, status, type ServiceError } from '@grpc/grpc-js';
import type { ApplicationPauser } from '../backup/types';
import { grpcDefinitions } from './proto';
import type { GrpcLogger } from './server';

/** The part of a DNS SRV answer we use (node:dns SrvRecord has priority and weight too). */
export interface SrvTarget {
  readonly name: string;
  readonly port: number;
  readonly priority?: number;
}

export interface ApplicationPauserOptions {
  readonly logger: GrpcLogger;
  /** DNS SRV lookup; default node:dns/promises resolveSrv. */
  readonly resolveSrv?: (name: string) => Promise<readonly SrvTarget[]>;
  /** Deadline of each Unpause call (default 10 s). */
  readonly unpauseTimeoutMs?: number;
}

const DEFAULT_UNPAUSE_TIMEOUT_MS = 10_000;

type AdminMethod = 'Pause' | 'Unpause';

interface HostOutcome {
  readonly host: string;
  readonly error?: string;
}

function describeError(err: unknown): string {
  const grpcError = err as Partial<ServiceError>;
  if (typeof grpcError.code === 'number' && typeof grpcError.details === 'string') return `${status[grpcError.code] ?? grpcError.code}: ${grpcError.details}`;
  const code = (err as { code?: unknown }).code;
  const message = err instanceof Error ? err.message : String(err);
  return typeof code === 'string' && !message.includes(code) ? `${code}: ${message}` : message;
}

function hostPort(target: SrvTarget): string {
  const name = target.name.replace(/\.$/, '');
  return name.includes(':') ? `[${name}]:${target.port}` : `${name}:${target.port}`;
}

/** One unary rpc.Admin call on a fresh plaintext channel (as Cassy calls applications), closed afterwards. */
function callAdmin(host: string, method: AdminMethod, request: object, deadlineMs: number): Promise<void> {
  const definition = grpcDefinitions().admin[method];
  if (!definition) return Promise.reject(new Error(`rpc.Admin has no method ${method}`));
  const client = new Client(host, credentials.createInsecure());
  return new Promise<void>((resolve, reject) => {
    client.makeUnaryRequest(definition.path, definition.requestSerialize, definition.responseDeserialize, request, new Metadata(), { deadline: deadlineMs }, (err) => {
      client.close();
      if (err) reject(err);
      else resolve();
    });
  });
}

async function onEveryHost(hosts: readonly string[], call: (host: string) => Promise<void>): Promise<HostOutcome[]> {
  return Promise.all(hosts.map((host) => call(host).then((): HostOutcome => ({ host }), (err: unknown): HostOutcome => ({ host, error: describeError(err) }))));
}

function listFailures(outcomes: readonly HostOutcome[]): string {
  return outcomes
    .filter((o) => o.error !== undefined)
    .map((o) => `${o.host} (${o.error})`)
    .join(', ');
}

export function createApplicationPauser(options: ApplicationPauserOptions): ApplicationPauser {
  const log = options.logger;
  const resolve = options.resolveSrv ?? dnsResolveSrv;
  const unpauseTimeoutMs = options.unpauseTimeoutMs ?? DEFAULT_UNPAUSE_TIMEOUT_MS;
  // Hosts paused per SRV name: unpause() also reaches them if DNS has changed or fails in between.
  const pausedHosts = new Map<string, readonly string[]>();

  async function resolveHosts(srv: string): Promise<string[]> {
    const targets = [...(await resolve(srv))].sort((a, b) => (a.priority ?? 0) - (b.priority ?? 0) || a.name.localeCompare(b.name) || a.port - b.port);
    return [...new Set(targets.map(hostPort))];
  }

  const unpauseAll = (hosts: readonly string[]): Promise<HostOutcome[]> => onEveryHost(hosts, (host) => callAdmin(host, 'Unpause', {}, Date.now() + unpauseTimeoutMs));

  return {
    async pause(srv, timeoutMs) {
      const name = srv.trim();
      if (name === '') {
        return { ok: false, hosts: [], message: 'no DNS SRV record names the applications to pause; set CASSANDRA_MESOS_PAUSE_SRV (Cassy srv_service_url, e.g. _app._tcp.example.com)' };
      }
      if (!(timeoutMs > 0)) return { ok: false, hosts: [], message: `the pause timeout must be more than 0 ms, got ${timeoutMs}` };
      let hosts: string[];
      try {
        hosts = await resolveHosts(name);
      } catch (err) {
        return { ok: false, hosts: [], message: `resolving the DNS SRV record ${name} failed (${describeError(err)}); check CASSANDRA_MESOS_PAUSE_SRV and the scheduler host's DNS` };
      }
      if (hosts.length === 0) return { ok: false, hosts: [], message: `the DNS SRV record ${name} lists no hosts; nothing to pause, so no consistent backup` };

      const deadline = Date.now() + timeoutMs;
      // max_pause_wait_time: the application gives up waiting for its outstanding requests when we do.
      const pauses = await onEveryHost(hosts, (host) => callAdmin(host, 'Pause', { wait_outstanding: true, max_pause_wait_time: timeoutMs }, deadline));
      if (pauses.every((o) => o.error === undefined)) {
        pausedHosts.set(name, hosts);
        log.info({ srv: name, hosts }, 'applications paused');
        return { ok: true, hosts, message: `paused ${hosts.length} application host(s) of ${name}: ${hosts.join(', ')}` };
      }

      // Unpause every host, not only those that answered: a Pause that failed here (a deadline, say)
      // may still take effect on its host, and Unpause on a running application changes nothing.
      const unpauses = await unpauseAll(hosts);
      const unpauseFailures = listFailures(unpauses);
      const message =
        `pausing the applications of ${name} failed on ${listFailures(pauses)}; ` +
        (unpauseFailures === ''
          ? `all ${hosts.length} host(s) were unpaused again`
          : `unpausing them again failed on ${unpauseFailures}: those applications may still be paused, unpause them by hand`);
      log.warn({ srv: name, hosts }, message);
      return { ok: false, hosts, message };
    },

    async unpause(srv) {
      const name = srv.trim();
      if (name === '') throw new Error('no DNS SRV record names the applications to unpause; set CASSANDRA_MESOS_PAUSE_SRV');
      const remembered = pausedHosts.get(name) ?? [];
      let resolved: string[] = [];
      let dnsProblem: string | undefined;
      try {
        resolved = await resolveHosts(name);
      } catch (err) {
        dnsProblem = `resolving the DNS SRV record ${name} failed (${describeError(err)})`;
      }
      const hosts = [...new Set([...remembered, ...resolved])];
      if (hosts.length === 0) throw new Error(dnsProblem ?? `the DNS SRV record ${name} lists no hosts to unpause`);
      const outcomes = await unpauseAll(hosts);
      const failures = listFailures(outcomes);
      if (failures !== '') throw new Error(`unpausing the applications of ${name} failed on ${failures}; those applications may still be paused`);
      pausedHosts.delete(name);
      if (dnsProblem) log.warn({ srv: name, hosts }, `${dnsProblem}; unpaused the hosts paused before`);
      log.info({ srv: name, hosts }, 'applications unpaused');
    },
  };
}
