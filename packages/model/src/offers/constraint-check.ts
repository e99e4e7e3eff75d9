// Checking placement constraints against an offer, Marathon semantics:
//   UNIQUE          no other node has the same value
//   CLUSTER v       the value is v; without v, the value all other nodes have
//   LIKE re         the whole value matches re       UNLIKE re   it does not (a missing attribute passes)
//   MAX_PER n       fewer than n other nodes have the value
//   GROUP_BY [n]    spread evenly: the value's node count is the smallest of the values in use; with n,
//                   a new value is required until n values are in use
// A missing attribute fails every operator but UNLIKE.
import { mesos } from '../gen/mesos';
import { formatConstraint, wholeValuePattern } from './constraint-parse';
import { formatRanges, rangesOf } from './quantities';
import type { MesosOffer, PlacedNode, PlacementConstraint } from './types';

/** What constraints look at: a candidate agent or the agent of a placed node. */
export interface ConstraintSubject {
  hostname: string;
  attributes: Readonly<Record<string, string>>;
  region?: string;
  zone?: string;
}

export interface ConstraintResult {
  met: boolean;
  reason: string;
}

/**
 * An offer's attributes as strings: TEXT as is, SCALAR as its number, RANGES as "[a-b,c]", SET as
 * "{x,y}". The core can store this map with a node so later placements can count by attribute.
 */
export function offerAttributes(offer: MesosOffer): Record<string, string> {
  const Type = mesos.v1.Value.Type;
  const out: Record<string, string> = {};
  for (const a of offer.attributes ?? []) {
    switch (a.type) {
      case Type.TEXT:
        out[a.name] = a.text?.value ?? '';
        break;
      case Type.SCALAR:
        out[a.name] = String(Number(a.scalar?.value ?? 0));
        break;
      case Type.RANGES:
        out[a.name] = `[${formatRanges(rangesOf(a.ranges)).replace(/ /g, '')}]`;
        break;
      case Type.SET:
        out[a.name] = `{${(a.set?.item ?? []).join(',')}}`;
        break;
    }
  }
  return out;
}

export function offerSubject(offer: MesosOffer): ConstraintSubject {
  const subject: ConstraintSubject = { hostname: offer.hostname, attributes: offerAttributes(offer) };
  const region = offer.domain?.fault_domain?.region?.name;
  const zone = offer.domain?.fault_domain?.zone?.name;
  if (region) subject.region = region;
  if (zone) subject.zone = zone;
  return subject;
}

export function constraintValue(subject: ConstraintSubject, field: string): string | undefined {
  if (field === 'hostname' || field === '@hostname') return subject.hostname;
  if (field === '@region') return subject.region;
  if (field === '@zone') return subject.zone;
  return subject.attributes[field];
}

function fieldLabel(field: string): string {
  return field === 'hostname' || field === '@hostname' ? 'hostname' : field.startsWith('@') ? field.slice(1) : `attribute ${field}`;
}

function countByValue(placed: readonly PlacedNode[], field: string): Map<string, PlacedNode[]> {
  const out = new Map<string, PlacedNode[]>();
  for (const node of placed) {
    const v = constraintValue(node, field);
    if (v === undefined) continue;
    out.set(v, [...(out.get(v) ?? []), node]);
  }
  return out;
}

function nodeList(nodes: readonly PlacedNode[]): string {
  return nodes.map((n) => n.nodeId).join(', ');
}

function checkGroupBy(label: string, value: string, groups: Map<string, PlacedNode[]>, minGroups: number | undefined): ConstraintResult {
  const mine = groups.get(value)?.length ?? 0;
  if (minGroups !== undefined && groups.size < minGroups && mine > 0) {
    return { met: false, reason: `${label} '${value}' already has ${mine} node(s) while only ${groups.size} of at least ${minGroups} values are in use: a new value comes first` };
  }
  const smallest = groups.size === 0 ? 0 : Math.min(...[...groups.values()].map((g) => g.length));
  if (mine > smallest) {
    return { met: false, reason: `${label} '${value}' has ${mine} node(s), more than the emptiest value in use (${smallest}): nodes are spread evenly` };
  }
  return { met: true, reason: `${label} '${value}' has ${mine} node(s), the fewest of the values in use` };
}

/** Checks one constraint for `candidate` given where the other nodes are. */
export function checkConstraint(c: PlacementConstraint, candidate: ConstraintSubject, placed: readonly PlacedNode[]): ConstraintResult {
  const [field, operator, rawValue] = c;
  const label = fieldLabel(field);
  const value = constraintValue(candidate, field);
  const written = formatConstraint(c);
  if (value === undefined) {
    if (operator === 'UNLIKE') return { met: true, reason: `${written}: agent has no ${label}, so it cannot match` };
    return { met: false, reason: `${written}: agent has no ${label}` };
  }
  const groups = countByValue(placed, field);
  const same = groups.get(value) ?? [];
  const result = ((): ConstraintResult => {
    switch (operator) {
      case 'UNIQUE':
        return same.length === 0 ? { met: true, reason: `no other node has ${label} '${value}'` } : { met: false, reason: `${label} '${value}' is already used by ${nodeList(same)}` };
      case 'CLUSTER': {
        const wanted = rawValue ?? [...groups.keys()][0];
        if (wanted === undefined) return { met: true, reason: `first node: the cluster follows ${label} '${value}'` };
        return value === wanted ? { met: true, reason: `${label} is '${value}' as required` } : { met: false, reason: `${label} is '${value}', nodes must run where it is '${wanted}'` };
      }
      case 'LIKE':
      case 'UNLIKE': {
        const pattern = wholeValuePattern(rawValue ?? '');
        if (typeof pattern === 'string') return { met: false, reason: `invalid regular expression /${rawValue ?? ''}/: ${pattern}` };
        const matches = pattern.test(value);
        if (operator === 'LIKE') return matches ? { met: true, reason: `${label} '${value}' matches /${rawValue}/` } : { met: false, reason: `${label} '${value}' does not match /${rawValue}/` };
        return matches ? { met: false, reason: `${label} '${value}' matches /${rawValue}/, which UNLIKE excludes` } : { met: true, reason: `${label} '${value}' does not match /${rawValue}/` };
      }
      case 'MAX_PER': {
        const max = Number(rawValue);
        if (!Number.isInteger(max) || max < 1) return { met: false, reason: `MAX_PER needs a positive whole number, got '${rawValue ?? ''}'` };
        return same.length < max
          ? { met: true, reason: `${same.length} other node(s) have ${label} '${value}', fewer than ${max}` }
          : { met: false, reason: `${same.length} node(s) already have ${label} '${value}' (${nodeList(same)}), at most ${max} allowed` };
      }
      case 'GROUP_BY': {
        const minGroups = rawValue === undefined ? undefined : Number(rawValue);
        if (minGroups !== undefined && (!Number.isInteger(minGroups) || minGroups < 1)) return { met: false, reason: `GROUP_BY takes a positive whole number, got '${rawValue ?? ''}'` };
        return checkGroupBy(label, value, groups, minGroups);
      }
    }
  })();
  return { met: result.met, reason: `${written}: ${result.reason}` };
}
