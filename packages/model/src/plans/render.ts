// The JSON a plan is served as: the DC/OS (dcos-commons) shape
//   { phases: [{ id, name, steps: [{ id, status, name, message }], status }], errors: [string], status }
// so DC/OS tooling (CLI, sdk_plan-style waiters, Marathon readiness checks) reads it unchanged.
// DC/OS ids are random UUIDs; ours are derived from the names, so they are the same after a scheduler
// restart and on every standby, which random ids of a derived plan could never be.
import type { Phase, Plan, Status, Step } from './types';

export interface RenderedStep {
  id: string;
  status: Status;
  name: string;
  message: string;
}

export interface RenderedPhase {
  id: string;
  name: string;
  steps: RenderedStep[];
  status: Status;
}

export interface RenderedPlan {
  phases: RenderedPhase[];
  errors: string[];
  status: Status;
}

export function renderPlan(plan: Plan): RenderedPlan {
  return {
    phases: plan.phases.map((phase) => ({
      id: phaseId(plan.name, phase.name),
      name: phase.name,
      steps: phase.steps.map((step) => ({
        id: stepId(plan.name, phase.name, step.name),
        status: step.status,
        name: step.name,
        message: step.message,
      })),
      status: phase.status,
    })),
    errors: [...plan.errors],
    status: plan.status,
  };
}

export function phaseId(planName: string, phaseName: string): string {
  return nameBasedUuid(['phase', planName, phaseName]);
}

export function stepId(planName: string, phaseName: string, stepName: string): string {
  return nameBasedUuid(['step', planName, phaseName, stepName]);
}

export type StepResolution = { phase: Phase; step: Step } | { error: string };

/**
 * Finds a step by id or name, optionally within a phase given by id or name (DC/OS clients send the
 * phase and step ids they read from the plan; people type names). The error says what exists instead.
 */
export function resolveStep(plan: Plan, phaseRef: string | undefined, stepRef: string): StepResolution {
  let phases = plan.phases;
  if (phaseRef !== undefined && phaseRef !== '') {
    const phase = plan.phases.find((p) => p.name === phaseRef || phaseId(plan.name, p.name) === phaseRef);
    if (phase === undefined) {
      const names = plan.phases.map((p) => p.name).join(', ') || '(none)';
      return { error: `plan '${plan.name}' has no phase '${phaseRef}'; its phases are: ${names}` };
    }
    phases = [phase];
  }
  for (const phase of phases) {
    const step = phase.steps.find(
      (s) => s.name === stepRef || stepId(plan.name, phase.name, s.name) === stepRef,
    );
    if (step !== undefined) return { phase, step };
  }
  const where =
    phases.length === 1 && phases[0] !== undefined ? `phase '${phases[0].name}'` : `plan '${plan.name}'`;
  const names = phases.flatMap((p) => p.steps.map((s) => s.name)).join(', ') || '(none)';
  return { error: `${where} has no step '${stepRef}'; its steps are: ${names}` };
}

/**
 * A UUID-shaped id (RFC 9562 version 8, "custom") computed from names: four differently seeded FNV-1a
 * hashes with a murmur3 finaliser. Stable and well spread; not a security property.
 */
export function nameBasedUuid(parts: readonly string[]): string {
  const text = parts.join('\u0000');
  const words = [0x811c9dc5, 0x050c5d1f, 0x2f2bf5a5, 0x6b43a9b5].map((seed) => hash32(text, seed));
  const hex = words.map((w) => w.toString(16).padStart(8, '0')).join('');
  const version = `8${hex.slice(13, 16)}`;
  const variant = ((parseInt(hex.slice(16, 17), 16) & 0x3) | 0x8).toString(16) + hex.slice(17, 20);
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${version}-${variant}-${hex.slice(20, 32)}`;
}

function hash32(text: string, seed: number): number {
  let h = seed >>> 0;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
