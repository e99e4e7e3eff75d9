// Outstanding offers: resources set aside for one framework role on one agent until accepted,
// declined, rescinded or discarded.
import type { TimerHandle } from './clock';
import type { Resources } from './resources';

export interface OfferRecord {
  id: string;
  frameworkId: string;
  agentId: string;
  role: string;
  resources: Resources;
  timer: TimerHandle | undefined;
}

export class OfferBook {
  private readonly offers = new Map<string, OfferRecord>();

  add(offer: OfferRecord): void {
    this.offers.set(offer.id, offer);
  }

  get(id: string): OfferRecord | undefined {
    return this.offers.get(id);
  }

  /** Removes the offer (its resources become unallocated again). */
  take(id: string): OfferRecord | undefined {
    const offer = this.offers.get(id);
    if (!offer) return undefined;
    offer.timer?.cancel();
    this.offers.delete(id);
    return offer;
  }

  all(): OfferRecord[] {
    return [...this.offers.values()];
  }

  ofFramework(frameworkId: string): OfferRecord[] {
    return this.all().filter((o) => o.frameworkId === frameworkId);
  }

  onAgent(agentId: string): OfferRecord[] {
    return this.all().filter((o) => o.agentId === agentId);
  }

  clear(): void {
    for (const o of this.offers.values()) o.timer?.cancel();
    this.offers.clear();
  }
}
