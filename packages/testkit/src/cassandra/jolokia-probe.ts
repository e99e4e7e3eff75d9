import type { ProbeResult } from '../wait';

export const STORAGE_SERVICE = 'org.apache.cassandra.db:type=StorageService';

/** The one bulk request the readiness check sends. */
export function readinessRequest(): unknown[] {
  return [{ type: 'read', mbean: STORAGE_SERVICE, attribute: ['OperationMode', 'NativeTransportRunning', 'LiveNodes'] }];
}

export interface NodeStatus {
  readonly operationMode: string;
  readonly nativeTransportRunning: boolean;
  readonly liveNodes: readonly string[];
}

/**
 * Interprets one readiness answer (pure). Jolokia reports MBean errors as HTTP 200 with a status
 * inside, e.g. 404 InstanceNotFoundException while StorageService is not registered yet.
 * A 401 is fatal: the credentials are wrong and waiting will not help.
 */
export function interpretReadiness(httpStatus: number, body: unknown, expectedLiveNodes: readonly string[]): ProbeResult<NodeStatus> {
  if (httpStatus === 401 || httpStatus === 403) return { state: 'fatal', reason: `Jolokia answered HTTP ${httpStatus}: the Jolokia credentials were refused` };
  if (httpStatus !== 200) return { state: 'waiting', reason: `Jolokia answered HTTP ${httpStatus}` };
  const first = Array.isArray(body) ? (body[0] as unknown) : undefined;
  if (typeof first !== 'object' || first === null) return { state: 'waiting', reason: `unexpected Jolokia answer ${JSON.stringify(body).slice(0, 200)}` };
  const r = first as { status?: unknown; error?: unknown; error_type?: unknown; value?: unknown };
  if (r.status !== 200) {
    const text = (x: unknown): string => (typeof x === 'string' ? x : '');
    return { state: 'waiting', reason: `Jolokia status ${String(r.status)}: ${text(r.error_type)} ${text(r.error)}`.trim() };
  }
  const v = (r.value ?? {}) as { OperationMode?: unknown; NativeTransportRunning?: unknown; LiveNodes?: unknown };
  const status: NodeStatus = {
    operationMode: String(v.OperationMode),
    nativeTransportRunning: v.NativeTransportRunning === true,
    liveNodes: Array.isArray(v.LiveNodes) ? v.LiveNodes.map(String) : [],
  };
  if (status.operationMode !== 'NORMAL') return { state: 'waiting', reason: `OperationMode=${status.operationMode}` };
  if (!status.nativeTransportRunning) return { state: 'waiting', reason: 'OperationMode=NORMAL but NativeTransportRunning=false' };
  const missing = expectedLiveNodes.filter((ip) => !status.liveNodes.includes(ip));
  if (missing.length > 0) return { state: 'waiting', reason: `NORMAL, but LiveNodes=[${status.liveNodes.join(',')}] lacks ${missing.join(',')}` };
  return { state: 'ready', value: status };
}

export function basicAuthHeader(user: string, password: string): string {
  return `Basic ${Buffer.from(`${user}:${password}`, 'utf8').toString('base64')}`;
}

/** POSTs the readiness bulk read and interprets it; network errors mean "not yet". */
export async function probeNode(jolokiaUrl: string, authHeader: string, expectedLiveNodes: readonly string[]): Promise<ProbeResult<NodeStatus>> {
  let response: Response;
  try {
    response = await fetch(jolokiaUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: authHeader },
      body: JSON.stringify(readinessRequest()),
      signal: AbortSignal.timeout(5_000),
    });
  } catch (err) {
    const cause = (err as { cause?: { code?: string } }).cause?.code;
    return { state: 'waiting', reason: `Jolokia not reachable (${cause ?? (err as Error).message})` };
  }
  const text = await response.text();
  let body: unknown;
  try {
    body = text === '' ? undefined : JSON.parse(text);
  } catch {
    body = text;
  }
  return interpretReadiness(response.status, body, expectedLiveNodes);
}
