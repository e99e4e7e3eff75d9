import { renderS3ProxyProperties } from '../src/s3/config';
import { parseSrvr, renderZooCfg } from '../src/zookeeper/config';
import { parseStat } from '../src/process/proc';
import { formatMarker, parseMarker } from '../src/process/markers';
import { parseRuntime, RuntimeNotInstalledError } from '../src/runtime';

describe('ZooKeeper config', () => {
  it('binds to loopback on the given port, no admin server, 4lw allowed', () => {
    const cfg = renderZooCfg({ dataDir: '/d', host: '127.0.0.1', port: 2345 }).split('\n');
    expect(cfg).toEqual(expect.arrayContaining(['dataDir=/d', 'clientPort=2345', 'clientPortAddress=127.0.0.1', 'admin.enableServer=false', '4lw.commands.whitelist=srvr,ruok,stat,mntr']));
  });

  it('parses the srvr answer', () => {
    const answer = 'Zookeeper version: 3.9.5-8cbcd0a2bd4d56ab3bb2c9c2e5b2d5e0a4d6c1f3, built on 2026-02-11 20:18 UTC\nLatency min/avg/max: 0/0.0/0\nMode: standalone\nNode count: 5\n';
    expect(parseSrvr(answer)).toEqual({ version: '3.9.5', mode: 'standalone' });
    expect(parseSrvr('This ZooKeeper instance is not currently serving requests\n')).toBeUndefined();
  });
});

describe('s3proxy config', () => {
  it('uses filesystem-nio2 and SigV4 with the given keys', () => {
    const props = renderS3ProxyProperties({ host: '127.0.0.1', port: 9000, baseDir: '/s3', accessKeyId: 'AK', secretAccessKey: 'SK' }).split('\n');
    expect(props).toEqual(
      expect.arrayContaining(['s3proxy.endpoint=http://127.0.0.1:9000', 's3proxy.authorization=aws-v2-or-v4', 's3proxy.identity=AK', 's3proxy.credential=SK', 'jclouds.provider=filesystem-nio2', 'jclouds.filesystem.basedir=/s3']),
    );
  });

  it('refuses values that would break the properties file', () => {
    expect(() => renderS3ProxyProperties({ host: '127.0.0.1', port: 1, baseDir: '/a\nb', accessKeyId: 'a', secretAccessKey: 'b' })).toThrow(/baseDir/);
  });
});

describe('process identity', () => {
  it('reads state and start time even when the command name has spaces and parens', () => {
    const stat = '1234 (java (x) y) S 1 1234 1234 0 -1 4194560 100 0 0 0 5 3 0 0 20 0 30 0 987654 123456 789';
    expect(parseStat(stat)).toEqual({ state: 'S', startTicks: '987654' });
  });

  it('round-trips child markers and rejects malformed ones', () => {
    const m = { session: '20260101T000000-1-abcdef', owner: { pid: 42, startTicks: '777' } };
    expect(parseMarker(formatMarker(m))).toEqual(m);
    expect(parseMarker('nope')).toBeUndefined();
    expect(parseMarker('a b/1/2')).toBeUndefined();
  });
});

describe('parseRuntime', () => {
  const good = {
    schemaVersion: 1,
    runtimeDir: '/rt',
    java: { home: '/j', bin: '/j/bin/java', version: '17.0.15' },
    cassandra: { version: '5.0.9', home: '/c', libDir: '/c/lib', jammJar: '/c/lib/jamm.jar', mainClass: 'M' },
    jolokia: { version: '2.6.0', agentJar: '/a.jar' },
    zookeeper: { version: '3.9.5', home: '/z', libDir: '/z/lib', mainClass: 'Z' },
    s3proxy: { version: '4.1.0', home: '/s', libDir: '/s/lib', mainClass: 'S' },
  };

  it('accepts what setup-runtime.sh writes', () => {
    expect(parseRuntime(good, 'x').cassandra.jammJar).toBe('/c/lib/jamm.jar');
  });

  it('names the missing field and tells how to install', () => {
    const bad = { ...good, jolokia: {} };
    expect(() => parseRuntime(bad, '/rt/runtime.json')).toThrow(RuntimeNotInstalledError);
    expect(() => parseRuntime(bad, '/rt/runtime.json')).toThrow(/jolokia\.version.*setup-runtime\.sh/);
    expect(() => parseRuntime({ ...good, schemaVersion: 2 }, 'x')).toThrow(/schemaVersion 2/);
  });
});
