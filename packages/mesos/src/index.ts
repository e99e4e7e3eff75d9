// Codecs
export { RecordIODecoder, RecordIOError, encodeRecord, readRecords, DEFAULT_MAX_RECORD_BYTES } from './codec/recordio';
export { MesosJsonError, fromMesosJson, toMesosJson } from './codec/mesos-json';
export {
  CONTENT_TYPE_JSON,
  CONTENT_TYPE_PROTOBUF,
  CodecError,
  codecFor,
  jsonCodec,
  protobufCodec,
} from './codec/codec';
export type { Codec, MesosContentType, MesosMessageClass } from './codec/codec';

// HTTP transport
export { MesosHttpTransport, DEFAULT_MAX_REDIRECTS, DEFAULT_REQUEST_TIMEOUT_MS, DEFAULT_UNAVAILABLE_RETRY } from './http/transport';
export type { MesosResponse, MesosStreamResponse, PostOptions, RetryOptions, TlsOptions, TransportOptions } from './http/transport';
export { basicAuth, bearerAuth } from './http/auth';
export type { AuthorizationProvider } from './http/auth';
export {
  MesosBadRequestError,
  MesosForbiddenError,
  MesosHttpError,
  MesosNotAcceptableError,
  MesosNotSubscribedError,
  MesosRedirectError,
  MesosSessionClosedError,
  MesosTimeoutError,
  MesosTlsError,
  MesosUnauthorizedError,
  MesosUnavailableError,
  MesosUnsupportedMediaTypeError,
  errorForStatus,
} from './http/errors';
export { decodeEventStream } from './http/event-stream';

// Scheduler
export {
  SchedulerSession,
  DEFAULT_HEARTBEAT_TIMEOUT_FACTOR,
  DEFAULT_RESUBSCRIBE_BACKOFF,
  SCHEDULER_API_PATH,
  schedulerEndpoint,
} from './scheduler/session';
export type { ReconcileTask, SchedulerSessionOptions, SchedulerSessionState } from './scheduler/session';
export { MesosFrameworkError, MesosHeartbeatTimeoutError } from './scheduler/events';
export type { SchedulerEvent, SchedulerEventType } from './scheduler/events';
export { Operations } from './scheduler/operations';
export type { OperationOptions } from './scheduler/operations';

// Executor
export { ExecutorSession, EXECUTOR_API_PATH } from './executor/session';
export type { ExecutorSessionOptions, ExecutorSessionState, ExecutorStatusInput } from './executor/session';
export { ExecutorEnvironmentError, readExecutorEnvironment } from './executor/environment';
export type { EnvironmentProblem, ExecutorEnvironment } from './executor/environment';
export { MesosAgentDisconnectedError, MesosAgentRecoveryTimeoutError } from './executor/events';
export type { ExecutorEvent, ExecutorEventType } from './executor/events';

// Utilities
export { Backoff, AbortedError, sleep } from './util/backoff';
export type { BackoffOptions } from './util/backoff';
export { DurationFormatError, parseDuration } from './util/duration';
export type { SessionLogger } from './util/logger';
export type { IdInput } from './util/ids';
export type * from './types';
