// The AgentInfo an agent describes itself with (SUBSCRIBED.agent_info, offers): hostname, port, the
// configured resources and text attributes.
import { mesos } from '@cassandra-mesos/model';
import type { AgentConfig, AgentInfo } from '../contracts';

const ValueType = mesos.v1.Value.Type;

export function agentInfoFor(agentId: string, config: AgentConfig, port: number): AgentInfo {
  const r = config.resources;
  const scalar = (name: string, value: number) => ({ name, type: ValueType.SCALAR, scalar: { value } });
  return mesos.v1.AgentInfo.create({
    hostname: config.hostname ?? config.ip,
    port,
    id: { value: agentId },
    resources: [
      scalar('cpus', r.cpus),
      scalar('mem', r.memMb),
      scalar('disk', r.diskMb),
      ...(r.ports.length > 0
        ? [
            {
              name: 'ports',
              type: ValueType.RANGES,
              ranges: { range: r.ports.map(([begin, end]) => ({ begin, end })) },
            },
          ]
        : []),
    ],
    attributes: Object.entries(config.attributes ?? {}).map(([name, value]) => ({
      name,
      type: ValueType.TEXT,
      text: { value },
    })),
  });
}
