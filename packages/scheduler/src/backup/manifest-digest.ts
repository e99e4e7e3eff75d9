// The SHA-256 of a JSON document as backup-storage stores it (putJson: 2-space JSON plus a newline),
// so a manifest read back can be compared with the digest a node reported or a cluster manifest
// committed. backup-storage keeps this encoding internal; the integration test checks that both agree
// on real manifests.
import { sha256Hex } from '@cassandra-mesos/backup-storage';

export function documentSha256(value: unknown): string {
  return sha256Hex(Buffer.from(`${JSON.stringify(value, null, 2)}\n`, 'utf8'));
}
