// Builders for offers and placement requests in offer-evaluation tests. Resources are written the way
// a RESERVATION_REFINEMENT-capable framework receives them (post-refinement `reservations`).
import { cassandra_mesos } from '../../../src/gen/cassandra_mesos';
import { mesos } from '../../../src/gen/mesos';
import type { PlacementRequest } from '../../../src/offers';
import type { MesosOffer, MesosReservation, MesosResource } from '../../../src/offers/types';

export const ROLE = 'cassandra-role';
export const PRINCIPAL = 'cassandra-principal';
export const FRAMEWORK = 'cassandra';

const SCALAR = mesos.v1.Value.Type.SCALAR;
const RANGES = mesos.v1.Value.Type.RANGES;
const DYNAMIC = mesos.v1.Resource.ReservationInfo.Type.DYNAMIC;
const STATIC = mesos.v1.Resource.ReservationInfo.Type.STATIC;

export interface ResourceOptions {
  reservations?: MesosReservation[];
  disk?: mesos.v1.Resource.DiskInfo.$Properties;
}

function withOptions(r: MesosResource, o: ResourceOptions | undefined): MesosResource {
  if (o?.reservations) r.reservations = o.reservations;
  if (o?.disk) r.disk = o.disk;
  return r;
}

export const scalar = (name: string, value: number, o?: ResourceOptions): MesosResource => withOptions({ name, type: SCALAR, scalar: { value } }, o);
export const cpus = (value: number, o?: ResourceOptions): MesosResource => scalar('cpus', value, o);
export const mem = (value: number, o?: ResourceOptions): MesosResource => scalar('mem', value, o);
export const disk = (value: number, o?: ResourceOptions): MesosResource => scalar('disk', value, o);
export const ports = (ranges: Array<[number, number]>, o?: ResourceOptions): MesosResource =>
  withOptions({ name: 'ports', type: RANGES, ranges: { range: ranges.map(([begin, end]) => ({ begin, end })) } }, o);

/** Our labelled reservation for a node. */
export function ours(reservationId: string, nodeId = 'node-0', framework = FRAMEWORK): MesosReservation[] {
  return [
    {
      type: DYNAMIC,
      role: ROLE,
      principal: PRINCIPAL,
      labels: {
        labels: [
          { key: 'cassandra_mesos_framework', value: framework },
          { key: 'cassandra_mesos_reservation', value: reservationId },
          { key: 'cassandra_mesos_node', value: nodeId },
        ],
      },
    },
  ];
}

export const staticRole = (role = ROLE): MesosReservation[] => [{ type: STATIC, role }];
export const dynamicUnlabelled = (role = ROLE): MesosReservation[] => [{ type: DYNAMIC, role, principal: 'operator' }];

export const volumeDisk = (persistenceId: string, extra?: mesos.v1.Resource.DiskInfo.$Properties): mesos.v1.Resource.DiskInfo.$Properties => ({
  ...(extra ?? {}),
  persistence: { id: persistenceId, principal: PRINCIPAL },
  volume: { mode: mesos.v1.Volume.Mode.RW, container_path: 'cassandra-data' },
});

export const mountSource = (root: string): mesos.v1.Resource.DiskInfo.$Properties => ({ source: { type: mesos.v1.Resource.DiskInfo.Source.Type.MOUNT, mount: { root } } });
export const pathSource = (root: string): mesos.v1.Resource.DiskInfo.$Properties => ({ source: { type: mesos.v1.Resource.DiskInfo.Source.Type.PATH, path: { root } } });

export interface OfferOptions {
  id?: string;
  agentId?: string;
  hostname?: string;
  ip?: string | null;
  attributes?: Record<string, string>;
  allocationRole?: string;
  executorIds?: string[];
  zone?: string;
}

/** An offer; with allocationRole the offer and every resource carry allocation_info (MULTI_ROLE). */
export function offer(resources: MesosResource[], o: OfferOptions = {}): MesosOffer {
  const hostname = o.hostname ?? 'host-1';
  const out: MesosOffer = {
    id: { value: o.id ?? 'offer-1' },
    framework_id: { value: 'framework-1' },
    agent_id: { value: o.agentId ?? 'agent-1' },
    hostname,
    resources: o.allocationRole ? resources.map((r) => ({ ...r, allocation_info: { role: o.allocationRole } })) : resources,
    attributes: Object.entries(o.attributes ?? {}).map(([name, value]) => ({ name, type: mesos.v1.Value.Type.TEXT, text: { value } })),
    executor_ids: (o.executorIds ?? []).map((value) => ({ value })),
  };
  if (o.ip !== null) out.url = { scheme: 'http', address: { hostname, ip: o.ip ?? '10.0.0.1', port: 5051 }, path: '/slave(1)' };
  if (o.allocationRole) out.allocation_info = { role: o.allocationRole };
  if (o.zone) out.domain = { fault_domain: { region: { name: 'region-1' }, zone: { name: o.zone } } };
  return out;
}

/** A generous unreserved offer: 8 cpus, 16 GiB, 100 GB root disk, ports 7000-9100 and 31000-32000. */
export function bigOffer(o: OfferOptions = {}): MesosOffer {
  return offer([cpus(8), mem(16384), disk(100000), ports([[7000, 9100], [31000, 32000]])], o);
}

export const PERSISTENT = cassandra_mesos.v1.DataVolumeMode.PERSISTENT_VOLUME;
export const SANDBOX = cassandra_mesos.v1.DataVolumeMode.SANDBOX;

export function request(overrides: Partial<PlacementRequest> = {}): PlacementRequest {
  return {
    nodeId: 'node-0',
    frameworkName: FRAMEWORK,
    role: ROLE,
    principal: PRINCIPAL,
    resources: { cpus: 2, memMb: 4096, diskMb: 10240 },
    executorResources: { cpus: 0.1, memMb: 256 },
    ports: { storage: 7000, sslStorage: 7001, native: 9042, jmx: 7199, jolokia: 8778 },
    dataVolumeMode: PERSISTENT,
    hostnamesInUse: new Set(),
    constraints: [],
    ...overrides,
  };
}

export const IDS = { reservationId: 'res-1', persistenceId: 'vol-1' };

/** The reservation record of node-0 after a fresh PERSISTENT_VOLUME launch on agent-1. */
export const RESERVATION = { agentId: 'agent-1', role: ROLE, reservationId: 'res-1', persistenceId: 'vol-1', containerPath: 'cassandra-data' };

/** An offer re-presenting node-0's reservation (server + executor share) and its volume. */
export function reservedOffer(o: OfferOptions = {}, reservationId = 'res-1', persistenceId = 'vol-1'): MesosOffer {
  const r = ours(reservationId);
  return offer(
    [
      cpus(2.1, { reservations: r }),
      mem(4352, { reservations: r }),
      disk(10240, { reservations: r, disk: volumeDisk(persistenceId) }),
      ports([[7000, 7001], [7199, 7199], [8778, 8778], [9042, 9042]], { reservations: r }),
      cpus(4),
      mem(8192),
      disk(50000),
      ports([[31000, 32000]]),
    ],
    o,
  );
}

/** A server task with a custom executor, as the core would build it from a plan. */
export function serverTask(plan: { taskResources: MesosResource[]; executorResources: MesosResource[] }, agentId = 'agent-1', taskId = 'node-0-server-1', executorId = 'node-0-executor-1'): mesos.v1.TaskInfo.$Properties {
  return {
    name: 'node-0 server',
    task_id: { value: taskId },
    agent_id: { value: agentId },
    resources: plan.taskResources,
    executor: {
      executor_id: { value: executorId },
      command: { value: './cassandra-mesos-executor' },
      resources: plan.executorResources,
    },
  };
}
