// mesos-local's command line: flags and config file, validated.
import { UsageError, parseArgs, toOptions } from '../../src/cli';

describe('mesos-local CLI', () => {
  it('--help returns no config', () => {
    expect(parseArgs(['--agents', '2', '--help'])).toBeUndefined();
  });

  it('builds agents on 127.0.0.x with rack/dc attributes from flags', () => {
    const config = parseArgs(['--agents', '2', '--cpus', '2', '--mem-mb', '2048', '--disk-mb', '500', '--ports', '31000-31100,32000-32010', '--port', '0', '--work-dir', '/tmp/x']);
    const options = toOptions(config!);
    expect(options.port).toBe(0);
    expect(options.workDir).toBe('/tmp/x');
    expect(options.agents).toEqual([
      { ip: '127.0.0.1', hostname: '127.0.0.1', port: 0, resources: { cpus: 2, memMb: 2048, diskMb: 500, ports: [[31000, 31100], [32000, 32010]] }, attributes: { rack: 'r1', dc: 'dc1' } },
      { ip: '127.0.0.2', hostname: '127.0.0.2', port: 0, resources: { cpus: 2, memMb: 2048, diskMb: 500, ports: [[31000, 31100], [32000, 32010]] }, attributes: { rack: 'r2', dc: 'dc1' } },
    ]);
  });

  it('reads a config file, flags override it', () => {
    const file = JSON.stringify({ port: 6000, heartbeatIntervalSeconds: 1, agents: [{ ip: '127.0.0.5', resources: { cpus: 1, memMb: 512, diskMb: 100, ports: [[31000, 31001]] } }] });
    const options = toOptions(parseArgs(['--config', 'c.json', '--port', '7000'], () => file)!);
    expect(options.port).toBe(7000);
    expect(options.master).toEqual({ heartbeatIntervalSeconds: 1 });
    expect(options.agents?.[0]?.ip).toBe('127.0.0.5');
  });

  it.each([
    [['--agents', '0'], /agents/],
    [['--ports', '32000-31000'], /range begin must not exceed its end/],
    [['--host', '10.0.0.1'], /must be a 127.x.y.z loopback address/],
    [['--bogus', '1'], /Unknown option '--bogus'/],
    [['--port'], /--port needs a value/],
    [['--cpus', 'many'], /cpus/],
  ])('rejects %j', (argv, message) => {
    expect(() => parseArgs(argv)).toThrow(UsageError);
    expect(() => parseArgs(argv)).toThrow(message);
  });

  it('rejects unknown keys and duplicate agent IPs in the config file', () => {
    expect(() => parseArgs(['--config', 'c'], () => '{"agentz": 3}')).toThrow(/Unrecognized key/);
    const dup = JSON.stringify({ agents: [1, 2].map(() => ({ ip: '127.0.0.2', resources: { cpus: 1, memMb: 1, diskMb: 1, ports: [] } })) });
    expect(() => parseArgs(['--config', 'c'], () => dup)).toThrow(/agent IPs must be unique/);
    expect(() => parseArgs(['--config', 'c'], () => '{')).toThrow(/Cannot read config c/);
  });
});
