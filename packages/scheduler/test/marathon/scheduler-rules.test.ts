// The rules for an app that runs this scheduler: its env is a configuration the scheduler accepts,
// secrets come only from the secret store, the state survives a task restart, the checks reach the
// scheduler's endpoints on its port, and the command runs the packaged launcher.
import { validateSchedulerMarathonApp } from '../../src/marathon';
import { codes, mutated, problemsOf, type AppJson } from './support';

const TOKEN = 'literal-token-that-must-not-leak-0123456789';

function problems(change: (app: AppJson) => void): { code: string; path: string; message: string }[] {
  return [...problemsOf(validateSchedulerMarathonApp(mutated(change)))];
}

function only(change: (app: AppJson) => void): { code: string; path: string; message: string } {
  const found = problems(change);
  expect(found.map((p) => p.code)).toHaveLength(1);
  const [p] = found;
  if (!p) throw new Error('no problem reported');
  return p;
}

function setEnv(app: AppJson, name: string, value: string | undefined): void {
  const env = { ...app.env };
  if (value === undefined) delete env[name];
  else env[name] = value;
  app.env = env;
}

describe('rules for the app that runs the cassandra-mesos scheduler', () => {
  it('refuses a literal secret in env without repeating it, and says how to reference the store', () => {
    const found = problems((app) => setEnv(app, 'CASSANDRA_MESOS_API_TOKEN', TOKEN));
    expect(found.map((p) => `${p.code} ${p.path}`)).toEqual(['LITERAL_SECRET env.CASSANDRA_MESOS_API_TOKEN']);
    expect(found[0]?.message).toContain('"CASSANDRA_MESOS_API_TOKEN": {"secret": "api-token"}');
    expect(JSON.stringify(found)).not.toContain(TOKEN);
  });

  it('refuses a secret assigned in the command line', () => {
    const p = only((app) => void (app.cmd = `export CASSANDRA_MESOS_PRINCIPAL_SECRET=${TOKEN} && ${app.cmd ?? ''}`));
    expect(p).toMatchObject({ path: 'cmd', code: 'LITERAL_SECRET' });
    expect(p.message).not.toContain(TOKEN);
  });

  it('refuses a variable the scheduler does not know, suggesting the one meant', () => {
    const p = only((app) => setEnv(app, 'CASSANDRA_MESOS_NODE_CUONT', '3'));
    expect(p).toMatchObject({ path: 'env.CASSANDRA_MESOS_NODE_CUONT', code: 'UNKNOWN_VARIABLE' });
    expect(p.message).toContain('did you mean CASSANDRA_MESOS_NODE_COUNT?');
  });

  it('refuses values the scheduler would refuse at start', () => {
    const p = only((app) => setEnv(app, 'CASSANDRA_MESOS_NODE_COUNT', 'three'));
    expect(p).toMatchObject({ path: 'env.CASSANDRA_MESOS_NODE_COUNT', code: 'INVALID_VALUE' });
    expect(only((app) => setEnv(app, 'CASSANDRA_MESOS_SEED_COUNT', '5')).path).toBe('env.CASSANDRA_MESOS_SEED_COUNT');
    expect(only((app) => setEnv(app, 'CASSANDRA_MESOS_ZK_URL', 'http://zk:2181')).path).toBe('env.CASSANDRA_MESOS_ZK_URL');
  });

  it('refuses $PORT0 in env, which Marathon does not expand', () => {
    const p = only((app) => setEnv(app, 'CASSANDRA_MESOS_API_PORT', '$PORT0'));
    expect(p).toMatchObject({ path: 'env.CASSANDRA_MESOS_API_PORT', code: 'ENV_NOT_EXPANDED' });
    expect(p.message).toContain('leave CASSANDRA_MESOS_API_PORT unset: the scheduler reads PORT0 itself');
    // The executor command is run by a shell on the agent: variables are meant there.
    expect(codes(validateSchedulerMarathonApp(mutated((app) => setEnv(app, 'CASSANDRA_MESOS_EXECUTOR_COMMAND', 'exec "$MESOS_SANDBOX/x"'))))).toEqual([]);
  });

  it('refuses a fixed API port Marathon did not reserve, and accepts it when reserved', () => {
    expect(only((app) => setEnv(app, 'CASSANDRA_MESOS_API_PORT', '9000'))).toMatchObject({ code: 'API_PORT_NOT_RESERVED' });
    expect(codes(validateSchedulerMarathonApp(mutated((app) => {
      setEnv(app, 'CASSANDRA_MESOS_API_PORT', '9000');
      app.portDefinitions = [{ port: 9000, name: 'api' }];
      app.requirePorts = true;
    })))).toEqual([]);
  });

  it('refuses two instances without ZooKeeper, where no leader election runs', () => {
    const found = problems((app) => {
      app.instances = 2;
      delete app.labels?.['MARATHON_SINGLE_INSTANCE_APP'];
      setEnv(app, 'CASSANDRA_MESOS_ZK_URL', undefined);
    });
    expect(found.map((p) => `${p.code} ${p.path}`)).toEqual(['STANDBY_WITHOUT_ELECTION instances']);
    expect(found[0]?.message).toContain('leader election runs in ZooKeeper: set env.CASSANDRA_MESOS_ZK_URL, or set instances to 1');
  });

  it('accepts two instances with ZooKeeper leader election and without the single-instance label', () => {
    expect(codes(validateSchedulerMarathonApp(mutated((app) => {
      app.instances = 2;
      delete app.labels?.['MARATHON_SINGLE_INSTANCE_APP'];
    })))).toEqual([]);
  });

  it('refuses state kept in the sandbox, which Marathon discards on restart', () => {
    const p = only((app) => setEnv(app, 'CASSANDRA_MESOS_ZK_URL', undefined));
    expect(p).toMatchObject({ path: 'env.CASSANDRA_MESOS_ZK_URL', code: 'STATE_NOT_DURABLE' });
  });

  it('requires the single-instance label and a stop-first upgrade for one scheduler', () => {
    const p = only((app) => void delete app.labels?.['MARATHON_SINGLE_INSTANCE_APP']);
    expect(p).toMatchObject({ path: 'labels.MARATHON_SINGLE_INSTANCE_APP', code: 'SINGLE_INSTANCE_LABEL' });
    expect(codes(validateSchedulerMarathonApp(mutated((app) => {
      delete app.labels?.['MARATHON_SINGLE_INSTANCE_APP'];
      delete app.upgradeStrategy;
    })))).toEqual(['SINGLE_INSTANCE_LABEL', 'SCHEDULER_UPGRADE_STRATEGY']);
  });

  it('requires a MESOS_HTTP liveness check on /health/process on the API port', () => {
    expect(only((app) => void (app.healthChecks = []))).toMatchObject({ path: 'healthChecks', code: 'NO_LIVENESS_CHECK' });
    expect(only((app) => void (app.healthChecks = [{ protocol: 'MESOS_HTTP', path: '/health', portIndex: 0 }]))).toMatchObject({ code: 'NO_LIVENESS_CHECK' });
    expect(only((app) => void (app.healthChecks = [{ protocol: 'MESOS_HTTPS', path: '/health/process' }]))).toMatchObject({ code: 'LIVENESS_CHECK_PROTOCOL' });
    const p = only((app) => void (app.healthChecks = [{ protocol: 'MESOS_HTTP', path: '/health/process', maxConsecutiveFailures: 0 }]));
    expect(p).toMatchObject({ path: 'healthChecks[0].maxConsecutiveFailures', code: 'LIVENESS_CHECK_FAILURES' });
    const wrongPort = only((app) => {
      app.portDefinitions = [{ port: 0, name: 'api' }, { port: 0, name: 'metrics' }];
      app.healthChecks = [{ protocol: 'MESOS_HTTP', path: '/health/process', portIndex: 1 }];
    });
    expect(wrongPort).toMatchObject({ path: 'healthChecks[0].portIndex', code: 'LIVENESS_CHECK_PORT' });
  });

  it('requires readiness on the deploy plan, on the API port, ready only on 200', () => {
    expect(only((app) => void delete app.readinessChecks)).toMatchObject({ code: 'NO_READINESS_CHECK' });
    const r = (app: AppJson) => app.readinessChecks?.[0] ?? {};
    expect(only((app) => void (app.readinessChecks = [{ ...r(app), path: '/' }]))).toMatchObject({ code: 'READINESS_PATH' });
    const codes503 = only((app) => void (app.readinessChecks = [{ ...r(app), httpStatusCodesForReady: [200, 503] }]));
    expect(codes503).toMatchObject({ code: 'READINESS_STATUS_CODES' });
    expect(codes503.message).toContain('503 while it runs');
    expect(only((app) => {
      app.portDefinitions = [{ port: 0, name: 'api' }, { port: 0, name: 'metrics' }];
      app.readinessChecks = [{ ...r(app), portName: 'metrics' }];
    })).toMatchObject({ code: 'READINESS_PORT', message: expect.stringContaining("set it to 'api'") as unknown });
  });

  it('keeps the DC/OS labels consistent with the framework and the API port', () => {
    const p = only((app) => setEnv(app, 'CASSANDRA_MESOS_FRAMEWORK_NAME', 'cassandra-prod'));
    expect(p).toMatchObject({ path: 'labels.DCOS_PACKAGE_FRAMEWORK_NAME', code: 'FRAMEWORK_NAME_LABEL' });
    expect(p.message).toContain("'cassandra' differs from the framework name 'cassandra-prod'");
    // Unset, the framework name is the scheduler's default, which the label matches.
    expect(codes(validateSchedulerMarathonApp(mutated((app) => setEnv(app, 'CASSANDRA_MESOS_FRAMEWORK_NAME', undefined))))).toEqual([]);
    expect(only((app) => void (app.labels = { ...app.labels, DCOS_MIGRATION_API_PATH: '/v1/health' }))).toMatchObject({ code: 'MIGRATION_API_PATH' });
    expect(only((app) => {
      app.portDefinitions = [{ port: 0, name: 'api' }, { port: 0, name: 'metrics' }];
      app.labels = { ...app.labels, DCOS_SERVICE_PORT_INDEX: '1' };
    })).toMatchObject({ code: 'SERVICE_PORT_INDEX' });
  });

  it('requires the packaged launcher and its extracted artifact', () => {
    expect(only((app) => void (app.cmd = 'node main.js'))).toMatchObject({ path: 'cmd', code: 'NO_LAUNCHER' });
    expect(only((app) => void (app.fetch = app.fetch?.slice(1)))).toMatchObject({ path: 'fetch', code: 'NO_SCHEDULER_ARTIFACT' });
    expect(only((app) => void (app.fetch = app.fetch?.map((f, i) => (i === 0 ? { ...f, extract: false } : f))))).toMatchObject({ code: 'NO_SCHEDULER_ARTIFACT' });
  });

  it('keeps the Node heap limit inside the task memory', () => {
    const p = only((app) => void (app.mem = 512));
    expect(p).toMatchObject({ path: 'mem', code: 'HEAP_EXCEEDS_MEMORY' });
    expect(p.message).toContain('raise mem to at least 1024, or lower the heap to 384');
    expect(only((app) => void delete app.mem).message).toContain('128 MiB (the default) leaves too little room');
  });
});
