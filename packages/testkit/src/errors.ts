import { formatLogTail, readLogTail } from './log-tail';

/** A component failed to start or died: the message carries the log tail and the log path. */
export class ComponentError extends Error {
  override readonly name = 'ComponentError';
  constructor(
    readonly component: string,
    readonly reason: string,
    readonly logFile: string,
    readonly logTail: readonly string[],
  ) {
    super(`${component}: ${reason}\nlog: ${logFile}\n${formatLogTail(logFile, logTail)}`);
  }

  static async create(component: string, reason: string, logFile: string): Promise<ComponentError> {
    return new ComponentError(component, reason, logFile, await readLogTail(logFile));
  }
}
