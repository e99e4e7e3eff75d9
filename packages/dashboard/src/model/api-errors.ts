// What the page says when a call fails: the API's own message (it says what was wrong and what to
// do), else a sentence that names the call and the status.

/** The message of an API error body ({error: {code, message}}), or a fallback naming the call. */
export function apiErrorMessage(status: number, body: unknown, call: string): string {
  if (body !== null && typeof body === 'object') {
    const error = (body as { error?: { message?: unknown; code?: unknown } }).error;
    if (error && typeof error.message === 'string' && error.message !== '') return error.message;
  }
  if (status === 0)
    return `${call}: the scheduler could not be reached; it may be restarting (the page retries by itself)`;
  return `${call} answered HTTP ${status} without an error message`;
}

/** The API's error code (UNAUTHORIZED, JOB_RUNNING...), when the body has one. */
export function apiErrorCode(body: unknown): string | undefined {
  if (body === null || typeof body !== 'object') return undefined;
  const code = (body as { error?: { code?: unknown } }).error?.code;
  return typeof code === 'string' ? code : undefined;
}
