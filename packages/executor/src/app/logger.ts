// Structured JSON logs (pino) on stderr, which the agent keeps as the sandbox's `stderr` file.
// Every line carries the executor id; credentials are redacted wherever they would appear.
import pino, { type Logger } from 'pino';
import type { SessionLogger } from '@cassandra-mesos/mesos';

export const REDACTED_PATHS = [
  'password',
  '*.password',
  'credentials',
  '*.credentials',
  'authorization',
  '*.authorization',
  'headers.authorization',
  'token',
  '*.token',
];

export function createExecutorLogger(options: { level: string; executorId: string; frameworkId: string; destination?: pino.DestinationStream }): Logger {
  return pino(
    {
      level: options.level,
      base: { component: 'executor', executorId: options.executorId, frameworkId: options.frameworkId, pid: process.pid },
      timestamp: pino.stdTimeFunctions.isoTime,
      redact: { paths: REDACTED_PATHS, censor: '[redacted]' },
      formatters: { level: (label) => ({ level: label }) },
    },
    options.destination ?? pino.destination({ fd: 2, sync: true }),
  );
}

/** The Mesos session's few log lines, through pino. */
export function sessionLogger(log: Logger): SessionLogger {
  const child = log.child({ source: 'mesos-session' });
  return {
    debug: (message, fields) => child.debug(fields ?? {}, message),
    info: (message, fields) => child.info(fields ?? {}, message),
    warn: (message, fields) => child.warn(fields ?? {}, message),
  };
}
