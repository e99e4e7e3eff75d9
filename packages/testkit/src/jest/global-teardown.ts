// jest globalTeardown: the run fails loudly if any process testkit started in this run is still
// alive (a test file that did not stop what it started). They are killed first, so nothing leaks.
import { describeProcess, SESSION_ENV } from '../process/markers';
import { killAll, orphanedProcesses, processesOfSession } from '../process/teardown';

export default async function globalTeardown(): Promise<void> {
  const session = process.env[SESSION_ENV];
  const leftovers = session ? processesOfSession(session) : orphanedProcesses();
  if (leftovers.length === 0) return;
  const list = leftovers.map(describeProcess).join('\n  ');
  await killAll(leftovers);
  throw new Error(`testkit: ${leftovers.length} process(es) started by this test run were still running at the end (killed now):\n  ${list}\nA test file did not stop what it started: call stop() in afterAll.`);
}
