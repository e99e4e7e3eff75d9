export { LineTail, MAX_LINE_CHARS } from './process/line-tail';
export { ProcessStartError, SupervisedProcess } from './process/supervisor';
export type { ProcessExit, StopOptions, SupervisedProcessSpec } from './process/supervisor';
export { systemClock } from './clock';
export type { Clock, TimerHandle } from './clock';
export { DEFAULT_SERVER_TASK_SETTINGS, PROTOCOL_VERSION, ServerTaskMachine } from './server/machine';
export type { ServerInput, ServerOutput, ServerPhase, ServerStatusUpdate, ServerTaskSettings, StartFailure, TimerName } from './server/machine';
export { ServerStartError, ServerTaskRunner } from './server/runner';
export type { OutgoingStatus, ServerProcess, ServerTaskPorts, StartRequest } from './server/runner';
