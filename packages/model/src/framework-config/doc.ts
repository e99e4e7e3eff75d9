// docs/configuration.md, rendered from the settings table and the change rules, so the operator
// documentation cannot drift from what the scheduler reads. A unit test compares it with the
// committed file.
import { CONFIG_FIELD_RULES, YAML_OVERRIDES_RULE, type ChangeEffect } from './fields';
import { ENV_PREFIX, OTHER_COMPONENT_VARIABLES, SCHEDULER_ENVIRONMENT, SETTING_GROUPS, environmentVariableOf, type SchedulerSetting } from './settings';

export const CONFIGURATION_DOC_PATH = 'docs/configuration.md';
export const CONFIGURATION_DOC_COMMAND = 'npm run build -w @cassandra-mesos/model && node packages/model/scripts/render-config-doc.mjs';

const EFFECT_TEXT: Record<ChangeEffect, string> = {
  ROLLING_RESTART: 'rolling restart',
  SCALE: 'adds or removes nodes',
  SCHEDULER: 'no node restart',
  IMMUTABLE: '**cannot change**',
};

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function defaultCell(s: SchedulerSetting): string {
  if (typeof s.default !== 'string') return s.default.doc;
  return s.default === '' ? '(empty)' : `\`${s.default}\``;
}

function setsCell(s: SchedulerSetting): string {
  switch (s.sets.kind) {
    case 'config':
      return `FrameworkConfig \`${s.sets.path}\``;
    case 'setting':
      return `SchedulerSettings \`${s.sets.key}\``;
    case 'secret':
      return `SchedulerSecrets \`${s.sets.key}\` (secret)`;
  }
}

function settingsTable(settings: readonly SchedulerSetting[]): string[] {
  return [
    '| Variable | Default | Type | Sets | Meaning |',
    '|---|---|---|---|---|',
    ...settings.map((s) => `| \`${s.name}\` | ${cell(defaultCell(s))} | ${cell(s.type.label)} | ${cell(setsCell(s))} | ${cell(s.description)} |`),
  ];
}

function changeTable(): string[] {
  const rows = [...CONFIG_FIELD_RULES, YAML_OVERRIDES_RULE].map((r) => {
    const variable = environmentVariableOf(r.path);
    return `| \`${r.path}\` | ${variable ? `\`${variable}\`` : ''} | ${EFFECT_TEXT[r.effect]} | ${cell(r.why)} |`;
  });
  return ['| Field | Variable | A change | Why |', '|---|---|---|---|', ...rows];
}

/** The Markdown of docs/configuration.md. */
export function renderConfigurationDoc(): string {
  const lines: string[] = [
    '<!-- Generated from packages/model/src/framework-config (the settings table): do not edit by hand. -->',
    '# Scheduler configuration',
    '',
    `> Generated from the settings table in \`packages/model/src/framework-config/settings.ts\`. To change this page, change the table and run \`${CONFIGURATION_DOC_COMMAND}\`.`,
    '',
    `The scheduler runs as a Marathon app and reads its configuration from environment variables starting with \`${ENV_PREFIX}\`. An unset or empty variable takes its default. All problems are reported at once, each naming the variable, the value (never the value of a secret), what is wrong and what to set instead; the scheduler does not start with any of them. A variable with the prefix that the scheduler does not know is an error too (with a suggestion when it looks like a typo), except those of other components listed at the end.`,
    '',
    'The variables set three things:',
    '',
    '- **FrameworkConfig**: what the cluster should look like. It is stored in ZooKeeper as a versioned target. At each start the scheduler validates the configuration from its environment against the running target: a valid change becomes the new target and is rolled out (see [What a change does](#what-a-change-does)); an invalid one is rejected with its errors shown in the plan, and the old target keeps running.',
    '- **SchedulerSettings**: how the scheduler itself runs (state store, Mesos master, API). A scheduler restart applies them.',
    '- **SchedulerSecrets**: credentials. They stay in the scheduler\'s memory: never stored in ZooKeeper, never logged, never returned by an API.',
    '',
    '## Value formats',
    '',
    '- whole number: decimal digits, e.g. `3`; sizes are in MiB (`_MB`).',
    '- decimal number: e.g. `0.5`, `2`.',
    '- duration: seconds (`90`) or units from weeks down to seconds, largest first: `30s`, `5m`, `1h30m`, `2d`, `1w`.',
    '- boolean: `true`/`false`, `yes`/`no`, `on`/`off`, `1`/`0`.',
    '- JSON object: one line of JSON, e.g. `{"concurrent_reads": 64}`.',
    '- Values are trimmed, except secrets, which are refused when they start or end with whitespace.',
  ];
  for (const group of SETTING_GROUPS) {
    const settings = SCHEDULER_ENVIRONMENT.filter((s) => s.group === group);
    if (settings.length === 0) continue;
    lines.push('', `## ${group}`, '', ...settingsTable(settings));
  }
  lines.push(
    '',
    '## What a change does',
    '',
    'Changing a FrameworkConfig field after the first deploy has one of these effects. A rolling restart restarts one node at a time, waiting for each to be healthy before the next. A configuration that changes a field that cannot change is rejected as a whole.',
    '',
    ...changeTable(),
    '',
    '## Variables of other components',
    '',
    'These have the prefix but are read by other components; the scheduler ignores them.',
    '',
    '| Variable | Read by |',
    '|---|---|',
    ...Object.entries(OTHER_COMPONENT_VARIABLES).map(([name, use]) => `| \`${name}\` | ${cell(use)} |`),
    '',
  );
  return lines.join('\n');
}
