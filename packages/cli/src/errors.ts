// Exit codes scripts can rely on, and the error classes that carry them. Every failure the CLI reports
// is one of these; main() prints its message on stderr and exits with its code.

export const ExitCode = {
  OK: 0,
  /** Bad or missing arguments, unknown command or option (also commander's own errors). */
  USAGE: 2,
  /** The scheduler answered with an HTTP error (4xx/5xx). */
  API: 3,
  /** --wait: the job or plan ended unsuccessfully (FAILED, ABORTED, ERROR); also a failed backup verify. */
  FAILED: 4,
  /** The scheduler could not be reached (connection refused, timeout, DNS). */
  UNREACHABLE: 5,
  /** Ctrl-C while waiting: the CLI stopped following; the job or plan goes on. */
  INTERRUPTED: 130,
} as const;

export type ExitCodeValue = (typeof ExitCode)[keyof typeof ExitCode];

/** The exit code table as printed by --help and documented in the README. */
export const EXIT_CODE_HELP = [
  'Exit codes:',
  '  0    success',
  '  1    unexpected failure of the CLI itself (a bug: please report it with the output)',
  '  2    usage error: bad or missing arguments, unknown command or option',
  '  3    API error: the scheduler answered 4xx/5xx (its code and message are printed)',
  '  4    failed: with --wait the job or plan ended FAILED/ABORTED/ERROR; a backup verify found problems',
  '  5    cannot reach the scheduler (connection refused, timeout, DNS)',
  '  130  interrupted (Ctrl-C) while waiting; the job or plan keeps running',
].join('\n');

export class CliError extends Error {
  constructor(
    readonly exitCode: ExitCodeValue,
    message: string,
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export class UsageError extends CliError {
  constructor(message: string) {
    super(ExitCode.USAGE, message);
    this.name = 'UsageError';
  }
}

/** The scheduler's error answer: { error: { code, message, details? } }. */
export class ApiError extends CliError {
  constructor(
    readonly status: number,
    readonly code: string,
    readonly apiMessage: string,
    readonly details: unknown,
    hint: string | undefined,
  ) {
    super(ExitCode.API, `the scheduler answered ${status} ${code}: ${apiMessage}${hint ? `\nhint: ${hint}` : ''}`);
    this.name = 'ApiError';
  }
}

export class UnreachableError extends CliError {
  constructor(message: string) {
    super(ExitCode.UNREACHABLE, message);
    this.name = 'UnreachableError';
  }
}

export class FailedError extends CliError {
  constructor(message: string) {
    super(ExitCode.FAILED, message);
    this.name = 'FailedError';
  }
}

export class InterruptedError extends CliError {
  constructor(message: string) {
    super(ExitCode.INTERRUPTED, message);
    this.name = 'InterruptedError';
  }
}
