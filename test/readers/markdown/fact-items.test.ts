/**
 * A parameter list item with a list of labelled facts under it (`- Default: \`50\``, `- Example:
 * \`10\``, `- Allowed values: …`, `- Format: date-time`): the facts are lines of the item's
 * description, read as a description's are, not fields nested in it. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Parameter } from '../../../src/ir/types.js';
import { bodySchema, operation, parameterNames, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/fact-items/bulbs.md'), 'utf8'), 'api/bulbs.md');
const list = operation(read, 'GET /v1/bulbs');
const parameter = (name: string): Parameter | undefined => list.parameters.find((p) => p.name === name);

describe('general reader: labelled facts listed under a parameter’s item', () => {
  it('should keep every item of the list a parameter', () => {
    expect(parameterNames(list)).toEqual(['query:room*', 'query:limit', 'query:status', 'query:since']);
  });

  it('should read the facts as the parameter’s default, example, values and format', () => {
    expect(parameter('limit')?.schema).toMatchObject({ kind: 'integer', default: 50, examples: [10] });
    expect(parameter('limit')?.description).toBe('How many bulbs to return.\nDefault: `50`\nExample: `10`');
    const status = parameter('status')?.schema;
    expect(status?.kind === 'enum' ? status.values.map((v) => v.value) : status?.kind).toEqual(['on', 'off', 'broken']);
    expect(parameter('since')?.schema).toMatchObject({ kind: 'string', format: 'date-time' });
  });

  it('should read a body field’s facts so, and a list of values under a field as before', () => {
    const body = bodySchema(operation(read, 'POST /v1/bulbs'));
    expect(body?.kind === 'object' ? body.properties.map((p) => `${p.name}${p.required ? '*' : ''}`) : body).toEqual([
      'socket*',
      'watts',
      'shape',
    ]);
    const watts = body?.kind === 'object' ? body.properties.find((p) => p.name === 'watts') : undefined;
    expect(watts?.schema).toMatchObject({ kind: 'integer', default: 40 });
  });
});
