// One problem in an app definition: where (a path like healthChecks[0].portIndex), a stable code, and
// a message that says what is wrong and what to write instead. Messages never quote env values or
// secrets: an app definition is where credentials leak first.

export interface MarathonAppProblem {
  /** Where in the app definition, e.g. "healthChecks[0].portIndex" or "env.CASSANDRA_MESOS_API_TOKEN"; "" = the whole app. */
  readonly path: string;
  /** Stable machine-readable code, e.g. "HEALTH_CHECK_PORT_INDEX". */
  readonly code: string;
  readonly message: string;
}

const IDENTIFIER = /^[A-Za-z_][A-Za-z0-9_]*$/;

/** "healthChecks[0].portIndex" from ["healthChecks", 0, "portIndex"]; odd keys are quoted: labels["a b"]. */
export function formatPath(parts: readonly PropertyKey[]): string {
  let out = '';
  for (const part of parts) {
    if (typeof part === 'number') out += `[${part}]`;
    else if (typeof part === 'string' && IDENTIFIER.test(part)) out += out === '' ? part : `.${part}`;
    else out += `[${JSON.stringify(String(part))}]`;
  }
  return out;
}

export function problem(path: string, code: string, message: string): MarathonAppProblem {
  return { path, code, message: path === '' ? message : `${path}: ${message}` };
}
