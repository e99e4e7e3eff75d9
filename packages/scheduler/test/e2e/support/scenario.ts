// Checks the backup/restore scenario repeats: which earlier steps a step builds on, the finished job
// as /cluster/{backup,restore}/last shows it (seeds/001 shape), and the invalid-name calls of both
// REST families and gRPC.
import { isDeepStrictEqual } from 'node:util';
import type { OpsCluster } from '../../integration/cluster-ops-support';
import type { FinishedJob } from './backup-api';
import type { CassyClient } from './cassy-client';

/**
 * The steps share one cluster and build on each other; a step whose prerequisite failed fails at
 * once naming it, instead of failing later with a confusing symptom (or running for minutes).
 */
export function stepGuard(): { pass(id: string): void; passed(id: string): boolean; require(...ids: string[]): void } {
  const passed = new Set<string>();
  return {
    pass: (id) => void passed.add(id),
    passed: (id) => passed.has(id),
    require: (...ids) => {
      const missing = ids.filter((id) => !passed.has(id));
      if (missing.length > 0) throw new Error(`not run: this step builds on step(s) ${missing.join(', ')}, which did not pass (see above)`);
    },
  };
}

/**
 * Soft checks: a step records every independent fact that is wrong and fails once at its end with all
 * of them, so one run tells the owners everything that is off, not only the first thing.
 */
export class Checks {
  private readonly problems: string[] = [];

  constructor(private readonly step: string) {}

  equal(what: string, actual: unknown, expected: unknown): void {
    if (!isDeepStrictEqual(actual, expected)) this.problems.push(`${what}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)}`.slice(0, 1500));
  }

  that(what: string, ok: boolean, detail?: unknown): void {
    if (!ok) this.problems.push(`${what}${detail === undefined ? '' : ` (${JSON.stringify(detail)})`}`.slice(0, 1500));
  }

  add(problems: readonly string[]): void {
    this.problems.push(...problems);
  }

  /** Throws with every problem recorded; call at the end of the step. */
  done(): void {
    if (this.problems.length > 0) throw new Error(`${this.step}: ${this.problems.length} check(s) failed:\n- ${this.problems.join('\n- ')}`);
  }
}

/** What differs from seeds/001's shape with every node completed and every keyspace SUCCESS; [] when nothing. */
export function seed001Problems(job: FinishedJob, type: string, backupName: string, ips: readonly string[], keyspaces: string[]): string[] {
  const problems: string[] = [];
  const check = (what: string, ok: boolean, actual: unknown): void => void (ok || problems.push(`/last ${what}: ${JSON.stringify(actual)}`.slice(0, 800)));
  check('type/aborted/remainingNodes/currentNode/backupName', job.type === type && job.aborted === false && isDeepStrictEqual(job.remainingNodes, []) && job.currentNode === null && job.backupName === backupName, [job.type, job.aborted, job.remainingNodes, job.currentNode, job.backupName]);
  check('started <= finished (epoch ms)', typeof job.started === 'number' && typeof job.finished === 'number' && job.finished >= job.started, [job.started, job.finished]);
  check('completedNodes ips', isDeepStrictEqual(job.completedNodes.map((n) => n.ip).sort(), [...ips].sort()), job.completedNodes.map((n) => n.ip));
  for (const node of job.completedNodes) {
    check(`${node.ip} executorId/taskId/hostname`, typeof node.executorId === 'string' && node.executorId.length > 0 && typeof node.taskId === 'string' && node.taskId.length > 0 && typeof node.hostname === 'string', [node.executorId, node.taskId, node.hostname]);
    check(`${node.ip} timestamps`, node.finishedTimestamp >= node.startedTimestamp && node.startedTimestamp >= job.started, [node.startedTimestamp, node.finishedTimestamp, job.started]);
    check(`${node.ip} remainingKeyspaces`, isDeepStrictEqual(node.remainingKeyspaces, []), node.remainingKeyspaces);
    check(`${node.ip} processedKeyspaces`, isDeepStrictEqual(Object.keys(node.processedKeyspaces).sort(), [...keyspaces].sort()), node.processedKeyspaces);
    for (const [ks, outcome] of Object.entries(node.processedKeyspaces)) {
      check(`${node.ip} ${ks}`, outcome.status === 'SUCCESS' && typeof outcome.durationMillis === 'number' && outcome.durationMillis >= 0, outcome);
      if (type === 'BACKUP') check(`${node.ip} ${ks} bytes > 0`, typeof outcome.bytes === 'number' && outcome.bytes > 0, outcome);
    }
  }
  return problems;
}

export const INVALID_NAMES = ['../x', '', 'a'.repeat(200), 'a/b'] as const;

export interface CallOutcome {
  call: string;
  ok: boolean;
  answer: string;
}

/**
 * Every way a backup name reaches the scheduler, with each invalid name: the original routes (query
 * `name`), the DC/OS routes (body `name`), gRPC TakeBackup/RestoreBackup (`snapshot_id`). ok = the
 * answer is 400 INVALID_BACKUP_NAME / INVALID_ARGUMENT.
 */
export async function invalidNameAnswers(cluster: OpsCluster, cassy: CassyClient, clusterId: string, location: string): Promise<CallOutcome[]> {
  const outcomes: CallOutcome[] = [];
  const rest = async (method: 'POST' | 'PUT', path: string, body: unknown): Promise<void> => {
    const answer = await cluster.api(method, path, body);
    const code = (answer.body as { error?: { code?: string } } | undefined)?.error?.code;
    outcomes.push({ call: `${method} ${path} ${JSON.stringify(body)}`.slice(0, 120), ok: answer.status === 400 && code === 'INVALID_BACKUP_NAME', answer: `${answer.status} ${JSON.stringify(answer.body).slice(0, 300)}` });
  };
  for (const name of INVALID_NAMES) {
    const q = `name=${encodeURIComponent(name)}`;
    await rest('POST', `/cluster/backup/start?${q}`, {});
    await rest('POST', `/cluster/restore/start?${q}`, {});
    await rest('POST', `/cluster/backup/verify?${q}`, {});
    await rest('PUT', '/v1/backup/start', { name, external_location: location });
    await rest('PUT', '/v1/restore/start', { name, external_location: location });
    const grpcCalls: Array<['TakeBackup' | 'RestoreBackup', Record<string, unknown>]> = [['RestoreBackup', { cluster_id: clusterId, snapshot_id: name, restore_type: 1 }]];
    // An empty snapshot_id asks TakeBackup for a generated name (Cassy), so only non-empty ones are invalid there.
    if (name !== '') grpcCalls.push(['TakeBackup', { cluster_id: clusterId, snapshot_id: name, backup_type: 2 }]);
    for (const [method, request] of grpcCalls) {
      const answer = await cassy.call(method, request);
      outcomes.push({ call: `rpc.Cassy.${method} ${JSON.stringify(request)}`.slice(0, 120), ok: !answer.ok && answer.error.codeName === 'INVALID_ARGUMENT', answer: answer.ok ? `OK ${JSON.stringify(answer.value)}` : `${answer.error.codeName}: ${answer.error.details}` });
    }
  }
  return outcomes;
}
