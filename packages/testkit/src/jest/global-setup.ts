// jest globalSetup: gives the run a session id (inherited by the workers, stamped on every process
// testkit starts), reaps processes left behind by an earlier run whose test process died, and
// deletes the work dirs of all but the 10 most recent runs.
import { describeProcess, newSessionId, SESSION_ENV } from '../process/markers';
import { killAll, orphanedProcesses } from '../process/teardown';
import { workRoot } from '../paths';
import { pruneWorkDirs } from './prune';

export default async function globalSetup(): Promise<void> {
  if (!process.env[SESSION_ENV]) process.env[SESSION_ENV] = newSessionId();
  const orphans = orphanedProcesses();
  if (orphans.length > 0) {
    process.stderr.write(`testkit: reaping ${orphans.length} process(es) left by an earlier run whose test process died:\n  ${orphans.map(describeProcess).join('\n  ')}\n`);
    await killAll(orphans);
  }
  pruneWorkDirs(workRoot());
}
