// Election znodes: `<base>/leader/candidate-<token>-<sequence>`, ephemeral and sequential. The lowest
// sequence leads. The random token lets a candidate find its own znode again when the create's answer
// was lost with the connection (the create may have happened), instead of leaving an orphan that
// would lead while nobody acts on it.
import { CorruptStateError } from '../state/errors';
import type { ZooKeeperConnection } from '../state/zookeeper/connection';
import type { LEADER_INFO_FIELDS, LeaderInfo } from './leader-election';

export const CANDIDATE_PREFIX = 'candidate-';
const CANDIDATE_NAME = /^candidate-([0-9a-f]+)-(\d{10,})$/;

export interface Candidate {
  readonly name: string;
  readonly token: string;
  readonly sequence: number;
}

/** Parses a child name; undefined for anything that is not a candidate. */
export function parseCandidate(name: string): Candidate | undefined {
  const m = CANDIDATE_NAME.exec(name);
  return m ? { name, token: m[1] as string, sequence: Number(m[2]) } : undefined;
}

/** Candidates in election order (lowest sequence first); other children are ignored. */
export function sortCandidates(children: readonly string[]): Candidate[] {
  return children
    .map(parseCandidate)
    .filter((c): c is Candidate => c !== undefined)
    .sort((a, b) => a.sequence - b.sequence);
}

export function encodeLeaderInfo(info: LeaderInfo): Buffer {
  return Buffer.from(JSON.stringify(info), 'utf8');
}

export function decodeLeaderInfo(data: Buffer, path: string): LeaderInfo {
  let parsed: unknown;
  try {
    parsed = JSON.parse(data.toString('utf8'));
  } catch {
    throw new CorruptStateError(path, 'leader info (JSON)', 'not JSON');
  }
  const o = parsed as Partial<Record<(typeof LEADER_INFO_FIELDS)[number], unknown>>;
  if (typeof o !== 'object' || o === null || typeof o.host !== 'string' || typeof o.apiPort !== 'number' || typeof o.pid !== 'number' || typeof o.startedAtMs !== 'number') {
    throw new CorruptStateError(path, 'leader info (JSON)', 'host, apiPort, pid or startedAtMs missing');
  }
  return { host: o.host, apiPort: o.apiPort, pid: o.pid, startedAtMs: o.startedAtMs, ...(typeof o.version === 'string' ? { version: o.version } : {}) };
}

/** Who leads the election under `electionPath` now, or undefined when there is no candidate. */
export async function readLeader(connection: ZooKeeperConnection, electionPath: string): Promise<LeaderInfo | undefined> {
  // The first candidate may leave between listing and reading: look again, a few times.
  for (let attempt = 0; attempt < 5; attempt++) {
    const first = sortCandidates(await connection.getChildren(electionPath))[0];
    if (first === undefined) return undefined;
    const path = `${electionPath}/${first.name}`;
    const found = await connection.getData(path);
    if (found !== undefined) return decodeLeaderInfo(found.data, path);
  }
  return undefined;
}
