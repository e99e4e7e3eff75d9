// /health/cluster/report: the original framework's checks (expected vs actual per check), over the
// nodes in service, plus the one that matters most here: every node live.
import { isLive, serverTask } from '@cassandra-mesos/model';
import type { ClusterSnapshot } from '../service';
import { inService } from './node-facts';

export interface HealthCheckResult {
  readonly name: string;
  readonly ok: boolean;
  readonly expected: unknown;
  readonly actual: unknown;
}

export interface ClusterHealthReport {
  readonly healthy: boolean;
  readonly results: HealthCheckResult[];
}

/** A health report older than this does not count as current. */
export const HEALTH_REPORT_MAX_AGE_MS = 5 * 60_000;

export function clusterHealthReport(s: ClusterSnapshot): ClusterHealthReport {
  const nodes = s.nodes.filter(inService);
  const n = s.target.nodeCount;
  const oldest = s.nowMs - HEALTH_REPORT_MAX_AGE_MS;
  const checkedAt = nodes.map((x) => Number(x.health?.checkedAtMs ?? 0));
  const results: HealthCheckResult[] = [
    equal('nodeCount', n, nodes.length),
    equal('seedCount', s.target.seedCount, nodes.filter((x) => x.seed).length),
    equalList('allHealthy', Array<boolean>(n).fill(true), nodes.map((x) => x.health?.healthy === true)),
    equalList('operatingModeNormal', Array<string>(n).fill('NORMAL'), nodes.map((x) => x.health?.operationMode ?? '')),
    {
      name: 'lastHealthCheckNewerThan',
      expected: Array<number>(n).fill(oldest),
      actual: checkedAt,
      ok: checkedAt.length === n && checkedAt.every((t) => t >= oldest),
    },
    equalList('nodesHaveServerTask', Array<boolean>(n).fill(true), nodes.map((x) => serverTask(x) !== undefined)),
    equal('liveNodes', n, nodes.filter(isLive).length),
  ];
  return { healthy: results.every((r) => r.ok), results };
}

function equal(name: string, expected: number, actual: number): HealthCheckResult {
  return { name, expected, actual, ok: expected === actual };
}

function equalList<T>(name: string, expected: T[], actual: T[]): HealthCheckResult {
  return { name, expected, actual, ok: expected.length === actual.length && expected.every((v, i) => v === actual[i]) };
}
