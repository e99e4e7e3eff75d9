// Suppress offers when nothing needs them (a quiet framework in a busy Mesos cluster), revive as soon
// as something does. Reviving also clears the decline filters, so long refusals are safe.
import { nodeWantsOffer } from './advance';
import type { NodeRecord } from './types';
import type { Working } from './working';

export function reviveOrSuppress(w: Working, pending: boolean): void {
  if (!w.volatile.subscribed) return;
  if (pending && w.volatile.suppressed) {
    w.volatile.suppressed = false;
    w.emit({ type: 'revive', reason: 'nodes need offers again' });
  } else if (!pending && !w.volatile.suppressed) {
    w.volatile.suppressed = true;
    w.emit({ type: 'suppress', reason: 'no node needs offers' });
  }
}

/** After one node changed (a crash, an operator command): revive right away if it now needs an offer. */
export function reviveFor(w: Working, node: NodeRecord | undefined, why: string): void {
  if (!node || !w.volatile.subscribed || !w.volatile.suppressed || !nodeWantsOffer(node)) return;
  w.volatile.suppressed = false;
  w.emit({ type: 'revive', reason: `${node.nodeId} needs an offer: ${why}` });
}
