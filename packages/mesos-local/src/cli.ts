#!/usr/bin/env node
// mesos-local command line: start a master and agents on 127.0.0.x, log JSON to stderr, stop cleanly
// on SIGINT/SIGTERM.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import pino from 'pino';
import { z } from 'zod';
import { agentConfigs, startLocalMesos, type LocalMesosOptions } from './index';

const HELP = `Usage: mesos-local [--config <file.json>] [options]

Runs a single-machine Mesos master (v1 scheduler API at http://HOST:PORT/api/v1/scheduler) with
agents on 127.0.0.1, 127.0.0.2, ... Logs are JSON lines on stderr. Ctrl-C stops everything.

Options (override the config file):
  --config <file>                 JSON config (see below)
  --port <n>                      master port (default 5050; 0 = any free port)
  --host <ip>                     loopback address of the master (default 127.0.0.1)
  --work-dir <dir>                sandboxes, volumes, fetcher cache (default ./.mesos-local)
  --agents <n>                    number of agents (default 3)
  --cpus <n>                      cpus per agent (default 4)
  --mem-mb <n>                    memory per agent in MB (default 4096)
  --disk-mb <n>                   disk per agent in MB (default 20000)
  --ports <a-b[,c-d]>             port ranges per agent (default 31000-32000)
  --heartbeat-interval-seconds <n>  scheduler heartbeat interval (default 15)
  --allocation-interval-ms <n>    allocator interval (default 1000)
  --offer-timeout-ms <n>          rescind unanswered offers after this (default: never)
  --agent-ping-timeout-ms <n>     declare silent agents lost after this (default 75000)
  --help                          this text

Config file: {"port": 5050, "workDir": "...", "agents": 3 | [{"ip": "127.0.0.2", "resources":
{"cpus": 4, "memMb": 4096, "diskMb": 20000, "ports": [[31000, 32000]]}, "attributes": {"rack": "r1"}}],
"cpus": 4, "memMb": 4096, "diskMb": 20000, "ports": [[31000, 32000]], "heartbeatIntervalSeconds": 15,
"allocationIntervalMs": 1000, "offerTimeoutMs": 30000, "agentPingTimeoutMs": 75000}

Admin API (POST, JSON body): /admin/agents/<id>/{kill,stop,restart,partition,heal,remove},
/admin/agents/<id>/kill-executor {"frameworkId","executorId","signal"?},
/admin/frameworks/<id>/{stall,resume,drop}, /admin/master/restart {"agentReregisterDelayMs"?},
/admin/master/leadership {"mode": "leader"|"non-leader"|"recovering", "leader"?: "host:port"}.
Read-only state: GET /state.
`;

const loopback = z.string().regex(/^127\.\d{1,3}\.\d{1,3}\.\d{1,3}$/, 'must be a 127.x.y.z loopback address');
const range = z.tuple([z.number().int().min(1).max(65535), z.number().int().min(1).max(65535)]).refine(([a, b]) => a <= b, 'range begin must not exceed its end');
const agentSchema = z
  .object({
    ip: loopback,
    hostname: z.string().min(1).optional(),
    port: z.number().int().min(0).max(65535).optional(),
    resources: z.object({ cpus: z.number().positive(), memMb: z.number().positive(), diskMb: z.number().nonnegative(), ports: z.array(range) }).strict(),
    attributes: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export const configSchema = z
  .object({
    host: loopback.default('127.0.0.1'),
    port: z.number().int().min(0).max(65535).default(5050),
    workDir: z.string().min(1).default('.mesos-local'),
    agents: z
      .union([z.number().int().min(1).max(254), z.array(agentSchema).min(1)])
      .refine((a) => typeof a === 'number' || new Set(a.map((x) => x.ip)).size === a.length, 'agent IPs must be unique')
      .default(3),
    cpus: z.number().positive().default(4),
    memMb: z.number().positive().default(4096),
    diskMb: z.number().nonnegative().default(20_000),
    ports: z.array(range).default([[31000, 32000]]),
    heartbeatIntervalSeconds: z.number().positive().optional(),
    allocationIntervalMs: z.number().int().positive().optional(),
    offerTimeoutMs: z.number().int().positive().optional(),
    agentPingTimeoutMs: z.number().int().positive().optional(),
  })
  .strict();
export type Config = z.infer<typeof configSchema>;

const FLAGS: Record<string, { key: keyof Config; parse: (v: string) => unknown }> = {
  '--port': { key: 'port', parse: Number },
  '--host': { key: 'host', parse: String },
  '--work-dir': { key: 'workDir', parse: String },
  '--agents': { key: 'agents', parse: Number },
  '--cpus': { key: 'cpus', parse: Number },
  '--mem-mb': { key: 'memMb', parse: Number },
  '--disk-mb': { key: 'diskMb', parse: Number },
  '--ports': { key: 'ports', parse: (v) => v.split(',').map((r) => r.split('-').map(Number)) },
  '--heartbeat-interval-seconds': { key: 'heartbeatIntervalSeconds', parse: Number },
  '--allocation-interval-ms': { key: 'allocationIntervalMs', parse: Number },
  '--offer-timeout-ms': { key: 'offerTimeoutMs', parse: Number },
  '--agent-ping-timeout-ms': { key: 'agentPingTimeoutMs', parse: Number },
};

export class UsageError extends Error {}

/** Parses argv (without node and script) into a validated config; undefined means --help. */
export function parseArgs(argv: string[], readFile: (path: string) => string = (p) => readFileSync(p, 'utf8')): Config | undefined {
  let fromFile: Record<string, unknown> = {};
  const flags: Record<string, unknown> = {};
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] ?? '';
    if (arg === '--help' || arg === '-h') return undefined;
    const value = argv[i + 1];
    if (arg === '--config') {
      if (value === undefined) throw new UsageError('--config needs a file');
      try {
        fromFile = JSON.parse(readFile(value)) as Record<string, unknown>;
      } catch (err) {
        throw new UsageError(`Cannot read config ${value}: ${(err as Error).message}`);
      }
      i++;
      continue;
    }
    const flag = FLAGS[arg];
    if (!flag) throw new UsageError(`Unknown option '${arg}' (see --help)`);
    if (value === undefined) throw new UsageError(`${arg} needs a value`);
    flags[flag.key] = flag.parse(value);
    i++;
  }
  const result = configSchema.safeParse({ ...fromFile, ...flags });
  if (!result.success) {
    throw new UsageError(`Invalid configuration: ${result.error.issues.map((i) => `${i.path.join('.') || 'config'}: ${i.message}`).join('; ')}`);
  }
  return result.data;
}

export function toOptions(config: Config): LocalMesosOptions {
  const agents =
    typeof config.agents === 'number'
      ? agentConfigs({ count: config.agents, cpus: config.cpus, memMb: config.memMb, diskMb: config.diskMb, ports: config.ports })
      : config.agents.map((a) => ({ ...a, port: a.port ?? 0, resources: { ...a.resources, ports: a.resources.ports } }));
  const master: NonNullable<LocalMesosOptions['master']> = {};
  if (config.heartbeatIntervalSeconds !== undefined) master.heartbeatIntervalSeconds = config.heartbeatIntervalSeconds;
  if (config.allocationIntervalMs !== undefined) master.allocationIntervalMs = config.allocationIntervalMs;
  if (config.offerTimeoutMs !== undefined) master.offerTimeoutMs = config.offerTimeoutMs;
  if (config.agentPingTimeoutMs !== undefined) master.agentPingTimeoutMs = config.agentPingTimeoutMs;
  return { workDir: resolve(config.workDir), host: config.host, port: config.port, agents, master };
}

async function main(): Promise<void> {
  let config: Config | undefined;
  try {
    config = parseArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`mesos-local: ${(err as Error).message}\n`);
    process.exit(2);
  }
  if (!config) {
    process.stdout.write(HELP);
    return;
  }
  const logger = pino({ name: 'mesos-local' }, pino.destination(2));
  const mesos = await startLocalMesos({ ...toOptions(config), logger });
  process.stdout.write(`${mesos.masterUrl}\n`);
  let stopping = false;
  const shutdown = (signal: string): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'stopping');
    mesos.stop().then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', () => shutdown('SIGINT'));
  process.on('SIGTERM', () => shutdown('SIGTERM'));
}

if (require.main === module) {
  main().catch((err: unknown) => {
    process.stderr.write(`mesos-local: ${(err as Error).stack ?? String(err)}\n`);
    process.exit(1);
  });
}
