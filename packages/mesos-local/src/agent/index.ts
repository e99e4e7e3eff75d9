// The agent side of mesos-local: startAgent() builds an agent, binds its executor API and returns it.
import type { AgentOptions, LocalAgent } from '../contracts';
import { Agent } from './agent';

/** Starts an agent: its executor API listens on config.ip:config.port (0 = a free port) when this resolves. */
export async function startAgent(options: AgentOptions): Promise<LocalAgent & { close(): Promise<void> }> {
  const agent = new Agent(options);
  await agent.start();
  return agent;
}

export { formatDurationMs } from './duration';
