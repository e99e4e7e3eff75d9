// The accepted target configuration in the form the rules use: every field present, durations in ms.
// Cached per config object, since the target changes rarely and decide() runs often.
import { cassandra_mesos } from '../gen/cassandra_mesos';
import { normalizeFrameworkConfig, type CompleteFrameworkConfig } from '../framework-config/fields';
import { parseRepairWindow, type RepairWindow } from '../framework-config/repair-window';
import { parsePlacementConstraints } from '../offers/constraint-parse';
import type { PlacementConstraint } from '../offers/types';
import type { FrameworkConfigInput } from './types';

export interface TargetView {
  readonly id: string;
  readonly config: CompleteFrameworkConfig;
  readonly frameworkName: string;
  readonly nodeCount: number;
  readonly seedCount: number;
  readonly bootstrapGraceMs: number;
  readonly replaceTimeoutMs: number;
  readonly persistentVolumes: boolean;
  /** Parsed from the config (validated when the config was accepted). */
  readonly placementConstraints: readonly PlacementConstraint[];
  /** When the scheduler starts a repair by itself: intervalMs 0 = never; window undefined = any time of day. */
  readonly repairSchedule: { readonly intervalMs: number; readonly window: RepairWindow | undefined };
}

const DAY_MS = 86_400_000;

const cache = new WeakMap<FrameworkConfigInput, TargetView>();

export function normalizeTarget(id: string, input: FrameworkConfigInput): TargetView {
  const cached = cache.get(input);
  if (cached?.id === id) return cached;
  const config = normalizeFrameworkConfig(input);
  const view: TargetView = {
    id,
    config,
    frameworkName: config.frameworkName,
    nodeCount: config.nodeCount,
    seedCount: Math.min(config.seedCount, config.nodeCount),
    bootstrapGraceMs: config.bootstrapGraceSeconds * 1000,
    replaceTimeoutMs: config.replaceTimeoutSeconds * 1000,
    persistentVolumes: config.dataVolumeMode !== cassandra_mesos.v1.DataVolumeMode.SANDBOX,
    placementConstraints: parsePlacementConstraints(config.placementConstraints).constraints,
    repairSchedule: { intervalMs: config.repairIntervalDays * DAY_MS, window: parseRepairWindow(config.repairWindow).window },
  };
  cache.set(input, view);
  return view;
}
