// CASSANDRA_MESOS_INITIAL_TOKENS_FROM at a scheduler start: before the driver proposes the environment's
// configuration, the tokens of the named backup's nodes are read from S3 (cluster + node manifests)
// and put into it, so the target in ZooKeeper holds them. What to do is decided by the model
// (initialTokensAction: read only before any node has joined, reuse a usable read); the checks and the
// node mapping are the model's too (assignInitialTokens). A backup that cannot be used becomes the
// `problem` of the tokens: the nodes then wait with it in their deploy step instead of starting with
// random tokens.
import { NotFoundError, readBackup, StorageUnavailableError } from '@cassandra-mesos/backup-storage';
import {
  assignInitialTokens,
  initialTokensAction,
  nodeIdOf,
  normalizeFrameworkConfig,
  parseInitialTokensSource,
  type BackupSchedulerSettings,
  type CompleteFrameworkConfig,
  type CompleteInitialTokens,
  type InitialTokensSource,
} from '@cassandra-mesos/model';
import { StateCollections, StateKeys, type StateStore } from '../state';
import { describeLocation, resolveLocation } from './location';
import { withStorage, type StorageOpener } from './storage-access';

export interface InitialTokensOptions {
  readonly store: StateStore;
  /** The configuration from the environment (initial_tokens.source set by the variable, if at all). */
  readonly config: CompleteFrameworkConfig;
  readonly settings: BackupSchedulerSettings;
  readonly opener: StorageOpener;
  /** Attempts for S3 being unreachable (default 3), `retryDelayMs` apart (default 2 s). */
  readonly attempts?: number;
  readonly retryDelayMs?: number;
}

export interface InitialTokensOutcome {
  /** The configuration to propose: the environment's with the initial tokens filled in. */
  readonly config: CompleteFrameworkConfig;
  /** The backup was read at this start. */
  readonly read: boolean;
  /** Why the setting was not followed (the cluster is deployed already), for the log. */
  readonly note?: string;
}

/** Fills in `config.initialTokens` (see the file comment). Never throws for a backup problem: that becomes `problem`. */
export async function withInitialTokens(options: InitialTokensOptions): Promise<InitialTokensOutcome> {
  const { config, store } = options;
  const parsed = parseInitialTokensSource(config.initialTokens.source);
  // The environment was validated; a source that does not parse here is a bug, not an operator's error.
  if (!parsed.ok) throw new Error(`initial_tokens.source ${JSON.stringify(config.initialTokens.source)} ${parsed.problem}`);
  const stored = await storedInitialTokens(store);
  const deployed = (await store.list(StateCollections.nodes)).some((n) => Number(n.value.firstLiveAtMs ?? 0) > 0);
  const action = initialTokensAction({ wanted: parsed.value, stored, deployed });
  if (action.kind === 'keep') return { config: { ...config, initialTokens: action.tokens }, read: false, ...(action.note ? { note: action.note } : {}) };
  const tokens = await readInitialTokens(action.source, options);
  return { config: { ...config, initialTokens: tokens }, read: true };
}

async function storedInitialTokens(store: StateStore): Promise<CompleteInitialTokens> {
  const target = (await store.get(StateKeys.configTarget))?.value;
  const version = target?.targetId ? (await store.get(StateKeys.configVersion(target.targetId)))?.value : undefined;
  return normalizeFrameworkConfig(version?.config ?? {}).initialTokens;
}

async function readInitialTokens(source: InitialTokensSource, options: InitialTokensOptions): Promise<CompleteInitialTokens> {
  const { config, settings } = options;
  const location = resolveLocation(undefined, settings);
  const where = describeLocation(location);
  const unusable = (problem: string): CompleteInitialTokens => ({ source: `${source.cluster}/${source.backup}`, location: where, nodes: [], problem });
  if (location.storage !== 's3') return unusable(`the backup location ${where} is not S3; set CASSANDRA_MESOS_BACKUP_LOCATION to the s3:// location of the backup`);
  const attempts = Math.max(1, options.attempts ?? 3);
  for (let attempt = 1; ; attempt++) {
    try {
      const backup = await withStorage(options.opener, location, source.cluster, undefined, ({ storage, root }) => readBackup(storage, root, source.backup));
      return assignInitialTokens({
        source,
        location: where,
        nodeCount: config.nodeCount,
        numTokens: config.numTokens,
        rackDc: config.defaultRackDc,
        backupNodes: backup.nodes.map((m) => ({ nodeId: m.nodeId, tokens: m.tokens, datacenter: m.datacenter, rack: m.rack })),
        nodeIdOf,
      });
    } catch (err) {
      if (err instanceof StorageUnavailableError && attempt < attempts) {
        await new Promise((resolve) => setTimeout(resolve, options.retryDelayMs ?? 2_000));
        continue;
      }
      return unusable(readProblem(err, source, where));
    }
  }
}

function readProblem(err: unknown, source: InitialTokensSource, where: string): string {
  const message = err instanceof Error ? err.message : String(err);
  if (err instanceof NotFoundError) {
    return `there is no backup ${source.backup} of cluster ${source.cluster} at ${where} (${message}); check both names (GET /v1/backups?cluster=${source.cluster} on any scheduler using that location lists the backups)`;
  }
  if (err instanceof StorageUnavailableError) return `S3 at ${where} could not be reached: ${message}; check the endpoint (CASSANDRA_MESOS_S3_ENDPOINT), the network and the credentials`;
  return `backup ${source.backup} of cluster ${source.cluster} at ${where} could not be read: ${message}`;
}
