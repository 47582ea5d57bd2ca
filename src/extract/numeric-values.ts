/**
 * Values stated for a number (`numericValues`): an `integer` whose description lists "Accepted
 * values are: `426`, `301`, `302`", or a `number` whose row lists `0.5`, `1.5`, is an enum of
 * those numbers. Only where the field's own type is `integer` / `number` and every value is a
 * number of that kind: a string's "`1`, `2`" stay strings, and "`1`, `wide`" are no enum at all.
 *
 *     | level | integer | One of: `0`, `1` |   → { kind: 'enum', base: 'integer', values: [0, 1] }
 *     | ratio | number  | One of: `0.5`, `1` | → { kind: 'enum', base: 'number', values: [0.5, 1] }
 *
 * The width the format names (`int32`) is not kept: the values say more. A number with stated
 * limits, or a default outside the values, keeps its type (the list is not all the row says).
 */
import type { IntegerSchema, NumberSchema, Schema } from '../ir/types.js';

const INTEGER = /^-?\d{1,15}$/;
const NUMBER = /^-?\d{1,15}(?:\.\d{1,15})?$/;

export function numericValues(schema: IntegerSchema | NumberSchema, values: readonly string[]): Schema | undefined {
  const pattern = schema.kind === 'integer' ? INTEGER : NUMBER;
  if (values.length < 2 || !values.every((value) => pattern.test(value))) return undefined;
  const numbers = values.map(Number);
  if (new Set(numbers).size !== numbers.length) return undefined;
  const { kind, format: _format, minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf, ...base } = schema;
  if ([minimum, maximum, exclusiveMinimum, exclusiveMaximum, multipleOf].some((value) => value !== undefined)) return undefined;
  if (base.default !== undefined && !numbers.includes(base.default as number)) return undefined;
  return { ...base, kind: 'enum', base: kind, values: numbers.map((value) => ({ value })) };
}
