// The "network" between the master and one in-process agent. It forwards both ways to whichever master
// is current (the master can restart), and a partition drops every call in both directions.
import type { AgentPort, AgentReregistration, ExecutorInfo, FrameworkInfo, KillPolicy, LocalAgent, MasterPort, TaskGroupInfo, TaskInfo, TaskStatus } from '../contracts';
import type { AgentProbeResult } from './agent-record';

export class AgentLink {
  partitioned = false;
  private target: LocalAgent | undefined;

  constructor(private readonly currentMaster: () => MasterPort | undefined) {}

  attach(agent: LocalAgent): void {
    this.target = agent;
  }

  get agent(): LocalAgent {
    if (!this.target) throw new Error('AgentLink used before its agent started');
    return this.target;
  }

  /** The master's health check: partitions are silent, a stopped agent has closed its connection. */
  probe = (): AgentProbeResult => {
    if (this.partitioned) return 'silent';
    return this.target?.running ? 'connected' : 'exited';
  };

  /** What the agent uses to reach the master. */
  readonly toMaster: MasterPort = {
    statusUpdate: (agentId: string, frameworkId: string, status: TaskStatus) => this.up()?.statusUpdate(agentId, frameworkId, status),
    executorMessage: (agentId: string, frameworkId: string, executorId: string, data: Uint8Array) =>
      this.up()?.executorMessage(agentId, frameworkId, executorId, data),
    executorTerminated: (agentId: string, frameworkId: string, executorId: string, status: number) =>
      this.up()?.executorTerminated(agentId, frameworkId, executorId, status),
  };

  /** What the master uses to reach the agent. */
  readonly toAgent: AgentPort = linkPort(this);

  private up(): MasterPort | undefined {
    return this.partitioned ? undefined : this.currentMaster();
  }
}

function linkPort(link: AgentLink): AgentPort {
  {
    const down = (): AgentPort | undefined => (link.partitioned ? undefined : link.agent);
    return {
      get agentId() {
        return link.agent.agentId;
      },
      get info() {
        return link.agent.info;
      },
      get endpoint() {
        return link.agent.endpoint;
      },
      runTask: (framework: FrameworkInfo, task: TaskInfo) => down()?.runTask(framework, task),
      runTaskGroup: (framework: FrameworkInfo, executor: ExecutorInfo, group: TaskGroupInfo) => down()?.runTaskGroup(framework, executor, group),
      killTask: (frameworkId: string, taskId: string, killPolicy?: KillPolicy) => down()?.killTask(frameworkId, taskId, killPolicy),
      shutdownExecutor: (frameworkId: string, executorId: string) => down()?.shutdownExecutor(frameworkId, executorId),
      shutdownFramework: (frameworkId: string) => down()?.shutdownFramework(frameworkId),
      frameworkMessage: (frameworkId: string, executorId: string, data: Uint8Array) => down()?.frameworkMessage(frameworkId, executorId, data),
      acknowledge: (frameworkId: string, taskId: string, uuid: Uint8Array) => down()?.acknowledge(frameworkId, taskId, uuid),
      frameworkSubscribed: (framework: FrameworkInfo) => down()?.frameworkSubscribed(framework),
      reregistration: (): AgentReregistration => down()?.reregistration() ?? { tasks: [], executors: [] },
    };
  }
}
