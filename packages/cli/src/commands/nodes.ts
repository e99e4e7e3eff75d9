// cassandra-mesos node list|describe|status|restart|replace|stop|start|terminate, connection and seeds.
// DC/OS calls (/v1/nodes/..., /v1/connection, /v1/seeds) where they exist; the run-state changes
// (stop, start, terminate) and the node table exist only in the original family (/node/...).
import { Option, type Command } from 'commander';
import { formatBytes, type Cell } from '../output';
import { nodeRef } from '../validate';
import { action, examples, type Deps } from './common';

interface NodeAllAnswer {
  readonly nodesToAcquire: number;
  readonly nodes: ReadonlyArray<{
    readonly nodeId: string;
    readonly hostname: string | null;
    readonly ip: string | null;
    readonly targetRunState: string;
    readonly seedNode: boolean;
    readonly live: boolean;
    readonly rackDc: { readonly rack: string; readonly dc: string };
    readonly tasks: { readonly SERVER?: { readonly state: string } };
    readonly healthCheckDetails: { readonly operationMode: string; readonly loadBytes: number } | null;
  }>;
}

interface NodeActionAnswer {
  readonly nodeId: string;
  readonly targetRunState: string;
}

/** Snake-case answers (node info, node status) as key/value lines in the API's order. */
function pairs(body: Record<string, unknown>): Array<[string, Cell]> {
  return Object.entries(body).map(([k, v]) => [k, v === null || typeof v !== 'object' ? (v as Cell) : JSON.stringify(v)]);
}

export function registerNodes(program: Command, deps: Deps): void {
  const node = program.command('node').description('the Cassandra nodes: list, inspect, restart, replace, stop, start, terminate');
  examples(node, 'cassandra-mesos node list', 'cassandra-mesos node status node-0');

  examples(
    node.command('list').description('every node with host, state, mode and seed flag').action(
      action(deps, async (ctx) => {
        const answer = (await ctx.client.get<NodeAllAnswer>('/node/all')).body;
        ctx.out.result(answer, () => {
          ctx.out.table(
            ['NODE', 'HOST', 'IP', 'DC/RACK', 'TASK', 'TARGET', 'MODE', 'LOAD', 'SEED', 'LIVE'],
            answer.nodes.map((n) => [
              n.nodeId,
              n.hostname,
              n.ip,
              `${n.rackDc.dc}/${n.rackDc.rack}`,
              n.tasks.SERVER?.state,
              n.targetRunState,
              n.healthCheckDetails?.operationMode,
              n.healthCheckDetails ? formatBytes(n.healthCheckDetails.loadBytes) : null,
              n.seedNode,
              n.live,
            ]),
          );
          if (answer.nodesToAcquire > 0) ctx.out.line(`${answer.nodesToAcquire} more node(s) still to be placed`);
        });
      }),
    ),
    'cassandra-mesos node list',
  );

  const withNode = (name: string, description: string): Command =>
    node.command(name).description(description).argument('<node>', 'node id (node-0), index (0), IP address, hostname or executor id', nodeRef);

  examples(
    withNode('describe', "the scheduler's view of a node: task, host, agent, mode, run state").action(
      action(deps, async (ctx, _cmd, ref: string) => {
        const info = (await ctx.client.get<Record<string, unknown>>(`/v1/nodes/${encodeURIComponent(ref)}/info`)).body;
        ctx.out.result(info, () => ctx.out.keyValues(pairs(info)));
      }),
    ),
    'cassandra-mesos node describe node-0',
  );

  examples(
    withNode('status', "the node's Cassandra status, fresh from its executor (or its last report)").action(
      action(deps, async (ctx, _cmd, ref: string) => {
        const status = (await ctx.client.get<Record<string, unknown>>(`/v1/nodes/${encodeURIComponent(ref)}/status`)).body;
        ctx.out.result(status, () => ctx.out.keyValues(pairs(status)));
      }),
    ),
    'cassandra-mesos node status node-1',
  );

  for (const [name, description, verb] of [
    ['restart', 'restart Cassandra on the node in place (same host, same data)', 'restarting'],
    ['replace', 'replace the node on another host (Cassandra replace_address; the old one is terminated)', 'being replaced'],
  ] as const) {
    examples(
      withNode(name, description).action(
        action(deps, async (ctx, _cmd, ref: string) => {
          const killed = (await ctx.client.put<string[]>(`/v1/nodes/${name}`, { query: { node: ref } })).body;
          ctx.out.result(killed, () => ctx.out.line(`${ref}: ${verb}${killed.length > 0 ? ` (stopping task ${killed.join(', ')})` : ''}`));
        }),
      ),
      `cassandra-mesos node ${name} node-2`,
    );
  }

  for (const [name, description] of [
    ['stop', 'stop Cassandra on the node (the executor and the data stay)'],
    ['start', 'start a stopped node'],
    ['terminate', 'stop the node for good (only a replace follows)'],
  ] as const) {
    examples(
      withNode(name, description).action(
        action(deps, async (ctx, _cmd, ref: string) => {
          const answer = (await ctx.client.post<NodeActionAnswer>(`/node/${encodeURIComponent(ref)}/${name}`)).body;
          ctx.out.result(answer, () => ctx.out.line(`${answer.nodeId}: target run state ${answer.targetRunState}`));
        }),
      ),
      `cassandra-mesos node ${name} node-2`,
    );
  }
}

export function registerConnection(program: Command, deps: Deps): void {
  const cmd = program
    .command('connection')
    .description('CQL endpoints of the live nodes, for client drivers')
    .addOption(new Option('--address', 'only ip:port').conflicts('dns'))
    .addOption(new Option('--dns', 'only Mesos-DNS name:port').conflicts('address'));
  examples(cmd, 'cassandra-mesos connection', 'cassandra-mesos connection --address');
  cmd.action(
    action(deps, async (ctx, command) => {
      const flags = command.opts<{ address?: boolean; dns?: boolean }>();
      if (flags.address || flags.dns) {
        const form = flags.address ? 'address' : 'dns';
        const endpoints = (await ctx.client.get<string[]>(`/v1/connection/${form}`)).body;
        ctx.out.result(endpoints, () => {
          if (endpoints.length === 0) ctx.out.note('no live node yet');
          endpoints.forEach((e) => ctx.out.line(e));
        });
        return;
      }
      const answer = (await ctx.client.get<{ address: string[]; dns: string[] }>('/v1/connection')).body;
      ctx.out.result(answer, () => {
        if (answer.address.length === 0) ctx.out.note('no live node yet');
        else ctx.out.table(['ADDRESS', 'DNS'], answer.address.map((a, i) => [a, answer.dns[i]]));
      });
    }),
  );
}

export function registerSeeds(program: Command, deps: Deps): void {
  const cmd = program.command('seeds').description('the seed nodes\' addresses (what the seed provider answers)');
  examples(cmd, 'cassandra-mesos seeds');
  cmd.action(
    action(deps, async (ctx) => {
      const answer = (await ctx.client.get<{ isSeed: boolean; seeds: string[] }>('/v1/seeds')).body;
      ctx.out.result(answer, () => {
        ctx.out.keyValues([
          ['seeds', answer.seeds.join(', ')],
          ['more seeds needed', answer.isSeed],
        ]);
      });
    }),
  );
}
