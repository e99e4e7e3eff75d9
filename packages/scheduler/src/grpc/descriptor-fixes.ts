// The file descriptors server reflection hands out are built by protobufjs, which writes them
// differently from protoc in two ways that clients notice:
//   - no json_name: grpcurl then prints {"cluster_id": ...} where against Cassy (protoc descriptors)
//     it prints {"clusterId": ...}, so scripts written against Cassy's output would break;
//   - a map field's entry message is named after the field ("Statuses"), not "StatusesEntry", which
//     Go's protobuf runtime refuses ("incorrect implicit map entry name"), so grpcurl cannot call
//     grpc.health.v1.Health at all.
// We rewrite each descriptor as protoc would have written it. Wire format and names are unchanged.
import type { AnyDefinition, PackageDefinition } from '@grpc/proto-loader';
import { FileDescriptorProto, type IDescriptorProto, type IFileDescriptorProto } from 'protobufjs/ext/descriptor';

/** protoc's json_name: underscores dropped, the letter after each one upper-cased ("target_ips" → "targetIps"). */
export function protocJsonName(name: string): string {
  return name.replace(/_+([a-zA-Z0-9]?)/g, (_m: string, next: string) => next.toUpperCase());
}

/** protoc's map entry name: "statuses" → "StatusesEntry", "key_to_value" → "KeyToValueEntry". */
function mapEntryName(fieldName: string): string {
  const camel = protocJsonName(fieldName);
  return `${camel.charAt(0).toUpperCase()}${camel.slice(1)}Entry`;
}

function fixMessage(message: IDescriptorProto, scope: string): void {
  const fullName = `${scope}.${message.name ?? ''}`;
  for (const field of message.field ?? []) {
    if (field.name) field.jsonName = protocJsonName(field.name);
  }
  for (const nested of message.nestedType ?? []) {
    if (nested.options?.mapEntry) {
      const field = (message.field ?? []).find((f) => f.typeName === nested.name || f.typeName === `${fullName}.${nested.name ?? ''}`);
      if (field?.name) {
        nested.name = mapEntryName(field.name);
        field.typeName = `${fullName}.${nested.name}`;
      }
    }
    fixMessage(nested, fullName);
  }
}

function fixFile(bytes: Uint8Array): Buffer {
  const file = FileDescriptorProto.decode(bytes) as unknown as IFileDescriptorProto;
  const scope = file.package ? `.${file.package}` : '';
  for (const message of file.messageType ?? []) fixMessage(message, scope);
  return Buffer.from(FileDescriptorProto.encode(file).finish());
}

/** A copy of `pkg` whose file descriptors read as protoc would have written them. */
export function withProtocDescriptors(pkg: PackageDefinition): PackageDefinition {
  const fixed = new Map<Buffer, Buffer>();
  const fix = (bytes: Buffer): Buffer => {
    let done = fixed.get(bytes);
    if (!done) {
      done = fixFile(bytes);
      fixed.set(bytes, done);
    }
    return done;
  };
  const result: PackageDefinition = {};
  for (const [name, definition] of Object.entries(pkg)) {
    // Services carry no descriptors of their own; messages and enums carry their file's.
    const files = (definition as { fileDescriptorProtos?: unknown }).fileDescriptorProtos;
    result[name] = Array.isArray(files) ? ({ ...definition, fileDescriptorProtos: (files as Buffer[]).map(fix) } as AnyDefinition) : definition;
  }
  return result;
}
