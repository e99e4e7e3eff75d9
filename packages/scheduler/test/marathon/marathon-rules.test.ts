// Marathon's own app-definition rules: each case breaks one rule in a copy of the repository's app
// and expects exactly that problem, at that path, with a message that says what to do.
import { validateMarathonApp, validateSchedulerMarathonAppJson } from '../../src/marathon';
import { codes, mutated, problemsOf, type AppJson } from './support';

function only(change: (app: AppJson) => void): { code: string; path: string; message: string } {
  const problems = problemsOf(validateMarathonApp(mutated(change)));
  expect(problems).toHaveLength(1);
  const [p] = problems;
  if (!p) throw new Error('no problem reported');
  return p;
}

describe('Marathon app-definition rules', () => {
  it('accepts the repository app with Marathon\'s rules alone', () => {
    expect(codes(validateMarathonApp(mutated(() => undefined)))).toEqual([]);
  });

  it.each([
    ['/Cassandra', /segment 'Cassandra'.*lowercase/],
    ['/prod/cassandra-', /segment 'cassandra-'.*not starting or ending with '-'/],
    ['/prod/-cassandra', /segment '-cassandra'/],
    ['/prod/cass_andra', /segment 'cass_andra'/],
    ['cassandra', /relative.*write it absolute, e\.g\. \/cassandra/],
    ['/', /root group/],
  ])('refuses the id %s', (id, message) => {
    const p = only((app) => {
      app.id = id;
    });
    expect(p).toMatchObject({ path: 'id', code: 'INVALID_APP_ID' });
    expect(p.message).toMatch(message);
  });

  it('accepts nested ids and dotted segments', () => {
    for (const id of ['/prod/cassandra-1', '/a.b/c-d/e']) {
      expect(codes(validateMarathonApp(mutated((app) => void (app.id = id))))).toEqual([]);
    }
  });

  it('refuses a health check whose port index addresses no port definition', () => {
    const p = only((app) => {
      app.healthChecks = [{ ...app.healthChecks?.[0], protocol: 'MESOS_HTTP', portIndex: 1 }];
    });
    expect(p).toMatchObject({ path: 'healthChecks[0].portIndex', code: 'HEALTH_CHECK_PORT_INDEX' });
    expect(p.message).toContain('1 addresses no port (the app has 1 port definition(s), indices 0..0)');
  });

  it('refuses a health check that relies on the default port index when the app has no ports', () => {
    const problems = problemsOf(validateMarathonApp(mutated((app) => {
      delete app.portDefinitions;
      delete app.readinessChecks;
      delete app.labels?.['DCOS_SERVICE_PORT_INDEX'];
      delete app.healthChecks?.[0]?.portIndex;
    })));
    expect(problems.map((p) => `${p.code} ${p.path}`)).toEqual(['HEALTH_CHECK_PORT_INDEX healthChecks[0].portIndex']);
    expect(problems[0]?.message).toContain('the app has no portDefinitions');
  });

  it('refuses env values that are not strings, naming the variable and how to quote it', () => {
    const p = only((app) => {
      (app.env as Record<string, unknown>)['CASSANDRA_MESOS_NODE_COUNT'] = 3;
    });
    expect(p).toMatchObject({ path: 'env.CASSANDRA_MESOS_NODE_COUNT', code: 'INVALID_FIELD' });
    expect(p.message).toMatch(/must be a string.*quote them, e\.g\. "3"/);
  });

  it.each([[true], [null], [['a']]])('refuses the env value %j', (value) => {
    const p = only((app) => {
      (app.env as Record<string, unknown>)['CASSANDRA_MESOS_LOG_LEVEL'] = value;
    });
    expect(p.path).toBe('env.CASSANDRA_MESOS_LOG_LEVEL');
  });

  it('refuses label values that are not strings', () => {
    const p = only((app) => {
      (app.labels as Record<string, unknown>)['DCOS_SERVICE_PORT_INDEX'] = 0;
    });
    expect(p).toMatchObject({ path: 'labels.DCOS_SERVICE_PORT_INDEX', code: 'INVALID_FIELD' });
    expect(p.message).toContain('quote them, e.g. "0"');
  });

  it('refuses an env reference to a secret the app does not define', () => {
    const p = only((app) => {
      delete app.secrets?.['api-token'];
    });
    expect(p).toMatchObject({ path: 'env.CASSANDRA_MESOS_API_TOKEN.secret', code: 'UNDEFINED_SECRET' });
    expect(p.message).toContain("references an undefined secret 'api-token' (defined: principal-secret)");
  });

  it('refuses a secret without a source', () => {
    const p = only((app) => {
      app.secrets = { ...app.secrets, 'api-token': { source: ' ' } };
    });
    expect(p.path).toBe('secrets["api-token"].source');
  });

  it('refuses a second instance of a single instance app, and an upgrade strategy that overlaps', () => {
    const p = only((app) => {
      app.instances = 2;
    });
    expect(p).toMatchObject({ path: 'instances', code: 'SINGLE_INSTANCE_INSTANCES' });
    expect(p.message).toContain('set instances to 1, or remove the label (two schedulers need leader election)');
    const q = only((app) => {
      app.upgradeStrategy = { minimumHealthCapacity: 1, maximumOverCapacity: 1 };
    });
    expect(q).toMatchObject({ path: 'upgradeStrategy', code: 'SINGLE_INSTANCE_UPGRADE_STRATEGY' });
    const r = only((app) => {
      delete app.upgradeStrategy;
    });
    expect(r.message).toContain('(the default)');
  });

  it('refuses upgrade capacities outside 0..1', () => {
    const p = only((app) => {
      app.upgradeStrategy = { minimumHealthCapacity: 0, maximumOverCapacity: 1.5 };
    });
    expect(p).toMatchObject({ path: 'upgradeStrategy.maximumOverCapacity', code: 'INVALID_FIELD' });
  });

  it('applies the residency rules: persistent volumes, no over-capacity, unreserved roles, no unreachable relaunch', () => {
    expect(only((app) => void (app.residency = {}))).toMatchObject({ path: 'residency', code: 'RESIDENCY_RULES' });
    const resident = (app: AppJson): void => {
      app.residency = {};
      app.container = { type: 'MESOS', volumes: [{ containerPath: 'data', mode: 'RW', persistent: { size: 100 } }] };
    };
    expect(codes(validateMarathonApp(mutated(resident)))).toEqual([]);
    expect(codes(validateMarathonApp(mutated((app) => {
      resident(app);
      app.labels = { ...app.labels, MARATHON_SINGLE_INSTANCE_APP: 'false' };
      app.upgradeStrategy = { minimumHealthCapacity: 0.5, maximumOverCapacity: 0.5 };
      app.acceptedResourceRoles = ['cassandra-role'];
      app.unreachableStrategy = { inactiveAfterSeconds: 60, expungeAfterSeconds: 600 };
    })))).toEqual(['RESIDENT_UPGRADE_STRATEGY', 'RESIDENT_ROLES', 'RESIDENT_UNREACHABLE']);
  });

  it('applies the readiness check rules', () => {
    const base = (app: AppJson) => app.readinessChecks?.[0] ?? {};
    expect(only((app) => void (app.readinessChecks = [base(app), base(app)]))).toMatchObject({ path: 'readinessChecks', code: 'TOO_MANY_READINESS_CHECKS' });
    const unknownPort = only((app) => void (app.readinessChecks = [{ ...base(app), portName: 'http' }]));
    expect(unknownPort).toMatchObject({ path: 'readinessChecks[0].portName', code: 'READINESS_PORT_NAME' });
    expect(unknownPort.message).toContain("'http' names no port definition (the port names are api)");
    const defaultPort = only((app) => {
      const { portName: _dropped, ...rest } = base(app);
      app.readinessChecks = [rest];
    });
    expect(defaultPort.message).toContain("'http-api' (the default) names no port definition");
    expect(only((app) => void (app.readinessChecks = [{ ...base(app), timeoutSeconds: 30 }]))).toMatchObject({ code: 'READINESS_TIMEOUT' });
    expect(only((app) => void (app.readinessChecks = [{ ...base(app), httpStatusCodesForReady: [] }]))).toMatchObject({ code: 'READINESS_STATUS_CODES' });
    expect(only((app) => void (app.readinessChecks = [{ ...base(app), httpStatusCodesForReady: [200, 700] }])).path).toBe('readinessChecks[0].httpStatusCodesForReady[1]');
  });

  it('applies the health check rules', () => {
    const mesosCheck = { protocol: 'MESOS_HTTP' as const, path: '/health/process', portIndex: 0 };
    expect(only((app) => void (app.healthChecks = [mesosCheck, { ...mesosCheck, protocol: 'MESOS_TCP', path: undefined }]))).toMatchObject({ code: 'TOO_MANY_MESOS_HEALTH_CHECKS' });
    expect(only((app) => void (app.healthChecks = [mesosCheck, { protocol: 'HTTP', path: '/', portIndex: 0 }]))).toMatchObject({ code: 'MIXED_HEALTH_CHECKS' });
    expect(only((app) => void (app.healthChecks = [{ protocol: 'COMMAND' }]))).toMatchObject({ path: 'healthChecks[0].command', code: 'HEALTH_CHECK_FIELDS' });
    expect(only((app) => void (app.healthChecks = [{ ...mesosCheck, protocol: 'MESOS_TCP' }]))).toMatchObject({ path: 'healthChecks[0].path', code: 'HEALTH_CHECK_FIELDS' });
    expect(only((app) => void (app.healthChecks = [{ ...mesosCheck, ipProtocol: 'IPv6' }]))).toMatchObject({ code: 'HEALTH_CHECK_IPV6' });
    expect(only((app) => void (app.healthChecks = [{ ...mesosCheck, protocol: 'MESOS_GRPC' as never }])).path).toBe('healthChecks[0].protocol');
    expect(only((app) => void (app.healthChecks = [{ ...mesosCheck, path: 'health/process' }])).message).toContain('starting with /');
  });

  it('requires the migration labels together', () => {
    const p = only((app) => {
      delete app.labels?.['DCOS_MIGRATION_API_PATH'];
    });
    expect(p).toMatchObject({ path: 'labels', code: 'MIGRATION_API_LABELS' });
    expect(p.message).toContain('DCOS_PACKAGE_FRAMEWORK_NAME and DCOS_MIGRATION_API_PATH must be defined when using DCOS_MIGRATION_API_VERSION: add DCOS_MIGRATION_API_PATH');
    expect(only((app) => void (app.labels = { ...app.labels, DCOS_MIGRATION_API_VERSION: 'v2' }))).toMatchObject({ code: 'MIGRATION_API_LABELS' });
    expect(only((app) => void (app.labels = { ...app.labels, DCOS_SERVICE_PORT_INDEX: '1' }))).toMatchObject({ code: 'DCOS_SERVICE_PORT_INDEX' });
    expect(only((app) => void (app.labels = { ...app.labels, DCOS_SERVICE_SCHEME: 'tcp' }))).toMatchObject({ code: 'DCOS_SERVICE_SCHEME' });
  });

  it.each([
    [['hostname'], /must have 2 or 3 fields/],
    [['hostname', 'UNIQUE', 'x'], /UNIQUE does not use/],
    [['hostname', 'SPREAD'], /operator 'SPREAD': use one of UNIQUE, CLUSTER/],
    [['rack', 'CLUSTER'], /needs a value/],
    [['hostname', 'MAX_PER'], /whole number as value for MAX_PER/],
    [['hostname', 'MAX_PER', 'one'], /whole number as value for MAX_PER/],
    [['hostname', 'GROUP_BY', 'x'], /whole number as value for GROUP_BY/],
    [['rack', 'LIKE', 'rack-(1'], /not a valid regular expression/],
    [['', 'UNIQUE'], /empty field name/],
  ])('refuses the constraint %j', (constraint, message) => {
    const p = only((app) => void (app.constraints = [constraint]));
    expect(p).toMatchObject({ path: 'constraints[0]', code: 'INVALID_CONSTRAINT' });
    expect(p.message).toMatch(message);
  });

  it('accepts well-formed constraints', () => {
    const constraints = [['hostname', 'UNIQUE'], ['hostname', 'MAX_PER', '1'], ['rack', 'GROUP_BY'], ['rack', 'LIKE', 'rack-[0-9]+'], ['zone', 'IS', 'a']];
    expect(codes(validateMarathonApp(mutated((app) => void (app.constraints = constraints))))).toEqual([]);
  });

  it('refuses fetch URIs Mesos cannot fetch, without echoing credentials', () => {
    const p = only((app) => void (app.fetch = [...(app.fetch ?? []), { uri: 'https://user:hunter2@artifacts.example.com/x.tar.gz' }]));
    expect(p).toMatchObject({ path: 'fetch[2].uri', code: 'INVALID_FETCH_URI' });
    expect(p.message).not.toContain('hunter2');
    expect(only((app) => void (app.fetch = [...(app.fetch ?? []), { uri: 'gopher://x/y' }])).message).toContain("scheme 'gopher'");
  });

  it('refuses both cmd and args, and neither', () => {
    expect(only((app) => void (app.args = ['node', 'main.js']))).toMatchObject({ code: 'COMMAND_AND_ARGS' });
    expect(only((app) => void delete app.cmd)).toMatchObject({ code: 'NO_COMMAND' });
  });

  it('refuses duplicate port names and numbers', () => {
    expect(only((app) => void (app.portDefinitions = [{ port: 0, name: 'api' }, { port: 0, name: 'api' }]))).toMatchObject({ path: 'portDefinitions[1].name', code: 'DUPLICATE_PORT_NAME' });
    expect(only((app) => void (app.portDefinitions = [{ port: 9000, name: 'api' }, { port: 9000, name: 'b' }]))).toMatchObject({ path: 'portDefinitions[1].port', code: 'DUPLICATE_PORT' });
  });

  it('refuses out-of-range resources and instance counts', () => {
    expect(only((app) => void (app.cpus = 0))).toMatchObject({ path: 'cpus', code: 'INVALID_FIELD' });
    expect(only((app) => void (app.mem = -1))).toMatchObject({ path: 'mem' });
    expect(only((app) => void (app.instances = 1.5))).toMatchObject({ path: 'instances' });
    expect(only((app) => void (app.instances = -1))).toMatchObject({ path: 'instances' });
    expect(only((app) => void (app.cpus = '0.5' as never))).toMatchObject({ path: 'cpus' });
  });

  it('names missing and unknown fields, with the current name of a deprecated one', () => {
    expect(only((app) => void delete (app as Partial<AppJson>).id)).toMatchObject({ path: 'id', code: 'MISSING_FIELD' });
    const p = only((app) => void Object.assign(app, { uris: ['https://artifacts.example.com/a.tgz'] }));
    expect(p).toMatchObject({ path: 'uris', code: 'UNKNOWN_FIELD' });
    expect(p.message).toContain('use "fetch"');
    expect(only((app) => void Object.assign(app.healthChecks?.[0] ?? {}, { gracePeriod: 5 }))).toMatchObject({ path: 'healthChecks[0].gracePeriod', code: 'UNKNOWN_FIELD' });
  });

  it('still applies the other rules when the only shape problems are unknown fields', () => {
    const found = problemsOf(validateMarathonApp(mutated((app) => {
      Object.assign(app, { ports: [0] });
      app.id = '/Cassandra';
    })));
    expect(found.map((p) => `${p.code} ${p.path}`)).toEqual(['UNKNOWN_FIELD ports', 'INVALID_APP_ID id']);
  });

  it('reports JSON syntax errors and non-object definitions', () => {
    expect(codes(validateSchedulerMarathonAppJson('{"id": "/cassandra",}'))).toEqual(['INVALID_JSON']);
    expect(codes(validateMarathonApp([]))).toEqual(['NOT_AN_OBJECT']);
  });
});
