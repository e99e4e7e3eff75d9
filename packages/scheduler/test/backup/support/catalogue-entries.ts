import type { CatalogueEntry } from '../../../src/backup';

/** A catalogue entry as the committer writes it. */
export function entry(name: string, overrides: Partial<CatalogueEntry> = {}): CatalogueEntry {
  return {
    formatVersion: 1,
    cluster: 'api-test',
    name,
    type: 'NODE_SNAPSHOT',
    location: { storage: 's3', bucket: 'backups', prefix: 'c', endpoint: 'http://127.0.0.1:9000', region: 'us-east-1', forcePathStyle: true },
    baseBackup: '',
    jobId: `job-${name}`,
    startedAtMs: 1_700_000_000_000,
    committedAtMs: 1_700_000_100_000,
    keyspaces: ['shop'],
    clusterManifestKey: `c/api-test/backups/${name}/manifest.json`,
    nodes: [{ nodeId: 'node-0', hostname: 'host-0.example', bytes: 100, files: 2, bytesSkipped: 0, manifestKey: `c/api-test/backups/${name}/nodes/node-0.json`, manifestSha256: 'a'.repeat(64) }],
    totalBytes: 100,
    totalFiles: 2,
    bytesSkipped: 0,
    ...overrides,
  };
}
