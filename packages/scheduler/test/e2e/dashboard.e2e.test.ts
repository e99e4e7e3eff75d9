// Issue 9 acceptance, end to end: the dashboard in a real browser (playwright-core driving Debian's
// Chromium, headless) and the real CLI binary, both against a real scheduler process (state in
// ZooKeeper, API token set) on mesos-local with three real Cassandra 5.0 nodes. One deploy for all of
// it. In order: the overview shows the nodes and the deploy plan; a repair started from the UI asks
// for the token (a wrong one is refused with the API's message), then shows per-node progress and
// SUCCEEDED as the REST API does, and the events list shows its events; screenshots of the main
// views go to test-artifacts/dashboard/. Then the CLI: node list (table and --json), plan show,
// seeds, config show, cleanup start --wait, repair status, an API error and a missing token.
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { assertNothingLeftRunning } from '@cassandra-mesos/testkit';
import { createKeyspaceWithRows, figures, NODE_IPS, OpsCluster, seconds, sleep, waitUntil, withCql } from '../integration/cluster-ops-support';
import { HeadlessChromium, snapshotAll, snapshotFirst } from './support/browser';
import { assertCassandraPortsFree } from './support/clusters';
import { Checks, stepGuard } from './support/scenario';

jest.setTimeout(900_000);

const REPO_ROOT = join(__dirname, '..', '..', '..', '..');
const ARTIFACTS_DIR = join(REPO_ROOT, 'test-artifacts', 'dashboard');
const CLI_BIN = join(REPO_ROOT, 'packages', 'cli', 'dist', 'bin.js');
const TOKEN = 'e2e-dashboard-token-7f3a9c2e41';
const WRONG_TOKEN = 'not-the-api-token-0000000000';
const NODES = ['node-0', 'node-1', 'node-2'];
/** Two keyspaces at RF 3, so the repair has work on every node (a few seconds each). */
const KEYSPACES = ['dash_a', 'dash_b'] as const;
const ROWS = 1000;
/** The CLI's documented exit codes (packages/cli --help). */
const EXIT = { OK: 0, USAGE: 2, API: 3, FAILED: 4, UNREACHABLE: 5 } as const;

// Only in the e2e tier: a unit run whose --testPathIgnorePatterns replaces the tier's ignore list
// would otherwise start this whole scenario (real JVMs on fixed ports) without the port lock.
const e2eDescribe = process.env['TEST_TIER'] === 'e2e' ? describe : describe.skip;

interface NodeAll { nodes: Array<{ nodeId: string; ip: string | null; seedNode: boolean; tasks: { SERVER?: { state: string } }; healthCheckDetails: { operationMode: string } | null }> }
interface RenderedPlan { status: string; phases: Array<{ name: string; steps: Array<{ name: string; status: string }> }> }
interface ApiJob { id: string; type: string; status: string; nodes?: Array<{ nodeId: string; state: string }> }
interface ClusterEvent { seq: number; kind: string; jobId?: string; message: string }
interface UiJobNode { nodeId: string; state: string; progressShown: boolean }
interface UiJob { type: string; status: string; nodes: UiJobNode[] }
interface CliRun { command: string; code: number | null; stdout: string; stderr: string }

e2eDescribe('dashboard (Chromium) and CLI against a scheduler on mesos-local + three real Cassandra nodes', () => {
  let cluster: OpsCluster | undefined;
  let browser: HeadlessChromium | undefined;
  const steps = stepGuard();
  const screenshots: string[] = [];
  const t0 = Date.now();
  const c = (): OpsCluster => cluster ?? (() => { throw new Error('the cluster did not start (see beforeAll)'); })();
  const b = (): HeadlessChromium => browser ?? (() => { throw new Error('Chromium did not start (see beforeAll)'); })();
  const page = (): Page => b().page;
  const baseUrl = (): string => `http://127.0.0.1:${c().apiPort}`;

  beforeAll(async () => {
    await assertCassandraPortsFree();
    cluster = await OpsCluster.start();
    cluster.envOverrides['CASSANDRA_MESOS_API_TOKEN'] = TOKEN;
    browser = await HeadlessChromium.launch(ARTIFACTS_DIR);
  }, 180_000);

  afterAll(async () => {
    const failures: unknown[] = [];
    const attempt = async (step: () => unknown): Promise<void> => {
      try {
        await step();
      } catch (err) {
        failures.push(err);
      }
    };
    await attempt(() => browser?.close());
    await attempt(() => cluster?.stop());
    await attempt(() => assertNothingLeftRunning());
    figures('dashboard run', { total: seconds(t0), screenshots: screenshots.length });
    for (const path of screenshots) console.log(`[dashboard] screenshot: ${path}`);
    if (failures.length > 0) throw new AggregateError(failures, `teardown failed ${failures.length} time(s)`);
  }, 180_000);

  async function screenshot(name: string): Promise<void> {
    screenshots.push(await b().screenshot(name));
  }

  /** What the page said about itself, for failure messages. */
  function pageProblems(): string {
    return b().pageProblems.length === 0 ? 'no console errors' : `console: ${b().pageProblems.slice(-5).join(' | ')}`;
  }

  it('1. deploys three nodes (API token set) and writes two keyspaces at RF 3', async () => {
    const started = Date.now();
    const scheduler = c().startScheduler();
    await waitUntil(async () => {
      c().assertSchedulerAlive();
      return (await c().deployStatus()) === 'COMPLETE';
    }, () => `deploy COMPLETE (scheduler output: ${scheduler.tail()})`, 420_000);
    const deployed = seconds(started);
    const t1 = Date.now();
    await withCql(NODE_IPS, async (client) => {
      for (const ks of KEYSPACES) await createKeyspaceWithRows(client, ks, 3, ROWS);
    });
    figures('dashboard deploy', { deployComplete: deployed, write: seconds(t1) });
    steps.pass('1');
  });

  it('2. the overview shows the three nodes (host, seed, task RUNNING, mode NORMAL) and the deploy plan COMPLETE with its steps', async () => {
    steps.require('1');
    const checks = new Checks('overview');
    const nodeAll = await c().call<NodeAll>('GET', '/node/all', 200);
    const plan = await c().call<RenderedPlan>('GET', '/v1/plans/deploy', 200);
    // Reads are open with a token set (docs/api.md#authentication): the overview needs no token.
    await page().goto(`${baseUrl()}/`);
    const rows = page().locator('[data-testid=nodes-table] [data-testid=node-row]');
    await waitUntil(async () => (await rows.count()) === 3, () => `three node rows (${pageProblems()})`, 30_000);
    checks.equal('the token form is not shown while only reading', await page().getByTestId('token-form').isVisible(), false);

    const byId = await nodeCells(page());
    checks.equal('node rows', [...byId.keys()].sort(), NODES);
    const seedTexts = new Set<string>();
    const nonSeedTexts = new Set<string>();
    for (const node of nodeAll.nodes) {
      const cells = byId.get(node.nodeId) ?? {};
      checks.that(`${node.nodeId} host shows ${node.ip}`, (cells['host'] ?? '').includes(node.ip ?? '?'), cells['host']);
      checks.that(`${node.nodeId} task shows RUNNING (API: ${node.tasks.SERVER?.state})`, /RUNNING/.test(cells['task'] ?? ''), cells['task']);
      checks.that(`${node.nodeId} mode shows NORMAL (API: ${node.healthCheckDetails?.operationMode})`, /NORMAL/.test(cells['mode'] ?? ''), cells['mode']);
      (node.seedNode ? seedTexts : nonSeedTexts).add(cells['seed'] ?? '');
    }
    // The seed cell's wording is the dashboard's; it must tell the API's two seeds from the other node.
    checks.equal('API seeds', nodeAll.nodes.filter((n) => n.seedNode).length, 2);
    checks.that('the seed cells of the two seeds read the same, non-empty, and differ from the non-seed\'s', seedTexts.size === 1 && !seedTexts.has('') && [...nonSeedTexts].every((t) => !seedTexts.has(t)), { seeds: [...seedTexts], others: [...nonSeedTexts] });

    const deploy = page().locator('[data-testid=plan][data-plan=deploy]');
    checks.that('deploy plan status COMPLETE', /COMPLETE/.test((await deploy.getByTestId('plan-status').first().textContent()) ?? ''), await deploy.getByTestId('plan-status').first().textContent());
    const uiSteps = await snapshotAll(deploy.getByTestId('step'), ['data-step', 'data-status']);
    const apiSteps = plan.phases.flatMap((p) => p.steps.map((s) => `${s.name}:${s.status}`)).sort();
    checks.equal('deploy plan steps (name:status) as GET /v1/plans/deploy', uiSteps.map((s) => `${s.attributes['data-step']}:${s.attributes['data-status']}`).sort(), apiSteps);
    checks.that('the deploy plan has steps', apiSteps.length >= 3, apiSteps);
    await waitUntil(async () => (await page().getByTestId('live-status').textContent())?.trim() === 'live', 'the live indicator to say "live"', 20_000).catch((err: Error) => checks.that(err.message, false));
    await screenshot('01-overview');
    checks.done();
    steps.pass('2');
  });

  /** Clicks Repair and OK in the confirmation dialog (screenshot of the dialog when `shot` is given). */
  async function confirmRepair(shot?: string): Promise<void> {
    await page().getByTestId('action-repair').click();
    const dialog = page().getByTestId('confirm-dialog');
    await dialog.waitFor({ state: 'visible' });
    if (shot) await screenshot(shot);
    await dialog.getByTestId('confirm-ok').click();
  }

  async function runningJob(): Promise<ApiJob | undefined> {
    return (await c().call<{ current: ApiJob | null }>('GET', '/v1/jobs', 200)).current ?? undefined;
  }

  /** The token form is (again) on screen and the form or the toast shows `message`. */
  async function tokenFormWith(message: RegExp): Promise<boolean> {
    const form = page().getByTestId('token-form');
    if (!(await form.isVisible())) return false;
    const texts = [await form.textContent(), await page().getByTestId('toast').allTextContents()].flat().join(' ');
    return message.test(texts);
  }

  it('3. a repair from the UI asks for the token; a wrong token is refused with the API\'s message and starts nothing', async () => {
    steps.require('2');
    await confirmRepair('02-confirm-repair');
    await waitUntil(() => tokenFormWith(/needs the API token/), () => `the token form with the API's 401 message (${pageProblems()})`, 15_000, 200);
    expect(await runningJob()).toBeUndefined();
    await page().getByTestId('token-input').fill(WRONG_TOKEN);
    await page().getByTestId('token-submit').click();
    const refused = /not the API token/;
    // Whether the dashboard retries the refused action with the new token is its choice: if the form
    // went away without a retry, the operator clicks Repair again.
    const retried = await waitUntil(() => tokenFormWith(refused), 'the token form again after a retry', 5_000, 200).then(() => true, () => false);
    if (!retried) {
      await confirmRepair();
      await waitUntil(() => tokenFormWith(refused), () => `the token form again with the API's message /${refused.source}/ (${pageProblems()})`, 15_000, 200);
    }
    await screenshot('03-token-refused');
    expect(await runningJob()).toBeUndefined();
    const stored = await page().evaluate<string>('JSON.stringify([Object.values(localStorage), document.cookie])');
    expect(stored.includes(WRONG_TOKEN)).toBe(false);
    figures('token form', { retriedAfterTokenEntry: String(retried) });
    steps.pass('3');
  });

  it('4. with the right token the repair runs: per-node progress while running, then SUCCEEDED, as the REST API says; the events list shows its events', async () => {
    steps.require('3');
    const checks = new Checks('repair from the UI');
    await page().getByTestId('token-input').fill(TOKEN);
    await page().getByTestId('token-submit').click();
    let job = await waitUntil(runningJob, 'a job started by a retry', 5_000, 200).catch(() => undefined);
    if (!job) {
      await confirmRepair();
      job = await waitUntil(runningJob, () => `a job to start after the repair was confirmed with the right token (${pageProblems()})`, 15_000, 200);
    }
    expect(job.type).toBe('REPAIR');
    checks.equal('token form gone', await page().getByTestId('token-form').isVisible(), false);
    const session = await page().evaluate<string>('JSON.stringify(Object.values(sessionStorage))');
    const persistent = await page().evaluate<string>('JSON.stringify([Object.values(localStorage), document.cookie])');
    checks.equal('the token is kept in sessionStorage only (in sessionStorage, in localStorage or a cookie)', [session.includes(TOKEN), persistent.includes(TOKEN)], [true, false]);

    const trace = await followRepairInUi(job.id);
    figures('repair from the UI', { duration: `${(trace.durationMs / 1000).toFixed(1)}s`, uiSamples: trace.uiSamples, uiStatuses: [...trace.uiStatuses].join('/'), uiNodeStates: [...trace.uiPairs].sort().join(' ') });
    checks.that('the UI showed the job RUNNING', trace.uiStatuses.has('RUNNING'), [...trace.uiStatuses]);
    for (const node of NODES) checks.that(`the UI showed ${node} RUNNING while the job ran`, trace.uiPairs.has(`${node}:RUNNING`), [...trace.uiPairs]);
    checks.that('the UI showed a progress bar or text for the running node', trace.progressShown, trace.lastRunning);
    // Progress moved on screen while the job ran (the last node and the job may finish in one update).
    checks.that('the UI showed nodes SUCCEEDED while the job was still RUNNING', trace.succeededWhileRunning.size >= NODES.length - 1, [...trace.succeededWhileRunning]);
    checks.that('the plans section showed the running repair as a plan with one step per node (GET /v1/plans lists it)', trace.jobPlanShown);
    checks.equal('every node state the UI showed, the REST API also had', [...trace.uiPairs].filter((p) => !trace.apiPairs.has(p)), []);

    const final = await c().call<ApiJob>('GET', `/v1/jobs/${job.id}`, 200);
    checks.equal('REST: the job SUCCEEDED on every node', [final.status, (final.nodes ?? []).map((n) => `${n.nodeId}:${n.state}`)], ['SUCCEEDED', NODES.map((n) => `${n}:SUCCEEDED`)]);
    const shown = await waitUntil(async () => {
      const ui = await uiJob(page(), 'last-job');
      const current = await uiJob(page(), 'current-job');
      return [ui, current].find((j) => j?.type === 'repair' && j.status === 'SUCCEEDED');
    }, () => `the UI to show the repair SUCCEEDED (${pageProblems()})`, 30_000);
    if (shown.nodes.length > 0) checks.equal('UI nodes at the end', shown.nodes.map((n) => `${n.nodeId}:${n.state}`).sort(), NODES.map((n) => `${n}:SUCCEEDED`));
    await screenshot('05-job-done');

    const events = (await c().call<{ events: ClusterEvent[] }>('GET', '/v1/events?since=0', 200)).events.filter((e) => e.jobId === job.id);
    checks.that('REST: the job has job-started and job-finished events', ['job-started', 'job-finished'].every((k) => events.some((e) => e.kind === k)), events.map((e) => e.kind));
    const listed = page().locator('[data-testid=events] [data-testid=event]');
    await waitUntil(async () => {
      const texts = (await snapshotAll(listed, ['data-kind'])).map((e) => `${e.attributes['data-kind']} ${e.text}`);
      return events.every((e) => texts.some((t) => t.startsWith(e.kind) && t.includes(e.message)));
    }, () => `the events list to show the job's events ${JSON.stringify(events.map((e) => `${e.kind}: ${e.message}`))}`, 20_000).catch((err: Error) => checks.that(err.message, false));
    checks.done();
    steps.pass('4');
  });

  interface RepairTrace { durationMs: number; uiSamples: number; uiStatuses: Set<string>; uiPairs: Set<string>; apiPairs: Set<string>; progressShown: boolean; succeededWhileRunning: Set<string>; jobPlanShown: boolean; lastRunning: UiJob | undefined }

  /** Samples the page and GET /v1/jobs/{id} every 250 ms until the API says the job is over. */
  async function followRepairInUi(jobId: string): Promise<RepairTrace> {
    const trace: RepairTrace = { durationMs: 0, uiSamples: 0, uiStatuses: new Set(), uiPairs: new Set(), apiPairs: new Set(), progressShown: false, succeededWhileRunning: new Set(), jobPlanShown: false, lastRunning: undefined };
    const started = Date.now();
    let shot = false;
    let apiStatus = 'RUNNING';
    while (apiStatus === 'RUNNING') {
      if (Date.now() - started > 300_000) throw new Error(`repair ${jobId} still RUNNING after 300 s`);
      c().assertSchedulerAlive();
      const [api, ui] = await Promise.all([c().call<ApiJob>('GET', `/v1/jobs/${jobId}`, 200), uiJob(page(), 'current-job')]);
      apiStatus = api.status;
      for (const n of api.nodes ?? []) trace.apiPairs.add(`${n.nodeId}:${n.state}`);
      if (ui?.type === 'repair') {
        trace.uiSamples++;
        trace.uiStatuses.add(ui.status);
        for (const n of ui.nodes) trace.uiPairs.add(`${n.nodeId}:${n.state}`);
        if (ui.status === 'RUNNING') {
          trace.lastRunning = ui;
          if (ui.nodes.some((n) => n.state === 'RUNNING' && n.progressShown)) trace.progressShown = true;
          for (const n of ui.nodes) if (n.state === 'SUCCEEDED') trace.succeededWhileRunning.add(n.nodeId);
          if (!trace.jobPlanShown) trace.jobPlanShown = (await page().locator('[data-testid=plan][data-plan=repair] [data-testid=step]').count()) === NODES.length;
          // Mid-job: one node done, the next one running.
          if (!shot && ui.nodes.some((n) => n.state === 'SUCCEEDED') && ui.nodes.some((n) => n.state === 'RUNNING')) {
            shot = true;
            await screenshot('04-job-running');
          }
        }
      }
      await sleep(250);
    }
    trace.durationMs = Date.now() - started;
    return trace;
  }

  it('5. the real CLI binary against the same scheduler: reads, cleanup --wait, an API error, a missing token', async () => {
    steps.require('1');
    if (!existsSync(CLI_BIN)) throw new Error(`${CLI_BIN} is missing: build the CLI first (npm run build -w @cassandra-mesos/cli; turbo's test:e2e of the scheduler does)`);
    const checks = new Checks('CLI');
    const list = await cli(['node', 'list']);
    const lines = list.stdout.trim().split('\n');
    checks.equal(`${list.command}: exit code`, list.code, EXIT.OK);
    checks.equal(`${list.command}: a header and three rows`, lines.length, 4);
    console.log(`[dashboard] ${list.command}:\n${list.stdout}`);
    for (const [i, node] of NODES.entries()) checks.that(`${list.command}: a row for ${node} with ${NODE_IPS[i]}`, lines.some((l) => l.includes(node) && l.includes(NODE_IPS[i] ?? '?')), list.stdout);

    const json = await cli(['node', 'list', '--json']);
    checks.equal(`${json.command}: exit code`, json.code, EXIT.OK);
    const parsed = parseJson(json.stdout);
    checks.that(`${json.command}: one JSON document naming the three nodes`, parsed !== undefined && NODES.every((n) => JSON.stringify(parsed).includes(`"${n}"`)), json.stdout.slice(0, 500));

    const plan = await cli(['plan', 'show']);
    const apiPlan = await c().call<RenderedPlan>('GET', '/v1/plans/deploy', 200);
    checks.that(`${plan.command}: exit 0, COMPLETE and every step`, plan.code === EXIT.OK && plan.stdout.includes('COMPLETE') && apiPlan.phases.every((p) => p.steps.every((s) => plan.stdout.includes(s.name))), plan);

    const seeds = await cli(['seeds']);
    const apiSeeds = (await c().call<NodeAll>('GET', '/node/all', 200)).nodes.filter((n) => n.seedNode).map((n) => n.ip ?? '?');
    checks.that(`${seeds.command}: exit 0 and the seeds ${apiSeeds.join(', ')}`, seeds.code === EXIT.OK && apiSeeds.every((ip) => seeds.stdout.includes(ip)), seeds);

    const config = await cli(['config', 'show']);
    checks.that(`${config.command}: exit 0 and the framework name`, config.code === EXIT.OK && config.stdout.includes('it-cluster-ops'), config);

    const cleanup = await cli(['cleanup', 'start', '--wait'], { timeoutMs: 300_000 });
    checks.equal(`${cleanup.command}: exit code (stderr: ${cleanup.stderr.slice(-600)})`, cleanup.code, EXIT.OK);
    checks.that(`${cleanup.command}: progress on stderr names the nodes`, NODES.every((n) => cleanup.stderr.includes(n)), cleanup.stderr.slice(-1500));
    const last = await c().call<{ cleanup: ApiJob | null }>('GET', '/cluster/cleanup/last', 200);
    checks.equal('REST: the cleanup the CLI waited for SUCCEEDED on every node', [last.cleanup?.status, (last.cleanup?.nodes ?? []).map((n) => `${n.nodeId}:${n.state}`)], ['SUCCEEDED', NODES.map((n) => `${n}:SUCCEEDED`)]);

    const repair = await cli(['repair', 'status', '--json']);
    checks.equal(`${repair.command}: exit 0 and nothing running, as GET /v1/repair/status`, [repair.code, parseJson(repair.stdout)], [EXIT.OK, await c().call<unknown>('GET', '/v1/repair/status', 200)]);

    const missing = await cli(['node', 'describe', 'node-9']);
    checks.that(`${missing.command}: exit ${EXIT.API} (API error) naming node-9`, missing.code === EXIT.API && /node-9/.test(missing.stderr) && /NODE_NOT_FOUND/.test(missing.stderr), missing);

    const noToken = await cli(['repair', 'start'], { token: false });
    checks.that(`${noToken.command} without a token: exit ${EXIT.API} (401) saying how to pass the token`, noToken.code === EXIT.API && /401/.test(noToken.stderr) && /--token|CASSANDRA_MESOS_API_TOKEN/.test(noToken.stderr), noToken);
    checks.equal('nothing started without the token', await runningJob(), undefined);
    checks.done();
  });

  /** Runs the CLI binary with --url (and --token unless told not to), in an environment without CASSANDRA_MESOS_*. */
  function cli(args: string[], options: { token?: boolean; timeoutMs?: number } = {}): Promise<CliRun> {
    const withToken = options.token ?? true;
    const argv = [CLI_BIN, '--url', baseUrl(), ...(withToken ? ['--token', TOKEN] : []), ...args];
    const command = `cassandra-mesos ${args.join(' ')}`;
    return new Promise((resolve) => {
      execFile(process.execPath, argv, { env: { PATH: process.env['PATH'] ?? '/usr/bin:/bin', NO_COLOR: '1' }, timeout: options.timeoutMs ?? 30_000, maxBuffer: 16 * 1024 * 1024 }, (err, stdout, stderr) => {
        const code = err ? (typeof err.code === 'number' ? err.code : null) : 0;
        // The token must never be printed, whatever the command did.
        if (stdout.includes(TOKEN) || stderr.includes(TOKEN)) resolve({ command, code: -1, stdout: 'the API token appeared in the output', stderr: '' });
        else resolve({ command, code, stdout, stderr });
      });
    });
  }
});

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** Each node row's cells by `data-col`, keyed by `data-node-id`. */
async function nodeCells(page: Page): Promise<Map<string, Record<string, string>>> {
  const rows = await snapshotAll(page.locator('[data-testid=nodes-table] [data-testid=node-row]'), ['data-node-id']);
  const byId = new Map<string, Record<string, string>>();
  for (const row of rows) {
    const id = row.attributes['data-node-id'] ?? '';
    const cells = await snapshotAll(page.locator(`[data-testid=node-row][data-node-id="${id}"] [data-col]`), ['data-col']);
    byId.set(id, Object.fromEntries(cells.map((cell) => [cell.attributes['data-col'] ?? '', cell.text])));
  }
  return byId;
}

/** The job section `testId` (current-job or last-job) as shown, or undefined when absent or NONE. */
async function uiJob(page: Page, testId: 'current-job' | 'last-job'): Promise<UiJob | undefined> {
  const section = page.getByTestId(testId).first();
  const job = await snapshotFirst(section, ['data-job-type', 'data-job-status']);
  const status = job?.attributes['data-job-status'];
  if (!job || !status || status === 'NONE') return undefined;
  const nodes = section.getByTestId('job-node');
  const snapshots = await snapshotAll(nodes, ['data-node-id', 'data-state']);
  // A progress bar, or progress text that says something.
  const progressShown = await Promise.all(snapshots.map(async (_, i) => {
    const node = nodes.nth(i);
    if ((await node.locator('progress').count()) > 0) return true;
    return (await snapshotAll(node.getByTestId('job-progress'), [])).some((p) => p.text !== '');
  }));
  return {
    type: (job.attributes['data-job-type'] ?? '').toLowerCase(),
    status,
    nodes: snapshots.map((n, i) => ({ nodeId: n.attributes['data-node-id'] ?? '', state: n.attributes['data-state'] ?? '', progressShown: progressShown[i] === true })),
  };
}
