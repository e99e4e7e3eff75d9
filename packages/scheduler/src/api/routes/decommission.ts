// Decommissioning a chosen node, the same operation under both route families.
import { z } from 'zod';
import { json, route, type RouteDef } from '../route';
import { DecommissionSchema, NodeRef } from '../schemas';

export function decommissionRoute(method: 'put' | 'post', path: string, family: 'dcos' | 'cassandra-mesos'): RouteDef {
  return route({
    method, path, family, mutating: true,
    summary: 'Remove this node from the cluster: it leaves the ring first (nodetool decommission), then nodeCount is one lower',
    params: z.strictObject({ node: NodeRef }),
    responses: {
      202: { description: '{nodeId, nodeCount}: the new node count', schema: DecommissionSchema },
      404: { description: 'NODE_NOT_FOUND' },
      409: { description: 'COMMAND_REJECTED: fewer nodes than seeds would remain, the node is already leaving, ...' },
    },
    handler: async ({ service, params }) => {
      const result = await service.decommissionNode(params.node);
      return json({ nodeId: result.node.nodeId, nodeCount: result.nodeCount }, 202);
    },
  });
}
