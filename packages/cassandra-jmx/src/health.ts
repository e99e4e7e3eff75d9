// A node's health in ONE bulk request. Cassandra registers its MBeans progressively while starting,
// so each field is read by its own request in the bulk: what cannot be read yet is reported in
// `missing` (with the reason) instead of failing the whole check. Transport failures (agent down,
// wrong credentials, timeout) still throw: there is nothing partial about them.
import type { JmxErrorContext } from './errors';
import type { CallOptions, JmxClient, JmxReadRequest, JmxResult } from './jmx-client';
import { ENDPOINT_SNITCH_INFO, RUNTIME, STORAGE_LOAD_METRIC, STORAGE_SERVICE } from './names';
import { expectBoolean, expectNumber, expectString, expectStringArray } from './values';

/** StorageService.OperationMode values (5.0; the *_FAILED ones are newer than 4.0). */
export type OperationMode =
  | 'STARTING'
  | 'NORMAL'
  | 'JOINING'
  | 'JOINING_FAILED'
  | 'LEAVING'
  | 'DECOMMISSIONED'
  | 'DECOMMISSION_FAILED'
  | 'MOVING'
  | 'DRAINING'
  | 'DRAINED';

export interface NodeHealthFields {
  /** A string outside OperationMode is passed through as reported. */
  readonly operationMode: OperationMode | (string & {});
  readonly initialized: boolean;
  readonly joined: boolean;
  readonly gossipRunning: boolean;
  readonly nativeTransportRunning: boolean;
  readonly hostId: string;
  readonly tokenCount: number;
  readonly dataCenter: string;
  readonly rack: string;
  readonly releaseVersion: string;
  readonly clusterName: string;
  /** Live data size in bytes (org.apache.cassandra.metrics:type=Storage,name=Load Count). */
  readonly loadBytes: number;
  readonly liveNodes: readonly string[];
  readonly unreachableNodes: readonly string[];
  /** JVM uptime (java.lang:type=Runtime Uptime). */
  readonly uptimeMs: number;
}

export type HealthField = keyof NodeHealthFields;

export interface MissingHealthField {
  readonly field: HealthField;
  readonly reason: string;
}

/** Every field that could be read; `missing` says which could not, and why. */
export type NodeHealth = Partial<NodeHealthFields> & {
  readonly node: string;
  /** When the answer arrived (ms since epoch). */
  readonly checkedAt: number;
  readonly missing: readonly MissingHealthField[];
};

interface FieldSpec<F extends HealthField> {
  readonly field: F;
  readonly request: JmxReadRequest;
  readonly decode: (context: JmxErrorContext, value: unknown) => NodeHealthFields[F];
}

const spec = <F extends HealthField>(
  field: F,
  mbean: string,
  attribute: string,
  decode: FieldSpec<F>['decode'],
): FieldSpec<F> => ({
  field,
  request: { type: 'read', mbean, attribute },
  decode,
});

const FIELDS = [
  spec('operationMode', STORAGE_SERVICE, 'OperationMode', (c, v) => expectString(c, 'OperationMode', v)),
  spec('initialized', STORAGE_SERVICE, 'Initialized', (c, v) => expectBoolean(c, 'Initialized', v)),
  spec('joined', STORAGE_SERVICE, 'Joined', (c, v) => expectBoolean(c, 'Joined', v)),
  spec('gossipRunning', STORAGE_SERVICE, 'GossipRunning', (c, v) => expectBoolean(c, 'GossipRunning', v)),
  spec('nativeTransportRunning', STORAGE_SERVICE, 'NativeTransportRunning', (c, v) =>
    expectBoolean(c, 'NativeTransportRunning', v),
  ),
  spec('hostId', STORAGE_SERVICE, 'LocalHostId', (c, v) => expectString(c, 'LocalHostId', v)),
  spec('tokenCount', STORAGE_SERVICE, 'Tokens', (c, v) => expectStringArray(c, 'Tokens', v).length),
  spec('dataCenter', ENDPOINT_SNITCH_INFO, 'Datacenter', (c, v) => expectString(c, 'Datacenter', v)),
  spec('rack', ENDPOINT_SNITCH_INFO, 'Rack', (c, v) => expectString(c, 'Rack', v)),
  spec('releaseVersion', STORAGE_SERVICE, 'ReleaseVersion', (c, v) => expectString(c, 'ReleaseVersion', v)),
  spec('clusterName', STORAGE_SERVICE, 'ClusterName', (c, v) => expectString(c, 'ClusterName', v)),
  spec('loadBytes', STORAGE_LOAD_METRIC, 'Count', (c, v) => expectNumber(c, 'Storage Load Count', v)),
  spec('liveNodes', STORAGE_SERVICE, 'LiveNodes', (c, v) => expectStringArray(c, 'LiveNodes', v)),
  spec('unreachableNodes', STORAGE_SERVICE, 'UnreachableNodes', (c, v) =>
    expectStringArray(c, 'UnreachableNodes', v),
  ),
  spec('uptimeMs', RUNTIME, 'Uptime', (c, v) => expectNumber(c, 'Uptime', v)),
] as const;

/** The requests of the health bulk, in order (exported for tests). */
export function healthRequests(): JmxReadRequest[] {
  return FIELDS.map((f) => f.request);
}

function interpret(
  node: string,
  context: JmxErrorContext,
  results: readonly JmxResult[],
  checkedAt: number,
): NodeHealth {
  const fields: Partial<Record<HealthField, unknown>> = {};
  const missing: MissingHealthField[] = [];
  FIELDS.forEach((f, i) => {
    const r = results[i];
    if (r === undefined) {
      missing.push({ field: f.field, reason: 'no answer' });
    } else if (!r.ok) {
      missing.push({
        field: f.field,
        reason: r.error.isMBeanNotFound ? `${f.request.mbean} not registered yet` : r.error.reason,
      });
    } else if (r.value === null) {
      missing.push({ field: f.field, reason: `${String(f.request.attribute)} is not set yet` });
    } else {
      try {
        fields[f.field] = f.decode(context, r.value);
      } catch (e) {
        missing.push({ field: f.field, reason: e instanceof Error ? e.message : String(e) });
      }
    }
  });
  return { ...(fields as Partial<NodeHealthFields>), node, checkedAt, missing };
}

/** Reads the node's health in one POST. */
export async function readHealth(client: JmxClient, options?: CallOptions): Promise<NodeHealth> {
  const results = await client.bulk('health', healthRequests(), options);
  return interpret(client.node, client.context('health'), results, Date.now());
}

/**
 * Live = a serving ring member (NORMAL, or DECOMMISSION_FAILED: a refused decommission leaves the node
 * a NORMAL member that keeps serving) with native transport (CQL) running.
 */
export function isLive(health: Pick<NodeHealth, 'operationMode' | 'nativeTransportRunning'>): boolean {
  return (health.operationMode === 'NORMAL' || health.operationMode === 'DECOMMISSION_FAILED') && health.nativeTransportRunning === true;
}
