// cassandra-mesos config show|update and scale: the target configuration (GET/PATCH /v1/config) and the
// node count (POST /scale/nodes). A change becomes a new target that the scheduler rolls out through
// the deploy plan, which --wait follows.
import { readFileSync } from 'node:fs';
import { Option, type Command } from 'commander';
import type { Context } from '../context';
import { UsageError } from '../errors';
import type { Cell } from '../output';
import { wholeNumber } from '../validate';
import { followPlan } from '../wait';
import { action, examples, waitOptions, withWait, type Deps, type WaitFlags } from './common';

interface Change {
  readonly field: string;
  readonly from: string;
  readonly to: string;
  readonly effect: string;
  readonly why: string;
}

interface ChangeAnswer {
  readonly targetId: string;
  readonly newVersion: boolean;
  readonly rollingRestart?: boolean;
  readonly changes: readonly Change[];
}

/** Nested objects as dotted keys: resources.memMb = 2048. */
function flatten(value: unknown, prefix = ''): Array<[string, Cell]> {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return [[prefix, Array.isArray(value) ? JSON.stringify(value) : (value as Cell)]];
  const entries = Object.entries(value as Record<string, unknown>);
  if (entries.length === 0) return [[prefix, '{}']];
  return entries.flatMap(([k, v]) => flatten(v, prefix ? `${prefix}.${k}` : k));
}

/** key=value: the value as JSON when it parses (numbers, booleans, null, objects), else as a string. */
function parseSetting(text: string, patch: Record<string, unknown>): Record<string, unknown> {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`--set ${JSON.stringify(text)}: write key=value, e.g. --set nodeCount=5 or --set yamlOverrides.concurrent_reads=64`);
  const path = text.slice(0, eq).split('.');
  if (path.some((p) => !/^[A-Za-z_][A-Za-z0-9_]*$/.test(p))) throw new UsageError(`--set ${JSON.stringify(text)}: ${JSON.stringify(text.slice(0, eq))} is not a field name (as \`config show\` prints them, dotted for nested fields)`);
  const raw = text.slice(eq + 1);
  let value: unknown = raw;
  try {
    value = JSON.parse(raw) as unknown;
  } catch {
    value = raw;
  }
  let target = patch;
  for (const key of path.slice(0, -1)) {
    const next = target[key];
    if (next !== undefined && (next === null || typeof next !== 'object')) throw new UsageError(`--set ${JSON.stringify(text)}: ${key} was already given a value`);
    target = (target[key] ??= {}) as Record<string, unknown>;
  }
  target[path[path.length - 1] ?? ''] = value;
  return patch;
}

function readPatchFile(file: string): Record<string, unknown> {
  let text: string;
  try {
    text = file === '-' ? readFileSync(0, 'utf8') : readFileSync(file, 'utf8');
  } catch (err) {
    throw new UsageError(`--file ${file}: cannot read it (${err instanceof Error ? err.message : String(err)})`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch (err) {
    throw new UsageError(`--file ${file}: not JSON (${err instanceof Error ? err.message : String(err)}); give an object of fields to change, e.g. {"nodeCount": 5}`);
  }
  if (value === null || typeof value !== 'object' || Array.isArray(value)) throw new UsageError(`--file ${file}: give a JSON object of fields to change, e.g. {"nodeCount": 5}`);
  return value as Record<string, unknown>;
}

async function finishChange(ctx: Context, answer: ChangeAnswer, flags: WaitFlags): Promise<void> {
  if (!(flags.wait && ctx.out.json)) {
    ctx.out.result(answer, () => {
      ctx.out.line(answer.newVersion ? `new target configuration ${answer.targetId}${answer.rollingRestart ? ' (nodes restart one at a time to apply it)' : ''}` : `no change: the target configuration ${answer.targetId} already has these values`);
      if (answer.changes.length > 0) ctx.out.table(['FIELD', 'FROM', 'TO', 'EFFECT'], answer.changes.map((c) => [c.field, c.from, c.to, c.effect]));
    });
  }
  if (flags.wait) {
    const plan = await followPlan(ctx, 'deploy', waitOptions(flags, 'cassandra-mesos plan show deploy', 'cassandra-mesos plan interrupt deploy'));
    if (ctx.out.json) ctx.out.document(plan);
    else ctx.out.line(`plan deploy: ${ctx.out.paint(plan.status)}`);
  }
}

export function registerConfig(program: Command, deps: Deps): void {
  const config = program.command('config').description('the target configuration: show it, change it');
  examples(config, 'cassandra-mesos config show', 'cassandra-mesos config update --set resources.heapMb=1024 --wait');

  examples(
    config.command('show').description('the target configuration (secrets are never part of it)').action(
      action(deps, async (ctx) => {
        const answer = (await ctx.client.get<{ targetId: string; config: unknown; rejectedErrors: Array<{ field: string; message: string }> }>('/v1/config')).body;
        ctx.out.result(answer, () => {
          ctx.out.keyValues([['targetId', answer.targetId], ...flatten(answer.config)]);
          for (const e of answer.rejectedErrors) ctx.out.line(`rejected: ${e.field}: ${e.message}`);
        });
      }),
    ),
    'cassandra-mesos config show',
  );

  const update = withWait(
    config
      .command('update')
      .description('change fields of the target configuration; the scheduler rolls the change out (watch `plan show`)')
      .option('--set <field=value>', 'a field to change, dotted for nested fields; repeatable', (v: string, prev: string[] = []) => [...prev, v])
      .option('--file <file>', 'a JSON object of fields to change ("-" reads stdin)')
      .addOption(new Option('--canary', 'roll out to one node first, then pause the deploy plan until `plan continue`')),
    'the rollout (the deploy plan)',
  );
  examples(update, 'cassandra-mesos config update --set yamlOverrides.concurrent_reads=64 --wait', 'cassandra-mesos config update --file change.json --canary');
  update.action(
    action(deps, async (ctx, cmd) => {
      const flags = cmd.opts<WaitFlags & { set?: string[]; file?: string; canary?: boolean }>();
      if (!flags.set && !flags.file) throw new UsageError('config update changes nothing: give --set field=value (repeatable) or --file change.json');
      let patch = flags.file ? readPatchFile(flags.file) : {};
      for (const setting of flags.set ?? []) patch = parseSetting(setting, patch);
      const answer = (await ctx.client.patch<ChangeAnswer>('/v1/config', { body: patch, query: { canary: flags.canary ? 'true' : undefined } })).body;
      await finishChange(ctx, answer, flags);
    }),
  );
}

export function registerScale(program: Command, deps: Deps): void {
  const cmd = withWait(
    program
      .command('scale')
      .description('change the number of nodes (up: nodes are added; down: the highest are decommissioned one at a time)')
      .argument('<nodes>', 'the new number of nodes', wholeNumber(1, 1000, 'the number of nodes')),
    'the deploy plan',
  );
  examples(cmd, 'cassandra-mesos scale 5 --wait');
  cmd.action(
    action(deps, async (ctx, command, nodes: number) => {
      const answer = (await ctx.client.post<ChangeAnswer & { newNodeCount: number }>('/scale/nodes', { query: { nodeCount: nodes } })).body;
      await finishChange(ctx, answer, command.opts<WaitFlags>());
    }),
  );
}
