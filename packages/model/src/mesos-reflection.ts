// Reflection over the Mesos v1 protos, built from the generated descriptor. Used where static code is
// not enough: Mesos's JSON mapping depends on each field's declared default and deprecation.
import * as protobuf from 'protobufjs/light';
import descriptor from './gen/mesos.descriptor';

let root: protobuf.Root | undefined;

export function mesosReflectionRoot(): protobuf.Root {
  if (!root) {
    root = protobuf.Root.fromJSON(descriptor);
    root.resolveAll();
  }
  return root;
}

/** The reflected type of a fully qualified Mesos message name, e.g. "mesos.v1.scheduler.Call". */
export function mesosType(fullName: string): protobuf.Type {
  return mesosReflectionRoot().lookupType(fullName);
}
