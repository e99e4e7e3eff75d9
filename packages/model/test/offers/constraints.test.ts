import { checkConstraint, formatConstraint, offerAttributes, parsePlacementConstraints, validatePlacementConstraint, type PlacedNode, type PlacementConstraint } from '../../src/offers';
import type { ConstraintSubject } from '../../src/offers/constraint-check';
import { mesos } from '../../src/gen/mesos';
import { offer } from './support/fixtures';

describe('parsePlacementConstraints', () => {
  it('parses the JSON form, values as strings (numbers accepted)', () => {
    const parsed = parsePlacementConstraints('[["hostname","UNIQUE"],["rack_id","LIKE","rack-[12]"],["zone","MAX_PER",2],["zone","GROUP_BY"],["dc","CLUSTER","dc1"]]');
    expect(parsed.problems).toEqual([]);
    expect(parsed.constraints).toEqual([
      ['hostname', 'UNIQUE'],
      ['rack_id', 'LIKE', 'rack-[12]'],
      ['zone', 'MAX_PER', '2'],
      ['zone', 'GROUP_BY'],
      ['dc', 'CLUSTER', 'dc1'],
    ]);
  });

  it('blank text means no constraints', () => {
    expect(parsePlacementConstraints('  ')).toEqual({ constraints: [], problems: [] });
  });

  it.each([
    ['not JSON', '[["hostname","UNIQUE"]', 'placement_constraints', 'CONSTRAINT_INVALID_JSON', /not valid JSON .*write a list such as \[\["hostname","UNIQUE"\]/],
    ['not a list', '{"hostname":"UNIQUE"}', 'placement_constraints', 'CONSTRAINT_NOT_A_LIST', /must be a JSON list of constraints/],
    ['a bare string', '["hostname:UNIQUE"]', 'placement_constraints[0]', 'CONSTRAINT_INVALID_SHAPE', /"hostname:UNIQUE": a constraint is a list of 2 or 3 strings/],
    ['too long', '[["a","LIKE","b","c"]]', 'placement_constraints[0]', 'CONSTRAINT_INVALID_SHAPE', /list of 2 or 3 strings/],
    ['empty field', '[["","UNIQUE"]]', 'placement_constraints[0]', 'CONSTRAINT_EMPTY_FIELD', /first element.*"hostname", "@region", "@zone" or an agent attribute name/],
    ['lower-case operator', '[["hostname","unique"]]', 'placement_constraints[0]', 'CONSTRAINT_UNKNOWN_OPERATOR', /unknown operator "unique".*did you mean UNIQUE\?/],
    ['unknown operator', '[["hostname","IS"]]', 'placement_constraints[0]', 'CONSTRAINT_UNKNOWN_OPERATOR', /unknown operator "IS"; use one of UNIQUE, CLUSTER, LIKE, UNLIKE, MAX_PER, GROUP_BY$/],
    ['UNIQUE with a value', '[["hostname","UNIQUE","x"]]', 'placement_constraints[0]', 'CONSTRAINT_UNEXPECTED_VALUE', /UNIQUE takes no value/],
    ['LIKE without regex', '[["rack_id","LIKE"]]', 'placement_constraints[0]', 'CONSTRAINT_MISSING_VALUE', /LIKE needs a regular expression as third element, e\.g\. \["rack_id","LIKE","rack-\[12\]"\]/],
    ['bad regex', '[["ok","UNIQUE"],["rack_id","UNLIKE","rack-[12"]]', 'placement_constraints[1]', 'CONSTRAINT_INVALID_REGEX', /UNLIKE value \/rack-\[12\/ is not a valid regular expression/],
    ['MAX_PER not a number', '[["zone","MAX_PER","two"]]', 'placement_constraints[0]', 'CONSTRAINT_INVALID_NUMBER', /MAX_PER needs a positive whole number.*got "two"/],
    ['MAX_PER zero', '[["zone","MAX_PER","0"]]', 'placement_constraints[0]', 'CONSTRAINT_INVALID_NUMBER', /positive whole number/],
    ['GROUP_BY not a number', '[["zone","GROUP_BY","-1"]]', 'placement_constraints[0]', 'CONSTRAINT_INVALID_NUMBER', /GROUP_BY takes an optional positive whole number/],
    ['value not a string', '[["zone","CLUSTER",true]]', 'placement_constraints[0]', 'CONSTRAINT_INVALID_VALUE', /third element\) must be a string/],
  ])('%s is rejected with a specific problem', (_name, text, field, code, message) => {
    const parsed = parsePlacementConstraints(text);
    expect(parsed.constraints).toEqual([]);
    expect(parsed.problems).toHaveLength(1);
    expect(parsed.problems[0]).toMatchObject({ field, code });
    expect(parsed.problems[0]?.message).toMatch(message);
  });

  it('reports every bad constraint, under the caller\'s field name', () => {
    const parsed = parsePlacementConstraints('[["a","NOPE"],["b","UNIQUE"],["c","MAX_PER"]]', 'CASSANDRA_MESOS_PLACEMENT');
    expect(parsed.problems.map((p) => p.field)).toEqual(['CASSANDRA_MESOS_PLACEMENT[0]', 'CASSANDRA_MESOS_PLACEMENT[2]']);
  });

  it('validatePlacementConstraint checks one constraint', () => {
    expect(validatePlacementConstraint(['hostname', 'UNIQUE'], 'c')).toEqual({ constraint: ['hostname', 'UNIQUE'], problems: [] });
    expect(validatePlacementConstraint(['hostname'], 'c').problems[0]?.code).toBe('CONSTRAINT_INVALID_SHAPE');
    expect(formatConstraint(['rack_id', 'LIKE', 'r.*'])).toBe('["rack_id","LIKE","r.*"]');
  });
});

describe('offerAttributes', () => {
  it('turns TEXT, SCALAR, RANGES and SET attributes into strings', () => {
    const o = offer([]);
    const T = mesos.v1.Value.Type;
    o.attributes = [
      { name: 'rack', type: T.TEXT, text: { value: 'r1' } },
      { name: 'gen', type: T.SCALAR, scalar: { value: 3 } },
      { name: 'slots', type: T.RANGES, ranges: { range: [{ begin: 1, end: 2 }, { begin: 5, end: 5 }] } },
      { name: 'tags', type: T.SET, set: { item: ['ssd', 'fast'] } },
    ];
    expect(offerAttributes(o)).toEqual({ rack: 'r1', gen: '3', slots: '[1-2,5]', tags: '{ssd,fast}' });
  });
});

describe('checkConstraint', () => {
  const at = (rack: string | undefined, hostname = 'h-new'): ConstraintSubject => ({ hostname, attributes: rack === undefined ? {} : { rack } });
  const node = (nodeId: string, rack: string): PlacedNode => ({ nodeId, hostname: `h-${nodeId}`, attributes: { rack } });
  const placed = [node('node-0', 'r1'), node('node-1', 'r1'), node('node-2', 'r2')];

  it.each<[string, PlacementConstraint, ConstraintSubject, PlacedNode[], boolean, RegExp]>([
    ['UNIQUE new value', ['rack', 'UNIQUE'], at('r3'), placed, true, /no other node has attribute rack 'r3'/],
    ['UNIQUE taken value', ['rack', 'UNIQUE'], at('r2'), placed, false, /attribute rack 'r2' is already used by node-2/],
    ['UNIQUE hostname', ['hostname', 'UNIQUE'], at('r1', 'h-node-0'), placed, false, /hostname 'h-node-0' is already used by node-0/],
    ['CLUSTER value', ['rack', 'CLUSTER', 'r1'], at('r2'), [], false, /attribute rack is 'r2', nodes must run where it is 'r1'/],
    ['CLUSTER follows first node', ['rack', 'CLUSTER'], at('r2'), [node('node-0', 'r1')], false, /must run where it is 'r1'/],
    ['CLUSTER first node', ['rack', 'CLUSTER'], at('r2'), [], true, /first node: the cluster follows attribute rack 'r2'/],
    ['LIKE matches whole value only', ['rack', 'LIKE', 'r'], at('r1'), [], false, /'r1' does not match \/r\//],
    ['LIKE match', ['rack', 'LIKE', 'r[12]'], at('r1'), [], true, /'r1' matches \/r\[12\]\//],
    ['UNLIKE match', ['rack', 'UNLIKE', 'r[12]'], at('r1'), [], false, /which UNLIKE excludes/],
    ['UNLIKE no attribute', ['rack', 'UNLIKE', 'r[12]'], at(undefined), [], true, /agent has no attribute rack, so it cannot match/],
    ['missing attribute', ['rack', 'LIKE', '.*'], at(undefined), [], false, /agent has no attribute rack$/],
    ['MAX_PER under', ['rack', 'MAX_PER', '3'], at('r1'), placed, true, /2 other node\(s\) have attribute rack 'r1', fewer than 3/],
    ['MAX_PER reached', ['rack', 'MAX_PER', '2'], at('r1'), placed, false, /2 node\(s\) already have attribute rack 'r1' \(node-0, node-1\), at most 2 allowed/],
    ['GROUP_BY fullest value', ['rack', 'GROUP_BY'], at('r1'), placed, false, /'r1' has 2 node\(s\), more than the emptiest value in use \(1\)/],
    ['GROUP_BY emptiest value', ['rack', 'GROUP_BY'], at('r2'), placed, true, /'r2' has 1 node\(s\), the fewest/],
    ['GROUP_BY new value', ['rack', 'GROUP_BY'], at('r9'), placed, true, /'r9' has 0 node\(s\)/],
    ['GROUP_BY n: new value first', ['rack', 'GROUP_BY', '3'], at('r2'), placed, false, /only 2 of at least 3 values are in use: a new value comes first/],
    ['GROUP_BY bad n (unvalidated input)', ['rack', 'GROUP_BY', 'x'], at('r9'), placed, false, /GROUP_BY takes a positive whole number, got 'x'/],
    ['MAX_PER bad n (unvalidated input)', ['rack', 'MAX_PER', '0'], at('r9'), placed, false, /MAX_PER needs a positive whole number, got '0'/],
    ['GROUP_BY n: reached', ['rack', 'GROUP_BY', '2'], at('r2'), placed, true, /the fewest/],
  ])('%s', (_name, c, subject, others, met, reason) => {
    const result = checkConstraint(c, subject, others);
    expect(result.met).toBe(met);
    expect(result.reason).toMatch(reason);
    expect(result.reason.startsWith(formatConstraint(c))).toBe(true);
  });
});
