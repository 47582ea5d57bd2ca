import { readsAsPattern } from '../document/patterns.js';
import type { Schema } from '../ir/types.js';

/**
 * ASP.NET Core route constraints (`{id:int:min(1)}`, `{tenant:minlength(2)}`) and a router's
 * regular expression (`{id:[0-9]+}`) → the path parameter's schema. A type constraint types a parameter no table typed (a bare string); a
 * documented type is never overridden (tables are the truth). Bounds apply where they fit the
 * schema's kind; `neutral`: the router is unknown (the general reader's `{id:int}`, Flask's
 * `<int:id>`), so `int` and `float` state no width. Constraints with no schema meaning (`apiVersion`, `required`, custom ones) stay
 * only in `Parameter.constraints`.
 */
export function applyRouteConstraints(schema: Schema, constraints: readonly string[], neutral = false): Schema {
  let result: Schema = { ...schema };
  for (const constraint of constraints) {
    const match = /^([A-Za-z]+)(?:\((.*)\))?$/.exec(constraint.trim());
    if (!match) {
      result = applyPattern(result, constraint.trim());
      continue;
    }
    const name = match[1]!.toLowerCase();
    const args = match[2] === undefined ? [] : splitArgs(match[2]);
    const typed =
      (neutral ? NEUTRAL_TYPES[name] : undefined) ?? (Object.hasOwn(TYPE_CONSTRAINTS, name) ? TYPE_CONSTRAINTS[name] : undefined);
    if (typed) {
      if (result.kind === 'string' && result.format === undefined && result.pattern === undefined) {
        const {
          kind: _kind,
          minLength: _min,
          maxLength: _max,
          pattern: _pattern,
          contentMediaType: _media,
          contentEncoding: _encoding,
          ...base
        } = result;
        result = Object.assign({}, typed, base);
      }
      continue;
    }
    result = applyBound(result, name, args);
  }
  return result;
}

const TYPE_CONSTRAINTS: Record<string, Schema> = {
  int: { kind: 'integer', format: 'int32' },
  long: { kind: 'integer', format: 'int64' },
  bool: { kind: 'boolean' },
  datetime: { kind: 'string', format: 'date-time' },
  decimal: { kind: 'number' },
  double: { kind: 'number', format: 'double' },
  float: { kind: 'number', format: 'float' },
  guid: { kind: 'string', format: 'uuid' },
  // Flask's and Starlette's converter.
  uuid: { kind: 'string', format: 'uuid' },
};

/** `int` and `float` where the router is unknown (`neutral`): Starlette's and Flask's are unbounded, ASP.NET's 32 bits. */
const NEUTRAL_TYPES: Record<string, Schema> = {
  int: { kind: 'integer' },
  float: { kind: 'number' },
};

/**
 * A bare regular expression (gorilla/mux's `{id:[0-9]+}`, `{code:[a-z]{2}}`): the segment's
 * pattern, anchored as the router matches it, on a string no table typed otherwise. One that
 * matches anything (`.*`, `.+`: a catch-all's mark) or that JavaScript cannot read says nothing.
 */
function applyPattern(schema: Schema, expression: string): Schema {
  if (schema.kind !== 'string' || schema.format !== undefined || schema.pattern !== undefined) return schema;
  if (expression === '' || /^\.[*+]$/.test(expression)) return schema;
  const pattern = expression.includes('|') ? `^(?:${expression})$` : `^${expression}$`;
  return readsAsPattern(pattern) ? { ...schema, pattern } : schema;
}

function applyBound(schema: Schema, name: string, args: string[]): Schema {
  const numbers = args.map(Number);
  const [a, b] = numbers;
  const ok = numbers.every((n) => Number.isFinite(n));
  if (schema.kind === 'string') {
    if (name === 'minlength' && ok && a !== undefined) return { ...schema, minLength: a };
    if (name === 'maxlength' && ok && a !== undefined) return { ...schema, maxLength: a };
    if (name === 'length' && ok && a !== undefined) return { ...schema, minLength: a, maxLength: b ?? a };
    if (name === 'alpha') return { ...schema, pattern: '^[a-zA-Z]*$' };
    if (name === 'regex' && args.length > 0) return { ...schema, pattern: args.join(',') };
  }
  if (schema.kind === 'integer' || schema.kind === 'number') {
    if (name === 'min' && ok && a !== undefined) return { ...schema, minimum: a };
    if (name === 'max' && ok && a !== undefined) return { ...schema, maximum: a };
    if (name === 'range' && ok && a !== undefined && b !== undefined) return { ...schema, minimum: a, maximum: b };
  }
  return schema;
}

/** `2,10` → [`2`, `10`]; a regex argument keeps its commas when it has no plain-number split. */
function splitArgs(text: string): string[] {
  const parts = text.split(',').map((part) => part.trim());
  return parts.every((part) => /^-?\d+(\.\d+)?$/.test(part)) ? parts : [text];
}
