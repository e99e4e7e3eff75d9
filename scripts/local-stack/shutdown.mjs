// How local-stack stops what it started: in reverse order of start, mesos-local the way a framework
// teardown ends on Mesos (executors drain Cassandra first), and then a check through /proc that
// nothing of the data directory is still running.
import { ancestorsOf, describeProcess, isRunning, waitUntilNoneOf } from './processes.mjs';
import { seconds } from './progress.mjs';

/** The components that run, each { name, stop(): Promise<string | unknown>, pids? }; stopped last-first. */
export class Components {
  #running = [];
  #stopped = [];

  add(component) {
    this.#running.push(component);
  }

  /** Pids of every component added, to check afterwards that they are gone. */
  pids() {
    return [...this.#running, ...this.#stopped].flatMap((c) => c.pids ?? []);
  }

  stoppedNames() {
    return this.#stopped.map((c) => c.name);
  }

  /** Stops each component, newest first; a failure is reported and the others are still stopped. */
  async stopAll(say) {
    while (this.#running.length > 0) {
      const component = this.#running.pop();
      this.#stopped.push(component);
      const t = Date.now();
      try {
        const note = await component.stop();
        say(`stopped ${component.name} in ${seconds(Date.now() - t)}${typeof note === 'string' ? ` (${note})` : ''}`);
      } catch (err) {
        say(`stopping ${component.name} failed: ${err.message}`);
      }
    }
  }
}

/**
 * Stops mesos-local the way a framework teardown ends on Mesos: every agent sends SHUTDOWN to the
 * framework's executors, which drain Cassandra, stop it and exit (mesos-local.stop() alone would kill
 * them at once). Whatever still runs in `workDir` after `waitMs` is killed by mesos-local.stop().
 */
export async function stopMesosLocal(mesosLocal, workDir, waitMs) {
  const frameworks = mesosLocal.state().frameworks ?? [];
  const executors = frameworks.reduce((n, f) => n + (f.executors?.length ?? 0), 0);
  for (const agent of mesosLocal.agents) for (const { id } of frameworks) agent.shutdownFramework(id);
  const left = await waitUntilNoneOf(workDir, [], waitMs);
  await mesosLocal.stop();
  if (left.length > 0) return `${left.length} process(es) still ran after ${seconds(waitMs)} and were killed`;
  return executors === 0 ? 'no executor was running' : `${executors} executor(s) drained and stopped Cassandra, then exited`;
}

/**
 * After the stop, nothing may run in or name `dataDir` (this process and its ancestors aside: their
 * command lines name it), and none of `pids` may run. Kills what is left and says so; false then.
 */
export async function verifyNothingLeft(dataDir, pids, say) {
  const exclude = [process.pid, ...ancestorsOf(process.pid)];
  const left = await waitUntilNoneOf(dataDir, exclude, 15_000);
  const byPid = pids.filter((pid) => isRunning(pid) && !left.some((p) => p.pid === pid));
  if (left.length === 0 && byPid.length === 0) return true;
  say(`still running after the stop, killed now (SIGKILL):\n  ${[...left.map(describeProcess), ...byPid.map((p) => `pid ${p}`)].join('\n  ')}`);
  for (const pid of [...left.map((p) => p.pid), ...byPid]) {
    try {
      process.kill(pid, 'SIGKILL');
    } catch {
      // ended meanwhile
    }
  }
  return false;
}
