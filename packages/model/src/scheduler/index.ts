// The scheduler's decision core: decide() and the plans, state and task building it is made of.
export { decide, derivePlans } from './decide';
export { createSchedulerState, DEFAULT_CORE_SETTINGS } from './state';
export type { PersistedState } from './state';
export { DECOMMISSION_PHASE, DEPLOY_PHASE, DEPLOY_PLAN } from './deploy-plan';
export { STATE_SCHEMA_VERSION } from './session';
export { appendHealthHistory, healthSummary } from './health';
export { classifyStatus } from './status-handling';
export { isLive, isTerminated, nodeIdOf, nodeIdOfExecutor, nodeIdOfTask, runStateName, serverTask } from './node-facts';
export { encodeSchedulerMessage, type SchedulerMessageBody } from './messages';
export { nextScheduledRepairMs, repairScheduleView, type RepairScheduleView } from './jobs/schedule';
export { jobPlanName, jobTypeName, isFinalJobStatus, DEFAULT_NODE_TIMEOUT_MS, STARTABLE_JOB_TYPES } from './jobs/job-facts';
export { CONFIG_LABEL, TASK_PROTOCOL_VERSION, serverConfig, serverTaskId } from './task-builder';
export { initialTokensAction, initialTokensBlocker, nodeInitialTokens } from './initial-tokens';
export type { InitialTokensAction, InitialTokensActionInput } from './initial-tokens';
export type {
  ClusterJob,
  ClusterJobTypeName,
  JobRequest,
  JobState,
  NodeJobRecord,
  CoreSettings,
  DecideContext,
  DecideResult,
  Decision,
  FrameworkRecord,
  IdGenerator,
  LaunchSettings,
  NodeRecord,
  OfferShortfall,
  OperatorCommand,
  PlanControl,
  RunStateName,
  SchedulerInput,
  SchedulerState,
  VolatileState,
} from './types';
