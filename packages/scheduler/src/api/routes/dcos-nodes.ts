// DC/OS node and connection routes: /v1/nodes/..., /v1/connection..., /v1/seeds.
import { z } from 'zod';
import { json, route, type RouteDef } from '../route';
import { decommissionRoute } from './decommission';
import { NodeRef, StringList } from '../schemas';
import type { ClusterService } from '../service';
import { connectionView, dcosSeedsView, nodeInfoView, nodeStatusView } from '../views/dcos';
import { seedPreferenceName } from '../views/original';

const NodeParams = z.strictObject({ node: NodeRef });
const NodeQuery = z.strictObject({ node: NodeRef });
const DcosSeedChangeSchema = z.object({ nodeId: z.string(), seed: z.boolean(), seedPreference: z.string() });

const ConnectionSchema = z.object({
  address: z.array(z.string()).meta({ description: 'ip:nativePort of each live node' }),
  dns: z.array(z.string()).meta({ description: 'Mesos-DNS <task>.<framework>.mesos:nativePort of each live node' }),
});

async function connection(service: ClusterService): Promise<ReturnType<typeof connectionView>> {
  const snapshot = await service.snapshot();
  return connectionView(snapshot, service.liveNodes(snapshot));
}

function connectionRoutes(): RouteDef[] {
  const forms = [
    { suffix: '', summary: 'CQL endpoints of the live nodes, as addresses and DNS names', schema: ConnectionSchema, pick: (c: z.infer<typeof ConnectionSchema>) => c as unknown },
    { suffix: '/address', summary: 'CQL endpoints of the live nodes as ip:port', schema: StringList, pick: (c: z.infer<typeof ConnectionSchema>) => c.address as unknown },
    { suffix: '/dns', summary: 'CQL endpoints of the live nodes as Mesos-DNS name:port', schema: StringList, pick: (c: z.infer<typeof ConnectionSchema>) => c.dns as unknown },
  ];
  const routes: RouteDef[] = [];
  for (const form of forms) {
    for (const base of ['/v1/connection', '/v1/nodes/connect']) {
      routes.push(
        route({
          method: 'get', path: `${base}${form.suffix}`, family: 'dcos', mutating: false,
          summary: base === '/v1/connection' ? form.summary : `${form.summary} (deprecated alias)`,
          responses: { 200: { description: 'endpoints (empty while no node is live)', schema: form.schema } },
          handler: async ({ service }) => json(form.pick(await connection(service))),
        }),
      );
    }
  }
  return routes;
}

export function dcosNodeRoutes(): RouteDef[] {
  return [
    route({
      method: 'get', path: '/v1/nodes/list', family: 'dcos', mutating: false, summary: 'Names of all nodes',
      responses: { 200: { description: 'node names, e.g. ["node-0","node-1"]', schema: StringList } },
      handler: async ({ service }) => json((await service.snapshot()).nodes.map((n) => n.nodeId)),
    }),
    route({
      method: 'get', path: '/v1/nodes/:node/status', family: 'dcos', mutating: false,
      summary: "The node's Cassandra status from its executor",
      description:
        'Asks the executor for a health check now (leader only) and waits up to 2 s; without an answer, the latest report the scheduler holds, with its age (source: "last-report"; fields only a fresh check has are null).',
      params: NodeParams,
      responses: {
        200: { description: 'status (source "executor" or "last-report")' },
        404: { description: 'NODE_NOT_FOUND' },
        503: { description: 'NODE_STATUS_UNAVAILABLE: the node never reported health' },
      },
      handler: async ({ service, params }) => json(nodeStatusView(await service.nodeStatus(params.node))),
    }),
    route({
      method: 'get', path: '/v1/nodes/:node/info', family: 'dcos', mutating: false, summary: "The scheduler's view of a node",
      params: NodeParams,
      responses: { 200: { description: 'node info (name, task id, hostname, agent, task state, operating mode, ...)' }, 404: { description: 'NODE_NOT_FOUND' } },
      handler: async ({ service, params }) => {
        const snapshot = await service.snapshot();
        return json(nodeInfoView(snapshot, service.findNode(snapshot, params.node)));
      },
    }),
    route({
      method: 'put', path: '/v1/nodes/restart', family: 'dcos', mutating: true, summary: 'Restart a node in place (same host, same data)',
      query: NodeQuery,
      responses: { 200: { description: 'ids of the tasks being stopped', schema: StringList }, 404: { description: 'NODE_NOT_FOUND' }, 409: { description: 'COMMAND_REJECTED' } },
      handler: async ({ service, query }) => json((await service.restartNode(query.node)).killedTaskIds),
    }),
    route({
      method: 'put', path: '/v1/nodes/replace', family: 'dcos', mutating: true,
      summary: 'Replace a node on another host (Cassandra replace_address; the old one is terminated)',
      query: NodeQuery,
      responses: { 200: { description: 'ids of the tasks being stopped', schema: StringList }, 404: { description: 'NODE_NOT_FOUND' }, 409: { description: 'COMMAND_REJECTED' } },
      handler: async ({ service, query }) => json((await service.replaceNode(query.node)).killedTaskIds),
    }),
    decommissionRoute('put', '/v1/nodes/:node/decommission', 'dcos'),
    ...(['make-seed', 'make-non-seed'] as const).map((action) =>
      route({
        method: 'put', path: `/v1/nodes/:node/${action}`, family: 'dcos', mutating: true,
        summary: action === 'make-seed' ? 'Prefer the node as a seed (while it is in the ring)' : 'Never choose the node as a seed',
        params: NodeParams,
        responses: {
          200: { description: '{nodeId, seed, seedPreference}', schema: DcosSeedChangeSchema },
          404: { description: 'NODE_NOT_FOUND' },
          409: { description: 'COMMAND_REJECTED: e.g. the node has not joined the ring, or too few seed candidates would remain' },
        },
        handler: async ({ service, params }) => {
          const { after } = await service.setSeed(params.node, action === 'make-seed');
          return json({ nodeId: after.nodeId, seed: after.seed, seedPreference: seedPreferenceName(after) });
        },
      }),
    ),
    route({
      method: 'get', path: '/v1/seeds', family: 'dcos', mutating: false, summary: 'Seed addresses (DC/OS seed provider)',
      responses: { 200: { description: '{isSeed, seeds}', schema: z.object({ isSeed: z.boolean(), seeds: z.array(z.string()) }) } },
      handler: async ({ service }) => json(dcosSeedsView(await service.snapshot())),
    }),
    ...connectionRoutes(),
  ];
}
