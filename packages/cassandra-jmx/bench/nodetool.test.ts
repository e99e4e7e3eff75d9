import type { Runtime } from '@cassandra-mesos/testkit';
import { BenchSetupError, nodetoolCommand, parseNodetoolInfo, startJmxAgent } from './nodetool';

// `nodetool info` of a testkit node (Cassandra 5.0.9), verbatim.
const INFO = `ID                     : ae0f2ad5-b1c6-4ce8-8c6d-0649a3d04260
Gossip active          : true
Native Transport active: true
Load                   : 115.96 KiB
Uptime (seconds)       : 6
Heap Memory (MB)       : 406.29 / 768.00
Data Center            : dc1
Rack                   : rack1
Key Cache              : entries 8, size 640 bytes, capacity 8 MiB, 46 hits, 53 requests, 0.868 recent hit rate, 14400 save period in seconds
Network Cache          : size 0 bytes, overflow size: 0 bytes, capacity 16 MiB
Token                  : -9223372036854775808
Bootstrap state        : COMPLETED
`;

const RUNTIME = {
  java: { home: '/jdk17', bin: '/jdk17/bin/java', version: '17.0.15' },
  cassandra: {
    version: '5.0.9',
    home: '/c',
    libDir: '/c/lib',
    jammJar: '/c/lib/jamm-0.4.0.jar',
    mainClass: 'x',
  },
} as unknown as Runtime;

describe('parseNodetoolInfo', () => {
  it('splits "Key : value" lines at the first colon and trims the padding', () => {
    const fields = parseNodetoolInfo(INFO);
    expect(fields.get('ID')).toBe('ae0f2ad5-b1c6-4ce8-8c6d-0649a3d04260');
    expect(fields.get('Native Transport active')).toBe('true');
    expect(fields.get('Data Center')).toBe('dc1');
    expect(fields.get('Rack')).toBe('rack1');
    expect(fields.get('Network Cache')).toBe('size 0 bytes, overflow size: 0 bytes, capacity 16 MiB');
    expect(fields.size).toBe(12);
  });

  it('ignores lines that are not fields', () => {
    expect(parseNodetoolInfo('-- StackTrace --\n\n').size).toBe(0);
  });
});

describe('nodetoolCommand', () => {
  const endpoint = {
    host: '127.0.0.1',
    port: 41703,
    user: 'bench',
    passwordFile: '/scratch/nodetool.password',
  };
  const { command, args } = nodetoolCommand(RUNTIME, endpoint, '/scratch/tool', ['info']);

  it("starts the runtime's JDK 17 with Cassandra's classpath, as bin/nodetool does", () => {
    expect(command).toBe('/jdk17/bin/java');
    expect(args[0]).toBe('-javaagent:/c/lib/jamm-0.4.0.jar');
    expect(args[args.indexOf('-cp') + 1]).toBe('/scratch/tool:/c/lib/*');
    expect(args).toEqual(
      expect.arrayContaining([
        '-Xmx128m',
        '-XX:ParallelGCThreads=1',
        '--add-exports=java.rmi/sun.rmi.server=ALL-UNNAMED',
      ]),
    );
  });

  it('keeps nodetool history and logging in the scratch dir', () => {
    expect(args).toEqual(
      expect.arrayContaining([
        '-Duser.home=/scratch/tool',
        '-Dlogback.configurationFile=/scratch/tool/logback-tools.xml',
      ]),
    );
  });

  it('passes the password as a file, never on the command line', () => {
    const main = args.indexOf('org.apache.cassandra.tools.NodeTool');
    expect(args.slice(main + 1)).toEqual([
      '-h',
      '127.0.0.1',
      '-p',
      '41703',
      '-u',
      'bench',
      '-pwf',
      '/scratch/nodetool.password',
      'info',
    ]);
    expect(args).not.toContain('-pw');
  });
});

describe('startJmxAgent', () => {
  it('refuses credentials the "user password" file format cannot hold, before touching anything', async () => {
    const options = {
      pid: 1,
      host: '127.0.0.1',
      port: 1,
      dir: '/nonexistent/never-created',
      signal: new AbortController().signal,
    };
    await expect(startJmxAgent(RUNTIME, { ...options, user: 'a b', password: 'x' })).rejects.toThrow(
      BenchSetupError,
    );
    await expect(startJmxAgent(RUNTIME, { ...options, user: 'bench', password: 'x y' })).rejects.toThrow(
      /whitespace/,
    );
    await expect(startJmxAgent(RUNTIME, { ...options, user: 'bench', password: '' })).rejects.toThrow(
      /non-empty/,
    );
  });
});
