// The events feed of whole scenarios in the simulation (Mesos, executors and the store simulated, the
// real decision core): what an operator reads while a cluster deploys, a repair and a backup run, a
// node crashes, an agent is lost and its node replaced, and a canary config rollout waits for them.
import { cassandra_mesos } from '../../../src/gen/cassandra_mesos';
import { simAgents, simConfig } from '../../sim/config';
import { RecordingSimulation } from './recording-simulation';

const base = simConfig({ nodeCount: 3, seedCount: 2, bootstrapGraceSeconds: 30, replaceTimeoutSeconds: 120 });

function deployed(): RecordingSimulation {
  const sim = new RecordingSimulation({
    agents: simAgents(4),
    config: base,
    behaviour: { jobKeyspaceMs: 5_000 },
  }).start();
  sim.runUntil((s) => s.deployed(3), 10 * 60_000, 'initial deploy');
  return sim;
}

describe('events of a first deploy', () => {
  const sim = deployed();
  const lines = sim.lines();

  it('tells the registration, the nodes, each task coming up and the plan completing, in order', () => {
    expect(lines.slice(0, 5)).toEqual([
      'info mesos: registered with Mesos as framework sim-framework-0001',
      'info mesos: subscribed to Mesos',
      'info node-added: node-0 added as a seed',
      'info node-added: node-1 added as a seed',
      'info node-added: node-2 added',
    ]);
    const node0 = lines.filter((l) => l.includes('node-0'));
    expect(node0.slice(1)).toEqual([
      'info task-state: node-0 task STAGING on 10.0.0.0',
      'info plan-step: deploy step node-0 PENDING → IN_PROGRESS',
      'info task-state: node-0 task STARTING on 10.0.0.0',
      'info task-state: node-0 task RUNNING on 10.0.0.0',
      'info node-health: node-0 is live (NORMAL) on 10.0.0.0',
      'info plan-step: deploy step node-0 IN_PROGRESS → COMPLETE',
    ]);
    expect(lines.at(-1)).toBe('info plan-status: deploy plan IN_PROGRESS → COMPLETE');
  });

  it('brings seeds up before the other node (the feed follows the order things happened in)', () => {
    const live = lines.filter((l) => l.includes(' is live ')).map((l) => /(node-\d)/.exec(l)?.[1]);
    expect(live).toEqual(['node-0', 'node-1', 'node-2']);
  });

  it('carries the node id, and the time of the change as ISO 8601', () => {
    const event = sim.events.find((e) => e.message === 'node-1 is live (NORMAL) on 10.0.0.1');
    expect(event?.nodeId).toBe('node-1');
    expect(event?.at).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/);
    expect(sim.events.every((e, i) => i === 0 || e.at >= (sim.events[i - 1]?.at ?? ''))).toBe(true);
  });

  it('says nothing while nothing changes', () => {
    const before = sim.events.length;
    sim.runFor(5 * 60_000);
    expect(sim.lines(before)).toEqual([]);
  });
});

describe('events of cluster jobs', () => {
  it('a repair: started, each node part with its duration, finished with its status', () => {
    const sim = deployed();
    const from = sim.events.length;
    sim.operator({
      kind: 'start-job',
      request: { type: 'REPAIR', params: { keyspaces: ['ks1'] }, requestedBy: 'test' },
    });
    sim.runUntil((s) => s.store.currentJobHeader() === undefined, 20 * 60_000, 'the repair ends');
    const jobLines = sim.lines(from).filter((l) => / job-/.test(l));
    expect(jobLines[0]).toMatch(/^info job-started: repair job \S+… started on 3 nodes \(by test\)$/);
    expect(jobLines.slice(1, 4)).toEqual([
      expect.stringMatching(/^info job-node: repair on node-0 SUCCEEDED in \d+ s/),
      expect.stringMatching(/^info job-node: repair on node-1 SUCCEEDED in \d+ s/),
      expect.stringMatching(/^info job-node: repair on node-2 SUCCEEDED in \d+ s/),
    ]);
    expect(jobLines[4]).toMatch(/^info job-finished: repair job \S+… SUCCEEDED on 3 nodes in \d+ s$/);
    expect(jobLines).toHaveLength(5);
    const finished = sim.events.find((e) => e.kind === 'job-finished');
    expect(finished?.jobId).toBe(sim.store.jobHistory().at(-1)?.jobId);
  });

  it('a backup: each upload, the commit stage, then committed with what was uploaded', () => {
    const sim = deployed();
    const from = sim.events.length;
    const backup = {
      backupName: 'nightly',
      storage: 's3',
      bucket: 'b',
      prefix: 'p',
      endpoint: 'http://127.0.0.1:9000',
    };
    sim.operator({ kind: 'start-job', request: { type: 'BACKUP', params: { backup }, requestedBy: 'api' } });
    sim.runUntil((s) => s.store.currentJobHeader() === undefined, 20 * 60_000, 'the backup ends');
    const jobLines = sim.lines(from).filter((l) => / (job|backup)-/.test(l));
    expect(jobLines.map((l) => l.replace(/job \S+…/, 'job X').replace(/in \d+ s/, 'in N s'))).toEqual([
      'info job-started: backup job X (nightly) started on 3 nodes (by api)',
      'info job-node: backup upload on node-0 SUCCEEDED in N s (2.0 KiB)',
      'info job-node: backup upload on node-1 SUCCEEDED in N s (2.0 KiB)',
      'info job-node: backup upload on node-2 SUCCEEDED in N s (2.0 KiB)',
      'info job-stage: backup job X (nightly): commit stage',
      'info job-finished: backup job X (nightly) SUCCEEDED on 3 nodes in N s',
      'info backup-committed: backup nightly committed: 5.9 KiB uploaded, 2.9 KiB already stored',
    ]);
  });

  it('an abort: warned when requested, and the job ends ABORTED', () => {
    const sim = deployed();
    const from = sim.events.length;
    sim.operator({ kind: 'start-job', request: { type: 'CLEANUP', params: {}, requestedBy: 'test' } });
    sim.runUntil(
      (s) =>
        s.store
          .jobNodeRecords(s.store.currentJobHeader()?.jobId ?? '')
          .some((r) => r.state === cassandra_mesos.v1.NodeJobState.NODE_JOB_RUNNING),
      10 * 60_000,
      'a node part runs',
    );
    sim.operator({ kind: 'abort-job', reason: 'maintenance window over' });
    sim.runUntil((s) => s.store.currentJobHeader() === undefined, 20 * 60_000, 'the cleanup ends');
    const lines = sim.lines(from);
    expect(lines).toContainEqual(
      expect.stringMatching(
        /^warn job-abort: cleanup job \S+ is being aborted: aborted by an operator: maintenance window over$/,
      ),
    );
    const finished = lines.find((l) => l.includes('job-finished')) ?? '';
    expect(finished).toMatch(
      /^warn job-finished: cleanup job \S+ ABORTED on 3 nodes in \d+ s: aborted by an operator: maintenance window over/,
    );
  });
});

describe('events of failures', () => {
  it('a crash: the failed task with the reason and when it restarts, the node down, then back up', () => {
    const sim = deployed();
    const from = sim.events.length;
    sim.crashNode('node-1');
    sim.runFor(60_000);
    const lines = sim.lines(from);
    expect(lines.slice(0, 3)).toEqual([
      expect.stringMatching(/^error task-state: node-1 task FAILED: .*exit.*; restarting in 10 s$/),
      'warn node-health: node-1 is no longer live: Cassandra is not running',
      expect.stringMatching(
        /^warn plan-step: deploy step node-1 COMPLETE → WAITING: restarting in 10s after 1 consecutive failure/,
      ),
    ]);
    expect(lines).toContain('info node-health: node-1 is live (NORMAL) on 10.0.0.1');
    expect(lines.at(-1)).toBe('info plan-status: deploy plan IN_PROGRESS → COMPLETE');
  });

  it('a lost agent: unreachable, then after the replace timeout a replacement with replace_address', () => {
    const sim = deployed();
    const from = sim.events.length;
    sim.loseAgentOf('node-2');
    sim.runUntil(
      (s) => s.deployed(3) && s.store.node('node-2') === undefined,
      30 * 60_000,
      'node-2 replaced',
    );
    const lines = sim.lines(from);
    const at = (pattern: RegExp): number => lines.findIndex((l) => pattern.test(l));
    expect(lines[at(/node-agent/)]).toBe("warn node-agent: node-2's agent host-2 is unreachable");
    expect(lines[at(/node-replaced/)]).toBe(
      'warn node-replaced: node-3 replaces node-2 (replace_address 10.0.0.2)',
    );
    expect(lines[at(/node-2 run state/)]).toBe('info node-run-state: node-2 run state RUN → TERMINATE');
    expect(at(/node-removed: node-2/)).toBeGreaterThan(at(/node-3 is live/));
    expect(at(/node-3 is live/)).toBeGreaterThan(at(/node-replaced/));
    expect(at(/node-replaced/)).toBeGreaterThan(at(/node-agent/));
  });
});

describe('events of a canary config rollout', () => {
  it('accepted, one node restarted, the plan interrupted for a check, continued, rolled out', () => {
    const sim = deployed();
    const from = sim.events.length;
    const decision = sim.changeConfig(
      { ...base, yamlOverrides: { concurrent_reads: '64' } },
      { canary: true },
    );
    sim.runUntil((s) => s.plan('deploy').interrupted, 10 * 60_000, 'the canary pauses the rollout');
    const paused = sim.lines(from);
    const id = decision.accepted ? decision.version.id : '';
    expect(paused[0]).toBe(
      `info config-accepted: configuration ${id.length > 9 ? `${id.slice(0, 8)}…` : id} accepted`,
    );
    expect(paused).toContain('info plan-step: deploy step node-0 COMPLETE → IN_PROGRESS');
    expect(paused).toContain('info plan-step: deploy step node-1 COMPLETE → PENDING');
    // The rollout stops node-0 on purpose: that is no warning.
    expect(paused).toContain('info node-health: node-0 is no longer live: Cassandra is not running');
    expect(paused.slice(-2)).toEqual([
      'warn plan-interrupted: deploy plan interrupted after its canary node: check that node, then continue the plan',
      'warn plan-status: deploy plan IN_PROGRESS → WAITING',
    ]);
    const resumed = sim.events.length;
    sim.operator({ kind: 'continue-plan', plan: 'deploy' });
    expect(sim.lines(resumed)[0]).toBe('info plan-continued: deploy plan continued');
    sim.runUntil(
      (s) => s.plan('deploy').status === 'COMPLETE' && s.liveNodes().length === 3,
      20 * 60_000,
      'the rollout completes',
    );
    expect(sim.lines(resumed).at(-1)).toBe('info plan-status: deploy plan IN_PROGRESS → COMPLETE');
  });
});
