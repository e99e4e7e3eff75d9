// Parsing and validating Marathon-style placement constraints given as JSON, e.g.
//   [["hostname","UNIQUE"],["rack_id","LIKE","rack-[12]"],["zone","GROUP_BY","3"]]
// Every problem names the constraint (by position and as written) and says how to fix it.
import type { ConfigProblem } from '../cassandra-config/problems';
import type { ConstraintOperator, PlacementConstraint } from './types';

export const CONSTRAINT_OPERATORS: readonly ConstraintOperator[] = ['UNIQUE', 'CLUSTER', 'LIKE', 'UNLIKE', 'MAX_PER', 'GROUP_BY'];

/** Fields that are not agent attributes. */
export const BUILT_IN_CONSTRAINT_FIELDS: readonly string[] = ['hostname', '@hostname', '@region', '@zone'];

export interface ParsedConstraints {
  constraints: PlacementConstraint[];
  /** Empty when every constraint is valid; then `constraints` holds them all. */
  problems: ConfigProblem[];
}

const EXAMPLE = '[["hostname","UNIQUE"],["rack_id","LIKE","rack-[12]"]]';

function isOperator(op: string): op is ConstraintOperator {
  return (CONSTRAINT_OPERATORS as readonly string[]).includes(op);
}

function written(candidate: unknown): string {
  try {
    return JSON.stringify(candidate) ?? String(candidate);
  } catch {
    return String(candidate);
  }
}

/** A regular expression that must match a whole value (Marathon semantics), or the reason it is invalid. */
export function wholeValuePattern(source: string): RegExp | string {
  try {
    return new RegExp(`^(?:${source})$`);
  } catch (err) {
    return err instanceof Error ? err.message : String(err);
  }
}

function positiveInteger(value: string): boolean {
  return /^[1-9][0-9]*$/.test(value);
}

function valueProblem(operator: ConstraintOperator, value: string | undefined): { code: string; message: string } | undefined {
  switch (operator) {
    case 'UNIQUE':
      return value === undefined ? undefined : { code: 'CONSTRAINT_UNEXPECTED_VALUE', message: 'UNIQUE takes no value: write [field, "UNIQUE"]' };
    case 'CLUSTER':
      return value === '' ? { code: 'CONSTRAINT_MISSING_VALUE', message: 'CLUSTER value is empty: give the value all nodes must share, or leave it out to follow the first node' } : undefined;
    case 'LIKE':
    case 'UNLIKE': {
      if (value === undefined || value === '') {
        return { code: 'CONSTRAINT_MISSING_VALUE', message: `${operator} needs a regular expression as third element, e.g. ["rack_id","${operator}","rack-[12]"]` };
      }
      const pattern = wholeValuePattern(value);
      return typeof pattern === 'string' ? { code: 'CONSTRAINT_INVALID_REGEX', message: `${operator} value /${value}/ is not a valid regular expression: ${pattern}` } : undefined;
    }
    case 'MAX_PER':
      return value !== undefined && positiveInteger(value)
        ? undefined
        : { code: 'CONSTRAINT_INVALID_NUMBER', message: `MAX_PER needs a positive whole number of nodes per value as third element, e.g. ["rack_id","MAX_PER","2"]${value === undefined ? '' : `; got "${value}"`}` };
    case 'GROUP_BY':
      return value === undefined || positiveInteger(value)
        ? undefined
        : { code: 'CONSTRAINT_INVALID_NUMBER', message: `GROUP_BY takes an optional positive whole number of groups, e.g. ["zone","GROUP_BY","3"]; got "${value}"` };
  }
}

/**
 * Validates one constraint as written (an array of 2 or 3 strings; a number is accepted for the value).
 * `field` names it in problems, e.g. "placement_constraints[1]".
 */
export function validatePlacementConstraint(candidate: unknown, field: string): { constraint?: PlacementConstraint; problems: ConfigProblem[] } {
  const problem = (code: string, message: string): { problems: ConfigProblem[] } => ({ problems: [{ field, code, message: `${written(candidate)}: ${message}` }] });
  if (!Array.isArray(candidate) || candidate.length < 2 || candidate.length > 3) {
    return problem('CONSTRAINT_INVALID_SHAPE', `a constraint is a list of 2 or 3 strings [field, operator, value?], e.g. ["hostname","UNIQUE"]`);
  }
  const [rawField, rawOperator, rawValue] = candidate as unknown[];
  if (typeof rawField !== 'string' || rawField.trim() === '') return problem('CONSTRAINT_EMPTY_FIELD', 'the field (first element) must be "hostname", "@region", "@zone" or an agent attribute name');
  if (typeof rawOperator !== 'string') return problem('CONSTRAINT_UNKNOWN_OPERATOR', `the operator (second element) must be one of ${CONSTRAINT_OPERATORS.join(', ')}`);
  if (!isOperator(rawOperator)) {
    const upper = rawOperator.toUpperCase();
    const hint = isOperator(upper) ? ` (operators are upper case: did you mean ${upper}?)` : '';
    return problem('CONSTRAINT_UNKNOWN_OPERATOR', `unknown operator "${rawOperator}"; use one of ${CONSTRAINT_OPERATORS.join(', ')}${hint}`);
  }
  let value: string | undefined;
  if (typeof rawValue === 'string') value = rawValue;
  else if (typeof rawValue === 'number' && Number.isFinite(rawValue)) value = String(rawValue);
  else if (rawValue !== undefined) return problem('CONSTRAINT_INVALID_VALUE', 'the value (third element) must be a string');
  const bad = valueProblem(rawOperator, value);
  if (bad) return problem(bad.code, bad.message);
  const constraint: PlacementConstraint = value === undefined ? [rawField, rawOperator] : [rawField, rawOperator, value];
  return { constraint, problems: [] };
}

/**
 * Parses a JSON list of constraints. Blank text means "no constraints". `field` is the name of the
 * setting in problems (each constraint is reported as `<field>[i]`).
 */
export function parsePlacementConstraints(text: string, field = 'placement_constraints'): ParsedConstraints {
  if (text.trim() === '') return { constraints: [], problems: [] };
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    const why = err instanceof Error ? err.message : String(err);
    return { constraints: [], problems: [{ field, code: 'CONSTRAINT_INVALID_JSON', message: `placement constraints are not valid JSON (${why}); write a list such as ${EXAMPLE}` }] };
  }
  if (!Array.isArray(parsed)) {
    return { constraints: [], problems: [{ field, code: 'CONSTRAINT_NOT_A_LIST', message: `placement constraints must be a JSON list of constraints such as ${EXAMPLE}; got ${written(parsed)}` }] };
  }
  const constraints: PlacementConstraint[] = [];
  const problems: ConfigProblem[] = [];
  parsed.forEach((candidate: unknown, i) => {
    const result = validatePlacementConstraint(candidate, `${field}[${i}]`);
    if (result.constraint) constraints.push(result.constraint);
    problems.push(...result.problems);
  });
  return problems.length > 0 ? { constraints: [], problems } : { constraints, problems };
}

/** The constraint as operators write it: ["rack_id","LIKE","rack-[12]"]. */
export function formatConstraint(c: PlacementConstraint): string {
  return JSON.stringify(c.length === 3 && c[2] === undefined ? [c[0], c[1]] : c);
}
