// The few log lines the sessions write. Plug in any logger (pino, console); nothing is logged by default.
// Fields never contain credentials.

export interface SessionLogger {
  debug(message: string, fields?: Record<string, unknown>): void;
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
}

export const silentLogger: SessionLogger = {
  debug: () => undefined,
  info: () => undefined,
  warn: () => undefined,
};
