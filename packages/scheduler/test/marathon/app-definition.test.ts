// The app definition in deploy/marathon is what operators submit to Marathon: it must pass Marathon's
// rules and the scheduler's, configure the scheduler only through variables it knows, keep secrets in
// the secret store, and stay consistent with the artifacts it fetches and the README that explains it.
import { readFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { parseSchedulerEnvironment, SCHEDULER_ENVIRONMENT } from '@cassandra-mesos/model';
import { SCHEDULER_ARTIFACT, SCHEDULER_LAUNCHER, validateSchedulerMarathonAppJson } from '../../src/marathon';
import { APP_README_PATH, appDefinitionText, problemsOf, REPO_ROOT, repoApp } from './support';

const SECRET_VARIABLES = SCHEDULER_ENVIRONMENT.filter((s) => s.sets.kind === 'secret').map((s) => s.name);

function literalEnv(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [name, value] of Object.entries(repoApp().env ?? {})) if (typeof value === 'string') out[name] = value;
  return out;
}

describe('deploy/marathon/cassandra-mesos.json', () => {
  it('passes Marathon\'s app-definition rules and the scheduler\'s', () => {
    const result = validateSchedulerMarathonAppJson(appDefinitionText());
    expect(problemsOf(result)).toEqual([]);
    expect(result.ok).toBe(true);
  });

  it('configures the scheduler only through variables of its settings table', () => {
    const known = new Set(SCHEDULER_ENVIRONMENT.map((s) => s.name));
    const names = Object.keys(repoApp().env ?? {});
    expect(names.length).toBeGreaterThan(10);
    expect(names.filter((n) => !known.has(n))).toEqual([]);
  });

  it('takes every secret from the secret store, never as a literal', () => {
    const app = repoApp();
    const env = app.env ?? {};
    expect(Object.keys(env).filter((n) => SECRET_VARIABLES.includes(n) && typeof env[n] === 'string')).toEqual([]);
    expect(env['CASSANDRA_MESOS_PRINCIPAL_SECRET']).toEqual({ secret: 'principal-secret' });
    expect(env['CASSANDRA_MESOS_API_TOKEN']).toEqual({ secret: 'api-token' });
    for (const ref of Object.values(env)) if (typeof ref !== 'string') expect(Object.keys(app.secrets ?? {})).toContain(ref.secret);
    // No secret variable is assigned anywhere else in the file either (cmd, executor command).
    for (const name of SECRET_VARIABLES) expect(appDefinitionText()).not.toMatch(new RegExp(`${name}=`));
  });

  it('is a configuration the scheduler accepts as Marathon launches it (API on PORT0, state in ZooKeeper)', () => {
    const parsed = parseSchedulerEnvironment({ ...literalEnv(), PORT0: '31744', CASSANDRA_MESOS_PRINCIPAL_SECRET: 'from-the-store', CASSANDRA_MESOS_API_TOKEN: 'from-the-store-0123456789' });
    if (!parsed.ok) throw new Error(parsed.errors.map((e) => e.message).join('\n'));
    expect(parsed.settings.apiPort).toBe(31744);
    expect(parsed.settings.zookeeper?.url).toBe('zk://master.mesos:2181/cassandra-mesos');
    expect(parsed.config.frameworkName).toBe(repoApp().labels?.['DCOS_PACKAGE_FRAMEWORK_NAME']);
    expect(parsed.secrets.apiToken).toBe('from-the-store-0123456789');
  });

  it('runs one scheduler at a time, checked on its liveness endpoint and ready when the deploy plan is complete', () => {
    const app = repoApp();
    expect(app.instances).toBe(1);
    expect(app.upgradeStrategy).toEqual({ minimumHealthCapacity: 0, maximumOverCapacity: 0 });
    expect(app.healthChecks).toEqual([expect.objectContaining({ protocol: 'MESOS_HTTP', path: '/health/process', portIndex: 0 })]);
    expect(app.readinessChecks).toEqual([expect.objectContaining({ path: '/v1/plan', portName: 'api', httpStatusCodesForReady: [200] })]);
    expect(app.labels).toEqual(expect.objectContaining({ DCOS_MIGRATION_API_PATH: '/v1/plan', DCOS_MIGRATION_API_VERSION: 'v1', DCOS_SERVICE_PORT_INDEX: '0', DCOS_SERVICE_SCHEME: 'http' }));
  });

  it('fetches the scheduler artifact of this version and a Node.js runtime the launchers find in the sandbox', () => {
    const app = repoApp();
    const { version } = JSON.parse(readFileSync(join(REPO_ROOT, 'packages', 'scheduler', 'package.json'), 'utf8')) as { version: string };
    const uris = (app.fetch ?? []).map((f) => f.uri);
    expect(uris.map((u) => SCHEDULER_ARTIFACT.exec(u)?.[2]).filter((v) => v !== undefined)).toEqual([version]);
    expect(app.cmd).toMatch(new RegExp(`&& exec ${SCHEDULER_LAUNCHER}$`));
    // The launchers take $MESOS_SANDBOX/node-v*/bin/node: an official node-v<version>-linux-x64 tarball, Node 20+.
    const node = uris.map((u) => /\/(node-v(\d+)\.\d+\.\d+-linux-x64)\.tar\.(xz|gz)$/.exec(u)).find((m) => m !== null);
    if (!node) throw new Error('the app fetches no Node.js runtime named node-v<version>-linux-x64.tar.xz');
    expect(Number(node[2])).toBeGreaterThanOrEqual(20);
    // The executors get the same runtime; their tarball is the one the scheduler artifact ships and serves.
    const env = literalEnv();
    expect(env['CASSANDRA_MESOS_NODE_URI']).toBe(uris.find((u) => u.includes(`/${node[1] ?? ''}.tar.`)));
    expect(env['CASSANDRA_MESOS_EXECUTOR_URI']).toBeUndefined();
    expect(env['CASSANDRA_MESOS_EXECUTOR_COMMAND']).toBeUndefined();
  });

  it('uses placeholder artifact URLs that the README tells operators to replace', () => {
    const readme = readFileSync(APP_README_PATH, 'utf8');
    const placeholders = [...appDefinitionText().matchAll(/https:\/\/artifacts\.example\.com\/[^"]+/g)].map((m) => m[0]);
    expect(placeholders.length).toBeGreaterThanOrEqual(6);
    for (const url of new Set(placeholders)) expect(readme).toContain(basename(url));
    for (const [name, value] of Object.entries(literalEnv())) if (value.includes('artifacts.example.com')) expect(readme).toContain(name);
  });
});
