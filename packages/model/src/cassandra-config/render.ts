// Renders everything a Cassandra 5.0 node needs from a CassandraServerConfig: cassandra.yaml,
// cassandra-rackdc.properties, logback.xml and the JVM command line (JDK 17). Pure: paths are
// inputs, nothing is read or written here.
import { Document } from 'yaml';
import type { cassandra_mesos } from '../gen/cassandra_mesos';
import { resolveHeapMb } from './heap';
import { validateYamlOverrides } from './overrides';
import { fileUrl, isAbsolutePath, joinPath, staysInside } from './paths';
import { CassandraConfigError, type ConfigProblem } from './problems';
import { murmur3TokenProblem } from './tokens';

export type ServerConfigInput = cassandra_mesos.v1.CassandraServerConfig.$Properties;

export const CASSANDRA_MAIN_CLASS = 'org.apache.cassandra.service.CassandraDaemon';
export const DEFAULT_ENDPOINT_SNITCH = 'GossipingPropertyFileSnitch';
export const DEFAULT_NUM_TOKENS = 16;
export const JOLOKIA_AGENT_CONTEXT = '/jolokia/';

/** Where the node's files live on the agent (absolute paths). */
export interface ServerLayout {
  /** The executor's sandbox; a relative data_dir is resolved against it. */
  readonly sandbox: string;
  /** Directory of the rendered cassandra.yaml, rackdc properties and logback.xml (first on the classpath). */
  readonly confDir: string;
  /** cassandra.logdir: system.log and gc.log. */
  readonly logDir: string;
  /** java.io.tmpdir and jna.tmpdir (must allow exec). */
  readonly tmpDir: string;
  /** The Jolokia agent's properties file holding its credentials (see renderJolokiaAgentProperties). */
  readonly jolokiaConfigFile: string;
}

/** The runtime the node runs with (absolute paths). */
export interface ServerRuntime {
  readonly jolokiaAgentJar: string;
  readonly jammJar: string;
  /** Directory of cassandra-all and its dependencies. */
  readonly cassandraLibDir: string;
}

export interface RenderServerInput {
  readonly config: ServerConfigInput;
  /** The server task's memory (Resource "mem"), in MiB. */
  readonly taskMemMb: number;
  readonly layout: ServerLayout;
  readonly runtime: ServerRuntime;
  /** Jolokia request threads (executor=fixed); default 4, so a long operation never blocks a health check. */
  readonly jolokiaThreads?: number;
  /** -Dcassandra.available_processors, e.g. the task's cpus rounded up; omitted when undefined. */
  readonly availableProcessors?: number;
}

export interface NodeDirectories {
  /** Root of the node's data (persistent volume or sandbox path); cassandra.storagedir. */
  readonly root: string;
  readonly data: string;
  readonly commitlog: string;
  readonly savedCaches: string;
  readonly hints: string;
  readonly cdcRaw: string;
}

export interface RenderedServer {
  /** File name (inside layout.confDir) → content. */
  readonly files: {
    readonly 'cassandra.yaml': string;
    readonly 'cassandra-rackdc.properties': string;
    readonly 'logback.xml': string;
  };
  /** Arguments after `java`, ending with the main class. Contains no secret. */
  readonly jvmArgs: readonly string[];
  readonly heapMb: number;
  readonly directories: NodeDirectories;
  readonly jolokia: { readonly host: string; readonly port: number; readonly url: string };
}

const ADDRESS = /^[0-9A-Za-z:.%_-]+$/;
const RACK_DC = /^[A-Za-z0-9][A-Za-z0-9._-]*$/;
const CLASS_NAME = /^[A-Za-z_$][A-Za-z0-9_$]*(\.[A-Za-z_$][A-Za-z0-9_$]*)*$/;

/** The node's directories: data_dir as is when absolute, else inside the sandbox. */
export function nodeDirectories(dataDir: string, sandbox: string): NodeDirectories {
  const root = isAbsolutePath(dataDir) ? joinPath(dataDir) : joinPath(sandbox, dataDir);
  return {
    root,
    data: joinPath(root, 'data'),
    commitlog: joinPath(root, 'commitlog'),
    savedCaches: joinPath(root, 'saved_caches'),
    hints: joinPath(root, 'hints'),
    cdcRaw: joinPath(root, 'cdc_raw'),
  };
}

function checkAddress(problems: ConfigProblem[], field: string, value: string, required: boolean): void {
  if (value === '') {
    if (required) problems.push({ field, code: 'MISSING_FIELD', message: `${field} is empty: the scheduler must set the node's address` });
    return;
  }
  if (!ADDRESS.test(value)) problems.push({ field, code: 'INVALID_ADDRESS', message: `${field} '${value}' is not an IP address or host name` });
}

function checkPort(problems: ConfigProblem[], field: string, value: number | null | undefined, required: boolean): void {
  if (!value) {
    if (required) problems.push({ field, code: 'MISSING_FIELD', message: `${field} is 0: every node needs this port` });
    return;
  }
  if (!Number.isInteger(value) || value < 1 || value > 65535) problems.push({ field, code: 'INVALID_PORT', message: `${field}=${value} is not a TCP port (1-65535)` });
}

/**
 * Every problem of `config` (and of the heap in a task of `taskMemMb`) that would keep the node from
 * starting; empty when it can be rendered.
 */
export function validateServerConfig(config: ServerConfigInput, taskMemMb: number): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  if (!config.clusterName) problems.push({ field: 'cluster_name', code: 'MISSING_FIELD', message: 'cluster_name is empty' });
  else if (/[\r\n]/.test(config.clusterName)) problems.push({ field: 'cluster_name', code: 'INVALID_VALUE', message: 'cluster_name must be one line' });

  const seeds = config.seeds ?? [];
  if (seeds.length === 0) problems.push({ field: 'seeds', code: 'MISSING_FIELD', message: 'seeds is empty: a node needs at least one seed address (it may be its own)' });
  seeds.forEach((seed, i) => {
    if (!/^[0-9A-Za-z.:_%[\]-]+$/.test(seed)) problems.push({ field: `seeds[${i}]`, code: 'INVALID_ADDRESS', message: `seed '${seed}' is not an address or address:port` });
  });
  checkAddress(problems, 'listen_address', config.listenAddress ?? '', true);
  checkAddress(problems, 'rpc_address', config.rpcAddress ?? '', false);
  checkAddress(problems, 'broadcast_address', config.broadcastAddress ?? '', false);
  checkAddress(problems, 'jolokia_bind', config.jolokiaBind ?? '', false);
  checkAddress(problems, 'replace_address', config.replaceAddress ?? '', false);
  if (config.replaceAddress && !config.autoBootstrap) {
    problems.push({
      field: 'auto_bootstrap',
      code: 'REPLACE_WITHOUT_BOOTSTRAP',
      message: `replace_address=${config.replaceAddress} needs auto_bootstrap=true: a replacement streams the dead node's data while bootstrapping`,
    });
  }

  const ports = config.ports ?? {};
  checkPort(problems, 'ports.storage', ports.storage, true);
  checkPort(problems, 'ports.ssl_storage', ports.sslStorage, false);
  checkPort(problems, 'ports.native', ports.native, true);
  // 0 = no JMX listener: Jolokia works in-process; nodetool needs the port. Several nodes on one host
  // (local mode) cannot share the loopback JMX port, so there it stays off.
  checkPort(problems, 'ports.jmx', ports.jmx, false);
  checkPort(problems, 'ports.jolokia', ports.jolokia, true);
  const used = new Map<number, string>();
  for (const [name, port] of [['storage', ports.storage], ['ssl_storage', ports.sslStorage], ['native', ports.native], ['jmx', ports.jmx], ['jolokia', ports.jolokia]] as const) {
    if (!port) continue;
    const other = used.get(port);
    if (other) problems.push({ field: `ports.${name}`, code: 'DUPLICATE_PORT', message: `ports.${name}=${port} is also ports.${other}: each port needs its own number` });
    else used.set(port, name);
  }

  const dataDir = config.dataDir ?? '';
  if (dataDir === '') problems.push({ field: 'data_dir', code: 'MISSING_FIELD', message: 'data_dir is empty: it must name the persistent volume path or a sandbox-relative directory' });
  else if (!isAbsolutePath(dataDir) && !staysInside(dataDir)) {
    problems.push({ field: 'data_dir', code: 'INVALID_PATH', message: `data_dir '${dataDir}' is relative and contains '..': a relative data_dir must stay inside the sandbox` });
  }

  const snitch = config.endpointSnitch || DEFAULT_ENDPOINT_SNITCH;
  if (!CLASS_NAME.test(snitch)) problems.push({ field: 'endpoint_snitch', code: 'INVALID_VALUE', message: `endpoint_snitch '${snitch}' is not a Java class name` });
  const rackDc = config.rackDc ?? {};
  for (const key of ['dc', 'rack'] as const) {
    const v = rackDc[key] ?? '';
    if (v === '') problems.push({ field: `rack_dc.${key}`, code: 'MISSING_FIELD', message: `rack_dc.${key} is empty: the scheduler must resolve the node's ${key === 'dc' ? 'data center' : 'rack'}` });
    else if (!RACK_DC.test(v)) problems.push({ field: `rack_dc.${key}`, code: 'INVALID_VALUE', message: `rack_dc.${key} '${v}' may only contain letters, digits, '.', '_' and '-'` });
  }

  const numTokens = config.numTokens || DEFAULT_NUM_TOKENS;
  if (config.initialToken) {
    const tokens = config.initialToken.split(',').map((t) => t.trim());
    const bad = tokens.map(murmur3TokenProblem).find((p) => p !== undefined);
    if (bad !== undefined) problems.push({ field: 'initial_token', code: 'INVALID_VALUE', message: `initial_token ${bad}` });
    else if (tokens.length !== numTokens) {
      problems.push({ field: 'initial_token', code: 'TOKEN_COUNT_MISMATCH', message: `initial_token has ${tokens.length} token(s) but num_tokens is ${numTokens}: give exactly num_tokens tokens` });
    }
  }

  problems.push(...validateYamlOverrides(config.yamlOverrides).problems);
  const heap = resolveHeapMb(config.heapMb, taskMemMb, { heap: 'heap_mb', mem: 'mem' });
  if (!heap.ok) problems.push(heap.problem);
  return problems;
}

/** Throws CassandraConfigError listing every problem; otherwise renders the node's files and command line. */
export function renderServer(input: RenderServerInput): RenderedServer {
  const { config, layout, runtime } = input;
  const problems = validateServerConfig(config, input.taskMemMb);
  for (const [name, path] of Object.entries({ ...layout, ...runtime })) {
    if (!isAbsolutePath(path)) problems.push({ field: `layout.${name}`, code: 'INVALID_PATH', message: `${name} '${path}' must be an absolute path` });
  }
  if (runtime.jolokiaAgentJar.includes('=')) problems.push({ field: 'layout.jolokiaAgentJar', code: 'INVALID_PATH', message: "the Jolokia agent jar path may not contain '='" });
  const heap = resolveHeapMb(config.heapMb, input.taskMemMb);
  if (problems.length > 0 || !heap.ok) throw new CassandraConfigError(problems);

  const directories = nodeDirectories(config.dataDir ?? '', layout.sandbox);
  const listen = config.listenAddress ?? '';
  const jolokiaBind = config.jolokiaBind || listen;
  const jolokiaHost = jolokiaBind === '0.0.0.0' || jolokiaBind === '::' ? listen : jolokiaBind;
  const jolokiaPort = config.ports?.jolokia ?? 0;
  return {
    files: {
      'cassandra.yaml': renderCassandraYaml(config, directories),
      'cassandra-rackdc.properties': renderRackDcProperties(config.rackDc?.dc ?? '', config.rackDc?.rack ?? ''),
      'logback.xml': renderLogbackXml(),
    },
    jvmArgs: renderJvmArgs(input, heap.heapMb, directories, jolokiaBind),
    heapMb: heap.heapMb,
    directories,
    jolokia: { host: jolokiaHost, port: jolokiaPort, url: `http://${jolokiaHost.includes(':') ? `[${jolokiaHost}]` : jolokiaHost}:${jolokiaPort}${JOLOKIA_AGENT_CONTEXT}` },
  };
}

function renderCassandraYaml(config: ServerConfigInput, dirs: NodeDirectories): string {
  const ports = config.ports ?? {};
  const listen = config.listenAddress ?? '';
  const rpc = config.rpcAddress || listen;
  const broadcast = config.broadcastAddress ?? '';
  const values: Record<string, unknown> = {
    cluster_name: config.clusterName,
    partitioner: 'org.apache.cassandra.dht.Murmur3Partitioner',
    endpoint_snitch: config.endpointSnitch || DEFAULT_ENDPOINT_SNITCH,
    num_tokens: config.numTokens || DEFAULT_NUM_TOKENS,
  };
  if (config.initialToken) values['initial_token'] = config.initialToken.split(',').map((t) => t.trim()).join(',');
  values['auto_bootstrap'] = config.autoBootstrap === true;
  values['seed_provider'] = [{ class_name: 'org.apache.cassandra.locator.SimpleSeedProvider', parameters: [{ seeds: (config.seeds ?? []).join(',') }] }];
  values['listen_address'] = listen;
  if (broadcast) values['broadcast_address'] = broadcast;
  values['rpc_address'] = rpc;
  // A wildcard rpc_address needs an address to advertise to clients.
  if (rpc === '0.0.0.0' || rpc === '::') values['broadcast_rpc_address'] = broadcast || listen;
  values['storage_port'] = ports.storage;
  if (ports.sslStorage) values['ssl_storage_port'] = ports.sslStorage;
  values['native_transport_port'] = ports.native;
  values['start_native_transport'] = true;
  values['data_file_directories'] = [dirs.data];
  values['commitlog_directory'] = dirs.commitlog;
  values['saved_caches_directory'] = dirs.savedCaches;
  values['hints_directory'] = dirs.hints;
  values['cdc_raw_directory'] = dirs.cdcRaw;
  // Mandatory in 5.0, overridable.
  values['commitlog_sync'] = 'periodic';
  values['commitlog_sync_period'] = '10000ms';
  Object.assign(values, validateYamlOverrides(config.yamlOverrides).values);
  // Cassandra reads YAML 1.1 (SnakeYAML): strings like "yes", "on" or "0755" must be quoted.
  const doc = new Document(values, { version: '1.1' });
  doc.commentBefore = ' Generated by the cassandra-mesos executor from the node\'s task; edits are overwritten at the next start.';
  return doc.toString({ lineWidth: 0 });
}

function propertiesValue(value: string): string {
  let out = '';
  for (const ch of value) {
    const code = ch.codePointAt(0) ?? 0;
    if (ch === '\\') out += '\\\\';
    else if (ch === '\n') out += '\\n';
    else if (ch === '\r') out += '\\r';
    else if (ch === '\t') out += '\\t';
    else if (code < 0x20 || code > 0x7e) {
      // java.util.Properties reads ISO-8859-1: everything else as \uXXXX (UTF-16 units).
      for (let i = 0; i < ch.length; i++) out += `\\u${ch.charCodeAt(i).toString(16).padStart(4, '0')}`;
    } else out += ch;
  }
  return out.replace(/^ /, '\\ ');
}

/** cassandra-rackdc.properties for GossipingPropertyFileSnitch. */
export function renderRackDcProperties(dc: string, rack: string): string {
  return `# Generated by the cassandra-mesos executor.\ndc=${propertiesValue(dc)}\nrack=${propertiesValue(rack)}\n`;
}

/**
 * The Jolokia agent's properties file (passed as config=<file>; write it mode 0600), so that the
 * credentials never appear on the command line.
 */
export function renderJolokiaAgentProperties(credentials: { readonly user: string; readonly password: string }): string {
  if (credentials.user === '' || credentials.password === '') throw new CassandraConfigError([{ field: 'jolokia', code: 'MISSING_CREDENTIALS', message: 'the Jolokia user and password must not be empty' }]);
  return `user=${propertiesValue(credentials.user)}\npassword=${propertiesValue(credentials.password)}\n`;
}

/**
 * logback.xml: INFO and above to a size-capped rolling system.log in cassandra.logdir; WARN and
 * above also to stdout, which the executor captures (its tail goes into failure reports) without
 * growing an unbounded copy of system.log in the sandbox.
 */
export function renderLogbackXml(): string {
  const pattern = '%-5level [%thread] %date{ISO8601} %F:%L - %msg%n';
  return `<?xml version="1.0" encoding="UTF-8"?>
<!-- Generated by the cassandra-mesos executor. -->
<configuration scan="false" debug="false">
  <jmxConfigurator />
  <appender name="SYSTEMLOG" class="ch.qos.logback.core.rolling.RollingFileAppender">
    <file>\${cassandra.logdir}/system.log</file>
    <rollingPolicy class="ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy">
      <fileNamePattern>\${cassandra.logdir}/system.log.%d{yyyy-MM-dd}.%i.zip</fileNamePattern>
      <maxFileSize>50MB</maxFileSize>
      <maxHistory>7</maxHistory>
      <totalSizeCap>1GB</totalSizeCap>
    </rollingPolicy>
    <encoder><pattern>${pattern}</pattern></encoder>
  </appender>
  <appender name="STDOUT" class="ch.qos.logback.core.ConsoleAppender">
    <filter class="ch.qos.logback.classic.filter.ThresholdFilter"><level>WARN</level></filter>
    <encoder><pattern>${pattern}</pattern></encoder>
  </appender>
  <root level="INFO">
    <appender-ref ref="SYSTEMLOG" />
    <appender-ref ref="STDOUT" />
  </root>
</configuration>
`;
}

/** --add-exports/--add-opens and Netty flags of Cassandra 5.0's conf/jvm17-server.options. */
export const JDK17_JVM_ARGS: readonly string[] = [
  '-Djdk.attach.allowAttachSelf=true',
  ...[
    'java.base/jdk.internal.misc',
    'java.management.rmi/com.sun.jmx.remote.internal.rmi',
    'java.rmi/sun.rmi.registry',
    'java.rmi/sun.rmi.server',
    'java.sql/java.sql',
    'java.base/java.lang.ref',
    'jdk.unsupported/sun.misc',
    'jdk.compiler/com.sun.tools.javac.file',
    'jdk.attach/sun.tools.attach',
  ].map((p) => `--add-exports=${p}=ALL-UNNAMED`),
  ...[
    'java.base/java.lang.module',
    'java.base/jdk.internal.loader',
    'java.base/jdk.internal.ref',
    'java.base/jdk.internal.reflect',
    'java.base/jdk.internal.math',
    'java.base/jdk.internal.module',
    'java.base/jdk.internal.util.jar',
    'jdk.management/com.sun.management.internal',
    'java.base/sun.nio.ch',
    'java.base/java.io',
    'java.base/java.lang.reflect',
    'jdk.compiler/com.sun.tools.javac',
    'java.base/java.lang',
    'java.base/java.util',
  ].map((p) => `--add-opens=${p}=ALL-UNNAMED`),
  '-Dio.netty.tryReflectionSetAccessible=true',
  '-Dio.netty.allocator.useCacheForAllThreads=true',
  '-Dio.netty.allocator.maxOrder=11',
];

/** G1 as in jvm17-server.options; the region size is left to the JVM (it scales with the heap). */
export const G1_JVM_ARGS: readonly string[] = [
  '-XX:+UseG1GC',
  '-XX:+ParallelRefProcEnabled',
  '-XX:MaxTenuringThreshold=1',
  '-XX:G1RSetUpdatingPauseTimePercent=5',
  '-XX:MaxGCPauseMillis=300',
  '-XX:InitiatingHeapOccupancyPercent=70',
];

/**
 * Flags for the Jolokia agent's HTTP server (the JDK's com.sun.net.httpserver): without TCP_NODELAY
 * its answers wait for a delayed ACK, adding ~40 ms to most health reads (p90 45 ms → 9 ms measured
 * by packages/cassandra-jmx/bench).
 */
export const JOLOKIA_JVM_ARGS: readonly string[] = ['-Dsun.net.httpserver.nodelay=true'];

/** Escapes a -javaagent option value (`,` `=` `\` are separators in Jolokia's agent options). */
export function escapeAgentOption(value: string): string {
  return value.replace(/[\\,=]/g, (c) => `\\${c}`);
}

function jolokiaAgentArg(jar: string, host: string, port: number, configFile: string, threads: number): string {
  const options: Array<[string, string]> = [
    ['host', host],
    ['port', String(port)],
    ['config', configFile],
    ['executor', 'fixed'],
    ['threadNr', String(threads)],
    ['discoveryEnabled', 'false'],
  ];
  return `-javaagent:${jar}=${options.map(([k, v]) => `${k}=${escapeAgentOption(v)}`).join(',')}`;
}

function renderJvmArgs(input: RenderServerInput, heapMb: number, dirs: NodeDirectories, jolokiaBind: string): string[] {
  const { config, layout, runtime } = input;
  const ports = config.ports ?? {};
  const args = [
    `-Xms${heapMb}m`,
    `-Xmx${heapMb}m`,
    '-Xss256k',
    ...G1_JVM_ARGS,
    '-XX:+UseThreadPriorities',
    '-XX:+ExitOnOutOfMemoryError',
    '-XX:+UseTLAB',
    '-XX:+ResizeTLAB',
    '-XX:+PerfDisableSharedMem',
    '-ea',
    '-da:net.openhft...',
    '-Djava.net.preferIPv4Stack=true',
    `-Xlog:gc=info,heap*=info,age*=info,safepoint=info,promotion*=info:file=${joinPath(layout.logDir, 'gc.log')}:time,uptime,pid,tid,level:filecount=10,filesize=10485760`,
    ...JDK17_JVM_ARGS,
    `-javaagent:${runtime.jammJar}`,
    ...JOLOKIA_JVM_ARGS,
    jolokiaAgentArg(runtime.jolokiaAgentJar, jolokiaBind, ports.jolokia ?? 0, layout.jolokiaConfigFile, input.jolokiaThreads ?? 4),
    `-Dcassandra.config=${fileUrl(joinPath(layout.confDir, 'cassandra.yaml'))}`,
    `-Dcassandra-rackdc.properties=${fileUrl(joinPath(layout.confDir, 'cassandra-rackdc.properties'))}`,
    `-Dlogback.configurationFile=${joinPath(layout.confDir, 'logback.xml')}`,
    `-Dcassandra.logdir=${layout.logDir}`,
    `-Dcassandra.storagedir=${dirs.root}`,
    '-Dcassandra-foreground=yes',
    `-Djava.io.tmpdir=${layout.tmpDir}`,
    `-Djna.tmpdir=${layout.tmpDir}`,
  ];
  if (ports.jmx) args.push(`-Dcassandra.jmx.local.port=${ports.jmx}`);
  if (input.availableProcessors !== undefined) args.push(`-Dcassandra.available_processors=${Math.max(1, Math.ceil(input.availableProcessors))}`);
  if (config.replaceAddress) args.push(`-Dcassandra.replace_address_first_boot=${config.replaceAddress}`);
  args.push('-cp', `${layout.confDir}:${joinPath(runtime.cassandraLibDir, '*')}`, CASSANDRA_MAIN_CLASS);
  return args;
}
