// Guard: nothing the state store writes may have a field for a secret. The original framework and
// DC/OS Cassandra kept S3 keys and passwords in ZooKeeper; a field named like a secret in any stored
// message (or any message nested in one), or in the leader info, fails this test.
import { join } from 'node:path';
import protobuf from 'protobufjs';
import { LEADER_INFO_FIELDS } from '../../src/leader/leader-election';
import { STORED_MESSAGE_TYPES } from '../../src/state/keys';

const PROTO_ROOT = join(__dirname, '..', '..', '..', '..', 'proto');
const OUR_PROTOS = ['config', 'health', 'job', 'node', 'plan', 'messages'].map((f) => `cassandra_mesos/v1/${f}.proto`);

const SECRET_NAME = /pass(word|wd|phrase)?|secret|token|credential|private_?key|access_?key|api_?key|session_?key|cookie|bearer/i;
/** Names that match but are not secrets, each with the reason. */
const NOT_SECRETS: Readonly<Record<string, string>> = {
  'cassandra_mesos.v1.FrameworkConfig.num_tokens': "Cassandra's vnode count (cassandra.yaml num_tokens)",
  'cassandra_mesos.v1.FrameworkConfig.initial_tokens': "ring positions a new cluster's nodes start with, read from a backup's manifests (cassandra.yaml initial_token)",
  'cassandra_mesos.v1.NodeInitialTokens.tokens': 'Murmur3 ring positions of one node (cassandra.yaml initial_token)',
  'cassandra_mesos.v1.BackupOptions.request_credentials': 'a flag: the request brought S3 keys, which stay in the memory of the scheduler that accepted it (CredentialVault)',
};

function loadRoot(): protobuf.Root {
  const root = new protobuf.Root();
  root.resolvePath = (_origin, target) => join(PROTO_ROOT, target);
  root.loadSync(OUR_PROTOS, { keepCase: true });
  root.resolveAll();
  return root;
}

/** Every field reachable from `type`, as "<message full name>.<field>", nested messages and map values included. */
function reachableFields(type: protobuf.Type, seen = new Set<string>()): string[] {
  if (seen.has(type.fullName)) return [];
  seen.add(type.fullName);
  const fields: string[] = [];
  for (const field of type.fieldsArray) {
    fields.push(`${type.fullName.replace(/^\./, '')}.${field.name}`);
    if (field.resolvedType instanceof protobuf.Type) fields.push(...reachableFields(field.resolvedType, seen));
  }
  return fields;
}

describe('no secrets in stored state', () => {
  const root = loadRoot();
  const typeNames = STORED_MESSAGE_TYPES.map((t) => t.getTypeUrl('').replace(/^\//, ''));
  const fields = [...new Set(typeNames.flatMap((name) => reachableFields(root.lookupType(name))))];

  it('walks every stored message type and what it contains', () => {
    expect(typeNames).toEqual(expect.arrayContaining(['cassandra_mesos.v1.NodeRecord', 'cassandra_mesos.v1.ConfigVersion', 'cassandra_mesos.v1.ClusterJob']));
    // Nested messages are reached: the walk is not just the top level.
    expect(fields).toEqual(expect.arrayContaining(['cassandra_mesos.v1.BackupOptions.endpoint', 'cassandra_mesos.v1.NodeReservation.persistence_id']));
    expect(fields.length).toBeGreaterThan(100);
  });

  it('the name pattern catches the secrets the originals stored', () => {
    for (const name of ['jolokia_password', 'secret_key', 'access_key_id', 'api_token', 'aws_secret_access_key', 'passwd', 'principal_secret', 'credentials']) {
      expect(name).toMatch(SECRET_NAME);
    }
  });

  it('no stored field is named like a secret', () => {
    const suspicious = fields.filter((f) => SECRET_NAME.test(f.slice(f.lastIndexOf('.') + 1)) && !(f in NOT_SECRETS));
    expect(suspicious).toEqual([]);
  });

  it('the allowed exceptions still exist (a stale allowlist would hide a rename)', () => {
    for (const name of Object.keys(NOT_SECRETS)) expect(fields).toContain(name);
  });

  it('the leader info stored in election znodes has no secret either', () => {
    expect(LEADER_INFO_FIELDS.filter((f) => SECRET_NAME.test(f))).toEqual([]);
  });
});
