// cassandra-mesos compatible discovery and health routes: /live-nodes (+ text, cqlsh, nodetool and
// stress forms), /qa/report/resources and /health/{process,cluster,cluster/report}.
import { z } from 'zod';
import { ApiError } from '../errors';
import { json, route, text, type RouteDef } from '../route';
import { queryInt } from '../schemas';
import type { ClusterService, ClusterSnapshot } from '../service';
import { clusterHealthReport } from '../views/health-report';
import { liveNodesText, liveNodesView, qaReportText, qaReportView, sampleLiveNodes } from '../views/original';

const LimitQuery = z.strictObject({ limit: queryInt(1, 1000).optional().meta({ description: 'at most this many nodes (default 3)' }) });
const DEFAULT_LIMIT = 3;

export interface OriginalClusterRouteOptions {
  /** Random source for picking live nodes (tests pass a fixed one). */
  readonly random: () => number;
}

async function liveSample(service: ClusterService, limit: number, random: () => number): Promise<{ snapshot: ClusterSnapshot; sample: ReturnType<typeof sampleLiveNodes> }> {
  const snapshot = await service.snapshot();
  const live = service.liveNodes(snapshot);
  if (live.length === 0) {
    throw new ApiError('NO_LIVE_NODES', `no node is live yet (${snapshot.nodes.length} known); watch the deploy plan at /v1/plan and retry`, undefined, { 'Retry-After': '10' });
  }
  return { snapshot, sample: sampleLiveNodes(live, limit, random) };
}

const NO_LIVE = { 503: { description: 'NO_LIVE_NODES' } } as const;
const TEXT = 'text/plain';

export function originalClusterRoutes(options: OriginalClusterRouteOptions): RouteDef[] {
  const { random } = options;
  return [
    route({
      method: 'get', path: '/live-nodes', family: 'cassandra-mesos', mutating: false, summary: 'Live nodes for client discovery (random order)',
      query: LimitQuery,
      responses: { 200: { description: '{clusterName, frameworkName, nativePort, jmxPort, liveNodes}' }, ...NO_LIVE },
      handler: async ({ service, query }) => {
        const { snapshot, sample } = await liveSample(service, query.limit ?? DEFAULT_LIMIT, random);
        return json(liveNodesView(snapshot, sample));
      },
    }),
    route({
      method: 'get', path: '/live-nodes/text', family: 'cassandra-mesos', mutating: false, summary: 'Live nodes as NATIVE:/JMX:/IP: lines',
      query: LimitQuery, responses: { 200: { description: 'lines', contentType: TEXT }, ...NO_LIVE },
      handler: async ({ service, query }) => {
        const { snapshot, sample } = await liveSample(service, query.limit ?? DEFAULT_LIMIT, random);
        return text(liveNodesText(snapshot, sample));
      },
    }),
    route({
      method: 'get', path: '/live-nodes/cqlsh', family: 'cassandra-mesos', mutating: false, summary: 'cqlsh arguments for one live node: "<ip> <port>"',
      responses: { 200: { description: 'arguments', contentType: TEXT }, ...NO_LIVE },
      handler: async ({ service }) => {
        const { snapshot, sample } = await liveSample(service, 1, random);
        return text(`${sample[0]?.ip ?? ''} ${snapshot.target.ports.native}\n`, 'text/x-cassandra-cqlsh; charset=utf-8');
      },
    }),
    route({
      method: 'get', path: '/live-nodes/nodetool', family: 'cassandra-mesos', mutating: false,
      summary: 'nodetool arguments for one live node: "-h <ip> -p <jmxPort>" (JMX listens on the node\'s host only)',
      responses: { 200: { description: 'arguments', contentType: TEXT }, ...NO_LIVE, 501: { description: 'NOT_SUPPORTED: JMX is off' } },
      handler: async ({ service }) => {
        const { snapshot, sample } = await liveSample(service, 1, random);
        if (snapshot.target.ports.jmx === 0) {
          throw new ApiError('NOT_SUPPORTED', 'JMX is off (CASSANDRA_MESOS_JMX_PORT=0), so nodetool cannot connect; the executor uses Jolokia instead');
        }
        return text(`-h ${sample[0]?.ip ?? ''} -p ${snapshot.target.ports.jmx}\n`, 'text/x-cassandra-nodetool; charset=utf-8');
      },
    }),
    route({
      method: 'get', path: '/live-nodes/stress', family: 'cassandra-mesos', mutating: false, summary: 'cassandra-stress arguments: "-node ip1,ip2 -port native=N"',
      query: LimitQuery, responses: { 200: { description: 'arguments', contentType: TEXT }, ...NO_LIVE },
      handler: async ({ service, query }) => {
        const { snapshot, sample } = await liveSample(service, query.limit ?? DEFAULT_LIMIT, random);
        const jmx = snapshot.target.ports.jmx ? ` jmx=${snapshot.target.ports.jmx}` : '';
        return text(`-node ${sample.map((n) => n.ip).join(',')} -port native=${snapshot.target.ports.native}${jmx}\n`, 'text/x-cassandra-stress; charset=utf-8');
      },
    }),
    route({
      method: 'get', path: '/qa/report/resources', family: 'cassandra-mesos', mutating: false, summary: 'Per executor: addresses and ports (JSON, or text with Accept: text/plain)',
      responses: { 200: { description: 'report' }, 406: { description: 'NOT_ACCEPTABLE' } },
      handler: async ({ service, request }) => {
        const snapshot = await service.snapshot();
        const wanted = request.accepts(['application/json', 'text/plain']);
        if (wanted === false) throw new ApiError('NOT_ACCEPTABLE', 'this report is available as application/json or text/plain; send one of them in Accept');
        return wanted === 'text/plain' ? text(qaReportText(snapshot)) : json(qaReportView(snapshot));
      },
    }),
    route({
      method: 'get', path: '/health/process', family: 'cassandra-mesos', mutating: false, probe: true, summary: 'Liveness of the scheduler process (Marathon health check)',
      responses: { 200: { description: '{healthy: true}', schema: z.object({ healthy: z.literal(true) }) } },
      handler: () => json({ healthy: true }),
    }),
    route({
      method: 'get', path: '/health/cluster', family: 'cassandra-mesos', mutating: false, summary: 'Whether every check of /health/cluster/report passes',
      responses: { 200: { description: '{healthy: true}' }, 503: { description: 'CLUSTER_UNHEALTHY (details: the failing checks)' } },
      handler: async ({ service }) => {
        const report = clusterHealthReport(await service.snapshot());
        if (report.healthy) return json({ healthy: true });
        const failing = report.results.filter((r) => !r.ok);
        throw new ApiError('CLUSTER_UNHEALTHY', `the cluster is not healthy: ${failing.map((r) => r.name).join(', ')} failed; see /health/cluster/report`, failing);
      },
    }),
    route({
      method: 'get', path: '/health/cluster/report', family: 'cassandra-mesos', mutating: false, summary: 'Cluster health checks, expected vs actual',
      responses: { 200: { description: '{healthy, results:[{name, ok, expected, actual}]}' } },
      handler: async ({ service }) => json(clusterHealthReport(await service.snapshot())),
    }),
  ];
}
