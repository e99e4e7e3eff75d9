// Health reporting: cheap frequent Jolokia reads, reports on an interval and on every state change.
export { DEFAULT_HEALTH_INTERVAL_MS, DEFAULT_HEALTH_POLL_MS, DEFAULT_HEALTH_READ_TIMEOUT_MS, HealthReporter, healthIntervalMs } from './reporter';
export type { HealthReporterOptions, HealthReporterPorts, HealthReporterSettings } from './reporter';
export { missingHealthText, nodeInfoFromHealth } from './node-info';
