import type { INamespace } from 'protobufjs';
declare const descriptor: INamespace;
export = descriptor;
