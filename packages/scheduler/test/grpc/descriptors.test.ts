// proto/cassy must stay wire-identical to Cassy's and scalar-admin's published definitions, and the
// descriptors the server is built from (src/grpc/gen/descriptors.ts) must stay rendered from it.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Root } from 'protobufjs';
import { protocJsonName } from '../../src/grpc/descriptor-fixes';
import { REPO_ROOT } from './support/harness';

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the render script is CommonJS, shared with the command line
const { renderDescriptors, OUTPUT } = require(join(REPO_ROOT, 'scripts', 'grpc', 'render-descriptors.cjs')) as { renderDescriptors: () => string; OUTPUT: string };

function fieldsOf(root: Root, message: string): string[] {
  return root.lookupType(message).fieldsArray.map((f) => `${f.repeated ? 'repeated ' : ''}${f.type} ${f.name} = ${f.id}`);
}

function methodsOf(root: Root, service: string): string[] {
  return Object.values(root.lookupService(service).methods).map((m) => `${m.name}(${m.requestType}) returns (${m.responseStream ? 'stream ' : ''}${m.responseType})`);
}

describe('proto/cassy/cassy.proto matches Cassy (scalar-labs/cassy src/main/proto/cassy.proto)', () => {
  const root = new Root().loadSync(join(REPO_ROOT, 'proto', 'cassy', 'cassy.proto'), { keepCase: true });

  it('service rpc.Cassy', () => {
    expect(methodsOf(root, 'rpc.Cassy')).toEqual([
      'RegisterCluster(ClusterRegistrationRequest) returns (ClusterRegistrationResponse)',
      'ListClusters(ClusterListingRequest) returns (ClusterListingResponse)',
      'ListBackups(BackupListingRequest) returns (BackupListingResponse)',
      'TakeBackup(BackupRequest) returns (BackupResponse)',
      'RestoreBackup(RestoreRequest) returns (RestoreResponse)',
      'ListRestoreStatuses(RestoreStatusListingRequest) returns (RestoreStatusListingResponse)',
    ]);
  });

  it.each([
    ['rpc.ClusterRegistrationRequest', ['string cassandra_host = 1']],
    ['rpc.ClusterRegistrationResponse', ['string cluster_id = 1', 'string cluster_name = 2', 'repeated string target_ips = 3', 'repeated string keyspaces = 4', 'string data_dir = 5']],
    ['rpc.ClusterListingRequest', ['string cluster_id = 1', 'int32 limit = 2']],
    ['rpc.ClusterListingResponse', ['repeated Entry entries = 1']],
    [
      'rpc.ClusterListingResponse.Entry',
      ['string cluster_id = 1', 'string cluster_name = 2', 'repeated string target_ips = 3', 'repeated string keyspaces = 4', 'string data_dir = 5', 'uint64 created_at = 6', 'uint64 updated_at = 7'],
    ],
    ['rpc.BackupListingRequest', ['string cluster_id = 1', 'string target_ip = 2', 'int32 limit = 3', 'string snapshot_id = 4']],
    ['rpc.BackupListingResponse', ['repeated Entry entries = 1']],
    [
      'rpc.BackupListingResponse.Entry',
      ['string cluster_id = 1', 'string target_ip = 2', 'string snapshot_id = 3', 'uint64 created_at = 4', 'uint64 updated_at = 5', 'uint32 backup_type = 6', 'OperationStatus status = 7'],
    ],
    ['rpc.BackupRequest', ['string cluster_id = 1', 'repeated string target_ips = 2', 'string snapshot_id = 3', 'uint32 backup_type = 4']],
    ['rpc.BackupResponse', ['OperationStatus status = 1', 'string cluster_id = 2', 'repeated string target_ips = 3', 'string snapshot_id = 4', 'uint64 created_at = 5', 'uint32 backup_type = 6']],
    ['rpc.RestoreRequest', ['string cluster_id = 1', 'repeated string target_ips = 2', 'string snapshot_id = 3', 'uint32 restore_type = 4', 'bool snapshot_only = 5']],
    ['rpc.RestoreResponse', ['OperationStatus status = 1', 'string cluster_id = 2', 'repeated string target_ips = 3', 'string snapshot_id = 4', 'uint32 restore_type = 5', 'bool snapshot_only = 6']],
    ['rpc.RestoreStatusListingRequest', ['string cluster_id = 1', 'string target_ip = 2', 'string snapshot_id = 3', 'int32 limit = 4']],
    ['rpc.RestoreStatusListingResponse', ['string cluster_id = 1', 'repeated Entry entries = 3']],
    ['rpc.RestoreStatusListingResponse.Entry', ['string target_ip = 1', 'string snapshot_id = 2', 'uint64 created_at = 3', 'uint64 updated_at = 4', 'uint32 restore_type = 5', 'OperationStatus status = 6']],
  ])('%s', (message, fields) => {
    expect(fieldsOf(root, message)).toEqual(fields);
  });

  it('enum rpc.OperationStatus', () => {
    expect(root.lookupEnum('rpc.OperationStatus').values).toEqual({ UNKNOWN: 0, INITIALIZED: 1, STARTED: 2, COMPLETED: 3, FAILED: 4 });
  });
});

describe('proto/cassy/admin.proto matches scalar-admin (the pause service Cassy calls)', () => {
  const root = new Root().loadSync(join(REPO_ROOT, 'proto', 'cassy', 'admin.proto'), { keepCase: true });

  it('service rpc.Admin and its messages', () => {
    expect(methodsOf(root, 'rpc.Admin')).toEqual([
      'Pause(PauseRequest) returns (google.protobuf.Empty)',
      'Unpause(google.protobuf.Empty) returns (google.protobuf.Empty)',
      'CheckPaused(google.protobuf.Empty) returns (CheckPausedResponse)',
      'Stats(google.protobuf.Empty) returns (StatsResponse)',
    ]);
    expect(fieldsOf(root, 'rpc.PauseRequest')).toEqual(['bool wait_outstanding = 1', 'int64 max_pause_wait_time = 2']);
    expect(fieldsOf(root, 'rpc.StatsResponse')).toEqual(['string stats = 1']);
    expect(fieldsOf(root, 'rpc.CheckPausedResponse')).toEqual(['bool paused = 1']);
  });
});

describe('protocJsonName', () => {
  it.each([
    ['cluster_id', 'clusterId'],
    ['target_ips', 'targetIps'],
    ['keyspaces', 'keyspaces'],
    ['max_pause_wait_time', 'maxPauseWaitTime'],
    ['file_by_filename', 'fileByFilename'],
    ['a_1_b', 'a1B'],
  ])('%s → %s', (name, json) => {
    expect(protocJsonName(name)).toBe(json);
  });
});

describe('src/grpc/gen/descriptors.ts', () => {
  it('is what scripts/grpc/render-descriptors.cjs renders from the current protos (else: run it)', () => {
    expect(readFileSync(OUTPUT, 'utf8') === renderDescriptors()).toBe(true);
  });
});
