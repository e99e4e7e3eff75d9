#!/usr/bin/env node
// Entry point of the cassandra-mesos scheduler (a Marathon app, or run by hand on one machine).
// Configuration comes from CASSANDRA_MESOS_* environment variables (docs/configuration.md; --help
// lists them). Exit codes: 0 stopped on request, 1 the leadership term or the Mesos subscription
// ended (Marathon restarts it, and the new process reconciles), 2 the configuration is unusable.
import { hostname } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { parseSchedulerEnvironment, SCHEDULER_ENVIRONMENT, type LaunchSettings } from '@cassandra-mesos/model';
import { LocalLeaderElection, ZooKeeperLeaderElection, type LeaderElection, type LeadershipTerm } from './leader';
import { ensureSchema, openFileStateStore, openZooKeeperStateStore, zooKeeperBasePath, ZooKeeperConnection, ZooKeeperStateStore, type StateStore } from './state';
import { ConfigRejectedError } from './driver/persistence';
import { SchedulerDriver } from './driver/driver';
import { ApiMetrics, ClusterService, createApiApp, CqlTableSchemaReader, DriverGateway, startApiServer, type ApiServer } from './api';
import { ArtifactSetupError, ARTIFACTS_PATH, artifactRouter, planExecutorArtifact, type ExecutorArtifactPlan } from './artifacts';
import { BackupCatalogue, BackupCommitter, CqlRingTokenReader, CredentialVault, S3StorageOpener, ScheduledBackupService, SecretStorageKeys, withInitialTokens } from './backup';
import { BackupEdge } from './driver/backup-edge';
import { EventJournal, publishLeaderEvent, withEventJournal } from './events';
import { createApplicationPauser, createStoredRegistrationStore, startCassyGrpcServer, type CassyGrpcServer } from './grpc';

/** Executor settings the scheduler hands on from its own environment (agents with local installs). */
export const EXECUTOR_PASS_THROUGH = [
  'CASSANDRA_MESOS_JAVA_HOME',
  'CASSANDRA_MESOS_CASSANDRA_HOME',
  'CASSANDRA_MESOS_JOLOKIA_JAR',
  'CASSANDRA_MESOS_JVM_EXTRA_ARGS',
  'CASSANDRA_MESOS_EXECUTOR_LOG_LEVEL',
  'CASSANDRA_MESOS_NODE_BIN',
] as const;

function help(): string {
  const rows = SCHEDULER_ENVIRONMENT.map((s) => `  ${s.name.padEnd(44)} ${s.description.split('. ')[0] ?? ''}`);
  return `cassandra-mesos scheduler: runs Cassandra clusters on Mesos.

Configured by environment variables (full reference: docs/configuration.md):
${rows.join('\n')}

Exit codes: 0 stopped, 1 leadership or Mesos subscription lost (restart it), 2 bad configuration.`;
}

export function launchSettings(executorCommand: string, env: Readonly<Record<string, string | undefined>>): LaunchSettings {
  const executorEnvironment: Record<string, string> = {};
  for (const name of EXECUTOR_PASS_THROUGH) {
    const value = env[name];
    if (value) executorEnvironment[name] = value;
  }
  return { executorCommand, executorEnvironment, executorResources: { cpus: 0.1, memMb: 256 }, killGracePeriodMs: 120_000 };
}

async function main(): Promise<number> {
  if (process.argv.includes('--help') || process.argv.includes('-h')) {
    process.stdout.write(`${help()}\n`);
    return 0;
  }
  const parsed = parseSchedulerEnvironment(process.env);
  if (!parsed.ok) {
    process.stderr.write(`cassandra-mesos scheduler: the configuration is not usable:\n${parsed.errors.map((e) => `- ${e.message}`).join('\n')}\n`);
    return 2;
  }
  const { config, settings, secrets } = parsed;
  const log = pino({
    level: settings.logLevel,
    base: { component: 'scheduler', framework: config.frameworkName, pid: process.pid },
    timestamp: pino.stdTimeFunctions.isoTime,
    formatters: { level: (label) => ({ level: label }) },
  });
  const info = { host: settings.apiHost === '0.0.0.0' ? hostname() : settings.apiHost, apiPort: settings.apiPort, pid: process.pid, startedAtMs: Date.now() };

  let artifacts: ExecutorArtifactPlan;
  try {
    artifacts = planExecutorArtifact({
      artifactDir: settings.artifactDir,
      installDir: join(__dirname, '..'),
      configuredExecutorUri: config.artifacts.executor,
      apiHost: settings.apiHost,
      apiPort: settings.apiPort,
      env: process.env,
    });
  } catch (err) {
    if (!(err instanceof ArtifactSetupError)) throw err;
    process.stderr.write(`cassandra-mesos scheduler: ${err.message}\n`);
    return 2;
  }
  log.info({ artifactDir: artifacts.artifactDir, executorCommand: settings.executorCommand }, artifacts.summary);

  let election: LeaderElection;
  let openStore: (term: LeadershipTerm) => Promise<StateStore>;
  let closeAll: () => Promise<void>;
  /** What the API reads while this process does not lead: never written through. */
  let readStore: StateStore;
  if (settings.zookeeper) {
    const connection = await ZooKeeperConnection.connect(settings.zookeeper.url, { logger: log });
    election = new ZooKeeperLeaderElection({ connection, frameworkName: config.frameworkName, info, logger: log });
    openStore = (term) =>
      openZooKeeperStateStore({ connection, frameworkName: config.frameworkName, ...(term.candidatePath ? { fence: { candidatePath: term.candidatePath } } : {}) });
    closeAll = () => connection.close();
    readStore = new ZooKeeperStateStore(config.frameworkName, zooKeeperBasePath(connection.address, config.frameworkName), connection, { ownsConnection: false });
  } else {
    const store = await openFileStateStore({ directory: settings.stateDir, frameworkName: config.frameworkName });
    election = new LocalLeaderElection({ lock: store.lock, info });
    openStore = () => Promise.resolve(store);
    closeAll = () => store.close();
    readStore = store;
  }

  // Backups: S3 keys of requests stay in this process's memory (vault); the env keys are secrets too.
  const vault = new CredentialVault();
  const envKeys =
    secrets.s3AccessKeyId && secrets.s3SecretAccessKey
      ? new SecretStorageKeys({ accessKeyId: secrets.s3AccessKeyId, secretAccessKey: secrets.s3SecretAccessKey, sessionToken: secrets.s3SessionToken })
      : undefined;
  const opener = new S3StorageOpener({ envKeys });
  /** The catalogue over the leadership term's (fenced) store, while this process leads. */
  let leaderCatalogue: BackupCatalogue | undefined;
  /** The leadership term's (fenced) store while this process leads: Cassy registrations are written through it. */
  let leaderStore: StateStore | undefined;

  // The API serves from process start: liveness, and queries from the store while this process waits
  // to lead; commands are refused (NOT_LEADER) until the driver of a leadership term is attached.
  const gateway = new DriverGateway({ store: readStore, election });
  // The live events feed (dashboard): kept in this process's memory, fed by each term's driver.
  const events = new EventJournal({ onListenerError: (err) => log.warn({ error: err instanceof Error ? err.message : String(err) }, 'an events stream failed; it is dropped') });
  const schemaReader = new CqlTableSchemaReader();
  const ringTokens = new CqlRingTokenReader();
  const service = new ClusterService({
    gateway,
    schemaReader,
    events,
    backups: (cluster) =>
      new ScheduledBackupService({ cluster, gateway, catalogue: new BackupCatalogue(readStore), leaderCatalogue: () => leaderCatalogue, opener, settings, schemaReader, ringTokens }),
  });
  const api = createApiApp({
    service,
    metrics: new ApiMetrics(),
    auth: { token: secrets.apiToken },
    secrets: [secrets.principalSecret, secrets.apiToken, secrets.s3AccessKeyId, secrets.s3SecretAccessKey, secrets.s3SessionToken],
    log,
    // The Mesos fetcher downloads the executor tarball here, without a token.
    extraRouters: [{ path: ARTIFACTS_PATH, router: artifactRouter({ directory: artifacts.artifactDir, log }) }],
  });
  let server: ApiServer | undefined;
  let grpc: CassyGrpcServer | undefined;
  const pauser = createApplicationPauser({ logger: log });

  const stopping = new AbortController();
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.once(signal, () => stopping.abort(new Error(`${signal} received`)));
  try {
    server = await startApiServer(api.app, settings.apiHost, settings.apiPort);
    log.info({ url: server.url, auth: secrets.apiToken ? 'bearer token on mutating calls' : 'none (CASSANDRA_MESOS_API_TOKEN is not set)' }, 'REST API listening');
    if (settings.grpcPort !== 0 && service.backups) {
      // It logs where it listens itself.
      grpc = await startCassyGrpcServer({
        host: settings.apiHost,
        port: settings.grpcPort,
        service: service.backups,
        token: secrets.apiToken,
        logger: log,
        registrations: createStoredRegistrationStore({ read: readStore, write: () => leaderStore }),
      });
    }
    await election.start();
    log.info({ zookeeper: settings.zookeeper?.servers ?? null, stateDir: settings.zookeeper ? null : settings.stateDir }, 'waiting to be elected leader');
    const term = await election.waitUntilElected(stopping.signal);
    log.info({ term: term.id }, 'elected leader');
    publishLeaderEvent(events, { host: info.host, apiPort: info.apiPort, pid: info.pid, term: term.id }, Date.now());
    const store = await openStore(term);
    await ensureSchema(store);
    // CASSANDRA_MESOS_INITIAL_TOKENS_FROM: the backup's tokens go into the configuration the driver proposes.
    const initial = await withInitialTokens({ store, config, settings, opener });
    const tokens = initial.config.initialTokens;
    if (initial.note) log.warn({ initialTokens: tokens.source }, initial.note);
    else if (tokens.problem) log.error({ initialTokens: tokens.source, location: tokens.location }, `initial tokens cannot be used, no node will start with them: ${tokens.problem}`);
    else if (initial.read) log.info({ initialTokens: tokens.source, location: tokens.location, mapping: tokens.nodes.map((n) => `${n.nodeId}<-${n.backupNodeId}`) }, 'initial tokens read from the backup');
    leaderCatalogue = new BackupCatalogue(store);
    leaderStore = store;
    const backup = new BackupEdge({
      vault,
      envKeys,
      committer: new BackupCommitter({ catalogue: leaderCatalogue, opener, now: Date.now }),
      pauser,
      frameworkName: config.frameworkName,
      log,
    });
    const both = AbortSignal.any([term.signal, stopping.signal]);
    const driver = new SchedulerDriver({
      store,
      config: initial.config,
      mesosMaster: settings.mesosMaster,
      ...(secrets.principalSecret ? { principalSecret: secrets.principalSecret } : {}),
      launch: { ...launchSettings(settings.executorCommand, process.env), ...(artifacts.servedExecutorUri ? { servedExecutorUri: artifacts.servedExecutorUri } : {}) },
      log,
      signal: both,
      observer: withEventJournal(events, api.metrics.driverObserver),
      backup,
    });
    gateway.attach(driver);
    try {
      await driver.run();
    } finally {
      gateway.detach();
      leaderCatalogue = undefined;
      leaderStore = undefined;
    }
    if (stopping.signal.aborted) return 0;
    log.fatal({ reason: term.signal.reason instanceof Error ? term.signal.reason.message : 'term ended' }, 'leadership lost: stopping at once');
    return 1;
  } catch (err) {
    if (err instanceof ConfigRejectedError) {
      log.fatal({ errors: err.errors }, err.message);
      return 2;
    }
    if (stopping.signal.aborted) return 0;
    log.fatal({ error: err instanceof Error ? err.message : String(err) }, 'scheduler stopped');
    return 1;
  } finally {
    await grpc?.close().catch(() => undefined);
    await server?.close().catch(() => undefined);
    await election.stop().catch(() => undefined);
    await closeAll().catch(() => undefined);
    log.flush();
  }
}

if (require.main === module) {
  main().then(
    (code) => process.exit(code),
    (err: unknown) => {
      process.stderr.write(`cassandra-mesos scheduler: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
      process.exit(1);
    },
  );
}
