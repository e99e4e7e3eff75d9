export { FIELD_HINTS, HEALTH_CHECK_PROTOCOLS, MARATHON_DEFAULTS, marathonAppSchema } from './app-schema';
export type { HealthCheckProtocol, MarathonApp, MarathonHealthCheck, MarathonPortDefinition, MarathonReadinessCheck } from './app-schema';
export { CONSTRAINT_OPERATORS, LABEL, marathonRuleProblems } from './app-rules';
export { DEPLOY_PLAN_PATHS, LIVENESS_PATH, SCHEDULER_ARTIFACT, SCHEDULER_LAUNCHER, schedulerAppProblems } from './scheduler-app-rules';
export { validateMarathonApp, validateSchedulerMarathonApp, validateSchedulerMarathonAppJson } from './validate';
export type { MarathonAppValidation } from './validate';
export type { MarathonAppProblem } from './problems';
