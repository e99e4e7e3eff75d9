// The gRPC service definitions the server and the pause client use, built from the JSON descriptors in
// gen/descriptors.ts (rendered from proto/cassy and the standard health/reflection protos). Nothing
// is read from disk: the scheduler ships as one bundle without proto files beside it.
import type { ServiceDefinition } from '@grpc/grpc-js';
import { fromJSON, type Options, type PackageDefinition } from '@grpc/proto-loader';
import { withProtocDescriptors } from './descriptor-fixes';
import { ADMIN_PROTO, CASSY_PROTO, HEALTH_PROTO, REFLECTION_V1ALPHA_PROTO, REFLECTION_V1_PROTO, type ProtoJson } from './gen/descriptors';

/**
 * How messages look in handlers: proto field names (snake_case, as Cassy and grpcurl spell them),
 * 64-bit integers as JS numbers (times in ms stay far below 2^53), enums by name, absent fields as
 * their defaults ('' / 0 / false / []), so "not given" and "empty" read the same, as in proto3.
 */
const MESSAGE_OPTIONS: Options = { keepCase: true, longs: Number, enums: String, defaults: true, oneofs: true };

/**
 * What @grpc/reflection's request handler expects: camelCase fields, the oneof by name, bytes as
 * arrays. Only the field names in the JSON change; the wire format is the same.
 */
const REFLECTION_OPTIONS: Options = { longs: String, enums: String, bytes: Array, defaults: true, oneofs: true };

export const CASSY_SERVICE_NAME = 'rpc.Cassy';
export const HEALTH_SERVICE_NAME = 'grpc.health.v1.Health';
export const REFLECTION_SERVICE_NAMES = ['grpc.reflection.v1.ServerReflection', 'grpc.reflection.v1alpha.ServerReflection'] as const;
export const ADMIN_SERVICE_NAME = 'rpc.Admin';

export interface GrpcDefinitions {
  readonly cassy: ServiceDefinition;
  readonly health: ServiceDefinition;
  readonly admin: ServiceDefinition;
  /** Served under both reflection versions (their messages are identical). */
  readonly reflection: ReadonlyArray<{ readonly name: string; readonly service: ServiceDefinition }>;
  /** What reflection describes: the services this server offers, with the proto names clients see. */
  readonly described: PackageDefinition;
}

let cached: GrpcDefinitions | undefined;

/** Built on first use (a few ms), so importing this module costs nothing. */
export function grpcDefinitions(): GrpcDefinitions {
  cached ??= buildDefinitions();
  return cached;
}

function buildDefinitions(): GrpcDefinitions {
  const cassy = fromJSON(CASSY_PROTO, MESSAGE_OPTIONS);
  const health = fromJSON(HEALTH_PROTO, MESSAGE_OPTIONS);
  const admin = fromJSON(ADMIN_PROTO, MESSAGE_OPTIONS);
  const reflectionV1 = fromJSON(REFLECTION_V1_PROTO, MESSAGE_OPTIONS);
  const reflectionV1alpha = fromJSON(REFLECTION_V1ALPHA_PROTO, MESSAGE_OPTIONS);
  const [v1Name, v1alphaName] = REFLECTION_SERVICE_NAMES;
  return {
    cassy: serviceOf(cassy, CASSY_SERVICE_NAME),
    health: serviceOf(health, HEALTH_SERVICE_NAME),
    admin: serviceOf(admin, ADMIN_SERVICE_NAME),
    reflection: [
      { name: v1Name, service: serviceOf(fromJSON(camelCaseFields(REFLECTION_V1_PROTO), REFLECTION_OPTIONS), v1Name) },
      { name: v1alphaName, service: serviceOf(fromJSON(camelCaseFields(REFLECTION_V1ALPHA_PROTO), REFLECTION_OPTIONS), v1alphaName) },
    ],
    described: withProtocDescriptors({ ...cassy, ...health, ...reflectionV1, ...reflectionV1alpha }),
  };
}

function serviceOf(pkg: PackageDefinition, name: string): ServiceDefinition {
  const found = pkg[name];
  const isService = found !== undefined && !('format' in found) && Object.values(found).every((m) => typeof m === 'object' && m !== null && 'path' in m);
  if (!isService) throw new Error(`the gRPC descriptors have no service ${name}; regenerate them with node scripts/grpc/render-descriptors.cjs`);
  return found;
}

/** protobufjs's camelCase (what parsing with keepCase=false does to field and oneof names). */
function camelCase(name: string): string {
  return name.slice(0, 1) + name.slice(1).replace(/_([a-z])(?=[a-z]|$)/g, (_m: string, c: string) => c.toUpperCase());
}

type JsonObject = { [key: string]: unknown };

function isObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function renameKeys(object: JsonObject, rename: (key: string) => string): JsonObject {
  return Object.fromEntries(Object.entries(object).map(([k, v]) => [rename(k), v]));
}

/** A copy of a JSON namespace whose message fields and oneofs have camelCase names. */
export function camelCaseFields(json: ProtoJson): ProtoJson {
  const walk = (node: unknown): unknown => {
    if (!isObject(node)) return node;
    const copy: JsonObject = { ...node };
    if (isObject(copy.fields)) copy.fields = renameKeys(copy.fields, camelCase);
    if (isObject(copy.oneofs)) {
      const oneofs = renameKeys(copy.oneofs, camelCase);
      copy.oneofs = Object.fromEntries(
        Object.entries(oneofs).map(([k, v]) => [k, isObject(v) && Array.isArray(v.oneof) ? { ...v, oneof: v.oneof.map((f) => camelCase(String(f))) } : v]),
      );
    }
    if (isObject(copy.nested)) copy.nested = Object.fromEntries(Object.entries(copy.nested).map(([k, v]) => [k, walk(v)]));
    return copy;
  };
  return walk(json) as ProtoJson;
}
