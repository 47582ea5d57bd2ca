/**
 * An example in braces that opens no key and colon (a selector, `{room="attic"}`; a template,
 * `{name} in {room}`) shows no object: the parameter is typed as if no example stood there. The page is ours.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { operation, readGeneral } from './helpers.js';

const read = readGeneral(readFileSync(path.join(import.meta.dirname, 'fixtures/braced-examples/lamps.md'), 'utf8'), 'api/lamps.md');
const list = operation(read, 'GET /hub/v1/lamps');
const kind = (name: string) => list.parameters.find((p) => p.name === name)?.schema.kind;

describe('general reader: an example in braces', () => {
  it('should type no object of a selector or a template in braces', () => {
    expect(kind('selector')).toBe('string');
    expect(kind('template')).toBe('string');
  });

  it('should still type an object of JSON in braces, and a number of a number', () => {
    expect(kind('labels')).toBe('map');
    expect(kind('limit')).toBe('integer');
  });
});
