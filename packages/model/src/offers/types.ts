// The vocabulary of offer evaluation: what the core asks for (PlacementRequest), what it gets back
// (OfferEvaluation with one StageOutcome per stage, and the resources to reserve/create/launch with).
// Mesos objects are plain objects in proto field names (snake_case), as the generated $Properties
// types describe them; decoded message instances fit these types too.
import type { cassandra_mesos } from '../gen/cassandra_mesos';
import type { mesos } from '../gen/mesos';

export type MesosOffer = mesos.v1.Offer.$Properties;
export type MesosResource = mesos.v1.Resource.$Properties;
export type MesosReservation = mesos.v1.Resource.ReservationInfo.$Properties;
export type MesosOperation = mesos.v1.Offer.Operation.$Properties;
export type MesosTaskInfo = mesos.v1.TaskInfo.$Properties;

/** Stages in evaluation order. */
export type OfferStage = 'role' | 'agent' | 'host' | 'placement' | 'reservation' | 'resources' | 'ports' | 'volume';

export const OFFER_STAGES: readonly OfferStage[] = ['role', 'agent', 'host', 'placement', 'reservation', 'resources', 'ports', 'volume'];

/** One stage's verdict. `reason` is always a sentence an operator understands, also when it passed. */
export interface StageOutcome {
  stage: OfferStage;
  passed: boolean;
  reason: string;
}

export type ConstraintOperator = 'UNIQUE' | 'CLUSTER' | 'LIKE' | 'UNLIKE' | 'MAX_PER' | 'GROUP_BY';

/**
 * A Marathon-style placement constraint: [field, operator, value?]. `field` is "hostname", "@region",
 * "@zone" or the name of an agent attribute.
 */
export type PlacementConstraint = readonly [field: string, operator: ConstraintOperator, value?: string];

/** Where another node of this framework runs, for constraints that count nodes per value. */
export interface PlacedNode {
  nodeId: string;
  hostname: string;
  /** The agent's attributes as strings (see `offerAttributes`). */
  attributes: Readonly<Record<string, string>>;
  region?: string;
  zone?: string;
}

export type NodeResourcesInput = cassandra_mesos.v1.NodeResources.$Properties;
export type NodePortsInput = cassandra_mesos.v1.NodePorts.$Properties;
export type NodeReservationInput = cassandra_mesos.v1.NodeReservation.$Properties;

export interface PlacementRequest {
  nodeId: string;
  /** Framework name: the value of the `cassandra_mesos_framework` reservation label. */
  frameworkName: string;
  role: string;
  principal: string;
  /** cpus/mem/disk of the Cassandra server task (heap is irrelevant here). */
  resources: NodeResourcesInput;
  /** The executor's own share; reserved with the node's so a restart in place always fits. */
  executorResources: { cpus: number; memMb: number };
  /** Fixed ports; each must be inside the offer's `ports` ranges. Zero means "not used". */
  ports: NodePortsInput;
  dataVolumeMode: cassandra_mesos.v1.DataVolumeMode;
  /**
   * Set when the node already has a reservation: only its agent qualifies, and the offer must carry the
   * resources reserved with its labels (+ its persistent volume). A reservation with an empty
   * `reservationId` (role "*": nothing could be reserved) only binds the node to its agent.
   */
  reservation?: NodeReservationInput;
  /** SANDBOX restart in place without a reservation: must be this agent (its sandbox holds the data). */
  agentId?: string;
  /**
   * The node's executor, when it may still run (e.g. after STOP → RUN). When the offer lists it in
   * `executor_ids`, the executor already holds its share and only the server's share must be offered.
   */
  runningExecutorId?: string;
  /** Hostnames where OTHER nodes of this framework run (one node per host). */
  hostnamesInUse: ReadonlySet<string>;
  /** Agents this node must not use, e.g. the lost agent of the node being replaced. */
  excludedAgentIds?: ReadonlySet<string>;
  constraints: readonly PlacementConstraint[];
  /** OTHER nodes' placements, for UNIQUE/CLUSTER/MAX_PER/GROUP_BY over attributes (hostname falls back to hostnamesInUse). */
  placedNodes?: readonly PlacedNode[];
}

/** What an accepted offer gives the node. */
export interface OfferPlan {
  /** Resources for one RESERVE operation, before the CREATE and the LAUNCH (empty: nothing to reserve). */
  reserve: MesosResource[];
  /** Volumes for one CREATE operation (empty: nothing to create). */
  create: MesosResource[];
  /** The reservation record to persist (write-ahead) before accepting. */
  reservation: cassandra_mesos.v1.NodeReservation;
  /** TaskInfo.resources of the Cassandra server task. */
  taskResources: MesosResource[];
  /** ExecutorInfo.resources; identical on every launch of the same executor. */
  executorResources: MesosResource[];
  /** The agent's address: the offer's url.address.ip, or its hostname when the offer has no url. */
  ip: string;
}

export interface OfferEvaluation {
  offerId: string;
  agentId: string;
  hostname: string;
  passed: boolean;
  /** In evaluation order; stops at the first failure. */
  stages: StageOutcome[];
  plan?: OfferPlan;
}

/** Ids the core generated for a node without a reservation (deterministic in tests). */
export interface ReservationIds {
  reservationId: string;
  persistenceId: string;
}
