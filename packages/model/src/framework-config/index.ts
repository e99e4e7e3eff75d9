export { CONFIG_FIELD_NAMES, CONFIG_FIELD_RULES, YAML_OVERRIDES_RULE, normalizeFrameworkConfig } from './fields';
export type {
  ChangeEffect,
  CompleteArtifactUris,
  CompleteFrameworkConfig,
  CompleteNodePorts,
  CompleteNodeResources,
  CompleteRackDc,
  ConfigFieldRule,
  FieldNaming,
  FrameworkConfigInput,
} from './fields';
export { CONFIG_LIMITS, FETCHABLE_SCHEMES, SUPPORTED_CASSANDRA_VERSION, artifactUriProblem, roleNameProblem, validateFrameworkConfig } from './validate';
export { diffConfig, validateConfigChange } from './change';
export type { ConfigChange, ConfigDiff } from './change';
export { configFingerprint, proposeConfigTarget } from './target';
export type { ConfigDecision, ConfigSource, ConfigState, ConfigTargetRecord, ConfigVersionRecord, ProposeOptions } from './target';
export { SECRET_NAMES, SchedulerSecrets } from './secrets';
export type { SecretName } from './secrets';
export { DEFAULT_ZOOKEEPER_ROOT } from './setting-types';
export type { ZooKeeperLocation } from './setting-types';
export { DEFAULT_EXECUTOR_COMMAND, ENVIRONMENT_NAMES, ENV_PREFIX, LOG_LEVELS, OTHER_COMPONENT_VARIABLES, SCHEDULER_ENVIRONMENT, SETTING_GROUPS, environmentVariableOf } from './settings';
export type { LogLevel, SchedulerSetting, SchedulerSettings, SettingGroup, SettingTarget } from './settings';
export { parseSchedulerEnvironment } from './environment';
export type { Environment, SchedulerEnvironmentResult } from './environment';
export { formatDuration } from './values';
export { formatRepairWindow, inRepairWindow, nextWindowStartMs, parseRepairWindow } from './repair-window';
export type { ParsedRepairWindow, RepairWindow } from './repair-window';
export type { ValueType } from './values';
export { CONFIGURATION_DOC_COMMAND, CONFIGURATION_DOC_PATH, renderConfigurationDoc } from './doc';
export { backupDirectoryProblem, formatBackupLocation, parseBackupLocation, s3BucketProblem, s3PrefixProblem } from './backup-location';
export type { BackupLocation } from './backup-location';
export { BACKUP_DIRECTORY_VARIABLE } from './backup-settings';
export type { BackupSchedulerSettings } from './backup-settings';
export {
  INITIAL_TOKENS_FROM_VARIABLE,
  NO_INITIAL_TOKENS,
  assignInitialTokens,
  compareNodeIds,
  formatInitialTokensSource,
  initialTokensProblems,
  normalizeInitialTokens,
  parseInitialTokensSource,
} from './initial-tokens';
export type { AssignInitialTokensInput, BackupNodeTokens, CompleteInitialTokens, CompleteNodeInitialTokens, InitialTokensSource } from './initial-tokens';
