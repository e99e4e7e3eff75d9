// Placement constraints come from the target configuration (CASSANDRA_MESOS_PLACEMENT_CONSTRAINTS):
// nodes land only on agents that satisfy them, and a change applies to new placements only.
import { simAgents, simConfig } from './config';
import { expectClean } from './inspect';
import { Simulation } from './simulation';

const agents = simAgents(6).map((a, i) => ({ ...a, attributes: { rack_id: i < 3 ? 'rack-a' : 'rack-b' } }));
const base = simConfig({ nodeCount: 3, seedCount: 2, bootstrapGraceSeconds: 30, placementConstraints: '[["rack_id","LIKE","rack-b"]]' });

describe('placement constraints from the configuration', () => {
  let sim: Simulation;
  const rackOf = (nodeId: string): string | undefined => {
    const host = sim.store.node(nodeId)?.hostname;
    return agents.find((a) => a.hostname === host)?.attributes.rack_id;
  };

  beforeAll(() => {
    sim = new Simulation({ agents, config: base }).start();
    sim.runUntil((s) => s.deployed(3), 10 * 60_000, 'deploy on rack-b');
  });

  it('places every node on an agent that satisfies them', () => {
    expect(['node-0', 'node-1', 'node-2'].map(rackOf)).toEqual(['rack-b', 'rack-b', 'rack-b']);
    expectClean(sim);
  });

  it('applies a change to new placements only: running nodes stay, a new node follows the new rule', () => {
    const changed = sim.changeConfig({ ...base, nodeCount: 4, placementConstraints: '[["rack_id","LIKE","rack-a"]]' });
    expect(changed.accepted).toBe(true);
    sim.runUntil((s) => s.deployed(4), 10 * 60_000, 'scale to 4');
    expect(['node-0', 'node-1', 'node-2', 'node-3'].map(rackOf)).toEqual(['rack-b', 'rack-b', 'rack-b', 'rack-a']);
    expectClean(sim);
  });

  it('rejects an invalid constraint with the field named, and keeps the old target', () => {
    const before = sim.store.target().targetId;
    const rejected = sim.changeConfig({ ...base, nodeCount: 4, placementConstraints: '[["rack_id","NEAR","x"]]' });
    expect(sim.store.target().targetId).toBe(before);
    expect(rejected.accepted).toBe(false);
    expect(rejected.accepted ? [] : rejected.errors.map((e) => e.field)).toContain('placement_constraints[0]');
  });
});
