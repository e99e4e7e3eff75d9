import { clusterLayout, seedList } from '../src/cassandra/layout';
import { escapeAgentOption, renderCassandraYaml, renderJolokiaProperties, renderRackdc, yamlString } from '../src/cassandra/config';

const layout = clusterLayout(3, '/w/c');

/** Tiny reader for the flat `key: value` lines of the rendered yaml (enough to assert on values). */
function topLevel(yaml: string): Map<string, string> {
  const m = new Map<string, string>();
  for (const line of yaml.split('\n')) {
    const hit = /^([a-z_]+):\s*(.*)$/.exec(line);
    if (hit) m.set(hit[1]!, hit[2]!);
  }
  return m;
}

describe('clusterLayout', () => {
  it('puts node i on 127.0.0.i with its own dirs and rack', () => {
    expect(layout.map((n) => [n.name, n.ip, n.rack])).toEqual([
      ['node1', '127.0.0.1', 'rack1'],
      ['node2', '127.0.0.2', 'rack2'],
      ['node3', '127.0.0.3', 'rack3'],
    ]);
    expect(layout[1]!.dataDir).toBe('/w/c/node2/data');
    expect(layout[1]!.logFile).toBe('/w/c/node2/logs/cassandra.log');
    expect(new Set(layout.map((n) => n.commitlogDir)).size).toBe(3);
  });

  it('makes every node a seed', () => {
    expect(seedList(layout)).toBe('127.0.0.1:7000,127.0.0.2:7000,127.0.0.3:7000');
  });

  it('refuses more than 3 nodes or none', () => {
    expect(() => clusterLayout(4, '/w')).toThrow(/1\.\.3/);
    expect(() => clusterLayout(0, '/w')).toThrow(/1\.\.3/);
  });
});

describe('renderCassandraYaml', () => {
  const yaml = renderCassandraYaml(layout[1]!, { name: "it's a test", seeds: seedList(layout) });
  const v = topLevel(yaml);

  it('binds the node to its own loopback address and the standard ports', () => {
    expect(v.get('listen_address')).toBe('127.0.0.2');
    expect(v.get('rpc_address')).toBe('127.0.0.2');
    expect(v.get('storage_port')).toBe('7000');
    expect(v.get('native_transport_port')).toBe('9042');
    expect(v.get('start_native_transport')).toBe('true');
  });

  it('uses the fast all-seeds mode: one quoted balanced token, no bootstrap', () => {
    expect(v.get('num_tokens')).toBe('1');
    expect(v.get('initial_token')).toBe("'-3074457345618258603'");
    expect(v.get('auto_bootstrap')).toBe('false');
    expect(yaml).toContain("- seeds: '127.0.0.1:7000,127.0.0.2:7000,127.0.0.3:7000'");
  });

  it('sets the test-node values the runtime reference asks for', () => {
    expect(v.get('auto_snapshot')).toBe('false');
    expect(v.get('storage_compatibility_mode')).toBe('NONE');
    expect(v.get('commitlog_sync')).toBe('periodic');
    expect(v.get('commitlog_sync_period')).toBe('10000ms');
    expect(v.get('concurrent_compactors')).toBe('1');
    expect(v.get('endpoint_snitch')).toBe('GossipingPropertyFileSnitch');
    expect(v.get('memtable_heap_space')).toBe('64MiB');
  });

  it('quotes strings safely and points every directory inside the node dir', () => {
    expect(v.get('cluster_name')).toBe("'it''s a test'");
    expect(v.get('commitlog_directory')).toBe("'/w/c/node2/commitlog'");
    expect(yaml).toContain("  - '/w/c/node2/data'");
    expect(v.get('hints_directory')).toBe("'/w/c/node2/hints'");
  });

  it('has no legacy *_in_mb / *_in_ms keys (5.0 names only)', () => {
    expect([...v.keys()].filter((k) => /_in_(mb|ms|kb)$/.test(k))).toEqual([]);
  });
});

describe('small renderers', () => {
  it('writes dc and the node rack for GossipingPropertyFileSnitch', () => {
    expect(renderRackdc(layout[2]!)).toContain('dc=dc1\nrack=rack3\n');
  });

  it('escapes Jolokia agent option separators', () => {
    expect(escapeAgentOption('a,b=c\\d')).toBe('a\\,b\\=c\\\\d');
    expect(escapeAgentOption('/plain/path')).toBe('/plain/path');
  });

  it('writes Jolokia credentials as properties and refuses newlines', () => {
    expect(renderJolokiaProperties({ user: 'u', password: 'p\\w' })).toBe('user=u\npassword=p\\\\w\n');
    expect(() => renderJolokiaProperties({ user: 'u', password: 'a\nb' })).toThrow(/newline/);
  });

  it('quotes YAML scalars', () => {
    expect(yamlString("a'b")).toBe("'a''b'");
  });
});
