// The application pauser against real in-process rpc.Admin servers (compiled from proto/cassy/admin.proto)
// found through a fake DNS SRV resolver.
import { join } from 'node:path';
import { loadPackageDefinition, Server, ServerCredentials, status, type ServerUnaryCall, type sendUnaryData, type ServiceDefinition } from '@grpc/grpc-js';
import { loadSync } from '@grpc/proto-loader';
import { createApplicationPauser, type SrvTarget } from '../../src/grpc';
import { recordingLogger, REPO_ROOT, type LogLine } from './support/harness';

const adminService = ((): ServiceDefinition => {
  const definition = loadSync(join(REPO_ROOT, 'proto', 'cassy', 'admin.proto'), { keepCase: true, longs: Number, defaults: true });
  const rpc = loadPackageDefinition(definition).rpc as Record<string, { service: ServiceDefinition }>;
  const admin = rpc.Admin;
  if (!admin) throw new Error('proto/cassy/admin.proto has no rpc.Admin');
  return admin.service;
})();

type Behaviour = 'ok' | 'fail' | 'slow';

interface PauseRequest {
  readonly wait_outstanding: boolean;
  readonly max_pause_wait_time: number;
}

/** An application serving rpc.Admin, as scalar-admin applications do. */
class FakeApplication {
  readonly pauses: PauseRequest[] = [];
  unpauses = 0;
  paused = false;
  pauseBehaviour: Behaviour = 'ok';
  unpauseBehaviour: Behaviour = 'ok';
  /** Called when a Pause arrives; resolves when it may be answered. */
  beforeAnswer: () => Promise<void> = () => Promise.resolve();
  private readonly server = new Server();
  port = 0;

  async start(): Promise<void> {
    const answer = (behaviour: Behaviour, callback: sendUnaryData<object>, done: () => void): void => {
      if (behaviour === 'fail') callback({ code: status.UNAVAILABLE, details: 'the gate keeper is closed for maintenance' });
      else if (behaviour === 'slow') setTimeout(() => callback(null, {}), 1500);
      else {
        done();
        callback(null, {});
      }
    };
    this.server.addService(adminService, {
      Pause: (call: ServerUnaryCall<PauseRequest, object>, callback: sendUnaryData<object>) => {
        this.pauses.push(call.request);
        void this.beforeAnswer().then(() => answer(this.pauseBehaviour, callback, () => (this.paused = true)));
      },
      Unpause: (_call: ServerUnaryCall<object, object>, callback: sendUnaryData<object>) => {
        this.unpauses++;
        answer(this.unpauseBehaviour, callback, () => (this.paused = false));
      },
    });
    this.port = await new Promise<number>((resolve, reject) => this.server.bindAsync('127.0.0.1:0', ServerCredentials.createInsecure(), (e, p) => (e ? reject(e) : resolve(p))));
  }

  get target(): SrvTarget {
    return { name: 'localhost', port: this.port, priority: 10 };
  }

  stop(): Promise<void> {
    return new Promise((resolve) => {
      this.server.tryShutdown(() => resolve());
      setTimeout(() => {
        this.server.forceShutdown();
        resolve();
      }, 2000).unref();
    });
  }
}

const SRV = '_app._tcp.shop.example.com';
let apps: FakeApplication[];
let logs: LogLine[];
let lookups: string[];

function pauserFor(resolveSrv: (name: string) => Promise<SrvTarget[]> = (name) => Promise.resolve(name === SRV ? apps.map((a) => a.target) : [])) {
  return createApplicationPauser({
    logger: recordingLogger(logs),
    unpauseTimeoutMs: 1000,
    resolveSrv: (name) => {
      lookups.push(name);
      return resolveSrv(name);
    },
  });
}

beforeEach(async () => {
  apps = [new FakeApplication(), new FakeApplication(), new FakeApplication()];
  logs = [];
  lookups = [];
  await Promise.all(apps.map((a) => a.start()));
});
afterEach(async () => {
  await Promise.all(apps.map((a) => a.stop()));
});

const hostOf = (app: FakeApplication): string => `localhost:${app.port}`;

describe('pause', () => {
  it('pauses every host of the SRV record at once, waiting for their outstanding requests', async () => {
    // Each application answers only once all three Pause calls have arrived: calls made one after another would time out.
    let arrived = 0;
    let release: () => void = () => undefined;
    const allArrived = new Promise<void>((resolve) => (release = resolve));
    for (const app of apps) {
      app.beforeAnswer = () => {
        if (++arrived === apps.length) release();
        return allArrived;
      };
    }
    const result = await pauserFor().pause(SRV, 2000);
    const hosts = apps.map(hostOf).sort((a, b) => a.localeCompare(b));
    expect(result).toEqual({ ok: true, hosts, message: `paused 3 application host(s) of ${SRV}: ${hosts.join(', ')}` });
    expect(apps.map((a) => a.pauses)).toEqual(apps.map(() => [{ wait_outstanding: true, max_pause_wait_time: 2000 }]));
    expect(apps.every((a) => a.paused && a.unpauses === 0)).toBe(true);
  });

  it('one host failing: answers ok=false naming it and its error, and leaves no host paused', async () => {
    const [, failing] = apps as [FakeApplication, FakeApplication, FakeApplication];
    failing.pauseBehaviour = 'fail';
    const result = await pauserFor().pause(SRV, 2000);
    expect(result.ok).toBe(false);
    expect(result.message).toBe(
      `pausing the applications of ${SRV} failed on ${hostOf(failing)} (UNAVAILABLE: the gate keeper is closed for maintenance); all 3 host(s) were unpaused again`,
    );
    expect(apps.map((a) => [a.paused, a.unpauses])).toEqual([
      [false, 1],
      [false, 1],
      [false, 1],
    ]);
    expect(logs.some((l) => l.level === 'warn' && l.message === result.message)).toBe(true);
  });

  it('a host slower than the timeout counts as failed (DEADLINE_EXCEEDED), and is unpaused too', async () => {
    const [slow] = apps as [FakeApplication];
    slow.pauseBehaviour = 'slow';
    const result = await pauserFor().pause(SRV, 300);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`failed on ${hostOf(slow)} (DEADLINE_EXCEEDED: `);
    expect(apps.map((a) => a.unpauses)).toEqual([1, 1, 1]);
  });

  it('says when unpausing after a failure fails too, so an operator can step in', async () => {
    const [bad, worse] = apps as [FakeApplication, FakeApplication];
    bad.pauseBehaviour = 'fail';
    worse.unpauseBehaviour = 'fail';
    const result = await pauserFor().pause(SRV, 2000);
    expect(result.message).toContain(`unpausing them again failed on ${hostOf(worse)} (UNAVAILABLE: the gate keeper is closed for maintenance): those applications may still be paused, unpause them by hand`);
  });

  it('a host that is down fails the pause with UNAVAILABLE', async () => {
    const [down] = apps as [FakeApplication];
    await down.stop();
    const result = await pauserFor().pause(SRV, 2000);
    expect(result.ok).toBe(false);
    expect(result.message).toContain(`failed on ${hostOf(down)} (UNAVAILABLE: `);
    expect(apps.slice(1).every((a) => !a.paused)).toBe(true);
  });

  it('refuses without an SRV name, when DNS fails, and when the record lists no host, calling nobody', async () => {
    expect(await pauserFor().pause('  ', 2000)).toEqual({
      ok: false,
      hosts: [],
      message: 'no DNS SRV record names the applications to pause; set CASSANDRA_MESOS_PAUSE_SRV (Cassy srv_service_url, e.g. _app._tcp.example.com)',
    });
    expect(lookups).toEqual([]);
    const notFound = Object.assign(new Error(`querySrv ENOTFOUND ${SRV}`), { code: 'ENOTFOUND' });
    const dnsDown = await pauserFor(() => Promise.reject(notFound)).pause(SRV, 2000);
    expect(dnsDown.message).toBe(`resolving the DNS SRV record ${SRV} failed (querySrv ENOTFOUND ${SRV}); check CASSANDRA_MESOS_PAUSE_SRV and the scheduler host's DNS`);
    expect((await pauserFor().pause('_other._tcp.example.com', 2000)).message).toBe('the DNS SRV record _other._tcp.example.com lists no hosts; nothing to pause, so no consistent backup');
    expect(apps.every((a) => a.pauses.length === 0)).toBe(true);
  });
});

describe('unpause', () => {
  it('unpauses every host of the record', async () => {
    const pauser = pauserFor();
    await pauser.pause(SRV, 2000);
    await pauser.unpause(SRV);
    expect(apps.map((a) => [a.paused, a.unpauses])).toEqual([
      [false, 1],
      [false, 1],
      [false, 1],
    ]);
  });

  it('still reaches the hosts it paused when DNS fails or has changed since', async () => {
    let dnsWorks = true;
    const pauser = pauserFor((name) => (dnsWorks ? Promise.resolve(name === SRV ? apps.map((a) => a.target) : []) : Promise.reject(new Error('SERVFAIL'))));
    await pauser.pause(SRV, 2000);
    dnsWorks = false;
    await pauser.unpause(SRV);
    expect(apps.every((a) => !a.paused && a.unpauses === 1)).toBe(true);
    expect(logs.some((l) => l.level === 'warn' && String(l.message).includes('SERVFAIL'))).toBe(true);
  });

  it('throws naming the hosts it could not unpause (the driver retries)', async () => {
    const [, , stuck] = apps as [FakeApplication, FakeApplication, FakeApplication];
    stuck.unpauseBehaviour = 'fail';
    await expect(pauserFor().unpause(SRV)).rejects.toThrow(
      `unpausing the applications of ${SRV} failed on ${hostOf(stuck)} (UNAVAILABLE: the gate keeper is closed for maintenance); those applications may still be paused`,
    );
  });

  it('throws when there is nothing to unpause and DNS fails', async () => {
    await expect(pauserFor(() => Promise.reject(new Error('SERVFAIL'))).unpause(SRV)).rejects.toThrow(`resolving the DNS SRV record ${SRV} failed (SERVFAIL)`);
  });
});
