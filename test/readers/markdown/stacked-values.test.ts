/**
 * The values of a stacked parameter listed under its description (Shopify's newer layout: `status`
 * ⏎ `string` ⏎ the words ⏎ `Valid values:` ⏎ a list of `` `value` `` items, or items of a value and
 * its meaning): words of its description, the values its enum. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Parameter } from '../../../src/ir/types.js';
import { operation, parameterNames, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/stacked-values/seeds.md'), 'utf8'), 'api/seeds.md');
const list = operation(read, 'GET /admin/api/2024-01/packets.json');
const parameter = (name: string): Parameter | undefined => list.parameters.find((p) => p.name === name);
const values = (name: string) => {
  const schema = parameter(name)?.schema;
  return schema?.kind === 'enum' ? schema.values.map((v) => v.value) : schema?.kind;
};

describe('general reader: values listed under a stacked parameter’s description', () => {
  it('should keep the entries after a list of values as parameters', () => {
    expect(parameterNames(list)).toEqual(['query:limit', 'query:status', 'query:season', 'query:order', 'query:fields', 'query:include']);
  });

  it('should read a list of values after `Valid values:` as the parameter’s enum, its default kept', () => {
    expect(values('status')).toEqual(['active', 'archived', 'draft']);
    expect(parameter('status')?.schema.default).toBe('active');
    expect(parameter('status')?.description).toBe('Filter packets by status. Valid values:\n`active`\n`archived`\n`draft`');
  });

  it('should read a list of values each with its meaning after a colon as the enum, the meanings words of the description', () => {
    expect(values('season')).toEqual(['spring', 'autumn']);
    expect(parameter('season')?.description).toContain('`spring`: Sown from March to May.');
  });

  it('should read no enum from a list of words in code that no words call values', () => {
    expect(values('include')).toBe('string');
    expect(parameter('include')?.description).toBe('Related records to include:\n`roots`\n`leaves`');
  });
});
