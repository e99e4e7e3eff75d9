// cassandra-mesos compatible configuration and node routes: /config, /node/..., /scale/nodes.
// {node} is a node id, IP address, hostname or executor id, as in the original.
import { CONFIG_LIMITS, type RunStateName } from '@cassandra-mesos/model';
import { z } from 'zod';
import { ApiError } from '../errors';
import { json, route, type RouteDef } from '../route';
import { decommissionRoute } from './decommission';
import { NodeRef, queryInt } from '../schemas';
import { configView, nodeActionView, nodeAllView, originalSeedChangeView, seedsView } from '../views/original';
import { rackDcOf } from '../views/node-facts';

const NodeParams = z.strictObject({ node: NodeRef });
const RackDcName = z.string().regex(/^[A-Za-z0-9][A-Za-z0-9_-]{0,47}$/, 'a rack or dc name is letters, digits, "_" and "-" (at most 48)');
const RackDcBody = z.strictObject({ rack: RackDcName.optional(), dc: RackDcName.optional() });
const NodeCount = queryInt(CONFIG_LIMITS.nodeCount.min, CONFIG_LIMITS.nodeCount.max);
const ScaleQuery = z
  .strictObject({
    nodeCount: NodeCount.optional().meta({ description: 'the new number of nodes' }),
    nodes: NodeCount.optional().meta({ description: 'alias of nodeCount' }),
  })
  .refine((q) => (q.nodeCount === undefined) !== (q.nodes === undefined), { message: 'give the new number of nodes as nodeCount=N (or nodes=N), exactly once', path: ['nodeCount'] });

const SeedChangeSchema = z.object({
  nodeId: z.string(),
  ip: z.string().nullable(),
  hostname: z.string().nullable(),
  executorId: z.string().nullable(),
  oldSeedState: z.boolean(),
  seedState: z.boolean().meta({ description: 'a seed now (the scheduler applies the preference as seeds are chosen)' }),
  seedPreference: z.string().meta({ description: 'PREFER_SEED, NEVER_SEED or SEED_PREFERENCE_UNSPECIFIED' }),
  success: z.boolean().meta({ description: 'false when nothing changed (the node already had that preference)' }),
});
const NodeActionSchema = z.object({ nodeId: z.string(), ip: z.string().nullable(), hostname: z.string().nullable(), executorId: z.string().nullable(), targetRunState: z.string() });
const NODE_RESPONSES = {
  200: { description: 'the node after the change (unchanged when it already was in that state)', schema: NodeActionSchema },
  404: { description: 'NODE_NOT_FOUND' },
  409: { description: 'COMMAND_REJECTED: the core refused it (e.g. a terminated node cannot be started)' },
} as const;

const RUN_STATE_ACTIONS: ReadonlyArray<{ readonly action: string; readonly runState: RunStateName; readonly summary: string }> = [
  { action: 'stop', runState: 'STOP', summary: 'Stop Cassandra on the node (the executor and the data stay)' },
  { action: 'start', runState: 'RUN', summary: 'Start a stopped node' },
  { action: 'restart', runState: 'RESTART', summary: 'Restart Cassandra on the node' },
  { action: 'terminate', runState: 'TERMINATE', summary: 'Stop the node for good (only a replace follows)' },
];

function seedChangeRoute(action: 'make-seed' | 'make-non-seed'): RouteDef {
  const seed = action === 'make-seed';
  return route({
    method: 'post', path: `/node/:node/${action}`, family: 'cassandra-mesos', mutating: true,
    summary: seed ? 'Prefer the node as a seed (while it is in the ring)' : 'Never choose the node as a seed',
    params: NodeParams,
    responses: {
      200: { description: '{nodeId, ip, hostname, executorId, oldSeedState, seedState, seedPreference, success}', schema: SeedChangeSchema },
      404: { description: 'NODE_NOT_FOUND' },
      409: { description: 'COMMAND_REJECTED: e.g. the node has not joined the ring, or too few seed candidates would remain' },
    },
    handler: async ({ service, params }) => json(originalSeedChangeView(await service.setSeed(params.node, seed))),
  });
}

export function originalNodeRoutes(): RouteDef[] {
  return [
    route({
      method: 'get', path: '/config', family: 'cassandra-mesos', mutating: false, summary: 'Framework and cluster configuration (original shape)',
      responses: { 200: { description: 'configuration summary' } },
      handler: async ({ service }) => {
        const [snapshot, running, lastRepair, lastCleanup] = await Promise.all([service.snapshot(), service.jobs.status(), service.jobs.last('repair'), service.jobs.last('cleanup')]);
        return json({ ...configView(snapshot), currentClusterTask: running.job, lastRepair, lastCleanup });
      },
    }),
    route({
      method: 'get', path: '/node/all', family: 'cassandra-mesos', mutating: false, summary: 'All nodes with their tasks and latest health',
      responses: { 200: { description: '{replaceNodes, nodesToAcquire, nodes}' } },
      handler: async ({ service }) => json(nodeAllView(await service.snapshot())),
    }),
    route({
      method: 'get', path: '/node/seed/all', family: 'cassandra-mesos', mutating: false, summary: 'Seed node addresses and ports',
      responses: { 200: { description: '{nativePort, jmxPort, seeds}', schema: z.object({ nativePort: z.number(), jmxPort: z.number(), seeds: z.array(z.string()) }) } },
      handler: async ({ service }) => json(seedsView(await service.snapshot())),
    }),
    ...RUN_STATE_ACTIONS.map((a) =>
      route({
        method: 'post', path: `/node/:node/${a.action}`, family: 'cassandra-mesos', mutating: true, summary: a.summary,
        params: NodeParams, responses: NODE_RESPONSES,
        handler: async ({ service, params }) => json(nodeActionView(await service.setRunState(params.node, a.runState))),
      }),
    ),
    route({
      method: 'post', path: '/node/:node/replace', family: 'cassandra-mesos', mutating: true, summary: 'Replace the node on another host (replace_address)',
      params: NodeParams,
      responses: { 200: { description: '{ipToReplace, success, replacementNodeId, ...}' }, 404: { description: 'NODE_NOT_FOUND' }, 409: { description: 'COMMAND_REJECTED' } },
      handler: async ({ service, params }) => {
        const r = await service.replaceNode(params.node);
        return json({
          success: true,
          nodeId: r.replaced.nodeId,
          ipToReplace: r.replaced.ip || null,
          hostname: r.replaced.hostname || null,
          targetRunState: nodeActionView(r.replaced)['targetRunState'],
          replacementNodeId: r.replacement?.nodeId ?? null,
        });
      },
    }),
    route({
      method: 'post', path: '/node/:node/rackdc', family: 'cassandra-mesos', mutating: true,
      summary: "Change a node's rack/dc (not supported: Cassandra refuses a node whose rack or dc changed)",
      params: NodeParams, body: RackDcBody, responses: { 404: { description: 'NODE_NOT_FOUND' }, 501: { description: 'NOT_SUPPORTED' } },
      handler: async ({ service, params }) => {
        const snapshot = await service.snapshot();
        const node = service.findNode(snapshot, params.node);
        const current = rackDcOf(node, snapshot.target);
        throw new ApiError(
          'NOT_SUPPORTED',
          `${node.nodeId} stays in rack '${current.rack}', dc '${current.dc}': Cassandra refuses to start a node whose rack or dc differs from the one it joined the ring with; a node's rack and dc come from its agent's CASSANDRA_RACK/CASSANDRA_DC attributes (else CASSANDRA_MESOS_DEFAULT_RACK/CASSANDRA_MESOS_DEFAULT_DC) when it is first placed`,
        );
      },
    }),
    seedChangeRoute('make-seed'),
    seedChangeRoute('make-non-seed'),
    decommissionRoute('post', '/node/:node/decommission', 'cassandra-mesos'),
    route({
      method: 'post', path: '/scale/nodes', family: 'cassandra-mesos', mutating: true,
      summary: 'Change the number of nodes (up: nodes are added; down: the highest are decommissioned one at a time)',
      query: ScaleQuery,
      responses: { 200: { description: '{newNodeCount, targetId, changes}' }, 400: { description: 'INVALID_INPUT or CONFIG_REJECTED' } },
      handler: async ({ service, query }) => {
        const nodeCount = query.nodeCount ?? query.nodes ?? 0;
        const result = await service.scaleNodes(nodeCount);
        return json({ newNodeCount: nodeCount, targetId: result.targetId, newVersion: result.newVersion, changes: result.changes });
      },
    }),
  ];
}

