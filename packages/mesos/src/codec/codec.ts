// The two encodings Mesos speaks on its v1 APIs, behind one interface. Content types are compared by
// exact string equality by Mesos: never add parameters such as "; charset=utf-8".
import { mesosType } from '@cassandra-mesos/model';
import type * as protobuf from 'protobufjs/light';
import { MesosJsonError, fromMesosJson, toMesosJson } from './mesos-json';

export const CONTENT_TYPE_JSON = 'application/json';
export const CONTENT_TYPE_PROTOBUF = 'application/x-protobuf';
export type MesosContentType = typeof CONTENT_TYPE_JSON | typeof CONTENT_TYPE_PROTOBUF;

/** The part of a generated Mesos message class the codecs use. */
export interface MesosMessageClass<T> {
  // NoInfer: T is the decoded class (e.g. Call), not the looser properties type encode() accepts.
  encode(message: NoInfer<T>): { finish(): Uint8Array };
  decode(bytes: Uint8Array): T;
  fromObject(object: { [k: string]: unknown }): T;
  getTypeUrl(prefix?: string): string;
}

export interface Codec {
  readonly contentType: MesosContentType;
  encode<T>(cls: MesosMessageClass<T>, message: T): Uint8Array;
  /** Throws CodecError naming the message type when the bytes are not a valid message. */
  decode<T>(cls: MesosMessageClass<T>, bytes: Uint8Array): T;
}

export class CodecError extends Error {
  readonly code = 'MESOS_CODEC_ERROR';
  constructor(message: string) {
    super(message);
    this.name = 'CodecError';
  }
}

const typeCache = new WeakMap<object, protobuf.Type>();
function reflected(cls: MesosMessageClass<unknown>): protobuf.Type {
  let t = typeCache.get(cls);
  if (!t) {
    t = mesosType(cls.getTypeUrl('').replace(/^\//, ''));
    typeCache.set(cls, t);
  }
  return t;
}

function shortName(cls: MesosMessageClass<unknown>): string {
  return reflected(cls).name;
}

function requiredMissing(type: protobuf.Type, message: object): string | null {
  // protobufjs decode() already throws for missing required fields of proto2 messages; verify()
  // reports them for messages built in code.
  return type.verify(message);
}

export const protobufCodec: Codec = {
  contentType: CONTENT_TYPE_PROTOBUF,
  encode(cls, message) {
    return cls.encode(message).finish();
  },
  decode(cls, bytes) {
    try {
      return cls.decode(bytes);
    } catch (err) {
      throw new CodecError(`Failed to parse body into ${shortName(cls)} protobuf: ${(err as Error).message}`);
    }
  },
};

export const jsonCodec: Codec = {
  contentType: CONTENT_TYPE_JSON,
  encode(cls, message) {
    return Buffer.from(JSON.stringify(toMesosJson(reflected(cls), message as object)), 'utf8');
  },
  decode(cls, bytes) {
    let json: unknown;
    try {
      json = JSON.parse(Buffer.from(bytes).toString('utf8'));
    } catch (err) {
      throw new CodecError(`Failed to parse body into JSON: ${(err as Error).message}`);
    }
    try {
      const plain = fromMesosJson(reflected(cls), json);
      const message = cls.fromObject(plain);
      const problem = requiredMissing(reflected(cls), message as object);
      if (problem) throw new MesosJsonError(problem);
      return message;
    } catch (err) {
      throw new CodecError(`Failed to convert JSON into ${shortName(cls)} protobuf: ${(err as Error).message}`);
    }
  },
};

export function codecFor(contentType: string | undefined | null): Codec | undefined {
  if (contentType === CONTENT_TYPE_JSON) return jsonCodec;
  if (contentType === CONTENT_TYPE_PROTOBUF) return protobufCodec;
  return undefined;
}
