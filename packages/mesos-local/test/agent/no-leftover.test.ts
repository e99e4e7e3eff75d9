// No process may outlive mesos-local, even when the process running it is SIGKILLed: every executor and
// command task runs under a watchdog that kills its process group when the agent's process goes away.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { AGENT_IP, alive, childrenOf, groupMembers, tempDir, waitFor } from './helpers';

function sandboxOf(workDir: string, executorId: string): string {
  const runs = join(workDir, 'slaves', 'agent-1', 'frameworks', 'fw-1', 'executors', executorId, 'runs');
  const [run] = readdirSync(runs);
  return join(runs, run ?? '');
}

describe('no process left behind', () => {
  it('kills every executor, task and their children when the hosting process is SIGKILLed', async () => {
    const dir = tempDir('agent-host-');
    const host = spawn(
      process.execPath,
      [join(__dirname, 'fixtures', 'agent-host.cjs'), dir.path, AGENT_IP],
      {
        stdio: ['ignore', 'pipe', 'pipe'],
        cwd: join(__dirname, '..', '..'),
      },
    );
    let output = '';
    host.stdout.on('data', (c: Buffer) => (output += c.toString()));
    host.stderr.on('data', (c: Buffer) => (output += c.toString()));
    const hostExit = new Promise((resolve) => host.once('exit', resolve));
    let pids: number[] = [];
    try {
      await waitFor(
        () => output.includes('"ready":true'),
        15_000,
        `the host to be ready (output: ${output})`,
      );
      const execBox = sandboxOf(dir.path, 'e1');
      await waitFor(() => existsSync(join(execBox, 'child.pid')));
      const executor = Number(readFileSync(join(execBox, 'executor.pid'), 'utf8'));
      const child = Number(readFileSync(join(execBox, 'child.pid'), 'utf8'));
      const command = Number(readFileSync(join(sandboxOf(dir.path, 'cmd-task'), 'cmd.pid'), 'utf8'));
      const watchdogs = childrenOf(host.pid ?? -1);
      pids = [executor, child, command, ...watchdogs];
      expect(watchdogs).toHaveLength(2);
      expect(pids.every(alive)).toBe(true);
      expect(groupMembers(executor)).toEqual(expect.arrayContaining([executor, child]));

      host.kill('SIGKILL');
      await hostExit;
      await waitFor(() => pids.every((p) => !alive(p)), 5000, 'every process to die');
      expect(groupMembers(executor)).toEqual([]);
      expect(groupMembers(command)).toEqual([]);
    } finally {
      host.kill('SIGKILL');
      for (const p of pids) {
        try {
          process.kill(p, 'SIGKILL');
        } catch {
          // already gone
        }
      }
      dir.remove();
    }
  }, 30_000);
});
