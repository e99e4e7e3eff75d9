export { CassandraConfigError } from './problems';
export type { ConfigProblem } from './problems';
export { FRAMEWORK_OWNED_YAML_KEYS, OVERRIDABLE_YAML_KEYS, RENAMED_YAML_KEYS } from './yaml-keys';
export type { YamlValueKind } from './yaml-keys';
export { validateYamlOverrides } from './overrides';
export type { ValidatedOverrides } from './overrides';
export { MAX_DERIVED_HEAP_MB, MIN_HEAP_MB, minOffHeapMb, resolveHeapMb } from './heap';
export type { HeapFields, HeapResult } from './heap';
export {
  CASSANDRA_MAIN_CLASS,
  DEFAULT_ENDPOINT_SNITCH,
  DEFAULT_NUM_TOKENS,
  G1_JVM_ARGS,
  JDK17_JVM_ARGS,
  JOLOKIA_AGENT_CONTEXT,
  JOLOKIA_JVM_ARGS,
  escapeAgentOption,
  nodeDirectories,
  renderJolokiaAgentProperties,
  renderLogbackXml,
  renderRackDcProperties,
  renderServer,
  validateServerConfig,
} from './render';
export type { NodeDirectories, RenderServerInput, RenderedServer, ServerConfigInput, ServerLayout, ServerRuntime } from './render';
export { MURMUR3_MAX_TOKEN, MURMUR3_MIN_TOKEN, canonicalToken, murmur3TokenProblem, sameTokenSet, tokenSetKey } from './tokens';
