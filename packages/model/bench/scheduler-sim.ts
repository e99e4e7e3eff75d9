// Scheduler decision throughput on a simulated deploy (the deterministic simulation of test/sim):
// a cluster of N nodes is deployed from nothing on N agents, and every decide() call is timed.
// Prints figures; asserts nothing. Run: npm run bench -w @cassandra-mesos/model [-- 100 1000 5000]
import { CONFIG_LIMITS } from '../src/framework-config';
import { simAgents, simConfig } from '../test/sim/config';
import { Simulation } from '../test/sim/simulation';

interface BenchResult {
  nodes: number;
  simulatedMs: number;
  wallMs: number;
  decideMs: number;
  decides: number;
  offers: number;
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  peakHeapMb: number;
  launches: number;
}

const sizes = process.argv
  .slice(2)
  .map(Number)
  .filter((n) => Number.isInteger(n) && n > 0);

function runDeploy(nodes: number): BenchResult {
  globalThis.gc?.();
  const sim = new Simulation({
    agents: simAgents(nodes),
    config: simConfig({
      nodeCount: nodes,
      seedCount: Math.min(3, nodes),
      bootstrapGraceSeconds: 2,
      healthCheckIntervalSeconds: 300,
    }),
    // Fast nodes: the bench measures the scheduler, not Cassandra's bootstrap time.
    behaviour: { startingDelayMs: 100, runningDelayMs: 500, bootstrapMs: 2_000, restartToNormalMs: 1_000 },
    recordDecisions: false,
    measure: true,
    // node_count is validated to at most CONFIG_LIMITS.nodeCount; the bench goes beyond on purpose.
    beyondConfigLimits: nodes > CONFIG_LIMITS.nodeCount.max,
  });
  let peakHeap = process.memoryUsage().heapUsed;
  const sampleHeap = (): void => {
    peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
    sim.queue.after(30_000, sampleHeap);
  };
  sim.queue.after(0, sampleHeap);
  const started = performance.now();
  sim.start();
  sim.runUntil((s) => s.deployed(nodes), nodes * 60_000, `deploy of ${nodes} nodes`, 5_000);
  const wallMs = performance.now() - started;
  peakHeap = Math.max(peakHeap, process.memoryUsage().heapUsed);
  const sorted = Float64Array.from(sim.latenciesMs).sort();
  return {
    nodes,
    simulatedMs: sim.nowMs,
    wallMs,
    decideMs: sim.latenciesMs.reduce((a, b) => a + b, 0),
    decides: sim.counts.decides,
    offers: sim.counts.offersReceived,
    p50Ms: percentile(sorted, 0.5),
    p99Ms: percentile(sorted, 0.99),
    maxMs: sorted[sorted.length - 1] ?? 0,
    peakHeapMb: peakHeap / 2 ** 20,
    launches: sim.master.counters.launches,
  };
}

function percentile(sorted: Float64Array, q: number): number {
  if (sorted.length === 0) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? 0;
}

function main(): void {
  const results = (sizes.length > 0 ? sizes : [100, 1_000, 5_000]).map(runDeploy);
  const rows = results.map((r) => ({
    nodes: r.nodes,
    'simulated time': formatDuration(r.simulatedMs),
    'real time': `${(r.wallMs / 1000).toFixed(1)}s`,
    'decide calls': r.decides,
    offers: r.offers,
    'offers/s (decide time)': Math.round(r.offers / (r.decideMs / 1000)),
    'offers/s (real time)': Math.round(r.offers / (r.wallMs / 1000)),
    'decide p50': `${(r.p50Ms * 1000).toFixed(0)}µs`,
    'decide p99': `${(r.p99Ms * 1000).toFixed(0)}µs`,
    'decide max': `${r.maxMs.toFixed(1)}ms`,
    'peak heap': `${r.peakHeapMb.toFixed(0)}MiB`,
    launches: r.launches,
  }));
  console.log('scheduler decision core on a simulated deploy (fake clock; one node bootstrapping at a time)');
  console.table(rows);
  const beyond = results.filter((r) => r.nodes > CONFIG_LIMITS.nodeCount.max).map((r) => r.nodes);
  if (beyond.length > 0) {
    console.log(
      `(${beyond.join(', ')} nodes: above node_count's validated maximum of ${CONFIG_LIMITS.nodeCount.max}; target stored unvalidated)`,
    );
  }
}

function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  return h > 0 ? `${h}h${String(m).padStart(2, '0')}m` : `${m}m${String(s % 60).padStart(2, '0')}s`;
}

main();
