// Every process testkit starts carries CASSANDRA_MESOS_TESTKIT_CHILD=<session>/<ownerPid>/<ownerStartTicks>
// in its environment. The kernel keeps that (/proc/<pid>/environ) for the life of the process, so a
// reaper can find testkit's processes even when the test process that started them was SIGKILLed and
// left no bookkeeping behind.
import { randomBytes } from 'node:crypto';
import { identify, isAlive, listPids, readCmdline, readEnvVar, type ProcessIdentity } from './proc';

export const CHILD_MARKER_ENV = 'CASSANDRA_MESOS_TESTKIT_CHILD';
/** Set by the jest globalSetup (inherited by the workers): one id per test run. */
export const SESSION_ENV = 'CASSANDRA_MESOS_TESTKIT_SESSION';

export interface ChildMarker {
  readonly session: string;
  readonly owner: ProcessIdentity;
}

export function formatMarker(m: ChildMarker): string {
  return `${m.session}/${m.owner.pid}/${m.owner.startTicks}`;
}

export function parseMarker(value: string): ChildMarker | undefined {
  const m = /^([A-Za-z0-9._-]+)\/(\d+)\/(\d+)$/.exec(value);
  if (!m?.[1] || !m[2] || !m[3]) return undefined;
  return { session: m[1], owner: { pid: Number(m[2]), startTicks: m[3] } };
}

export function newSessionId(): string {
  return `${new Date().toISOString().replace(/[-:]/g, '').replace(/\..*/, '')}-${process.pid}-${randomBytes(3).toString('hex')}`;
}

/** The current run's session id; outside a jest run with testkit's globalSetup, one per process. */
export function currentSession(env: NodeJS.ProcessEnv = process.env): string {
  let s = env[SESSION_ENV];
  if (!s || !/^[A-Za-z0-9._-]+$/.test(s)) {
    s = `adhoc-${newSessionId()}`;
    env[SESSION_ENV] = s;
  }
  return s;
}

/** The marker this process puts on the processes it starts. */
export function markerForThisProcess(): string {
  const self = identify(process.pid);
  if (!self) throw new Error('testkit: cannot read /proc/self/stat (testkit needs Linux /proc)');
  return formatMarker({ session: currentSession(), owner: self });
}

export interface MarkedProcess extends ProcessIdentity {
  readonly marker: ChildMarker;
  readonly cmdline: string;
}

/** Every live process (same user) whose environment carries a testkit marker. */
export function findMarkedProcesses(): MarkedProcess[] {
  const found: MarkedProcess[] = [];
  for (const pid of listPids()) {
    if (pid === process.pid) continue;
    const raw = readEnvVar(pid, CHILD_MARKER_ENV);
    if (raw === undefined) continue;
    const marker = parseMarker(raw);
    const id = identify(pid);
    if (!marker || !id || !isAlive(id)) continue;
    found.push({ ...id, marker, cmdline: readCmdline(pid) });
  }
  return found;
}

/** Short human description of a process for error messages. */
export function describeProcess(p: { pid: number; cmdline: string }): string {
  const name = /-Dcassandra-mesos\.testkit\.name=([A-Za-z0-9._-]+)/.exec(p.cmdline)?.[1];
  if (p.cmdline.includes('watchdog.cjs')) return `pid ${p.pid}: testkit watchdog${name ? ` of ${name}` : ''}`;
  const main = /\b(org\.apache\.cassandra\.service\.CassandraDaemon|org\.apache\.zookeeper\.server\.[\w.]+|org\.gaul\.s3proxy\.Main)\b/.exec(p.cmdline)?.[1];
  return `pid ${p.pid}: ${main ? `${main}${name ? ` (${name})` : ''}` : p.cmdline.slice(0, 160)}`;
}
