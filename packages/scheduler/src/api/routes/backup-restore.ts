// Backup and restore routes of both families: the original cassandra-mesos ones (/cluster/backup/*,
// /cluster/restore/*) and DC/OS's (/v1/backup/*, /v1/restore/*, /v1/backups). Both call the one
// BackupService the gRPC API calls too.
import type { RouteDef } from '../route';
import { dcosBackupRoutes } from './backup-dcos';
import { originalBackupRoutes } from './backup-original';

export function backupRestoreRoutes(): RouteDef[] {
  return [...dcosBackupRoutes(), ...originalBackupRoutes()];
}
