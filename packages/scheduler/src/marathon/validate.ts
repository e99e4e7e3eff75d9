// Offline checks of a Marathon app definition: its shape (app-schema.ts), Marathon's cross-field
// rules (app-rules.ts) and, for the app that runs this scheduler, the scheduler's own rules
// (scheduler-app-rules.ts). Every problem is reported at once, each with its path and a fix.
import type { z } from 'zod';
import { FIELD_HINTS, marathonAppSchema, type MarathonApp } from './app-schema';
import { marathonRuleProblems } from './app-rules';
import { formatPath, problem, type MarathonAppProblem } from './problems';
import { schedulerAppProblems } from './scheduler-app-rules';

export type MarathonAppValidation = { readonly ok: true; readonly app: MarathonApp } | { readonly ok: false; readonly problems: readonly MarathonAppProblem[] };

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let v = input;
  for (const key of path) {
    if (typeof v !== 'object' || v === null) return undefined;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v;
}

function issueProblems(input: unknown, issue: z.core.$ZodIssue): MarathonAppProblem[] {
  const at = formatPath(issue.path);
  if (issue.code === 'unrecognized_keys') {
    return issue.keys.map((key) => {
      const hint = issue.path.length === 0 ? FIELD_HINTS[key] : undefined;
      const what = hint ?? 'check its spelling against the Marathon app format, or remove it';
      return problem(formatPath([...issue.path, key]), 'UNKNOWN_FIELD', `is not a field this validator knows (Marathon would reject or ignore it): ${what}`);
    });
  }
  if (issue.path.length === 0 && issue.code === 'invalid_type') return [problem('', 'NOT_AN_OBJECT', 'the app definition is not a JSON object: write {"id": "/cassandra", ...}')];
  if (valueAt(input, issue.path) === undefined) return [problem(at, 'MISSING_FIELD', `is missing: it ${issue.message}`)];
  return [problem(at, 'INVALID_FIELD', issue.message)];
}

/** `input` without the fields the unrecognized-key issues name (a copy; `input` stays as it was). */
function withoutUnknownFields(input: unknown, issues: readonly z.core.$ZodIssue[]): unknown {
  const copy = structuredClone(input);
  for (const issue of issues) {
    if (issue.code !== 'unrecognized_keys') continue;
    const holder = valueAt(copy, issue.path);
    if (typeof holder === 'object' && holder !== null) for (const key of issue.keys) delete (holder as Record<string, unknown>)[key];
  }
  return copy;
}

function check(input: unknown, extraRules: (app: MarathonApp) => MarathonAppProblem[]): MarathonAppValidation {
  let parsed = marathonAppSchema.safeParse(input);
  const shapeProblems: MarathonAppProblem[] = [];
  if (!parsed.success) {
    shapeProblems.push(...parsed.error.issues.flatMap((i) => issueProblems(input, i)));
    // Unknown fields alone do not hide the other rules: an operator fixes everything in one pass.
    if (!parsed.error.issues.every((i) => i.code === 'unrecognized_keys')) return { ok: false, problems: shapeProblems };
    parsed = marathonAppSchema.safeParse(withoutUnknownFields(input, parsed.error.issues));
    if (!parsed.success) return { ok: false, problems: shapeProblems };
  }
  const problems = [...shapeProblems, ...marathonRuleProblems(parsed.data), ...extraRules(parsed.data)];
  return problems.length === 0 ? { ok: true, app: parsed.data } : { ok: false, problems };
}

/** Checks `input` (a parsed JSON app definition) against the Marathon rules that need no Marathon. */
export function validateMarathonApp(input: unknown): MarathonAppValidation {
  return check(input, () => []);
}

/** Checks `input` as the Marathon app that runs the cassandra-mesos scheduler: Marathon's rules and the scheduler's. */
export function validateSchedulerMarathonApp(input: unknown): MarathonAppValidation {
  return check(input, schedulerAppProblems);
}

/** Parses app-definition JSON text, then validates it as the scheduler's app. */
export function validateSchedulerMarathonAppJson(text: string): MarathonAppValidation {
  let input: unknown;
  try {
    input = JSON.parse(text);
  } catch (err) {
    return { ok: false, problems: [problem('', 'INVALID_JSON', `the app definition is not valid JSON (${err instanceof Error ? err.message : String(err)}): fix the syntax; Marathon accepts only JSON`)] };
  }
  return validateSchedulerMarathonApp(input);
}
