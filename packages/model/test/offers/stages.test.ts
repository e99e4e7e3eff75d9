// Each stage passing and failing, with the reason an operator reads. Evaluation stops at the first
// failing stage, so each failing case also checks that the earlier stages passed.
import { mesos } from '../../src/gen/mesos';
import { OFFER_STAGES, evaluateOffer, type OfferStage, type PlacementRequest } from '../../src/offers';
import type { MesosOffer } from '../../src/offers/types';
import {
  IDS,
  RESERVATION,
  ROLE,
  SANDBOX,
  bigOffer,
  cpus,
  disk,
  dynamicUnlabelled,
  mem,
  mountSource,
  offer,
  ours,
  pathSource,
  ports,
  request,
  reservedOffer,
  staticRole,
  volumeDisk,
} from './support/fixtures';

interface Case {
  name: string;
  offer: MesosOffer;
  request: PlacementRequest;
  stage: OfferStage;
  passed: boolean;
  reason: RegExp;
}

const fail = (name: string, stage: OfferStage, o: MesosOffer, r: PlacementRequest, reason: RegExp): Case => ({ name, offer: o, request: r, stage, passed: false, reason });
const pass = (name: string, stage: OfferStage, o: MesosOffer, r: PlacementRequest, reason: RegExp): Case => ({ name, offer: o, request: r, stage, passed: true, reason });

const R = ours('res-1');
const roomy = [cpus(8), mem(16384), disk(100000)];

const cases: Case[] = [
  // role
  pass('MULTI_ROLE offer for our role', 'role', bigOffer({ allocationRole: ROLE }), request(), /offer is allocated to role cassandra-role/),
  fail('offer allocated to another role', 'role', bigOffer({ allocationRole: 'web' }), request(), /offer is allocated to role web; node-0 needs role cassandra-role/),
  fail("PERSISTENT_VOLUME with role '*'", 'role', bigOffer(), request({ role: '*' }), /PERSISTENT_VOLUME needs a role other than '\*'.*use SANDBOX/),
  fail('resources reserved for a foreign role', 'role', offer([cpus(4, { reservations: staticRole('web') }), ...roomy]), request(), /reserved for role web: it is not an offer for role cassandra-role/),
  // agent
  pass('unbound node, agent not excluded', 'agent', bigOffer(), request({ excludedAgentIds: new Set(['agent-9']) }), /node-0 is not bound to an agent and agent agent-1 \(host-1\) is not excluded/),
  fail('excluded agent', 'agent', bigOffer(), request({ excludedAgentIds: new Set(['agent-1']) }), /agent agent-1 \(host-1\) is excluded for node-0/),
  fail('reserved node offered another agent', 'agent', reservedOffer({ agentId: 'agent-2', hostname: 'host-2' }), request({ reservation: RESERVATION }), /node-0 has reservation res-1 \(and its data\) on agent agent-1; offer is from agent agent-2 \(host-2\)/),
  fail('sandbox restart in place on another agent', 'agent', bigOffer({ agentId: 'agent-2' }), request({ dataVolumeMode: SANDBOX, agentId: 'agent-1' }), /restarts in place on agent agent-1, where its sandbox data is; offer is from agent agent-2/),
  pass('reserved node on its own agent', 'agent', reservedOffer(), request({ reservation: RESERVATION }), /offer is from agent agent-1 \(host-1\), the agent node-0 is bound to/),
  // host
  fail('host already runs a node', 'host', bigOffer(), request({ hostnamesInUse: new Set(['host-1']) }), /host host-1 already runs another Cassandra node of this framework \(one node per host\)/),
  pass('host free', 'host', bigOffer(), request({ hostnamesInUse: new Set(['host-2']) }), /no other Cassandra node of this framework runs on host host-1/),
  // placement
  pass('no constraints', 'placement', bigOffer(), request(), /no placement constraints/),
  fail('LIKE not met', 'placement', bigOffer({ attributes: { rack_id: 'rack-3' } }), request({ constraints: [['rack_id', 'LIKE', 'rack-[12]']] }), /constraint not met: \["rack_id","LIKE","rack-\[12\]"\]: attribute rack_id 'rack-3' does not match \/rack-\[12\]\//),
  pass('LIKE met', 'placement', bigOffer({ attributes: { rack_id: 'rack-2' } }), request({ constraints: [['hostname', 'UNIQUE'], ['rack_id', 'LIKE', 'rack-[12]']] }), /meets 2 placement constraint\(s\)/),
  pass('hostname UNIQUE from hostnamesInUse', 'placement', bigOffer(), request({ hostnamesInUse: new Set(['host-2']), constraints: [['hostname', 'UNIQUE']] }), /\["hostname","UNIQUE"\]: no other node has hostname 'host-1'/),
  fail('hostname CLUSTER', 'placement', bigOffer(), request({ constraints: [['hostname', 'CLUSTER', 'host-2']] }), /hostname is 'host-1', nodes must run where it is 'host-2'/),
  fail('@zone UNLIKE', 'placement', bigOffer({ zone: 'zone-b' }), request({ constraints: [['@zone', 'UNLIKE', 'zone-[ab]']] }), /zone 'zone-b' matches \/zone-\[ab\]\/, which UNLIKE excludes/),
  fail('attribute counting without placedNodes', 'placement', bigOffer({ attributes: { rack_id: 'r1' } }), request({ hostnamesInUse: new Set(['host-2']), constraints: [['rack_id', 'MAX_PER', '1']] }), /counts other nodes by rack_id, but the scheduler passed no placedNodes/),
  fail('MAX_PER with placed nodes', 'placement', bigOffer({ attributes: { rack_id: 'r1' } }), request({ placedNodes: [{ nodeId: 'node-1', hostname: 'host-2', attributes: { rack_id: 'r1' } }], constraints: [['rack_id', 'MAX_PER', '1']] }), /1 node\(s\) already have attribute rack_id 'r1' \(node-1\), at most 1 allowed/),
  pass('bound nodes ignore constraints', 'placement', reservedOffer({ attributes: { rack_id: 'rack-3' } }), request({ reservation: RESERVATION, constraints: [['rack_id', 'LIKE', 'rack-[12]']] }), /apply to new placements only; node-0 stays on agent agent-1/),
  // reservation
  pass('fresh node', 'reservation', bigOffer(), request(), /node-0 has no reservation yet: what it takes is reserved with reservation res-1/),
  fail('labels of another reservation', 'reservation', reservedOffer({}, 'res-2'), request({ reservation: RESERVATION }), /lacks node-0's reserved cpus, mem, ports \(reservation res-1\) and does not carry volume vol-1 \(the agent holds resources reserved for node-0 \(reservation res-2\)\)/),
  fail('right labels, wrong persistence id', 'reservation', reservedOffer({}, 'res-1', 'vol-9'), request({ reservation: RESERVATION }), /carries volume vol-9 with reservation res-1, not the node's volume vol-1/),
  fail('reserved disk without a volume (CREATE failed)', 'reservation', offer([cpus(2.1, { reservations: R }), mem(4352, { reservations: R }), disk(10240, { reservations: R }), ports([[7000, 9100]], { reservations: R })]), request({ reservation: RESERVATION }), /carries the disk reserved for volume vol-1 but no volume on it: its CREATE failed or the volume was destroyed.*replace the node/),
  fail('SANDBOX reservation, now PERSISTENT_VOLUME', 'reservation', reservedOffer(), request({ reservation: { ...RESERVATION, persistenceId: '' } }), /reservation res-1, which has no persistent volume \(it was made for SANDBOX data\)/),
  fail('role changed since reserving', 'reservation', reservedOffer(), request({ reservation: { ...RESERVATION, role: 'old-role' } }), /was made for role old-role, but the node now asks for role cassandra-role/),
  pass('labels and volume match', 'reservation', reservedOffer(), request({ reservation: RESERVATION }), /offer carries node-0's reservation res-1: 2.1 cpus, 4352 MB mem, ports 7000-7001, 7199, 8778, 9042, volume vol-1 \(10240 MB disk\)/),
  // resources
  fail('too few cpus', 'resources', offer([cpus(1.5), mem(16384), disk(100000), ports([[7000, 9100]])]), request(), /^offer has 1.5 cpus unreserved for role cassandra-role, node-0 needs 2.1 cpus \(2 server \+ 0.1 executor\)$/),
  fail('too little mem and disk (SANDBOX), both named', 'resources', offer([cpus(8), mem(4000), disk(500), ports([[7000, 9100]])]), request({ dataVolumeMode: SANDBOX }), /4000 MB mem unreserved.*needs 4352 MB mem \(4096 MB server \+ 256 MB executor\); offer has 500 MB disk unreserved for role cassandra-role on the root disk, node-0 needs 10240 MB disk in its sandbox/),
  fail('executor share cannot come from the role pool', 'resources', offer([cpus(4, { reservations: staticRole() }), mem(16384), disk(100000), ports([[7000, 9100]])]), request(), /4 cpus reserved for role cassandra-role, node-0 needs 2.1 cpus.*the executor's share must be unreserved or already reserved for node-0, short by 0.1 cpus/),
  fail("another node's reservation is not usable", 'resources', offer([cpus(4, { reservations: ours('res-9', 'node-9') }), mem(16384), disk(100000), ports([[7000, 9100]])]), request(), /no cpus for role cassandra-role, node-0 needs 2.1 cpus.*not usable: 4 cpus \(reserved for node-9 \(reservation res-9\)\)/),
  fail('not enough unreserved disk for a volume', 'resources', offer([cpus(8), mem(16384), disk(5000), disk(50000, { reservations: dynamicUnlabelled() }), ports([[7000, 9100]])]), request(), /node-0 needs 10240 MB disk of unreserved disk for its persistent volume/),
  pass('enough of everything', 'resources', bigOffer(), request(), /node-0 takes 2.1 cpus \(2 server \+ 0.1 executor\), 4352 MB mem \(4096 MB server \+ 256 MB executor\), a 10240 MB disk volume; what was unreserved is reserved with reservation res-1/),
  // ports
  fail('ports outside the ranges', 'ports', offer([...roomy, ports([[31000, 32000]])]), request(), /ports 7000 \(storage\), 7001 \(ssl_storage\), 7199 \(jmx\), 8778 \(jolokia\), 9042 \(native\) are not in the offer's port ranges \(offer has unreserved 31000-32000\)/),
  fail("a port held by another node's reservation", 'ports', offer([...roomy, ports([[7000, 9041]]), ports([[9042, 9042]], { reservations: ours('res-9', 'node-9') })]), request(), /port 9042 \(native\) is reserved for node-9 \(reservation res-9\)/),
  pass('ports inside one wide range', 'ports', bigOffer(), request(), /ports 7000, 7001, 7199, 8778, 9042 are in the offer's ranges \(unreserved 7000-9100, 31000-32000\); the unreserved ones are reserved with reservation res-1/),
  pass('no fixed ports', 'ports', offer(roomy), request({ ports: {} }), /node-0 uses no fixed ports/),
  // volume
  fail('no single disk holds the volume', 'volume', offer([cpus(8), mem(16384), disk(6000), disk(6000, { disk: pathSource('/mnt/a') }), ports([[7000, 9100]])]), request(), /no single disk can hold node-0's 10240 MB volume \(unreserved: ROOT disk 6000 MB, PATH \/mnt\/a disk 6000 MB\)/),
  pass('a PATH disk holds it', 'volume', offer([cpus(8), mem(16384), disk(2000), disk(20000, { disk: pathSource('/mnt/a') }), ports([[7000, 9100]])]), request(), /volume vol-1 of 10240 MB is created on the PATH \/mnt\/a disk at cassandra-data/),
  pass('a MOUNT disk is taken whole, the smallest that fits', 'volume', offer([cpus(8), mem(16384), disk(2000, { disk: mountSource('/mnt/big') }), disk(40000, { disk: mountSource('/mnt/big') }), disk(12000, { disk: mountSource('/mnt/small') }), ports([[7000, 9100]])]), request(), /volume vol-1 of 12000 MB is created on the MOUNT \/mnt\/small disk/),
  pass('existing volume', 'volume', reservedOffer(), request({ reservation: RESERVATION }), /node-0 gets its volume vol-1 back \(10240 MB on the ROOT disk\)/),
  pass('SANDBOX warns', 'volume', bigOffer(), request({ dataVolumeMode: SANDBOX }), /data volume mode SANDBOX: node-0's data lives in its executor sandbox on host-1 and is lost when the sandbox is removed/),
];

describe('offer evaluation stages', () => {
  it.each(cases)('$stage: $name', (c) => {
    const evaluation = evaluateOffer(c.offer, c.request, IDS);
    const outcome = evaluation.stages.find((s) => s.stage === c.stage);
    expect(outcome).toBeDefined();
    expect(outcome?.passed).toBe(c.passed);
    expect(outcome?.reason).toMatch(c.reason);
    const index = evaluation.stages.indexOf(outcome as (typeof evaluation.stages)[number]);
    expect(evaluation.stages.slice(0, index).every((s) => s.passed)).toBe(true);
    expect(evaluation.stages.map((s) => s.stage)).toEqual(OFFER_STAGES.slice(0, evaluation.stages.length));
    if (!c.passed) {
      expect(evaluation.passed).toBe(false);
      expect(evaluation.plan).toBeUndefined();
      expect(evaluation.stages.at(-1)).toBe(outcome);
    }
  });

  it('covers every stage both ways', () => {
    for (const stage of OFFER_STAGES) {
      expect(cases.some((c) => c.stage === stage && c.passed)).toBe(true);
      expect(cases.some((c) => c.stage === stage && !c.passed)).toBe(true);
    }
  });

  it('a MOUNT disk volume reserves and creates the whole disk', () => {
    const evaluation = evaluateOffer(offer([cpus(8), mem(16384), disk(12000, { disk: mountSource('/mnt/small') }), ports([[7000, 9100]])]), request(), IDS);
    const volume = evaluation.plan?.create[0];
    expect(volume?.scalar?.value).toBe(12000);
    expect(volume?.disk).toEqual({ ...mountSource('/mnt/small'), ...volumeDisk('vol-1') });
    expect(evaluation.plan?.reserve.find((r) => r.name === 'disk')).toEqual({ name: 'disk', type: mesos.v1.Value.Type.SCALAR, reservations: R, disk: mountSource('/mnt/small'), scalar: { value: 12000 } });
  });

  it('rejects a request without a data volume mode with a clear error', () => {
    expect(() => evaluateOffer(bigOffer(), request({ dataVolumeMode: 0 }), IDS)).toThrow(/data volume mode 0: it must be PERSISTENT_VOLUME or SANDBOX/);
  });
});
