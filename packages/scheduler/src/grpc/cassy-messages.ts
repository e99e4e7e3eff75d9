// The messages of rpc.Cassy (proto/cassy/cassy.proto) as handlers see them: proto field names,
// absent fields as their proto3 defaults, 64-bit integers as numbers (milliseconds since the epoch).
// A unit test checks these names against the descriptor.

/** Cassy's per-node progress of a backup or restore. */
export type OperationStatus = 'UNKNOWN' | 'INITIALIZED' | 'STARTED' | 'COMPLETED' | 'FAILED';

export interface ClusterRegistrationRequest {
  readonly cassandra_host: string;
}

export interface ClusterRegistrationResponse {
  readonly cluster_id: string;
  readonly cluster_name: string;
  readonly target_ips: string[];
  readonly keyspaces: string[];
  readonly data_dir: string;
}

export interface ClusterListingRequest {
  readonly cluster_id: string;
  readonly limit: number;
}

export interface ClusterListingEntry extends ClusterRegistrationResponse {
  readonly created_at: number;
  readonly updated_at: number;
}

export interface ClusterListingResponse {
  readonly entries: ClusterListingEntry[];
}

export interface BackupListingRequest {
  readonly cluster_id: string;
  readonly target_ip: string;
  readonly limit: number;
  readonly snapshot_id: string;
}

export interface BackupListingEntry {
  readonly cluster_id: string;
  readonly target_ip: string;
  readonly snapshot_id: string;
  readonly created_at: number;
  readonly updated_at: number;
  readonly backup_type: number;
  readonly status: OperationStatus;
}

export interface BackupListingResponse {
  readonly entries: BackupListingEntry[];
}

export interface BackupRequest {
  readonly cluster_id: string;
  readonly target_ips: readonly string[];
  readonly snapshot_id: string;
  readonly backup_type: number;
}

export interface BackupResponse {
  readonly status: OperationStatus;
  readonly cluster_id: string;
  readonly target_ips: string[];
  readonly snapshot_id: string;
  readonly created_at: number;
  readonly backup_type: number;
}

export interface RestoreRequest {
  readonly cluster_id: string;
  readonly target_ips: readonly string[];
  readonly snapshot_id: string;
  readonly restore_type: number;
  readonly snapshot_only: boolean;
}

export interface RestoreResponse {
  readonly status: OperationStatus;
  readonly cluster_id: string;
  readonly target_ips: string[];
  readonly snapshot_id: string;
  readonly restore_type: number;
  readonly snapshot_only: boolean;
}

export interface RestoreStatusListingRequest {
  readonly cluster_id: string;
  readonly target_ip: string;
  readonly snapshot_id: string;
  readonly limit: number;
}

export interface RestoreStatusListingEntry {
  readonly target_ip: string;
  readonly snapshot_id: string;
  readonly created_at: number;
  readonly updated_at: number;
  readonly restore_type: number;
  readonly status: OperationStatus;
}

export interface RestoreStatusListingResponse {
  readonly cluster_id: string;
  readonly entries: RestoreStatusListingEntry[];
}
