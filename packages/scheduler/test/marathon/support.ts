// The repository's Marathon app definition, loaded fresh for each test so that mutations stay local.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { z } from 'zod';
import type { marathonAppSchema, MarathonAppProblem } from '../../src/marathon';

export const REPO_ROOT = join(__dirname, '..', '..', '..', '..');
export const APP_DEFINITION_PATH = join(REPO_ROOT, 'deploy', 'marathon', 'cassandra-mesos.json');
export const APP_README_PATH = join(REPO_ROOT, 'deploy', 'marathon', 'README.md');

/** The app as JSON.parse returns it, typed as Marathon's input; tests cast where they break a type on purpose. */
export type AppJson = z.input<typeof marathonAppSchema>;

export function appDefinitionText(): string {
  return readFileSync(APP_DEFINITION_PATH, 'utf8');
}

export function repoApp(): AppJson {
  return JSON.parse(appDefinitionText()) as AppJson;
}

/** The repository's app with `change` applied. */
export function mutated(change: (app: AppJson) => void): AppJson {
  const app = repoApp();
  change(app);
  return app;
}

export function problemsOf(result: { ok: true } | { ok: false; problems: readonly MarathonAppProblem[] }): readonly MarathonAppProblem[] {
  return result.ok ? [] : result.problems;
}

export function codes(result: { ok: true } | { ok: false; problems: readonly MarathonAppProblem[] }): string[] {
  return problemsOf(result).map((p) => p.code);
}
