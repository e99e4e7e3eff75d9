// Agent layout mesos-local uses when it is not given one: agents on 127.0.0.1, 127.0.0.2, ... with
// rack/dc attributes.
import type { AgentConfig } from '../contracts';

export interface AgentLayout {
  count: number;
  cpus: number;
  memMb: number;
  diskMb: number;
  ports: Array<[number, number]>;
  /** Agents per rack; racks are named r1, r2, ... */
  racks?: number;
  dc?: string;
}

export const DEFAULT_LAYOUT: AgentLayout = { count: 3, cpus: 4, memMb: 4096, diskMb: 20_000, ports: [[31000, 32000]], dc: 'dc1' };

export function agentConfigs(layout: AgentLayout): AgentConfig[] {
  const out: AgentConfig[] = [];
  for (let i = 0; i < layout.count; i++) {
    const ip = `127.0.0.${i + 1}`;
    const rack = layout.racks && layout.racks > 0 ? Math.floor(i / layout.racks) + 1 : i + 1;
    out.push({
      ip,
      hostname: ip,
      port: 0,
      resources: { cpus: layout.cpus, memMb: layout.memMb, diskMb: layout.diskMb, ports: layout.ports },
      attributes: { rack: `r${rack}`, dc: layout.dc ?? 'dc1' },
    });
  }
  return out;
}
