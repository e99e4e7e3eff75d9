import { derivePlans, isLive } from '../../src/scheduler';
import { Driver, config, initialState } from './support/fixtures';
import { MiniCluster } from './support/mini-cluster';

function deployComplete(d: Driver): boolean {
  return derivePlans(d.state, d.nowMs).find((p) => p.name === 'deploy')?.status === 'COMPLETE';
}

describe('a large deploy', () => {
  it('brings 1,000 nodes live, one bootstrap at a time, quickly', () => {
    const nodes = Number(process.env.SIM_NODES ?? 1000);
    const d = new Driver(initialState({ config: config({ nodeCount: nodes, seedCount: 3, bootstrapGraceSeconds: 0 }) }));
    const cluster = new MiniCluster(d, nodes);
    const cpuBefore = process.cpuUsage();
    const started = performance.now();
    d.subscribe();
    let rounds = 0;
    while (rounds < 6 * nodes && (rounds % 50 !== 0 || !deployComplete(d))) {
      cluster.round();
      rounds++;
    }
    const ms = performance.now() - started;
    const cpu = process.cpuUsage(cpuBefore);
    const cpuMs = (cpu.user + cpu.system) / 1000;
    console.log(`1000-node deploy: ${rounds} rounds, ${cluster.offersSent} offers, ${d.log.length} decisions, ${ms.toFixed(0)} ms wall, ${cpuMs.toFixed(0)} ms cpu`);
    expect(deployComplete(d)).toBe(true);
    expect([...d.state.nodes.values()].filter(isLive)).toHaveLength(nodes);
    expect(cpuMs).toBeLessThan(15_000);
  });
});
