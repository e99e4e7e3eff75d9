import { randomBytes } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ComponentError } from '../errors';
import { javaEnv } from '../java';
import { renderConsoleLogback } from '../logback';
import { readLogTail } from '../log-tail';
import { assertPortsFree } from '../ports';
import { ManagedProcess, type ExitInfo, type StopOptions } from '../process/managed-process';
import { loadRuntime, type Runtime } from '../runtime';
import { waitUntilReady } from '../wait';
import { freshDir } from '../workdir';
import { renderCassandraYaml, renderJolokiaProperties, renderRackdc } from './config';
import { basicAuthHeader, probeNode, type NodeStatus } from './jolokia-probe';
import { cassandraCommandArgs } from './jvm-args';
import { clusterLayout, CQL_PORT, DATACENTER, JOLOKIA_PORT, seedList, STORAGE_PORT, type NodeLayout } from './layout';

export interface StartCassandraClusterOptions {
  /** 1..3 nodes on 127.0.0.1..3; default 1. */
  readonly nodes?: number;
  /** Jolokia basic-auth user; default "testkit". */
  readonly jolokiaUser?: string;
  /** Jolokia basic-auth password; default random. */
  readonly jolokiaPassword?: string;
  readonly clusterName?: string;
  /** Per-node heap; default 768 MiB. */
  readonly heapMb?: number;
  /** Readiness timeout for the whole cluster; default 180 s + 60 s per extra node. */
  readonly timeoutMs?: number;
  /** SIGTERM → SIGKILL grace for stop(); default 30 s. */
  readonly stopGraceMs?: number;
  readonly runtime?: Runtime;
}

export interface CassandraNode {
  /** "node1" … */
  readonly name: string;
  readonly ip: string;
  readonly cqlPort: number;
  readonly storagePort: number;
  /** "http://<ip>:8778/jolokia/" */
  readonly jolokiaUrl: string;
  /** "Basic …" for the Authorization header (jolokia.js's own username/password options crash in Node). */
  readonly jolokiaAuthHeader: string;
  readonly datacenter: string;
  readonly rack: string;
  readonly token: string;
  /** The node's directory (conf/, data/, commitlog/, logs/ …). */
  readonly nodeDir: string;
  /** data_file_directories[0] */
  readonly dataDir: string;
  /** stdout+stderr of the JVM (logback writes INFO there). */
  readonly logFile: string;
  readonly pid: number;
  /** Launch to NORMAL with native transport up (and all peers live), in ms. */
  readonly startupMs: number;
  stop(options?: StopOptions): Promise<ExitInfo>;
}

export interface CassandraCluster {
  readonly nodes: readonly CassandraNode[];
  readonly clusterName: string;
  /** Cassandra version from runtime.json (the nodes report it as ReleaseVersion). */
  readonly version: string;
  readonly jolokiaVersion: string;
  readonly datacenter: string;
  /** ["127.0.0.1:9042", …] for cassandra-driver's contactPoints. */
  readonly contactPoints: readonly string[];
  readonly jolokiaUser: string;
  readonly jolokiaPassword: string;
  /** First launch to the last node ready, in ms. */
  readonly startupMs: number;
  /** Stops every node (in parallel); rejects if any node had crashed or could not be stopped. */
  stop(options?: StopOptions): Promise<void>;
}

/**
 * Starts 1..3 Cassandra nodes on 127.0.0.1..n with the Jolokia agent (basic auth, executor=fixed)
 * in the fast mode: every node a seed, auto_bootstrap false, balanced tokens, all launched at once.
 * Resolves when every node reports OperationMode NORMAL, native transport up, and sees all nodes live.
 */
export async function startCassandraCluster(options: StartCassandraClusterOptions = {}): Promise<CassandraCluster> {
  const runtime = options.runtime ?? loadRuntime();
  const n = options.nodes ?? 1;
  const clusterDir = freshDir(`cassandra-${n}n`);
  const layout = clusterLayout(n, clusterDir);
  const user = options.jolokiaUser ?? 'testkit';
  const password = options.jolokiaPassword ?? randomBytes(12).toString('hex');
  const clusterName = options.clusterName ?? 'testkit';
  const authHeader = basicAuthHeader(user, password);
  const timeoutMs = options.timeoutMs ?? 180_000 + 60_000 * (n - 1);

  await assertPortsFree(
    layout.flatMap((node) => [
      { host: node.ip, port: STORAGE_PORT, what: `${node.name} storage` },
      { host: node.ip, port: CQL_PORT, what: `${node.name} CQL` },
      { host: node.ip, port: JOLOKIA_PORT, what: `${node.name} Jolokia` },
    ]),
    'Is a Cassandra from an earlier run (or another test) still running? Check `ps -eo pid,args | grep CassandraDaemon`.',
  );

  const seeds = seedList(layout);
  const started = Date.now();
  const procs: ManagedProcess[] = [];
  try {
    for (const node of layout) {
      writeNodeConfig(node, clusterName, seeds, user, password);
      procs.push(
        await ManagedProcess.launch({
          name: `cassandra ${node.name} (${node.ip})`,
          command: runtime.java.bin,
          args: cassandraCommandArgs(runtime, node, { heapMb: options.heapMb ?? 768, processors: 2, jolokiaConfigFile: join(node.confDir, 'jolokia.properties') }),
          cwd: node.dir,
          env: javaEnv(runtime),
          logFile: node.logFile,
          stopGraceMs: options.stopGraceMs ?? 30_000,
        }),
      );
    }
    const allIps = layout.map((l) => l.ip);
    const readyAt = await Promise.all(
      layout.map(async (node, i) => {
        const proc = procs[i] as ManagedProcess;
        await waitUntilReady<NodeStatus>(proc, () => probeNode(jolokiaUrl(node), authHeader, allIps), {
          timeoutMs: timeoutMs - (Date.now() - started),
          intervalMs: 1_000,
          what: `OperationMode NORMAL, native transport up and LiveNodes ⊇ [${allIps.join(',')}] (Jolokia ${jolokiaUrl(node)})`,
        });
        return Date.now() - started;
      }),
    );
    const nodes = layout.map((node, i) => toNode(node, procs[i] as ManagedProcess, authHeader, readyAt[i] ?? 0));
    return {
      nodes,
      clusterName,
      version: runtime.cassandra.version,
      jolokiaVersion: runtime.jolokia.version,
      datacenter: DATACENTER,
      contactPoints: nodes.map((x) => `${x.ip}:${x.cqlPort}`),
      jolokiaUser: user,
      jolokiaPassword: password,
      startupMs: Math.max(...readyAt),
      stop: (o) => stopNodes(nodes, o),
    };
  } catch (err) {
    await Promise.allSettled(procs.map((p) => p.stop({ allowPriorExit: true, graceMs: 10_000 })));
    if (err instanceof ComponentError) throw new ComponentError(err.component, err.reason, err.logFile, await readLogTail(err.logFile));
    throw err;
  }
}

function jolokiaUrl(node: NodeLayout): string {
  return `http://${node.ip}:${JOLOKIA_PORT}/jolokia/`;
}

function writeNodeConfig(node: NodeLayout, clusterName: string, seeds: string, user: string, password: string): void {
  for (const d of [node.confDir, node.dataDir, node.commitlogDir, node.savedCachesDir, node.hintsDir, node.cdcRawDir, node.logDir, node.tmpDir]) mkdirSync(d, { recursive: true });
  writeFileSync(join(node.confDir, 'cassandra.yaml'), renderCassandraYaml(node, { name: clusterName, seeds }));
  writeFileSync(join(node.confDir, 'cassandra-rackdc.properties'), renderRackdc(node));
  writeFileSync(join(node.confDir, 'logback.xml'), renderConsoleLogback('INFO'));
  writeFileSync(join(node.confDir, 'jolokia.properties'), renderJolokiaProperties({ user, password }), { mode: 0o600 });
}

function toNode(node: NodeLayout, proc: ManagedProcess, authHeader: string, startupMs: number): CassandraNode {
  return {
    name: node.name,
    ip: node.ip,
    cqlPort: CQL_PORT,
    storagePort: STORAGE_PORT,
    jolokiaUrl: jolokiaUrl(node),
    jolokiaAuthHeader: authHeader,
    datacenter: DATACENTER,
    rack: node.rack,
    token: node.token,
    nodeDir: node.dir,
    dataDir: node.dataDir,
    logFile: node.logFile,
    pid: proc.pid,
    startupMs,
    stop: (o) => proc.stop(o),
  };
}

async function stopNodes(nodes: readonly CassandraNode[], options?: StopOptions): Promise<void> {
  const results = await Promise.allSettled(nodes.map((node) => node.stop(options)));
  const errors = results.filter((r): r is PromiseRejectedResult => r.status === 'rejected').map((r) => r.reason as unknown);
  if (errors.length === 1) throw errors[0];
  if (errors.length > 1) throw new AggregateError(errors, `testkit: ${errors.length} Cassandra nodes failed to stop cleanly`);
}
